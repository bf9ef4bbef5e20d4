package org.moneygraph.bundle;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bundle format of {@code seed/FORMAT.md} as data: which list makes which label, and which field
 * becomes a property, a quantity, a period or a relationship. The importer reads bundles only through
 * this table, so the format, the graph model and the documentation stay one thing.
 */
public final class BundleSpec {

    private BundleSpec() {
    }

    public enum Direction { OUT, IN }

    /** A reference field: {@code OUT} writes (entity)-[type]->(target), {@code IN} writes (target)-[type]->(entity). */
    public record Ref(String field, String type, Direction direction, boolean many, Set<String> targetLabels) {
    }

    public record EntitySpec(String list, String label, List<String> scalars, Map<String, Set<String>> enums,
            List<String> quantities, List<String> periods, List<Ref> refs, Set<String> required) {

        public Set<String> allowedFields() {
            var fields = new java.util.HashSet<String>(List.of("key", "name", "masked", "note", "sources"));
            fields.addAll(scalars);
            fields.addAll(quantities);
            fields.addAll(periods);
            refs.forEach(r -> fields.add(r.field()));
            if (label.equals("Project")) {
                fields.addAll(List.of("progress", "milestones"));
            }
            return fields;
        }
    }

    public static final Set<String> PLACES = Set.of("Region");
    public static final Set<String> UNITS = Set.of("Organization");
    public static final Set<String> ANY = Set.of();

    private static Ref one(String field, String type, Set<String> targets) {
        return new Ref(field, type, Direction.OUT, false, targets);
    }

    private static Ref many(String field, String type, Set<String> targets) {
        return new Ref(field, type, Direction.OUT, true, targets);
    }

    private static Ref manyIn(String field, String type, Set<String> targets) {
        return new Ref(field, type, Direction.IN, true, targets);
    }

    private static Ref oneIn(String field, String type, Set<String> targets) {
        return new Ref(field, type, Direction.IN, false, targets);
    }

    public static final List<EntitySpec> ENTITIES = List.of(
            new EntitySpec("regions", "Region", List.of("level"),
                    Map.of("level", Set.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "VILLAGE", "NATURAL_VILLAGE", "ZONE")),
                    List.of(), List.of(), List.of(one("within", "WITHIN", PLACES)), Set.of("name", "level")),
            new EntitySpec("organizations", "Organization", List.of("kind"),
                    Map.of("kind", Set.of("PARTY_COMMITTEE", "GOVERNMENT", "DEPARTMENT", "COMMAND_HEADQUARTERS",
                            "TASK_FORCE", "LEADING_GROUP", "RESIDENT_WORK_TEAM", "ASSISTANCE_GROUP",
                            "VILLAGE_COMMITTEE", "ENTERPRISE", "STATE_PLATFORM_COMPANY", "FINANCIAL_INSTITUTION",
                            "UNIVERSITY", "CHARITY_FUND", "COOPERATIVE", "PUBLIC_INSTITUTION", "SOCIAL_ORGANIZATION",
                            "EVALUATION_TEAM", "OTHER")),
                    List.of("count"), List.of(),
                    List.of(one("region", "IN_REGION", PLACES), many("partOf", "PART_OF", UNITS),
                            many("directedBy", "DIRECTED_BY", UNITS), many("memberOf", "MEMBER_OF", UNITS)),
                    Set.of("name", "kind")),
            new EntitySpec("campaigns", "Campaign", List.of("kind", "description"),
                    Map.of("kind", Set.of("BATTLE", "PROGRAM", "ACTION", "INITIATIVE")),
                    List.of(), List.of("period"),
                    List.of(one("parent", "PART_OF", Set.of("Campaign")), manyIn("leadingBodies", "LEADS", UNITS),
                            manyIn("headquarters", "COMMANDS", UNITS), one("region", "IN_REGION", PLACES)),
                    Set.of("name", "kind")),
            new EntitySpec("projects", "Project", List.of("category", "status", "description"),
                    Map.of("category", Set.of("TRANSPORT", "URBAN_RENEWAL", "WATER_SANITATION", "INDUSTRY",
                                    "AGRICULTURE", "TOURISM_CULTURE", "COMMERCE", "PUBLIC_SERVICE", "FINANCE_SERVICE",
                                    "RELOCATION_HOUSING", "ENVIRONMENT", "ENERGY", "EDUCATION", "HEALTH",
                                    "SOCIAL_SECURITY", "GOVERNANCE", "OTHER"),
                            "status", Set.of("PLANNED", "PREPARING", "UNDER_CONSTRUCTION", "COMPLETED", "STALLED", "UNKNOWN")),
                    List.of("investment"), List.of(),
                    List.of(many("regions", "IN_REGION", PLACES), one("campaign", "PART_OF", Set.of("Campaign")),
                            one("parent", "PART_OF", Set.of("Project")), manyIn("leadUnits", "LEADS", UNITS),
                            manyIn("participatingUnits", "PARTICIPATES_IN", UNITS)),
                    Set.of("name", "status")),
            new EntitySpec("indicators", "Indicator", List.of("category"), Map.of(),
                    List.of("actual", "target", "baseline"), List.of("period"),
                    List.of(one("subject", "MEASURES", ANY), one("region", "IN_REGION", PLACES),
                            one("campaign", "PART_OF", Set.of("Campaign"))),
                    Set.of("name")),
            new EntitySpec("funds", "Fund", List.of("sourceType"),
                    Map.of("sourceType", Set.of("CENTRAL_BUDGET", "SPECIAL_BOND", "TREASURY_BOND", "SUBSIDY",
                            "ASSISTANCE_FUND", "SOCIAL_CAPITAL", "LOAN", "CREDIT_LINE", "FISCAL_BUDGET", "CHARITY_FUND",
                            "INSURANCE", "POLICY_FUND", "OTHER")),
                    List.of("amount"), List.of("period"),
                    List.of(one("region", "IN_REGION", PLACES), oneIn("administrator", "ADMINISTERS", UNITS)),
                    Set.of("name", "sourceType")),
            new EntitySpec("fundFlows", "FundFlow", List.of("flowType", "purpose"),
                    Map.of("flowType", Set.of("ALLOCATED", "TRANSFERRED", "DISBURSED", "SPENT", "CREDIT_GRANTED",
                            "LOAN", "INVESTED", "REQUESTED", "PLANNED")),
                    List.of("amount"), List.of("period"),
                    List.of(one("fund", "OF_FUND", Set.of("Fund")),
                            one("from", "FROM", Set.of("Region", "Organization", "Fund")),
                            one("to", "TO", Set.of("Region", "Organization", "Project", "BeneficiaryGroup", "Fund"))),
                    Set.of("amount", "flowType", "to")),
            new EntitySpec("beneficiaryGroups", "BeneficiaryGroup", List.of(), Map.of(),
                    List.of("households", "people"), List.of(), List.of(one("region", "IN_REGION", PLACES)),
                    Set.of("name")),
            new EntitySpec("policies", "Policy", List.of("kind"),
                    Map.of("kind", Set.of("PLAN", "MEASURE_LIST", "DOCUMENT", "MECHANISM", "GUIDELINE")),
                    List.of("measureCount", "taskCount"), List.of("period"),
                    List.of(oneIn("issuer", "ISSUED", UNITS), many("governs", "GOVERNS", ANY),
                            one("region", "IN_REGION", PLACES)),
                    Set.of("name", "kind")),
            new EntitySpec("problems", "Problem", List.of("description", "foundBy", "status"),
                    Map.of("foundBy", Set.of("EVALUATION", "AUDIT", "SELF_INSPECTION", "SUPERVISION", "REPORTED"),
                            "status", Set.of("OPEN", "RECTIFYING", "RECTIFIED")),
                    List.of("count"), List.of(),
                    List.of(many("subjects", "CONCERNS", ANY), one("region", "IN_REGION", PLACES),
                            many("responsibleUnits", "ASSIGNED_TO", UNITS)),
                    Set.of("foundBy")),
            new EntitySpec("rectifications", "Rectification", List.of("status"),
                    Map.of("status", Set.of("IN_PROGRESS", "COMPLETED")),
                    List.of("measureCount", "completedCount", "remainingCount"), List.of("deadline"),
                    List.of(one("problem", "RECTIFIES", Set.of("Problem")),
                            many("responsibleUnits", "ASSIGNED_TO", UNITS)),
                    Set.of()),
            new EntitySpec("pairings", "Pairing", List.of("mechanism"),
                    Map.of("mechanism", Set.of("EAST_WEST_COOPERATION", "COUNTERPART_ASSISTANCE", "RESIDENT_ASSISTANCE",
                            "TEN_THOUSAND_ENTERPRISES", "ASSISTANCE_GROUP", "SCI_TECH_COMMISSIONER", "TALENT_PARTNER",
                            "ENTERPRISE_VILLAGE", "OTHER")),
                    List.of("cadres", "count"), List.of("period"),
                    List.of(one("helper", "HELPER", Set.of("Region", "Organization")),
                            one("helped", "HELPED", Set.of("Region", "Organization")),
                            many("funds", "WITH_FUND", Set.of("Fund")), many("projects", "WITH_PROJECT", Set.of("Project"))),
                    Set.of("helper", "helped", "mechanism")),
            new EntitySpec("responsibilities", "Responsibility", List.of("type", "typeText", "role", "holderTitle"),
                    Map.of("type", Set.of("OVERALL", "SPECIFIC", "SECTORAL", "PRINCIPAL", "RESIDENT", "DIRECT",
                            "TERRITORIAL", "LEAD", "SUPPORT", "COMMAND", "FIRST_RESPONSIBLE", "IMPLEMENTATION")),
                    List.of(), List.of(),
                    List.of(one("holder", "HELD_BY", UNITS), one("subject", "FOR", ANY)),
                    Set.of("type", "subject")));

    public static final Set<String> RELATION_TYPES = Set.of("WITHIN", "LOCATED_IN", "PART_OF", "DIRECTED_BY", "MEMBER_OF",
            "GOVERNS", "SUPPORTS", "SAME_AS");

    public static final Set<String> DOCUMENT_KINDS = Set.of("SPEECH", "REPORT", "SUMMARY", "EXCERPTS");
    public static final Set<String> ISSUING_LEVELS = Set.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP", "MIXED", "UNKNOWN");
    public static final Set<String> PROGRESS_KINDS = Set.of("ACTUAL", "TARGET");
    public static final Set<String> MILESTONE_STATUSES = Set.of("PLANNED", "DONE", "LATE", "MISSED");
}
