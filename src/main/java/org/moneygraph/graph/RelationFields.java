package org.moneygraph.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which GraphQL field follows which relationship. Every relationship of the model appears here from both
 * ends, so a client can walk from a project to its campaign and back.
 */
public final class RelationFields {

    /** A field that follows relationships of {@code types} in {@code direction} to nodes of {@code targets}. */
    public record Spec(List<String> types, String direction, List<String> targets, boolean many) {
    }

    private static final Map<String, Spec> FIELDS = new HashMap<>();

    private static void one(String field, String direction, String type, String... targets) {
        FIELDS.put(field, new Spec(List.of(type), direction, targets.length == 0 ? null : List.of(targets), false));
    }

    private static void many(String field, String direction, String type, String... targets) {
        FIELDS.put(field, new Spec(List.of(type), direction, targets.length == 0 ? null : List.of(targets), true));
    }

    static {
        many("Document.passages", "OUT", "HAS_PASSAGE", "Passage");
        one("Document.issuer", "IN", "ISSUED", "Organization");
        one("Document.region", "OUT", "IN_REGION", "Region");
        one("Passage.document", "IN", "HAS_PASSAGE", "Document");

        one("Region.parent", "OUT", "WITHIN", "Region");
        many("Region.children", "IN", "WITHIN", "Region");
        many("Region.organizations", "IN", "IN_REGION", "Organization");
        many("Region.projects", "IN", "IN_REGION", "Project");
        many("Region.campaigns", "IN", "IN_REGION", "Campaign");
        many("Region.funds", "IN", "IN_REGION", "Fund");
        many("Region.indicators", "IN", "IN_REGION", "Indicator");
        many("Region.policies", "IN", "IN_REGION", "Policy");
        many("Region.problems", "IN", "IN_REGION", "Problem");
        many("Region.outgoingFlows", "IN", "FROM", "FundFlow");
        many("Region.incomingFlows", "IN", "TO", "FundFlow");
        many("Region.helping", "IN", "HELPER", "Pairing");
        many("Region.helpedBy", "IN", "HELPED", "Pairing");
        many("Region.beneficiaryGroups", "IN", "IN_REGION", "BeneficiaryGroup");
        many("Region.responsibilities", "IN", "FOR", "Responsibility");

        one("Organization.region", "OUT", "IN_REGION", "Region");
        many("Organization.partOf", "OUT", "PART_OF", "Organization");
        many("Organization.parts", "IN", "PART_OF", "Organization");
        many("Organization.directedBy", "OUT", "DIRECTED_BY", "Organization");
        many("Organization.directs", "IN", "DIRECTED_BY", "Organization");
        many("Organization.memberOf", "OUT", "MEMBER_OF", "Organization");
        many("Organization.members", "IN", "MEMBER_OF", "Organization");
        many("Organization.leadsCampaigns", "OUT", "LEADS", "Campaign");
        many("Organization.commandsCampaigns", "OUT", "COMMANDS", "Campaign");
        many("Organization.leadsProjects", "OUT", "LEADS", "Project");
        many("Organization.participatesIn", "OUT", "PARTICIPATES_IN", "Project");
        many("Organization.administers", "OUT", "ADMINISTERS", "Fund");
        many("Organization.outgoingFlows", "IN", "FROM", "FundFlow");
        many("Organization.incomingFlows", "IN", "TO", "FundFlow");
        many("Organization.issued", "OUT", "ISSUED", "Policy");
        many("Organization.responsibilities", "IN", "HELD_BY", "Responsibility");
        many("Organization.assignedProblems", "IN", "ASSIGNED_TO", "Problem");
        many("Organization.assignedRectifications", "IN", "ASSIGNED_TO", "Rectification");
        many("Organization.helping", "IN", "HELPER", "Pairing");
        many("Organization.helpedBy", "IN", "HELPED", "Pairing");

        one("Campaign.parent", "OUT", "PART_OF", "Campaign");
        many("Campaign.children", "IN", "PART_OF", "Campaign");
        many("Campaign.leadingBodies", "IN", "LEADS", "Organization");
        many("Campaign.headquarters", "IN", "COMMANDS", "Organization");
        one("Campaign.region", "OUT", "IN_REGION", "Region");
        many("Campaign.projects", "IN", "PART_OF", "Project");
        many("Campaign.indicators", "IN", "PART_OF", "Indicator");
        many("Campaign.responsibilities", "IN", "FOR", "Responsibility");
        many("Campaign.policies", "IN", "GOVERNS", "Policy");

        many("Project.regions", "OUT", "IN_REGION", "Region");
        one("Project.campaign", "OUT", "PART_OF", "Campaign");
        one("Project.parent", "OUT", "PART_OF", "Project");
        many("Project.children", "IN", "PART_OF", "Project");
        many("Project.leadUnits", "IN", "LEADS", "Organization");
        many("Project.participatingUnits", "IN", "PARTICIPATES_IN", "Organization");
        many("Project.progress", "OUT", "HAS_PROGRESS", "ProgressObservation");
        many("Project.milestones", "OUT", "HAS_MILESTONE", "Milestone");
        many("Project.funding", "IN", "TO", "FundFlow");
        many("Project.outgoingFlows", "IN", "FROM", "FundFlow");
        many("Project.indicators", "IN", "MEASURES", "Indicator");
        many("Project.problems", "IN", "CONCERNS", "Problem");
        many("Project.responsibilities", "IN", "FOR", "Responsibility");
        many("Project.pairings", "IN", "WITH_PROJECT", "Pairing");
        many("Project.policies", "IN", "GOVERNS", "Policy");
        one("ProgressObservation.project", "IN", "HAS_PROGRESS", "Project");
        one("Milestone.project", "IN", "HAS_MILESTONE", "Project");

        one("Indicator.subject", "OUT", "MEASURES");
        one("Indicator.region", "OUT", "IN_REGION", "Region");
        one("Indicator.campaign", "OUT", "PART_OF", "Campaign");

        one("Fund.region", "OUT", "IN_REGION", "Region");
        one("Fund.administrator", "IN", "ADMINISTERS", "Organization");
        many("Fund.flows", "IN", "OF_FUND", "FundFlow");
        many("Fund.outgoingFlows", "IN", "FROM", "FundFlow");
        many("Fund.pairings", "IN", "WITH_FUND", "Pairing");
        one("FundFlow.fund", "OUT", "OF_FUND", "Fund");
        one("FundFlow.from", "OUT", "FROM");
        one("FundFlow.to", "OUT", "TO");
        one("BeneficiaryGroup.region", "OUT", "IN_REGION", "Region");
        many("BeneficiaryGroup.incomingFlows", "IN", "TO", "FundFlow");

        one("Policy.issuer", "IN", "ISSUED", "Organization");
        many("Policy.governs", "OUT", "GOVERNS");
        one("Policy.region", "OUT", "IN_REGION", "Region");

        many("Problem.subjects", "OUT", "CONCERNS");
        one("Problem.region", "OUT", "IN_REGION", "Region");
        many("Problem.responsibleUnits", "OUT", "ASSIGNED_TO", "Organization");
        many("Problem.rectifications", "IN", "RECTIFIES", "Rectification");
        one("Rectification.problem", "OUT", "RECTIFIES", "Problem");
        many("Rectification.responsibleUnits", "OUT", "ASSIGNED_TO", "Organization");

        one("Pairing.helper", "OUT", "HELPER");
        one("Pairing.helped", "OUT", "HELPED");
        many("Pairing.funds", "OUT", "WITH_FUND", "Fund");
        many("Pairing.projects", "OUT", "WITH_PROJECT", "Project");
        one("Responsibility.holder", "OUT", "HELD_BY", "Organization");
        one("Responsibility.subject", "OUT", "FOR");
    }

    private RelationFields() {
    }

    public static Spec get(String type, String field) {
        return FIELDS.get(type + "." + field);
    }

    public static Map<String, Spec> all() {
        return Map.copyOf(FIELDS);
    }
}
