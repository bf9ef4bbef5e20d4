package org.moneygraph.ledger;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.moneygraph.bundle.Bundle;
import org.moneygraph.bundle.BundleImporter;
import org.moneygraph.bundle.BundleValidationException;
import org.moneygraph.bundle.ImportContext;
import org.moneygraph.ledger.ImportReport.Item;
import org.moneygraph.ledger.ImportReport.RowError;
import org.moneygraph.security.AccessDeniedException;
import org.moneygraph.security.Actor;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one JSON bundle sent by a client: the seed's format and validation, with the document's text inside
 * the bundle ({@code document.text}), all or nothing, reported like a ledger.
 */
@Component
public class BundleImports {

    private final BundleImporter importer;
    private final ImportProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    public BundleImports(BundleImporter importer, ImportProperties properties) {
        this.importer = importer;
        this.properties = properties;
    }

    /**
     * @param documentText the document's text when it comes beside the bundle (the command line), else null
     */
    public ImportReport importBundle(String name, String content, String documentText, boolean dryRun, Actor actor) {
        if (actor.regionScope() != null) {
            // A bundle may hold regions, organizations and whole campaigns: no single region bounds it.
            throw new AccessDeniedException(false, "content", "an editor scoped to " + actor.regionScope()
                    + " may import ledgers of that region, not bundles");
        }
        long started = System.nanoTime();
        ImportContext context = ImportContext.newBatch(actor.name());
        long size = content.getBytes(StandardCharsets.UTF_8).length;
        if (size > properties.maxFileSize().toBytes()) {
            return rejected(context, name, dryRun, started, List.of(new RowError(null, null, null, "FILE_TOO_LARGE",
                    "the bundle has " + size + " bytes; the limit is " + properties.maxFileSize().toBytes()
                            + " bytes (graph.import.max-file-size)")));
        }
        JsonNode tree;
        try {
            tree = json.readTree(content);
        }
        catch (JacksonException ex) {
            return rejected(context, name, dryRun, started, List.of(new RowError(null, null, null, "INVALID_JSON",
                    "the bundle is not JSON: " + ex.getOriginalMessage())));
        }
        if (tree == null || !tree.isObject()) {
            return rejected(context, name, dryRun, started, List.of(new RowError(null, null, null, "INVALID_JSON",
                    "the bundle must be a JSON object")));
        }
        String text = tree.path("document").path("text").isString() ? tree.path("document").path("text").asString()
                : documentText;
        try {
            BundleImporter.Summary summary = importer.importBundles(List.of(new Bundle(name, tree, text)), context,
                    dryRun, null);
            List<Item> items = new java.util.ArrayList<>();
            summary.createdIds().stream().limit(properties.reportLimit())
                    .forEach(id -> items.add(new Item(null, id, id.substring(0, id.indexOf(':')), "CREATED")));
            summary.changedIds().stream().limit(Math.max(0, properties.reportLimit() - items.size()))
                    .forEach(id -> items.add(new Item(null, id, id.substring(0, id.indexOf(':')), "CHANGED")));
            int entities = summary.createdIds().size() + summary.changedIds().size() + summary.unchanged();
            return new ImportReport(context.batchId(), name, "BUNDLE", dryRun, !dryRun, documentId(tree), entities,
                    summary.createdIds().size(), summary.changedIds().size(), summary.unchanged(), 0, List.of(), false,
                    items, millis(started));
        }
        catch (BundleValidationException ex) {
            return rejected(context, name, dryRun, started, ex.problems().stream()
                    .map(p -> new RowError(null, p.path(), null, "INVALID_BUNDLE", p.message())).toList());
        }
    }

    private ImportReport rejected(ImportContext context, String name, boolean dryRun, long started,
            List<RowError> errors) {
        return new ImportReport(context.batchId(), name, "BUNDLE", dryRun, false, null, 0, 0, 0, 0, errors.size(),
                errors.stream().limit(properties.reportLimit()).toList(), errors.size() > properties.reportLimit(),
                List.of(), millis(started));
    }

    private static String documentId(JsonNode tree) {
        String key = tree.path("document").path("key").asString("");
        return key.isEmpty() ? null : "Document:" + key;
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
