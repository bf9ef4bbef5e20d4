#!/usr/bin/env bash
# Runs the benchmark of issue 6 on one machine: starts the service (embedded Neo4j, fixed Bolt port) on a data
# folder, starts the @neo4j/graphql peer over that Bolt port, runs the harness, stops both.
#   bench/run.sh SIZE [harness options...]      e.g. bench/run.sh M --requests=2000 --clients=8
# SIZE: `seed` (a fresh folder; the app loads its seed at startup) or S, M, L (a generated graph, see
# docs/generator.md). A generated graph is written once to bench/target/data-SIZE with `generate` and reused by
# later runs; BENCH_DATA=/path points at a folder generated before (for instance by hand) instead.
# Environment: BENCH_PORT (18080), BENCH_BOLT_PORT (7699), BENCH_PEER_PORT (4000), BENCH_HEAP (2g),
# BENCH_DATA (see above), BENCH_JAVA_OPTS (more options for the service's JVM, e.g. a JFR recording),
# JAVA (temurin 25 when present, else java).
set -euo pipefail

size="${1:?usage: bench/run.sh seed|S|M|L [--clients=4 --warmup=100 --requests=1000 ...]}"
shift
case "$size" in
  seed|S|M|L) ;;
  *) echo "unknown size $size; use seed, S, M or L" >&2; exit 2 ;;
esac

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/run-$size"
peer_port="${BENCH_PEER_PORT:-4000}"
heap="${BENCH_HEAP:-2g}"
source "$root/bench/service.sh"

cd "$root"
echo "== building the service and the harness"
mvn -B -q -DskipTests package
mvn -B -q -f bench/pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"
(cd bench/peer && [[ -d node_modules ]] || npm ci --no-audit --no-fund)

rm -rf "$work" && mkdir -p "$work"
seed_enabled=true
data="$work/neo4j"
if [[ "$size" != "seed" ]]; then
  seed_enabled=false
  data="${BENCH_DATA:-$root/bench/target/data-$size}"
  if [[ -z "${BENCH_DATA:-}" ]]; then
    echo "== generating size $size into $data (once; later runs reuse it), log in $work/generate.log"
    "$java" "-Xmx$heap" -jar target/accountability-graph-*.jar generate --size="$size" \
      --graph.embedded.home="$data" --graph.seed.enabled=false > "$work/generate.log" 2>&1 \
      || { tail -20 "$work/generate.log" >&2; exit 1; }
  fi
fi
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting the service (heap $heap, HTTP $port, Bolt $bolt), log in $work/app.log"
GRAPH_EMBEDDED_HOME="$data" GRAPH_SEED_ENABLED="$seed_enabled" GRAPH_EMBEDDED_BOLT_PORT="$bolt" PORT="$port" \
  GRAPH_ADMIN_TOKEN="$token" GRAPHIQL_ENABLED=false "$java" "-Xmx$heap" "-Xlog:gc:file=$work/gc.log" ${BENCH_JAVA_OPTS:-} \
  -jar target/accountability-graph-*.jar > "$work/app.log" 2>&1 &
pids+=($!)
wait_for_service "${pids[0]}" "$work/app.log"

echo "== starting the peer on $peer_port, log in $work/peer.log"
(cd bench/peer && PEER_BOLT="bolt://127.0.0.1:$bolt" PEER_PORT="$peer_port" exec node server.js) > "$work/peer.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do grep -q "peer ready" "$work/peer.log" && break; sleep 1; done

peer_versions="$(cd bench/peer && node -e 'const l=require("./package-lock.json").packages;
  console.log(["@neo4j/graphql","@apollo/server","graphql","neo4j-driver"].map(n=>n+" "+l["node_modules/"+n].version).join(", ")+", Node "+process.version)')"

echo "== running the harness"
"$java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.moneygraph.bench.Bench \
  --size="$size" --api="http://127.0.0.1:$port/graphql" --bolt="bolt://127.0.0.1:$bolt" \
  --peer="http://127.0.0.1:$peer_port/" --token="$token" --peerVersions="$peer_versions" \
  --service-pid="${pids[0]}" --out="$root/bench/results" "$@"

# Heap of the service under the run, from its GC log: the most still in use after a collection (the live data
# plus what the collector left), how many full collections there were, and whether the JVM ran out of memory.
after="$(grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$work/gc.log" | sed -E 's/.*->([0-9]+)M.*/\1/' | sort -n | tail -1 || true)"
full="$(grep -c 'Pause Full' "$work/gc.log" || true)"
ooms="$(grep -c 'OutOfMemoryError' "$work/app.log" || true)"
echo "service heap: limit $heap, most in use after a collection ${after:-?} MB, full collections: $full," \
  "OutOfMemoryError lines: $ooms" | tee "$work/heap.txt"
