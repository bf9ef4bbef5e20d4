package org.moneygraph.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.stereotype.Component;

/**
 * Keeps parsed and validated documents by their text. Clients send the same few documents with different
 * variables, and parsing plus validation was about a fifth of the service's own CPU per request. The cache
 * is bounded in entries and skips long documents, so a flood of distinct documents costs at most its bound.
 * Execution-time checks still run on every request: page size and role always, depth and complexity unless
 * this operation with these {@code @skip}/{@code @include} values passed them before ({@link PassedDocuments}).
 * The alias and operation limits run in validation, and a document over them is never cached because it aborts.
 */
@Component
class ParsedDocuments implements PreparsedDocumentProvider, GraphQlSourceBuilderCustomizer {

    /** Longer documents are parsed every time: a few of them would fill the cache's memory. */
    static final int MAX_CHARACTERS = 20_000;

    private final int maxEntries;
    private final Map<String, PreparsedDocumentEntry> entries;

    ParsedDocuments(@Value("${graph.graphql.parsed-document-cache-size:1000}") int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = byText(maxEntries);
    }

    /** A map by document text holding at most {@code maxEntries}, the least recently used going first. */
    static <V> Map<String, V> byText(int maxEntries) {
        return Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        });
    }

    @Override
    public void customize(GraphQlSource.SchemaResourceBuilder builder) {
        builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (maxEntries == 0 || query.length() > MAX_CHARACTERS) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        PreparsedDocumentEntry entry = entries.get(query);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            entries.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return entries.size();
    }
}
