package org.moneygraph.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.moneygraph.bundle.BundleSpec.Direction;
import org.moneygraph.bundle.BundleSpec.EntitySpec;
import org.moneygraph.bundle.BundleSpec.Ref;
import org.moneygraph.bundle.BundleValidationException.Problem;
import org.moneygraph.graph.Quantity;

import tools.jackson.databind.JsonNode;

/**
 * Validates bundles and turns them into rows for the writer: documents, passages, citations, entities and
 * relationships. It writes nothing; a bundle with any problem yields no plan at all.
 */
public final class BundlePlan {

    public record Row(String id, String label, Map<String, Object> props, List<String> citationIds) {
    }

    public record Link(String from, String type, String to, List<String> citationIds) {
    }

    public record Citation(String id, String passageId, Map<String, Object> props) {
    }

    public record Passage(String id, String documentId, Map<String, Object> props) {
    }

    private static final Pattern KEY = Pattern.compile("^[0-9]{3}-[a-z0-9]+(-[a-z0-9]+)*$");
    private static final Pattern MASK = Pattern.compile("xx|XX|\\*|[0-9][xX]|[xX][0-9]");
    private static final Set<String> QUANTITY_FIELDS = Set.of("text", "qualifier", "asOf", "year", "unit", "value", "sources");

    final List<Row> documents = new ArrayList<>();
    final List<Passage> passages = new ArrayList<>();
    final Map<String, Citation> citations = new LinkedHashMap<>();
    final List<Row> entities = new ArrayList<>();
    final List<Link> links = new ArrayList<>();

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> labelsByKey = new HashMap<>();

    private BundlePlan() {
    }

    public List<Row> documents() {
        return documents;
    }

    public List<Row> entities() {
        return entities;
    }

    public List<Link> links() {
        return links;
    }

    public List<Passage> passages() {
        return passages;
    }

    public java.util.Collection<Citation> citations() {
        return citations.values();
    }

    /**
     * Builds the plan for several bundles at once, so references may cross bundles.
     *
     * @param existingLabels labels of keys already in the database, for references to them
     */
    public static BundlePlan of(List<Bundle> bundles, Function<Set<String>, Map<String, String>> existingLabels) {
        BundlePlan plan = new BundlePlan();
        for (Bundle bundle : bundles) {
            plan.collectKeys(bundle);
        }
        Set<String> unknown = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            plan.referencedKeys(bundle.json(), unknown);
        }
        unknown.removeAll(plan.labelsByKey.keySet());
        if (!unknown.isEmpty()) {
            existingLabels.apply(unknown).forEach(plan.labelsByKey::putIfAbsent);
        }
        for (Bundle bundle : bundles) {
            new BundleReader(plan, bundle).read();
        }
        if (!plan.problems.isEmpty()) {
            throw new BundleValidationException(plan.problems);
        }
        return plan;
    }

    private void collectKeys(Bundle bundle) {
        for (EntitySpec spec : BundleSpec.ENTITIES) {
            for (JsonNode item : bundle.json().path(spec.list()).values()) {
                String key = item.path("key").asString("");
                if (labelsByKey.putIfAbsent(key, spec.label()) != null) {
                    problems.add(new Problem(bundle.name(), spec.list() + "/" + key, "key is used twice"));
                }
            }
        }
    }

    private void referencedKeys(JsonNode node, Set<String> into) {
        if (node.isObject()) {
            for (var property : node.properties()) {
                if (property.getKey().equals("ref") && property.getValue().isString()) {
                    into.add(property.getValue().asString());
                }
                referencedKeys(property.getValue(), into);
            }
        }
        else if (node.isArray()) {
            node.values().forEach(v -> referencedKeys(v, into));
        }
        else if (node.isString() && KEY.matcher(node.asString()).matches()) {
            into.add(node.asString());
        }
    }

    static String id(String label, String key) {
        return label + ":" + key;
    }

    /** Reads one bundle against the plan's key table. */
    private static final class BundleReader {

        private final BundlePlan plan;
        private final Bundle bundle;
        private final String text;
        private final List<int[]> paragraphs = new ArrayList<>();
        private String docKey;
        private final List<String> extraCitations = new ArrayList<>();

        BundleReader(BundlePlan plan, Bundle bundle) {
            this.plan = plan;
            this.bundle = bundle;
            this.text = bundle.documentText();
        }

        private void problem(String path, String message) {
            plan.problems.add(new Problem(bundle.name(), path, message));
        }

        void read() {
            JsonNode json = bundle.json();
            if (!"graph-bundle/1".equals(json.path("format").asString(""))) {
                problem("format", "must be \"graph-bundle/1\"");
            }
            Set<String> lists = new LinkedHashSet<>(List.of("format", "document", "relations"));
            BundleSpec.ENTITIES.forEach(s -> lists.add(s.list()));
            for (String field : json.propertyNames()) {
                if (!lists.contains(field)) {
                    problem(field, "unknown list");
                }
            }
            readDocument(json.path("document"));
            if (docKey == null) {
                return;
            }
            for (EntitySpec spec : BundleSpec.ENTITIES) {
                for (JsonNode item : json.path(spec.list()).values()) {
                    readEntity(spec, item);
                }
            }
            int i = 0;
            for (JsonNode relation : json.path("relations").values()) {
                readRelation("relations[" + i++ + "]", relation);
            }
        }

        private void readDocument(JsonNode doc) {
            String key = doc.path("key").asString("");
            if (!key.matches("[0-9]{3}")) {
                problem("document.key", "must be three digits");
                return;
            }
            if (text == null) {
                problem("document.file", "document text not found");
                return;
            }
            docKey = key;
            checkEnum("document.kind", doc.path("kind"), BundleSpec.DOCUMENT_KINDS, true);
            checkEnum("document.issuingLevel", doc.path("issuingLevel"), BundleSpec.ISSUING_LEVELS, true);
            for (String field : doc.propertyNames()) {
                if (!Set.of("key", "file", "title", "kind", "issuingLevel", "issuer", "region", "period", "sources", "text")
                        .contains(field)) {
                    problem("document." + field, "unknown field");
                }
            }
            String documentId = id("Document", key);
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", documentId);
            props.put("type", "Document");
            props.put("key", key);
            props.put("documentKey", key);
            props.put("title", required("document.title", doc.path("title")));
            props.put("name", props.get("title"));
            props.put("kind", doc.path("kind").asString(null));
            props.put("issuingLevel", doc.path("issuingLevel").asString(null));
            props.put("file", doc.path("file").asString(null));
            props.put("length", text.length());
            props.put("sha256", sha256(text));
            period("document.period", doc.path("period"), "period", props);
            splitPassages(documentId);
            List<String> citations = sources("document", doc.path("sources"), List.of());
            plan.documents.add(new Row(documentId, "Document", props, citations));
            for (String field : List.of("issuer", "region")) {
                if (!doc.path(field).isMissingNode()) {
                    String type = field.equals("issuer") ? "ISSUED" : "IN_REGION";
                    Ref ref = new Ref(field, type, field.equals("issuer") ? Direction.IN : Direction.OUT, false,
                            field.equals("issuer") ? BundleSpec.UNITS : BundleSpec.PLACES);
                    link("document." + field, documentId, ref, doc.path(field), citations);
                }
            }
        }

        private void splitPassages(String documentId) {
            int start = 0;
            int index = 0;
            while (start <= text.length()) {
                int end = text.indexOf('\n', start);
                if (end < 0) {
                    end = text.length();
                }
                if (!text.substring(start, end).isBlank()) {
                    String passageId = "Passage:" + docKey + "-" + index;
                    Map<String, Object> props = new LinkedHashMap<>();
                    props.put("id", passageId);
                    props.put("type", "Passage");
                    props.put("documentKey", docKey);
                    props.put("index", index);
                    props.put("start", start);
                    props.put("end", end);
                    props.put("text", text.substring(start, end));
                    plan.passages.add(new Passage(passageId, documentId, props));
                    paragraphs.add(new int[] { start, end, index });
                    index++;
                }
                start = end + 1;
            }
        }

        private void readEntity(EntitySpec spec, JsonNode item) {
            String key = item.path("key").asString("");
            String path = spec.list() + "/" + key;
            if (!KEY.matcher(key).matches() || !key.startsWith(docKey + "-")) {
                problem(path, "key must match " + KEY.pattern() + " and start with the document key " + docKey + "-");
            }
            Set<String> allowed = spec.allowedFields();
            for (String field : item.propertyNames()) {
                if (!allowed.contains(field)) {
                    problem(path + "." + field, "unknown field");
                }
            }
            for (String field : spec.required()) {
                if (item.path(field).isMissingNode() || item.path(field).isNull()) {
                    problem(path + "." + field, "is required");
                }
            }
            String id = id(spec.label(), key);
            List<String> citations = sources(path, item.path("sources"), List.of());
            List<String> quotes = quotes(item.path("sources"));
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", id);
            props.put("type", spec.label());
            props.put("key", key);
            props.put("documentKey", docKey);
            String name = item.path("name").asString(null);
            props.put("name", name);
            boolean masked = item.path("masked").asBoolean(false);
            if (name != null && MASK.matcher(name).find() && !masked) {
                problem(path + ".masked", "the name is masked in the source; set masked: true");
            }
            props.put("masked", masked);
            props.put("note", item.path("note").asString(null));
            for (String field : spec.scalars()) {
                JsonNode value = item.path(field);
                if (spec.enums().containsKey(field)) {
                    checkEnum(path + "." + field, value, spec.enums().get(field), false);
                }
                // "type" names the node's label on every node, so a responsibility keeps its own type apart.
                String property = field.equals("type") ? "responsibilityType" : field;
                props.put(property, value.isMissingNode() || value.isNull() ? null : value.asString());
            }
            for (String field : spec.quantities()) {
                if (!item.path(field).isMissingNode()) {
                    quantity(path + "." + field, item.path(field), quotes, field, props);
                }
            }
            for (String field : spec.periods()) {
                period(path + "." + field, item.path(field), field, props);
            }
            if (props.get("name") == null) {
                props.put("name", defaultName(spec, item, props));
            }
            if (!extraCitations.isEmpty()) {
                citations = new ArrayList<>(new LinkedHashSet<>(concat(citations, extraCitations)));
                extraCitations.clear();
            }
            props.put("firstStart", citations.stream().map(c -> plan.citations.get(c))
                    .filter(java.util.Objects::nonNull).mapToInt(c -> (Integer) c.props().get("start")).min().orElse(0));
            plan.entities.add(new Row(id, spec.label(), props, citations));
            for (Ref ref : spec.refs()) {
                JsonNode value = item.path(ref.field());
                if (value.isMissingNode() || value.isNull()) {
                    continue;
                }
                if (ref.many()) {
                    int i = 0;
                    for (JsonNode one : value.values()) {
                        link(path + "." + ref.field() + "[" + i++ + "]", id, ref, one, citations);
                    }
                }
                else {
                    link(path + "." + ref.field(), id, ref, value, citations);
                }
            }
            if (spec.label().equals("Project")) {
                readProgress(id, key, path, item.path("progress"), citations);
                readMilestones(id, key, path, item.path("milestones"), citations);
            }
        }

        private String defaultName(EntitySpec spec, JsonNode item, Map<String, Object> props) {
            return switch (spec.label()) {
                case "FundFlow" -> props.get("purpose") != null ? (String) props.get("purpose")
                        : (String) props.get("amountText");
                case "Responsibility" -> props.get("typeText") != null ? (String) props.get("typeText")
                        : (String) props.get("responsibilityType");
                case "Problem" -> props.get("description") != null ? (String) props.get("description") : null;
                default -> null;
            };
        }

        private void readProgress(String projectId, String key, String path, JsonNode list, List<String> inherited) {
            int i = 0;
            for (JsonNode item : list.values()) {
                String here = path + ".progress[" + i + "]";
                for (String field : item.propertyNames()) {
                    if (!Set.of("item", "quantity", "asOf", "kind", "sources").contains(field)) {
                        problem(here + "." + field, "unknown field");
                    }
                }
                checkEnum(here + ".kind", item.path("kind"), BundleSpec.PROGRESS_KINDS, true);
                List<String> citations = item.has("sources") ? sources(here, item.path("sources"), inherited) : inherited;
                List<String> quotes = item.has("sources") ? quotes(item.path("sources")) : quotesOf(inherited);
                String id = "ProgressObservation:" + key + "-" + i;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", id);
                props.put("type", "ProgressObservation");
                props.put("key", key + "-progress-" + i);
                props.put("documentKey", docKey);
                props.put("index", i);
                props.put("name", required(here + ".item", item.path("item")));
                props.put("item", props.get("name"));
                props.put("kind", item.path("kind").asString(null));
                quantity(here + ".quantity", item.path("quantity"), quotes, "quantity", props);
                period(here + ".asOf", item.path("asOf"), "asOf", props);
                plan.entities.add(new Row(id, "ProgressObservation", props, citations));
                plan.links.add(new Link(projectId, "HAS_PROGRESS", id, citations));
                i++;
            }
        }

        private void readMilestones(String projectId, String key, String path, JsonNode list, List<String> inherited) {
            int i = 0;
            for (JsonNode item : list.values()) {
                String here = path + ".milestones[" + i + "]";
                for (String field : item.propertyNames()) {
                    if (!Set.of("name", "due", "expected", "status", "sources").contains(field)) {
                        problem(here + "." + field, "unknown field");
                    }
                }
                checkEnum(here + ".status", item.path("status"), BundleSpec.MILESTONE_STATUSES, true);
                List<String> citations = item.has("sources") ? sources(here, item.path("sources"), inherited) : inherited;
                String id = "Milestone:" + key + "-" + i;
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", id);
                props.put("type", "Milestone");
                props.put("key", key + "-milestone-" + i);
                props.put("documentKey", docKey);
                props.put("index", i);
                props.put("name", required(here + ".name", item.path("name")));
                props.put("status", item.path("status").asString(null));
                period(here + ".due", item.path("due"), "due", props);
                period(here + ".expected", item.path("expected"), "expected", props);
                plan.entities.add(new Row(id, "Milestone", props, citations));
                plan.links.add(new Link(projectId, "HAS_MILESTONE", id, citations));
                i++;
            }
        }

        private void readRelation(String path, JsonNode relation) {
            String type = relation.path("type").asString("");
            if (!BundleSpec.RELATION_TYPES.contains(type)) {
                problem(path + ".type", "must be one of " + BundleSpec.RELATION_TYPES);
                return;
            }
            List<String> citations = sources(path, relation.path("sources"), List.of());
            String from = relation.path("from").asString("");
            String fromLabel = plan.labelsByKey.get(from);
            if (fromLabel == null) {
                problem(path + ".from", "unknown key " + from);
                return;
            }
            // LOCATED_IN is accepted as written but stored as the model's one place link.
            String stored = type.equals("LOCATED_IN") ? "IN_REGION" : type;
            link(path, id(fromLabel, from), new Ref("to", stored, Direction.OUT, false, BundleSpec.ANY),
                    relation.path("to"), citations);
        }

        private void link(String path, String ownerId, Ref ref, JsonNode value, List<String> inherited) {
            String key = value.isString() ? value.asString() : value.path("ref").asString("");
            String label = plan.labelsByKey.get(key);
            if (label == null) {
                problem(path, "unknown key " + key);
                return;
            }
            if (!ref.targetLabels().isEmpty() && !ref.targetLabels().contains(label)) {
                problem(path, key + " is a " + label + "; expected " + ref.targetLabels());
                return;
            }
            List<String> citations = value.isObject() && value.has("sources")
                    ? sources(path, value.path("sources"), inherited) : inherited;
            String targetId = id(label, key);
            plan.links.add(ref.direction() == Direction.OUT ? new Link(ownerId, ref.type(), targetId, citations)
                    : new Link(targetId, ref.type(), ownerId, citations));
        }

        private List<String> sources(String path, JsonNode sources, List<String> fallback) {
            if (!sources.isArray() || sources.isEmpty()) {
                if (fallback.isEmpty()) {
                    problem(path + ".sources", "at least one source quote is required");
                }
                return fallback;
            }
            List<String> ids = new ArrayList<>();
            int i = 0;
            for (JsonNode source : sources.values()) {
                String here = path + ".sources[" + i++ + "]";
                String quote = source.path("quote").asString("");
                int occurrence = source.path("occurrence").asInt(1);
                int start = -1;
                for (int n = 0, from = 0; n < occurrence; n++) {
                    start = quote.isEmpty() ? -1 : text.indexOf(quote, from);
                    if (start < 0) {
                        break;
                    }
                    from = start + 1;
                }
                if (start < 0) {
                    problem(here, "quote does not occur verbatim in the document: " + abbreviate(quote));
                    continue;
                }
                int begin = start;
                int end = start + quote.length();
                String id = "Citation:" + docKey + "@" + start + "-" + end;
                int[] paragraph = paragraphs.stream().filter(p -> p[0] <= begin && begin < p[1] + 1).findFirst()
                        .orElse(paragraphs.getFirst());
                Map<String, Object> props = new LinkedHashMap<>();
                props.put("id", id);
                props.put("documentKey", docKey);
                props.put("documentId", id("Document", docKey));
                props.put("passageId", "Passage:" + docKey + "-" + paragraph[2]);
                props.put("quote", quote);
                props.put("start", start);
                props.put("end", end);
                plan.citations.putIfAbsent(id, new Citation(id, (String) props.get("passageId"), props));
                ids.add(id);
            }
            return ids;
        }

        private List<String> quotes(JsonNode sources) {
            return sources.values().stream().map(s -> s.path("quote").asString("")).toList();
        }

        private List<String> quotesOf(List<String> citationIds) {
            return citationIds.stream().map(id -> (String) plan.citations.get(id).props().get("quote")).toList();
        }

        private void quantity(String path, JsonNode q, List<String> quotes, String prefix, Map<String, Object> props) {
            if (!q.isObject() || !q.path("text").isString()) {
                problem(path, "a quantity is an object with a text");
                return;
            }
            for (String field : q.propertyNames()) {
                if (!QUANTITY_FIELDS.contains(field)) {
                    problem(path + "." + field, "unknown field");
                }
            }
            String qText = q.path("text").asString();
            List<String> candidates = new ArrayList<>(quotes);
            if (q.has("sources")) {
                List<String> own = sources(path, q.path("sources"), List.of());
                candidates.addAll(quotesOf(own));
                props.put(prefix + "CitationIds", own);
                extraCitations.addAll(own);
            }
            if (candidates.stream().noneMatch(quote -> quote.contains(qText))) {
                problem(path + ".text", "'" + qText + "' does not occur in the quotes that state it");
            }
            try {
                Quantity parsed = Quantity.parse(qText, q.path("unit").asString(null), q.path("value").asString(null),
                        q.path("qualifier").asString(null), q.path("asOf").asString(null),
                        q.path("year").isNumber() ? q.path("year").asInt() : null);
                props.putAll(parsed.toProperties(prefix));
            }
            catch (IllegalArgumentException ex) {
                problem(path, ex.getMessage());
            }
        }

        private void period(String path, JsonNode p, String prefix, Map<String, Object> props) {
            if (p.isMissingNode() || p.isNull()) {
                return;
            }
            String periodText = p.path("text").asString("");
            if (periodText.isEmpty() || !text.contains(periodText)) {
                problem(path + ".text", "a period's text must occur verbatim in the document: " + periodText);
                return;
            }
            props.put(prefix + "Text", periodText);
            props.put(prefix + "Year", p.path("year").isNumber() ? p.path("year").asInt() : null);
        }

        private String required(String path, JsonNode value) {
            if (!value.isString() || value.asString().isBlank()) {
                problem(path, "is required");
                return null;
            }
            return value.asString();
        }

        private void checkEnum(String path, JsonNode value, Set<String> allowed, boolean required) {
            if (value.isMissingNode() || value.isNull()) {
                if (required) {
                    problem(path, "is required");
                }
                return;
            }
            if (!allowed.contains(value.asString(""))) {
                problem(path, "'" + value.asString("") + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }

        private static String abbreviate(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }

        private static String sha256(String s) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
            }
            catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }
    }
}
