package org.moneygraph.bench;

import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * One question of the workload, asked three ways.
 *
 * @param name      short name used in the tables
 * @param variables the GraphQL variables of request {@code i}; the floor and the peer read the same map
 * @param ours      the service's GraphQL query
 * @param auditor   true when the question needs the AUDITOR role, so the bearer token is sent
 * @param floor     the hand-written Cypher answer through the Java driver
 * @param peer      the @neo4j/graphql query, or null when the peer cannot express the question
 * @param keyFields the fields whose values must agree between the three answers
 */
record QueryKind(String name, IntFunction<Map<String, Object>> variables, String ours, boolean auditor,
                 Floor.Question floor, String peer, Set<String> keyFields) {
}
