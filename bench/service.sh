# Sourced by bench/run.sh, bench/ledger.sh and bench/ab.sh: the settings they take from the environment (BENCH_PORT,
# BENCH_BOLT_PORT, JAVA), a fresh admin token, and waiting for the service they start.
port="${BENCH_PORT:-18080}"
bolt="${BENCH_BOLT_PORT:-7699}"
java="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
[[ -x "$java" ]] || java=java
token="bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

# wait_for_service PID LOG [PORT]: returns once the service answers its health check on PORT (default $port); exits
# when it stops first.
wait_for_service() {
  for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:${3:-$port}/actuator/health" > /dev/null && return 0
    kill -0 "$1" 2>/dev/null || { echo "the service stopped, see $2" >&2; exit 1; }
    sleep 1
  done
}
