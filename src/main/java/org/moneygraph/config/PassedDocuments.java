package org.moneygraph.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;

/**
 * The documents that passed one whole-document check (depth or complexity), so that a document sent again is
 * not walked again. graphql-java's checks walk every field of the operation on every request, about 5 % of the
 * service's CPU on a page of regions. Both count fields and read no argument, so their answer depends only on
 * the document's text, the operation and the values of the variables that {@code @skip} and {@code @include}
 * read; those make the key. Only passes are kept: a document over the limit is walked, and refused, every time.
 * Bounded like {@link ParsedDocuments}: in documents, in their length, and in passes per document.
 */
final class PassedDocuments {

    /** Passes kept per document: each is one operation and one set of condition values. */
    static final int MAX_PASSES = 64;

    /** A document's condition variables, read once, and the operations and values that passed with it. */
    private record Known(List<String> conditionVariables, Set<Pass> passes) {
    }

    private record Pass(String operation, List<Object> conditions) {
    }

    private final int maxDocuments;
    private final Map<String, Known> documents;

    PassedDocuments(int maxDocuments) {
        this.maxDocuments = maxDocuments;
        this.documents = ParsedDocuments.byText(maxDocuments);
    }

    /**
     * Runs the check unless this document, operation and condition values passed it before. The check throws
     * when the document is over its limit, and then nothing is kept.
     */
    InstrumentationContext<ExecutionResult> check(ExecutionContext execution,
            Supplier<InstrumentationContext<ExecutionResult>> check) {
        String text = execution.getExecutionInput().getQuery();
        // Longer documents are checked every time, as they are parsed every time.
        if (maxDocuments == 0 || text == null || text.length() > ParsedDocuments.MAX_CHARACTERS) {
            return check.get();
        }
        Known known = documents.get(text);
        if (known == null) {
            known = new Known(conditionVariables(execution.getDocument()), ConcurrentHashMap.newKeySet());
            documents.put(text, known);
        }
        List<Object> conditions = new ArrayList<>(known.conditionVariables().size());
        for (String variable : known.conditionVariables()) {
            conditions.add(execution.getCoercedVariables().get(variable));
        }
        Pass pass = new Pass(execution.getExecutionInput().getOperationName(), conditions);
        if (known.passes().contains(pass)) {
            return SimpleInstrumentationContext.noOp();
        }
        InstrumentationContext<ExecutionResult> result = check.get();
        if (known.passes().size() < MAX_PASSES) {
            known.passes().add(pass);
        }
        return result;
    }

    /** The variables any {@code @skip} or {@code @include} of the document reads, in the order met. */
    static List<String> conditionVariables(Document document) {
        List<String> names = new ArrayList<>();
        collect(document, names);
        return List.copyOf(names);
    }

    private static void collect(Node<?> node, List<String> names) {
        if (node instanceof Directive directive
                && (directive.getName().equals("skip") || directive.getName().equals("include"))) {
            for (Argument argument : directive.getArguments()) {
                if (argument.getValue() instanceof VariableReference variable && !names.contains(variable.getName())) {
                    names.add(variable.getName());
                }
            }
            return;
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, names);
        }
    }
}
