package org.moneygraph.support;

import java.util.function.Supplier;

import org.moneygraph.graph.GraphReader;

import tools.jackson.databind.JsonNode;

/** The data of a request and the database round trips the reader made while it was answered. */
public record Counted(JsonNode data, long roundTrips) {

    public static Counted of(GraphReader reader, Supplier<JsonNode> request) {
        long before = reader.roundTrips();
        JsonNode data = request.get();
        return new Counted(data, reader.roundTrips() - before);
    }
}
