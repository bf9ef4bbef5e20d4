package org.moneygraph.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.moneygraph.bundle.Changes;
import org.moneygraph.bundle.EntityWrites;
import org.moneygraph.bundle.EntityWrites.Action;
import org.moneygraph.bundle.EntityWrites.OwnedLinks;
import org.moneygraph.bundle.ImportContext;
import org.moneygraph.graph.Sessions;
import org.moneygraph.ledger.ImportReport.Item;
import org.moneygraph.ledger.ImportReport.RowError;
import org.moneygraph.security.Actor;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Imports one ledger file (.csv or .xlsx) all or nothing. The file is read row by row inside one write
 * transaction: each valid row is written in batches as it comes, each invalid one is reported, and at the end
 * the transaction commits only when no row was rejected and this is no dry run. A process killed mid-import
 * therefore leaves nothing behind, and a dry run reports exactly what the real import would do.
 *
 * <p>Rows are matched on their natural key (项目编号, 流水号). A row equal to its node writes nothing; a row
 * that creates or changes a node writes it, its version and change, and a passage with the row's text that
 * the node cites, under a {@code Document} for the file (kind {@code LEDGER}, with its SHA-256).
 */
@Component
public class LedgerImporter {

    /** Told how far the import got, after each batch. */
    public interface Progress {
        void update(long rows, long bytesRead, long totalBytes);

        Progress NONE = (rows, bytesRead, totalBytes) -> { };
    }

    private static final Map<LedgerKind, OwnedLinks> OWNED = Map.of(
            LedgerKind.PROJECTS, new OwnedLinks(List.of("IN_REGION", "PART_OF"), List.of("LEADS")),
            LedgerKind.FLOWS, new OwnedLinks(List.of("OF_FUND", "FROM", "TO"), List.of()));

    /** The end of both source statements: the links each row states, citing the row. */
    private static final String CREATE_LINKS = """
            WITH n, row
            UNWIND row.links AS link
            MATCH (t:Entity {id: link.target})
            FOREACH (_ IN CASE WHEN link.out THEN [1] ELSE [] END |
              CREATE (n)-[:$(link.type) {citationIds: [row.citationId]}]->(t))
            FOREACH (_ IN CASE WHEN link.out THEN [] ELSE [1] END |
              CREATE (t)-[:$(link.type) {citationIds: [row.citationId]}]->(n))""";

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final ImportProperties properties;
    private final TransactionConfig transactionConfig;

    public LedgerImporter(Driver driver, DatabaseSelectionProvider databases, ImportProperties properties,
            @Value("${graph.neo4j.import-transaction-timeout:5m}") Duration transactionTimeout) {
        this.driver = driver;
        this.databases = databases;
        this.properties = properties;
        this.transactionConfig = TransactionConfig.builder().withTimeout(transactionTimeout).build();
    }

    /**
     * Imports the file.
     *
     * @param fileName the name the office gave it; its extension decides the format
     * @param kind     the ledger kind, or null to tell it from the headers
     */
    public ImportReport importFile(Path file, String fileName, LedgerKind kind, boolean dryRun, Actor actor,
            Progress progress) {
        return new Run(file, fileName, kind, dryRun, actor, progress).run();
    }

    /** One import: its counters, its report and its transaction. */
    private final class Run {
        final Path file;
        final String fileName;
        LedgerKind kind;
        final boolean dryRun;
        final Actor actor;
        final Progress progress;
        final long started = System.nanoTime();
        final ImportContext context;
        final List<RowError> errors = new ArrayList<>();
        final List<Item> items = new ArrayList<>();
        int rows;
        int created;
        int changed;
        int unchanged;
        int rejected;
        String documentKey;
        String documentId;
        String sha256;
        long size;
        boolean documentExisted;
        boolean documentWritten;

        Run(Path file, String fileName, LedgerKind kind, boolean dryRun, Actor actor, Progress progress) {
            this.file = file;
            this.fileName = fileName;
            this.kind = kind;
            this.dryRun = dryRun;
            this.actor = actor;
            this.progress = progress;
            this.context = ImportContext.newBatch(actor.name());
        }

        ImportReport run() {
            try {
                size = Files.size(file);
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
            if (size == 0) {
                return rejectFile("EMPTY_FILE", "the file is empty (0 bytes)");
            }
            if (size > properties.maxFileSize().toBytes()) {
                return rejectFile("FILE_TOO_LARGE", "the file has " + size + " bytes; the limit is "
                        + properties.maxFileSize().toBytes() + " bytes (graph.import.max-file-size)");
            }
            sha256 = sha256(file);
            documentKey = "ledger-" + sha256.substring(0, 16);
            documentId = "Document:" + documentKey;
            try (SheetRows sheet = SheetRows.open(file, fileName)) {
                return read(sheet);
            }
            catch (org.neo4j.driver.exceptions.Neo4jException ex) {
                if (ex.getMessage() == null || !ex.getMessage().contains("memory")) {
                    throw ex;
                }
                // All or nothing means one transaction; the database bounds the memory one transaction may hold.
                rejected++;
                errors.add(new RowError(null, null, null, "TRANSACTION_MEMORY", "the file is too large for one "
                        + "transaction within the database's memory limit (dbms.memory.transaction.total.max, set "
                        + "by the heap size for the embedded database): split the file or give the database more "
                        + "memory; nothing was written"));
                return report(false);
            }
            catch (SheetRows.UnreadableFileException ex) {
                rejected++;
                errors.clear();
                errors.add(new RowError(ex.row == 0 ? null : ex.row, null, null, "UNREADABLE_FILE", ex.getMessage()));
                return report(false);
            }
        }

        private ImportReport read(SheetRows sheet) {
            if (!sheet.hasNext()) {
                return rejectFile("EMPTY_FILE", "the file has no header row");
            }
            SheetRow headerRow = sheet.next();
            List<String> headers = headerRow.cells().stream().map(c -> c == null ? "" : c.strip()).toList();
            Map<Integer, LedgerColumn> columns = columns(headerRow.number(), headers);
            if (columns == null) {
                return report(false);
            }
            try (Session session = session(); Transaction tx = session.beginTransaction(transactionConfig)) {
                documentExisted = tx.run("MATCH (d:Document {id: $id}) RETURN count(d) > 0 AS found",
                        Map.of("id", documentId)).single().get("found").asBoolean();
                References references = new References(tx, actor.regionScope());
                LedgerRecords records = new LedgerRecords(kind, documentKey, headers, columns, references);
                String headerText = String.join(" | ", headers);
                int offset = headerText.length() + 1;
                List<Placed> batch = new ArrayList<>();
                while (sheet.hasNext()) {
                    SheetRow row = sheet.next();
                    if (row.isBlank()) {
                        continue;
                    }
                    rows++;
                    LedgerRecords.Result result = records.read(row);
                    int start = offset;
                    int end = start + (result.record() == null ? records.text(row) : result.record().text()).length();
                    offset = end + 1;
                    if (result.record() == null) {
                        rejected++;
                        result.errors().forEach(this::error);
                        continue;
                    }
                    batch.add(new Placed(result.record(), start, end));
                    if (batch.size() >= properties.batchSize()) {
                        flush(tx, batch);
                        batch.clear();
                        progress.update(rows, sheet.bytesRead(), size);
                    }
                }
                flush(tx, batch);
                progress.update(rows, sheet.bytesRead(), size);
                boolean commit = rejected == 0 && !dryRun;
                if (documentWritten && !documentExisted) {
                    finishDocument(tx, offset - 1);
                }
                if (created + changed > 0) {
                    tx.run("""
                            CREATE (b:ImportBatch {id: $id, kind: 'LEDGER', ledgerKind: $kind, source: $file,
                                                   sha256: $sha256, documentId: $documentId, actor: $actor,
                                                   at: datetime(), rows: $rows, created: $created,
                                                   changed: $changed, unchanged: $unchanged})""",
                            Map.of("id", context.batchId(), "kind", kind.name(), "file", fileName, "sha256", sha256,
                                    "documentId", documentId, "actor", actor.name(), "rows", rows, "created", created,
                                    "changed", changed, "unchanged", unchanged)).consume();
                }
                if (commit) {
                    tx.commit();
                }
                else {
                    tx.rollback();
                }
                return report(commit);
            }
        }

        /** The header's columns by index, or null after reporting what is wrong with the header. */
        private Map<Integer, LedgerColumn> columns(int headerRow, List<String> headers) {
            LedgerKind detected = LedgerKind.detect(headers);
            if (kind == null) {
                kind = detected;
            }
            if (kind == null) {
                error(new RowError(headerRow, null, null, "UNKNOWN_LEDGER", "the header names neither 项目编号 "
                        + "(项目台账) nor 流水号 (资金台账); see seed/templates/README.md"));
                rejected++;
                return null;
            }
            Map<Integer, LedgerColumn> columns = new LinkedHashMap<>();
            Map<LedgerField, Integer> seen = new HashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String header = headers.get(i);
                if (header.isEmpty()) {
                    continue;
                }
                String base = LedgerColumn.baseHeader(header);
                LedgerColumn column = kind.columns().stream().filter(c -> c.header().equals(base)).findFirst()
                        .orElse(null);
                String letter = SheetRow.columnLetter(i);
                if (column == null || (LedgerColumn.headerUnit(header) != null && !column.field().isAmount())) {
                    error(new RowError(headerRow, letter, header, "UNKNOWN_COLUMN", "'" + header + "' is not a column of "
                            + kind.chinese() + "; expected " + kind.columns().stream().map(LedgerColumn::header).toList()));
                    continue;
                }
                Integer before = seen.putIfAbsent(column.field(), i);
                if (before != null) {
                    error(new RowError(headerRow, letter, header, "DUPLICATE_COLUMN", "'" + header
                            + "' repeats column " + SheetRow.columnLetter(before)));
                    continue;
                }
                columns.put(i, column);
            }
            for (LedgerColumn column : kind.columns()) {
                if (column.required() && !seen.containsKey(column.field())) {
                    error(new RowError(headerRow, null, column.header(), "MISSING_COLUMN", kind.chinese()
                            + " needs the column " + column.header()));
                }
            }
            if (!errors.isEmpty()) {
                rejected++;
                return null;
            }
            return columns;
        }

        private void flush(Transaction tx, List<Placed> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<EntityWrites.Write> writes = batch.stream().map(p -> new EntityWrites.Write(p.record.id(),
                    p.record.label(), p.record.props(), p.record.createOnly(),
                    p.record.links().stream().map(l -> OwnedLinks.describe(l.type(), l.out(), l.target())).toList()))
                    .toList();
            EntityWrites.Plan plan = EntityWrites.plan(tx, writes, OWNED.get(kind));
            Map<String, Placed> placedById = new HashMap<>();
            for (Placed placed : batch) {
                placedById.put(placed.record.id(), placed);
                Action action = plan.actions().get(placed.record.id());
                switch (action) {
                    case CREATED -> created++;
                    case CHANGED -> changed++;
                    case UNCHANGED -> unchanged++;
                }
                if (action != Action.UNCHANGED && items.size() < properties.reportLimit()) {
                    items.add(new Item(placed.record.row(), placed.record.id(), placed.record.label(), action.name()));
                }
            }
            if (plan.creates().isEmpty() && plan.updates().isEmpty()) {
                return;
            }
            if (!documentWritten && !documentExisted) {
                tx.run("""
                        CREATE (d:Entity:Document {id: $id, type: 'Document', key: $key, documentKey: $key,
                                                   title: $file, name: $file, file: $file, kind: 'LEDGER',
                                                   ledgerKind: $kind, issuingLevel: 'UNKNOWN', sha256: $sha256,
                                                   masked: false, version: 1})""",
                        Map.of("id", documentId, "key", documentKey, "file", fileName, "kind", kind.name(),
                                "sha256", sha256)).consume();
            }
            documentWritten = true;
            if (!documentExisted && !plan.creates().isEmpty()) {
                createWithSources(tx, plan.creates(), placedById);
            }
            else {
                EntityWrites.execute(tx, plan.creates(), List.of(), context);
                mergeSources(tx, sourceRows(plan.creates(), placedById));
            }
            EntityWrites.execute(tx, List.of(), plan.updates(), context);
            mergeSources(tx, sourceRows(plan.updates(), placedById));
        }

        /** The source rows of the planned writes, in their order. */
        private List<Map<String, Object>> sourceRows(List<Map<String, Object>> planned, Map<String, Placed> placed) {
            return planned.stream().map(row -> sourceRow(placed.get((String) row.get("id")))).toList();
        }

        /**
         * New nodes of a file whose document this import creates, in one statement: the node, its change, the
         * row's passage and citation and the links the row states. Nothing of this can exist yet (the node was
         * not found, and passages and citations are named after the new document), so everything is created,
         * not merged: merging costs a locking index seek per node and relationship, and creating relationships
         * on the dense document, fund and region nodes never has to walk them.
         */
        private void createWithSources(Transaction tx, List<Map<String, Object>> creates, Map<String, Placed> placed) {
            List<Map<String, Object>> rows = new ArrayList<>(creates.size());
            for (Map<String, Object> create : creates) {
                Map<String, Object> row = sourceRow(placed.get((String) create.get("id")));
                row.put("props", create.get("props"));
                row.put("changeId", create.get("changeId"));
                row.put("after", create.get("after"));
                rows.add(row);
            }
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("rows", rows);
            parameters.put("label", kind.label());
            parameters.put("documentId", documentId);
            parameters.put("documentKey", documentKey);
            parameters.put("actor", context.actor());
            parameters.put("batchId", context.batchId());
            parameters.put("via", ImportContext.VIA);
            tx.run("""
                    MATCH (d:Document {id: $documentId})
                    UNWIND $rows AS row
                    CREATE (n:Entity:$($label))
                    SET n = row.props, n.version = 1
                    CREATE (:Change {id: row.changeId, at: datetime(), actor: $actor, operation: 'CREATE',
                                     targetId: row.id, targetType: $label, after: row.after,
                                     batchId: $batchId, via: $via})-[:CHANGED]->(n)
                    CREATE (d)-[:HAS_PASSAGE]->(p:Entity:Passage {id: row.passageId, type: 'Passage',
                                                                   documentKey: $documentKey, index: row.row,
                                                                   start: row.start, end: row.end, text: row.text})
                    CREATE (n)-[:SOURCED_FROM]->(:Citation {id: row.citationId, quote: row.text, start: row.start,
                                                            end: row.end, documentKey: $documentKey,
                                                            documentId: $documentId, passageId: row.passageId,
                                                            row: row.row})-[:IN_PASSAGE]->(p)
                    """ + CREATE_LINKS, parameters).consume();
        }

        /**
         * The row's passage and citation, the node's source, and the links the row states, replacing the owned
         * links the node had; for nodes this row changes, or creates under a document that already existed (whose
         * passages may be there). The links are created, not merged: the old ones are gone, and merging would
         * walk the dense fund and region nodes.
         */
        private void mergeSources(Transaction tx, List<Map<String, Object>> written) {
            if (written.isEmpty()) {
                return;
            }
            OwnedLinks owned = OWNED.get(kind);
            tx.run("""
                    UNWIND $rows AS row
                    MATCH (d:Document {id: $documentId})
                    MATCH (n:Entity {id: row.id})
                    MERGE (p:Entity {id: row.passageId})
                    ON CREATE SET p:Passage, p.type = 'Passage', p.documentKey = $documentKey, p.index = row.row,
                                  p.start = row.start, p.end = row.end, p.text = row.text
                    MERGE (d)-[:HAS_PASSAGE]->(p)
                    MERGE (c:Citation {id: row.citationId})
                    ON CREATE SET c.quote = row.text, c.start = row.start, c.end = row.end, c.documentKey = $documentKey,
                                  c.documentId = $documentId, c.passageId = row.passageId, c.row = row.row
                    MERGE (c)-[:IN_PASSAGE]->(p)
                    MERGE (n)-[:SOURCED_FROM]->(c)
                    WITH n, row
                    CALL (n) {
                      MATCH (n)-[r]->() WHERE type(r) IN $out DELETE r
                    }
                    CALL (n) {
                      MATCH (n)<-[r]-() WHERE type(r) IN $in DELETE r
                    }
                    """ + CREATE_LINKS,
                    Map.of("rows", written, "documentId", documentId, "documentKey", documentKey,
                            "out", owned.out(), "in", owned.in())).consume();
        }

        private Map<String, Object> sourceRow(Placed placed) {
            List<Map<String, Object>> links = placed.record.links().stream().map(l -> Map.<String, Object>of(
                    "type", l.type(), "out", l.out(), "target", l.target())).toList();
            Map<String, Object> row = new HashMap<>();
            row.put("id", placed.record.id());
            row.put("row", placed.record.row());
            row.put("start", placed.start);
            row.put("end", placed.end);
            row.put("text", placed.record.text());
            row.put("passageId", "Passage:" + documentKey + "-" + placed.record.row());
            row.put("citationId", "Citation:" + documentKey + "@" + placed.start + "-" + placed.end);
            row.put("links", links);
            return row;
        }

        private void finishDocument(Transaction tx, int length) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("id", documentId);
            props.put("title", fileName);
            props.put("kind", "LEDGER");
            props.put("ledgerKind", kind.name());
            props.put("sha256", sha256);
            props.put("length", length);
            props.put("rowCount", rows);
            tx.run("""
                    MATCH (d:Document {id: $id})
                    SET d.length = $length, d.rowCount = $rows
                    CREATE (:Change {id: $changeId, at: datetime(), actor: $actor, operation: 'CREATE', targetId: $id,
                                     targetType: 'Document', after: $after, batchId: $batchId, via: $via})-[:CHANGED]->(d)""",
                    Map.of("id", documentId, "length", length, "rows", rows, "changeId",
                            "Change:" + java.util.UUID.randomUUID(), "actor", actor.name(), "after", Changes.json(props),
                            "batchId", context.batchId(), "via", ImportContext.VIA)).consume();
        }

        private void error(RowError error) {
            if (errors.size() < properties.reportLimit()) {
                errors.add(error);
            }
        }

        private ImportReport rejectFile(String code, String message) {
            rejected++;
            errors.add(new RowError(null, null, null, code, message));
            return report(false);
        }

        private ImportReport report(boolean committed) {
            int errorCount = errors.size();
            return new ImportReport(context.batchId(), fileName, kind == null ? null : kind.name(), dryRun, committed,
                    documentId, rows, created, changed, unchanged, rejected, List.copyOf(errors),
                    errorCount >= properties.reportLimit(), List.copyOf(items),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    /** A valid record with its place in the file's text. */
    private record Placed(LedgerRecord record, int start, int end) {
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return java.util.HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Session session() {
        return Sessions.open(driver, databases);
    }
}
