package org.moneygraph.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;

/**
 * Turns {@code {documentId, quote, occurrence}} into citations exactly as the bundle importer makes them:
 * {@code Citation:<doc>@<start>-<end>}, linked to the paragraph that holds the quote's first character.
 * A quote must occur verbatim in the report's text, which is rebuilt from its stored paragraphs.
 */
final class SourceQuotes {

    /** A citation to merge, and the text of its report for checking figures and periods. */
    record Cited(String id, String passageId, Map<String, Object> props) {

        String quote() {
            return (String) props.get("quote");
        }

        int start() {
            return (Integer) props.get("start");
        }

        String documentKey() {
            return (String) props.get("documentKey");
        }
    }

    /** What a node's figures and periods are checked against: its quotes and the texts of its reports. */
    record Evidence(List<String> quotes, List<String> documentTexts) {
    }

    private final WriteTransactions.Tx tx;
    private final Map<String, String> texts = new HashMap<>();

    SourceQuotes(WriteTransactions.Tx tx) {
        this.tx = tx;
    }

    /** Resolves every source of a list; {@code required} makes an empty or missing list an error. */
    List<Cited> resolve(String path, List<Map<String, Object>> sources, boolean required) {
        if (sources == null || sources.isEmpty()) {
            if (required) {
                throw new InvalidInputException(path, "needs at least one source quote (出处必填)");
            }
            return List.of();
        }
        List<Cited> cited = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            cited.add(resolve(path + "[" + i + "]", sources.get(i)));
        }
        return cited;
    }

    Cited resolve(String path, Map<String, Object> source) {
        String documentId = (String) source.get("documentId");
        String quote = (String) source.get("quote");
        int occurrence = source.get("occurrence") == null ? 1 : (Integer) source.get("occurrence");
        String text = text(path + ".documentId", documentId);
        if (occurrence < 1) {
            throw new InvalidInputException(path + ".occurrence", "counts from 1 (第几处)");
        }
        int start = -1;
        for (int n = 0, from = 0; n < occurrence && quote != null && !quote.isEmpty(); n++) {
            start = text.indexOf(quote, from);
            if (start < 0) {
                break;
            }
            from = start + 1;
        }
        if (start < 0) {
            throw new InvalidInputException(path + ".quote", "does not occur verbatim"
                    + (occurrence > 1 ? " " + occurrence + " times" : "") + " in " + documentId + " (引文须与原文一致)");
        }
        String documentKey = documentId.substring("Document:".length());
        int end = start + quote.length();
        Map<String, Object> passage = tx.one("""
                MATCH (:Document {id: $documentId})-[:HAS_PASSAGE]->(p:Passage)
                WHERE p.start <= $start AND $start < p.end + 1
                RETURN p.id AS id ORDER BY p.index LIMIT 1""", Map.of("documentId", documentId, "start", start));
        if (passage == null) {
            passage = tx.one("""
                    MATCH (:Document {id: $documentId})-[:HAS_PASSAGE]->(p:Passage)
                    RETURN p.id AS id ORDER BY p.index LIMIT 1""", Map.of("documentId", documentId));
        }
        String id = "Citation:" + documentKey + "@" + start + "-" + end;
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", id);
        props.put("documentKey", documentKey);
        props.put("documentId", documentId);
        props.put("passageId", passage.get("id"));
        props.put("quote", quote);
        props.put("start", start);
        props.put("end", end);
        return new Cited(id, (String) passage.get("id"), props);
    }

    /** The report's full text, rebuilt from its paragraphs at their offsets; line breaks fill the gaps. */
    String text(String field, String documentId) {
        String cached = texts.get(documentId);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> row = documentId == null ? null : tx.one("""
                MATCH (d:Document {id: $id})
                RETURN d.length AS length, COLLECT { MATCH (d)-[:HAS_PASSAGE]->(p:Passage) RETURN p {.start, .text} } AS passages""",
                Map.of("id", documentId));
        if (row == null) {
            throw new NotFoundException(field, "no document with ID " + documentId + " (来源文件不存在)");
        }
        char[] chars = new char[((Number) row.get("length")).intValue()];
        java.util.Arrays.fill(chars, '\n');
        for (Object o : (List<?>) row.get("passages")) {
            Map<?, ?> p = (Map<?, ?>) o;
            String t = (String) p.get("text");
            int start = ((Number) p.get("start")).intValue();
            t.getChars(0, Math.min(t.length(), chars.length - start), chars, start);
        }
        String text = new String(chars);
        texts.put(documentId, text);
        return text;
    }

    /** Merges the citations and their paragraph links; a citation already present is reused as it is. */
    void write(List<Cited> cited) {
        if (cited.isEmpty()) {
            return;
        }
        tx.run("""
                UNWIND $rows AS row
                MATCH (p:Passage {id: row.passageId})
                MERGE (c:Citation {id: row.props.id})
                ON CREATE SET c = row.props
                MERGE (c)-[:IN_PASSAGE]->(p)""",
                Map.of("rows", cited.stream().map(c -> Map.of("passageId", c.passageId(), "props", c.props())).toList()));
    }

    /** The quotes and report texts of citations already stored, by ID. */
    Evidence evidence(List<String> citationIds, List<Cited> added) {
        List<String> quotes = new ArrayList<>();
        List<String> docs = new ArrayList<>();
        for (Map<String, Object> row : tx.run("""
                UNWIND $ids AS id
                MATCH (c:Citation {id: id})
                RETURN c.quote AS quote, c.documentId AS documentId""", Map.of("ids", citationIds))) {
            quotes.add((String) row.get("quote"));
            docs.add(text("input", (String) row.get("documentId")));
        }
        for (Cited c : added) {
            quotes.add(c.quote());
            docs.add(text("input", (String) c.props().get("documentId")));
        }
        return new Evidence(quotes, docs.stream().distinct().toList());
    }
}
