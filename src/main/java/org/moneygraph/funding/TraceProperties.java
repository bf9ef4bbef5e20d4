package org.moneygraph.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the money trail.
 *
 * @param maxDepth the deepest {@code maxDepth} a client may ask for: each tier is one query, so this bounds
 *                 the work a single request can cause
 */
@ConfigurationProperties("graph.trace")
public record TraceProperties(@DefaultValue("8") int maxDepth) {
}
