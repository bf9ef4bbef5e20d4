package org.moneygraph.pairing;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.moneygraph.graph.Connection;
import org.moneygraph.graph.GraphReader;
import org.moneygraph.graph.InvalidInputException;
import org.moneygraph.graph.NeighborLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
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
        // The edges' own sentences are loaded for the edges returned (edges(first:)), not read for all.
        return reader.read(around, hops, GraphReader.selectsOutside(selection, "sources", "edges/sources"));
    }

    @SchemaMapping(typeName = "PairingNetwork")
    List<PairingNetwork.Party> nodes(PairingNetwork network, @Argument Integer first) {
        return Connection.head(network.nodes(), first);
    }

    @SchemaMapping(typeName = "PairingNetwork")
    List<PairingNetwork.Edge> edges(PairingNetwork network, @Argument Integer first) {
        return Connection.head(network.edges(), first);
    }

    /**
     * An edge's sentences: as read, or loaded with those of the other edges returned, in one round trip. A
     * province's 20,000 pairings with their sentences were most of its network's read.
     */
    @SchemaMapping(typeName = "PairingNetworkEdge")
    CompletableFuture<List<Object>> sources(PairingNetwork.Edge edge, DataFetchingEnvironment env) {
        if (edge.sources() != null) {
            return CompletableFuture.completedFuture(edge.sources());
        }
        String pairing = (String) edge.pairing().get("id");
        return NeighborLoader.sourcesOf(env, List.of(pairing)).thenApply(byId -> byId.getOrDefault(pairing, List.of()));
    }
}
