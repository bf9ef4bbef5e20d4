package org.moneygraph.bench;

import java.util.List;

import org.neo4j.driver.Driver;

/**
 * The IDs and words the workload rotates through, read once from the database before any timing, in a fixed
 * order so that two runs on the same data send the same requests. Request {@code i} takes entry
 * {@code i % size} of each list.
 *
 * @param projects  projects, for detail reads and accountability chains
 * @param counties  county regions, then any others, for filtered lists and reconciliation
 * @param countiesOnly the county regions alone (else {@code counties}): the same question at every size, since a
 *                  county of M and a county of L hold about as much
 * @param givers    regions that give money, for money trails
 * @param province  the top region, for the province-wide fund summary
 * @param words     search words: the first characters of project names
 * @param pages     how many 20-row pages of villages (else townships, else any regions) exist, at most 50
 * @param pageLevel the region level the paginated list reads
 */
record Parameters(List<String> projects, List<String> counties, List<String> countiesOnly, List<String> givers,
                  String province,
                  List<String> words, int pages, String pageLevel) {

    private static final int MANY = 200;

    static Parameters read(Driver driver) {
        try (var session = driver.session()) {
            List<String> projects = ids(session, "MATCH (n:Project) RETURN n.id AS id ORDER BY id LIMIT $many");
            List<String> counties = ids(session, """
                    MATCH (n:Region) RETURN n.id AS id
                    ORDER BY CASE n.level WHEN 'COUNTY' THEN 0 ELSE 1 END, id LIMIT $many""");
            List<String> countiesOnly = ids(session,
                    "MATCH (n:Region {level: 'COUNTY'}) RETURN n.id AS id ORDER BY id LIMIT $many");
            List<String> givers = ids(session, """
                    MATCH (n:Region) WHERE EXISTS { (n)<-[:FROM]-(:FundFlow) }
                    RETURN n.id AS id ORDER BY COUNT { (n)<-[:FROM]-(:FundFlow) } DESC, id LIMIT $many""");
            String province = ids(session, """
                    MATCH (n:Region) WHERE NOT EXISTS { (n)-[:WITHIN]->(:Region) }
                    RETURN n.id AS id ORDER BY COUNT { (n)<-[:WITHIN*]-(:Region) } DESC, id LIMIT $many""")
                    .getFirst();
            List<String> words = session.run("""
                    MATCH (n:Project) WITH DISTINCT left(n.name, 4) AS word
                    WHERE word =~ '[\\\\p{IsHan}A-Za-z0-9]+' RETURN word ORDER BY word LIMIT $many""",
                    java.util.Map.of("many", MANY)).list(r -> r.get("word").asString());
            var level = session.run("""
                    MATCH (n:Region) WITH n.level AS level, count(*) AS count
                    RETURN level, count ORDER BY CASE level WHEN 'VILLAGE' THEN 0 WHEN 'TOWNSHIP' THEN 1 ELSE 2 END,
                           count DESC LIMIT 1""").single();
            int pages = (int) Math.max(1, Math.min(50, level.get("count").asLong() / 20));
            return new Parameters(projects, counties, countiesOnly.isEmpty() ? counties : countiesOnly, givers, province,
                    words, pages, level.get("level").asString());
        }
    }

    private static List<String> ids(org.neo4j.driver.Session session, String cypher) {
        return session.run(cypher, java.util.Map.of("many", MANY)).list(r -> r.get("id").asString());
    }

    static String pick(List<String> values, int i) {
        return values.get(Math.floorMod(i, values.size()));
    }
}
