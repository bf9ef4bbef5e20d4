package org.moneygraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NotFoundException;
import org.moneygraph.graph.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * API tokens kept as {@code (:ApiToken)} nodes. Only the SHA-256 of a secret is stored, so a copy of the
 * database does not let anyone in; the secret itself is shown once, to the admin who creates it.
 */
@Component
public class ApiTokens {

    /** A token's record, never its secret. */
    public record ApiToken(String id, String name, Role role, String regionScope, String createdAt, String createdBy,
            String revokedAt) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A token just created, with the secret its holder must keep. */
    public record NewApiToken(ApiToken token, String secret) {
    }

    private static final String PROJECTION = """
            t {.id, .name, .role, .regionScope, .createdBy,
               createdAt: toString(t.createdAt), revokedAt: toString(t.revokedAt)} AS token""";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Driver driver;
    private final DatabaseSelectionProvider databases;
    private final TransactionConfig transactionConfig;

    public ApiTokens(Driver driver, DatabaseSelectionProvider databases,
            @Value("${graph.neo4j.transaction-timeout:30s}") Duration transactionTimeout) {
        this.driver = driver;
        this.databases = databases;
        this.transactionConfig = TransactionConfig.builder().withTimeout(transactionTimeout).build();
    }

    /** Lower-case hex SHA-256 of the UTF-8 text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("SHA-256 is part of every JDK", ex);
        }
    }

    public NewApiToken create(String name, Role role, String regionScope, String createdBy) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            throw new InvalidInputException("name", "must hold 1 to 100 characters (令牌名称)");
        }
        if (regionScope != null && !regionScope.startsWith("Region:")) {
            throw new InvalidInputException("regionScope", "must be the ID of a Region (限定区域)");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        // The prefix tells a leaked secret apart in logs and secret scanners; it has no dots, so it never looks like a JWT.
        String secret = "mgt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", "ApiToken:" + UUID.randomUUID());
        params.put("name", trimmed);
        params.put("role", role.name());
        params.put("regionScope", regionScope);
        params.put("hash", sha256(secret));
        params.put("createdBy", createdBy);
        try (Session session = session()) {
            ApiToken token = session.executeWrite(tx -> {
                if (regionScope != null && !tx.run("MATCH (r:Region {id: $id}) RETURN r.id", Map.of("id", regionScope)).hasNext()) {
                    throw new InvalidInputException("regionScope", "is not the ID of a known Region (限定区域不存在): " + regionScope);
                }
                if (tx.run("MATCH (t:ApiToken {name: $name}) WHERE t.revokedAt IS NULL RETURN t.id", params).hasNext()) {
                    throw new InvalidInputException("name", "is already the name of an active token (令牌名称重复)");
                }
                return toToken(tx.run("""
                        CREATE (t:ApiToken {id: $id, name: $name, role: $role, regionScope: $regionScope, tokenHash: $hash,
                                            createdAt: datetime(), createdBy: $createdBy})
                        RETURN""" + " " + PROJECTION, params).single().get("token").asMap());
            }, transactionConfig);
            return new NewApiToken(token, secret);
        }
    }

    public ApiToken revoke(String id) {
        try (Session session = session()) {
            return session.executeWrite(tx -> {
                var result = tx.run("""
                        MATCH (t:ApiToken {id: $id})
                        SET t.revokedAt = coalesce(t.revokedAt, datetime())
                        RETURN""" + " " + PROJECTION, Map.of("id", id == null ? "" : id));
                if (!result.hasNext()) {
                    throw new NotFoundException("id", "no API token has this ID (令牌不存在): " + id);
                }
                return toToken(result.single().get("token").asMap());
            }, transactionConfig);
        }
    }

    public List<ApiToken> list(boolean includeRevoked) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (t:ApiToken) WHERE $includeRevoked OR t.revokedAt IS NULL
                    RETURN""" + " " + PROJECTION + " ORDER BY t.createdAt, t.id", Map.of("includeRevoked", includeRevoked))
                    .list(r -> toToken(r.get("token").asMap())), transactionConfig);
        }
    }

    /** The active token whose secret this is, if any. */
    public Optional<ApiToken> find(String secret) {
        try (Session session = session()) {
            return session.executeRead(tx -> tx.run("""
                    MATCH (t:ApiToken {tokenHash: $hash}) WHERE t.revokedAt IS NULL
                    RETURN""" + " " + PROJECTION, Map.of("hash", sha256(secret)))
                    .list(r -> toToken(r.get("token").asMap())), transactionConfig).stream().findFirst();
        }
    }

    private static ApiToken toToken(Map<String, Object> map) {
        return new ApiToken((String) map.get("id"), (String) map.get("name"), Role.valueOf((String) map.get("role")),
                (String) map.get("regionScope"), (String) map.get("createdAt"), (String) map.get("createdBy"),
                (String) map.get("revokedAt"));
    }

    private Session session() {
        return Sessions.open(driver, databases);
    }
}
