package org.moneygraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** The machine, the versions and the run's settings, for the report's header. */
final class Environment {

    private Environment() {
    }

    /**
     * {@code warmUpRule}: the warm-up the runner applied, in words ({@link WarmUp#describe}); {@code blocks}: the
     * turns the measured requests were taken in ({@link Runner#blocks}).
     */
    static String describe(Driver driver, GraphQlClient ours, Map<String, String> options, String size,
            String warmUpRule, int blocks) {
        String neo4j;
        long nodes;
        long relationships;
        try (var session = driver.session()) {
            neo4j = session.run("CALL dbms.components() YIELD name, versions RETURN name + ' ' + versions[0] AS v LIMIT 1")
                    .single().get("v").asString();
            nodes = session.run("MATCH (n) RETURN count(n) AS c").single().get("c").asLong();
            relationships = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
        }
        Object service = ((Map<?, ?>) ours.post("{ serviceInfo { name } }", Map.of()).get("serviceInfo")).get("name");
        return String.join("\n",
                "- Data: `" + size + "`, " + nodes + " nodes, " + relationships + " relationships",
                "- Machine: " + cpu() + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, "
                        + memory() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version"),
                "- Service: " + service + " on " + neo4j + " (embedded); harness on Java "
                        + System.getProperty("java.version"),
                "- Peer: " + options.getOrDefault("peerVersions", "not run"),
                "- Load: " + options.getOrDefault("clients", "4") + " clients, "
                        + warmUpRule + ", then "
                        + options.getOrDefault("requests", "1000") + " measured requests per query and target, "
                        + (blocks == 1 ? "one target after the other"
                                : "in " + blocks + " turns between the targets (each turn a block of every target's "
                                        + "requests, the first target rotating)")
                        + perKind(options));
    }

    /** The options given for single query kinds ({@code --requests.fundSummary=8}), by kind, or nothing. */
    static String perKind(Map<String, String> options) {
        Map<String, List<String>> byKind = new TreeMap<>();
        options.keySet().stream().filter(name -> name.contains(".")).sorted().forEach(name -> {
            int dot = name.lastIndexOf('.');
            byKind.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>())
                    .add(name.substring(0, dot) + "=" + options.get(name));
        });
        if (byKind.isEmpty()) {
            return "";
        }
        List<String> kinds = new ArrayList<>();
        byKind.forEach((kind, settings) -> kinds.add(kind + " (" + String.join(", ", settings) + ")"));
        return "; for single queries instead: " + String.join(", ", kinds);
    }

    private static String cpu() {
        return line("/proc/cpuinfo", "model name");
    }

    private static String memory() {
        String kilobytes = line("/proc/meminfo", "MemTotal").replace("kB", "").trim();
        return kilobytes.matches("\\d+") ? Math.round(Long.parseLong(kilobytes) / 1048576.0) + " GiB RAM" : "unknown RAM";
    }

    private static String line(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
