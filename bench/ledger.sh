#!/usr/bin/env bash
# The ledger import in a running service (issue 6's 20,000 rows/s): generates FILES fund ledgers of ROWS rows each
# (LedgerFiles, each file with its own 流水号, so every row is created), starts the service on a fresh data folder
# with the seed, imports the files one after the other through importLedger, and writes
# bench/results/ledger-<date>.md. The first files warm the JVM; the last ones give the warm rate.
#   bench/ledger.sh [FILES=8] [ROWS=20000]
# Environment: BENCH_PORT (18080), BENCH_BOLT_PORT (7699), BENCH_HEAP (6g: one transaction holds a whole file),
# BENCH_JAVA_OPTS (more options for the service's JVM), JAVA (temurin 25 when present, else java).
set -euo pipefail

files="${1:-8}"
rows="${2:-20000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/run-ledger"
heap="${BENCH_HEAP:-6g}"
source "$root/bench/service.sh"

cd "$root"
echo "== building the service, its test classes (the ledger generator) and the harness"
mvn -B -q -DskipTests package dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/target/test-classpath.txt"
mvn -B -q -f bench/pom.xml -DskipTests package dependency:build-classpath -Dmdep.outputFile="$root/bench/target/classpath.txt"

rm -rf "$work" && mkdir -p "$work/ledgers"
ledgers=()
for i in $(seq 1 "$files"); do
  "$java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.moneygraph.ledger.LedgerFiles \
    flows "$rows" "$work/ledgers/flows-$i.csv" "ZJ-B$i-" > /dev/null
  ledgers+=("$work/ledgers/flows-$i.csv")
done

pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT
echo "== starting the service (heap $heap, HTTP $port), log in $work/app.log"
GRAPH_EMBEDDED_HOME="$work/neo4j" GRAPH_SEED_ENABLED=true GRAPH_EMBEDDED_BOLT_PORT="$bolt" PORT="$port" \
  GRAPH_ADMIN_TOKEN="$token" GRAPHIQL_ENABLED=false GRAPH_MAX_REQUEST_BYTES=1000000000 \
  GRAPH_IMPORT_MAX_FILE_SIZE=1GB NEO4J_IMPORT_TRANSACTION_TIMEOUT=60m \
  "$java" "-Xmx$heap" "-Xlog:gc:file=$work/gc.log" ${BENCH_JAVA_OPTS:-} -jar target/accountability-graph-*.jar \
  > "$work/app.log" 2>&1 &
pid=$!
wait_for_service "$pid" "$work/app.log"

echo "== importing $files files of $rows rows"
"$java" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.moneygraph.bench.LedgerImports \
  --api="http://127.0.0.1:$port/graphql" --token="$token" --service-pid="$pid" --out="$root/bench/results" \
  --files="$(IFS=:; echo "${ledgers[*]}")"
