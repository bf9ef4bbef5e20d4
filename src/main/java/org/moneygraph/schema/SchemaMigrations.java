package org.moneygraph.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.moneygraph.graph.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Applies the ordered Cypher files of {@code graph-schema/} at startup. Each file is applied once and
 * recorded with its checksum; editing a file that was already applied is refused, because the database
 * would silently disagree with the repository. Statements use {@code IF NOT EXISTS}, so a crash between a
 * statement and the record only repeats harmless work.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.cypher");

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final String location;
    private final Duration indexWait;
    private volatile Result last;

    public SchemaMigrations(Driver driver, DatabaseSelectionProvider databases, String location) {
        this(driver, databases, location, Duration.ofMinutes(5));
    }

    /**
     * {@code indexWait} bounds the wait for indexes to come online. New indexes on an empty or small graph are
     * online at once; after an offline bulk import they are populated here, which on size L takes minutes.
     */
    @Autowired
    public SchemaMigrations(Driver driver, DatabaseSelectionProvider databases,
            @Value("${graph.schema.location:classpath:graph-schema/}") String location,
            @Value("${graph.schema.index-wait:5m}") Duration indexWait) {
        this.driver = driver;
        this.databases = databases;
        this.location = location.endsWith("/") ? location : location + "/";
        this.indexWait = indexWait;
    }

    public record Migration(int version, String file, String checksum, List<String> statements) {
    }

    /** What was applied and skipped, and how long applying and waiting for the indexes took. */
    public record Result(List<String> applied, List<String> skipped, Duration took) {
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    /** Applies what is new and returns what was applied and what was already there. */
    public Result apply() {
        long started = System.nanoTime();
        List<String> applied = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Session session = session()) {
            for (Migration migration : load()) {
                String recorded = session.run("MATCH (m:SchemaMigration {file: $file}) RETURN m.checksum AS checksum",
                        Map.of("file", migration.file())).list(r -> r.get("checksum").asString()).stream()
                        .findFirst().orElse(null);
                if (recorded != null) {
                    if (!recorded.equals(migration.checksum())) {
                        throw new IllegalStateException("graph-schema/" + migration.file()
                                + " was changed after it was applied (recorded checksum " + recorded + ", now "
                                + migration.checksum() + "); add a new file instead of editing an applied one.");
                    }
                    skipped.add(migration.file());
                    continue;
                }
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
                session.run("""
                        MERGE (m:SchemaMigration {file: $file})
                        SET m.version = $version, m.checksum = $checksum, m.appliedAt = datetime()
                        """, Map.of("file", migration.file(), "version", migration.version(),
                        "checksum", migration.checksum())).consume();
                applied.add(migration.file());
            }
            session.run("CALL db.awaitIndexes($seconds)", Map.of("seconds", indexWait.toSeconds())).consume();
        }
        log.info("Graph schema: applied {}, already present {}", applied, skipped);
        last = new Result(applied, skipped, Duration.ofNanos(System.nanoTime() - started));
        return last;
    }

    /** The result of the last {@link #apply}, the one at startup unless applied again since; null before it. */
    public Result lastResult() {
        return last;
    }

    private Session session() {
        return Sessions.open(driver, databases);
    }

    public List<Migration> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "V*.cypher");
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                String name = resource.getFilename();
                Matcher m = FILE_NAME.matcher(name == null ? "" : name);
                if (!m.matches()) {
                    throw new IllegalStateException("graph-schema file " + name + " is not named V<number>__<name>.cypher");
                }
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                migrations.add(new Migration(Integer.parseInt(m.group(1)), name, sha256(text), statements(text)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new IllegalStateException("Two graph-schema files share version " + migrations.get(i).version());
                }
            }
            return migrations;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read graph-schema files from " + location, ex);
        }
    }

    /** Splits on semicolons that end a line, after dropping whole-line comments. */
    static List<String> statements(String text) {
        StringBuilder current = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static String sha256(String text) {
        try {
            // Line endings must not change the checksum when a checkout converts them.
            byte[] bytes = text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
