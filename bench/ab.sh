#!/usr/bin/env bash
# Two builds of the service under the same load at the same time (docs/performance.md, round nineteen): each on
# its own copy of one data folder, four clients sending every request to both in turn, CPU per request over the
# last windows of each run; run twice, the second time with the builds' places swapped. Writes
# bench/results/ab-<date>-<kind>.md.
#   bench/ab.sh KIND SECONDS A B       e.g. bench/ab.sh regionsPage 400 HEAD~1 HEAD
# KIND: a kind of the benchmark (bench/src/.../Workload.java) or regionsPageNested (villages with their parents'
# parents). A and B: a git revision (built once into bench/target/ab/builds/<sha>), `worktree` (this checkout as
# it is), or a path to a jar.
# Environment: AB_SIZE (S; the data is bench/target/data-SIZE, generated when missing, as bench/run.sh does),
# AB_DATA (a data folder instead), AB_HEAP (2g), AB_CLIENTS (4), AB_WINDOW (10 s), AB_LAST (12 windows),
# AB_FIXED (ask this parameter always, e.g. 0 for the busiest giver's trail), BENCH_PORT and BENCH_BOLT_PORT
# (the first place's; the second's are one more), JAVA.
set -euo pipefail

kind="${1:?usage: bench/ab.sh KIND SECONDS A B}"
seconds="${2:?usage: bench/ab.sh KIND SECONDS A B}"
rev_a="${3:?usage: bench/ab.sh KIND SECONDS A B}"
rev_b="${4:?usage: bench/ab.sh KIND SECONDS A B}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/bench/target/ab"
size="${AB_SIZE:-S}"
heap="${AB_HEAP:-2g}"
source "$root/bench/service.sh"
mkdir -p "$work/builds"

# jar_of REV: prints the jar of a revision, a jar path, or `worktree`, building it when needed.
jar_of() {
  if [[ "$1" == *.jar ]]; then
    readlink -f "$1"
  elif [[ "$1" == worktree ]]; then
    # A copy, so that building the checkout again during the runs does not change the jar a service runs from.
    (cd "$root" && mvn -B -q -DskipTests package >&2)
    cp "$root"/target/accountability-graph-*.jar "$work/builds/worktree.jar" && echo "$work/builds/worktree.jar"
  else
    local sha dir
    sha="$(git -C "$root" rev-parse --verify "$1^{commit}")"
    dir="$work/builds/$sha"
    if ! ls "$dir"/target/accountability-graph-*.jar > /dev/null 2>&1; then
      echo "== building $1 ($sha) in $dir" >&2
      rm -rf "$dir" && mkdir -p "$dir"
      git -C "$root" archive "$sha" | tar -x -C "$dir"
      (cd "$dir" && mvn -B -q -DskipTests package >&2)
    fi
    ls "$dir"/target/accountability-graph-*.jar
  fi
}
label_of() { [[ "$1" == *.jar ]] && basename "$1" .jar || echo "$1"; }

jar_a="$(jar_of "$rev_a")"
jar_b="$(jar_of "$rev_b")"
label_a="$(label_of "$rev_a")"
label_b="$(label_of "$rev_b")"
[[ "$label_a" != "$label_b" ]] || { echo "A and B are the same: $label_a" >&2; exit 2; }
(cd "$root" && mvn -B -q -f bench/pom.xml -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$root/bench/target/classpath.txt")

data="${AB_DATA:-$root/bench/target/data-$size}"
if [[ ! -d "$data" ]]; then
  echo "== generating size $size into $data"
  "$java" "-Xmx$heap" -jar "$jar_b" generate --size="$size" --graph.embedded.home="$data" \
    --graph.seed.enabled=false > "$work/generate.log" 2>&1 || { tail -20 "$work/generate.log" >&2; exit 1; }
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap cleanup EXIT

# start PLACE JAR: starts a service on its own copy of the data; its pid is appended to pids.
start() {
  local place="$1" jar="$2" copy="$work/data-$1"
  rm -rf "$copy" && cp -r "$data" "$copy"
  GRAPH_EMBEDDED_HOME="$copy" GRAPH_SEED_ENABLED=false GRAPH_EMBEDDED_BOLT_PORT="$((bolt + place))" \
    PORT="$((port + place))" GRAPH_ADMIN_TOKEN="$token" GRAPHIQL_ENABLED=false \
    "$java" "-Xmx$heap" -jar "$jar" > "$work/app-$place.log" 2>&1 &
  pids+=($!)
}

runs="$work/runs-$kind.tsv"
rm -f "$runs"
declare -A jar=([a]="$jar_a" [b]="$jar_b") label=([a]="$label_a" [b]="$label_b")
for order in "a b" "b a"; do
  read -r first second <<< "$order"
  echo "== ${label[$first]} first, ${label[$second]} second, $kind for $seconds s"
  start 0 "${jar[$first]}"
  start 1 "${jar[$second]}"
  wait_for_service "${pids[0]}" "$work/app-0.log" "$port"
  wait_for_service "${pids[1]}" "$work/app-1.log" "$((port + 1))"
  "$java" -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" org.moneygraph.bench.Ab \
    --a="http://127.0.0.1:$port/graphql" --a-pid="${pids[0]}" --a-label="${label[$first]}" \
    --b="http://127.0.0.1:$((port + 1))/graphql" --b-pid="${pids[1]}" --b-label="${label[$second]}" \
    --bolt="bolt://127.0.0.1:$bolt" --token="$token" --kind="$kind" --seconds="$seconds" \
    --clients="${AB_CLIENTS:-4}" --window="${AB_WINDOW:-10}" --last="${AB_LAST:-12}" ${AB_FIXED:+--fixed=$AB_FIXED} \
    --runs="$runs"
  cleanup
done

out="$root/bench/results/ab-$(date -u +%F)-$kind.md"
"$java" -cp "$root/bench/target/classes:$(cat "$root/bench/target/classpath.txt")" org.moneygraph.bench.Ab \
  --report="$runs" --kind="$kind" --out="$out" --about="Data: \`${AB_DATA:-bench/target/data-$size}\`; \
$seconds s per run, ${AB_CLIENTS:-4} clients, CPU over the last ${AB_LAST:-12} windows of ${AB_WINDOW:-10} s\
${AB_FIXED:+; always parameter $AB_FIXED}; A = \`$rev_a\`, B = \`$rev_b\`."
echo "wrote $out"
