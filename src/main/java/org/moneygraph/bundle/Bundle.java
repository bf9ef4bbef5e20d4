package org.moneygraph.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.JsonNode;

/**
 * One parsed bundle file with the text of the document it describes.
 *
 * @param name         where it came from, for error messages
 * @param json         the bundle
 * @param documentText the source document, verbatim
 */
public record Bundle(String name, JsonNode json, String documentText) {

    /** SHA-256 of the bundle and its document: equal hashes mean there is nothing new to load. */
    public String sha256() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json.toString().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(String.valueOf(documentText).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
