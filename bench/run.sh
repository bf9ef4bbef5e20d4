#!/usr/bin/env bash
# Runs the benchmark of issue 6 on one machine: starts the service (embedded Neo4j, fixed Bolt port) on a fresh
# data folder, starts the @neo4j/graphql peer over that Bolt port, runs the harness, stops both.
#   bench/run.sh SIZE [harness options...]      e.g. bench/run.sh seed --requests=2000 --clients=8
# SIZE: `seed` (the app loads its seed at startup). S, M and L need the data generator (issue 6), which is not
# on this branch yet; see docs/performance.md.
# Environment: BENCH_PORT (18080), BENCH_BOLT_PORT (7699), BENCH_PEER_PORT (4000), BENCH_HEAP (2g),
# JAVA (temurin 25 when present, else java).
set -euo pipefail

size="${1:?usage: bench/run.sh SIZE [--clients=4 --warmup=100 --requests=1000 ...]}"
shift
if [[ "$size" != "seed" ]]; then
  echo "size $size needs the data generator, which this branch does not have yet; use: bench/run.sh seed" >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/run-$size"
port="${BENCH_PORT:-18080}"
bolt="${BENCH_BOLT_PORT:-7699}"
peer_port="${BENCH_PEER_PORT:-4000}"
heap="${BENCH_HEAP:-2g}"
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[[ -x "$java" ]] || java=java
token="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

cd "$root"
echo "== building the service and the harness"
mvn -B -q -DskipTests package
mvn -B -q -f bench/pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"
(cd bench/peer && [[ -d node_modules ]] || npm ci --no-audit --no-fund)

rm -rf "$work" && mkdir -p "$work"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting the service (heap $heap, HTTP $port, Bolt $bolt), log in $work/app.log"
GRAPH_EMBEDDED_HOME="$work/neo4j" GRAPH_EMBEDDED_BOLT_PORT="$bolt" PORT="$port" GRAPH_ADMIN_TOKEN="$token" \
  GRAPHIQL_ENABLED=false "$java" "-Xmx$heap" -jar target/accountability-graph-*.jar > "$work/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health" > /dev/null && break
  kill -0 "${pids[0]}" 2>/dev/null || { echo "the service stopped, see $work/app.log" >&2; exit 1; }
  sleep 1
done

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
  --out="$root/bench/results" "$@"
