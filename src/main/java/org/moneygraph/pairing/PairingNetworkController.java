package org.moneygraph.pairing;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code pairingNetwork} query: who helps whom around a place, unit or pairing. */
@Controller
class PairingNetworkController {

    private final PairingNetworkReader reader;
    private final int maxDepth;

    PairingNetworkController(PairingNetworkReader reader, @Value("${graph.trace.max-pairing-depth:4}") int maxDepth) {
        this.reader = reader;
        this.maxDepth = maxDepth;
    }

    @QueryMapping
    PairingNetwork pairingNetwork(@Argument String around, @Argument Integer depth,
            DataFetchingFieldSelectionSet selection) {
        if (around == null || around.isBlank()) {
            throw new InvalidInputException("around", "must be the global ID of a Region, Organization or Pairing");
        }
        int hops = depth == null ? 1 : depth;
        // Each hop is a query; the bound keeps a request from walking the whole graph.
        if (hops < 1 || hops > maxDepth) {
            throw new InvalidInputException("depth", "must be between 1 and " + maxDepth);
        }
        return reader.read(around, hops, GraphReader.selects(selection, "sources"));
    }
}
