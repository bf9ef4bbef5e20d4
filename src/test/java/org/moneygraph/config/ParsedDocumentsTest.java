package org.moneygraph.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

/** The parsed-document cache parses a text once, stays within its bound and leaves long documents alone. */
class ParsedDocumentsTest {

    private final AtomicInteger parses = new AtomicInteger();

    private final Function<ExecutionInput, PreparsedDocumentEntry> parse = input -> {
        parses.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
    };

    private PreparsedDocumentEntry ask(ParsedDocuments cache, String query) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), parse).join();
    }

    @Test
    void aDocumentIsParsedOnceAndTheOldestIsDroppedBeyondTheBound() {
        ParsedDocuments cache = new ParsedDocuments(2);
        PreparsedDocumentEntry first = ask(cache, "{ a }");
        assertThat(ask(cache, "{ a }")).isSameAs(first);
        assertThat(parses).hasValue(1);
        ask(cache, "{ b }");
        ask(cache, "{ a }"); // used again, so { b } is now the eldest
        ask(cache, "{ c }");
        assertThat(cache.size()).isEqualTo(2);
        ask(cache, "{ a }");
        assertThat(parses).hasValue(3);
        ask(cache, "{ b }");
        assertThat(parses).hasValue(4);
    }

    @Test
    void longDocumentsAndASwitchedOffCacheParseEveryTime() {
        ParsedDocuments cache = new ParsedDocuments(10);
        String longQuery = "{ a " + "b ".repeat(20_000) + "}";
        ask(cache, longQuery);
        ask(cache, longQuery);
        assertThat(parses).hasValue(2);
        assertThat(cache.size()).isZero();
        ParsedDocuments off = new ParsedDocuments(0);
        ask(off, "{ a }");
        ask(off, "{ a }");
        assertThat(parses).hasValue(4);
    }
}
