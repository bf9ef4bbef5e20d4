// Imports: seed bundles loaded (by name, with their SHA-256), import batches, and the ledger rows' natural keys.
CREATE CONSTRAINT seed_bundle_name IF NOT EXISTS FOR (s:SeedBundle) REQUIRE s.name IS UNIQUE;
CREATE CONSTRAINT import_batch_id IF NOT EXISTS FOR (b:ImportBatch) REQUIRE b.id IS UNIQUE;
CREATE INDEX import_batch_sha256 IF NOT EXISTS FOR (b:ImportBatch) ON (b.sha256);
CREATE INDEX document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256);
