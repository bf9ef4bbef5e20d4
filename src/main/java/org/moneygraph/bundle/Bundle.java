package org.moneygraph.bundle;

import tools.jackson.databind.JsonNode;

/**
 * One parsed bundle file with the text of the document it describes.
 *
 * @param name         where it came from, for error messages
 * @param json         the bundle
 * @param documentText the source document, verbatim
 */
public record Bundle(String name, JsonNode json, String documentText) {
}
