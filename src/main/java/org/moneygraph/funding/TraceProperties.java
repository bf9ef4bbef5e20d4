package org.moneygraph.funding;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the money trail.
 *
 * @param maxDepth the deepest {@code maxDepth} a client may ask for: each tier is one query, so this bounds
 *                 the work a single request can cause
 * @param maxListedHops the most hops a trail may list in one answer through its tiers' {@code hops}: each is a
 *                      few objects while the answer is built, and the province's own trail on L (a million hops,
 *                      124 MB of JSON) took the 2 GB heap to its limit; {@code hopsConnection} pages any trail
 */
@ConfigurationProperties("graph.trace")
public record TraceProperties(@DefaultValue("8") int maxDepth, @DefaultValue("200000") int maxListedHops) {
}
