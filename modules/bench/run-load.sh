#!/usr/bin/env bash
# The load test of issue 18 in one command: builds the WAR and the benchmarks, writes a year into a PostgreSQL
# database of its own (LoadYear: 10,000 suppliers, 10,000 declarations, 3 million smelter rows by default), starts
# Oretrace on it (one Payara Micro node, or two nodes behind HAProxy with scripts/cluster.sh), waits until it is
# ready, runs MainScreensSimulation (Gatling) once briefly to warm the server up and once measured, prints p50 / p95 /
# p99 per request (LoadReport) and stops what it started. On the shared machine run it through the slot wrapper.
#
#   modules/bench/run-load.sh [one|two]       (from the repository root)
#
# Settings (environment): LOAD_PORT (8080: the node, or the balancer with the nodes on +1 and +2), LOAD_HZ_PORT
# (5900, two nodes), LOAD_DB (oretrace_load), LOAD_SUPPLIERS (10000), LOAD_DECLARATIONS (10000), LOAD_ROWS (300),
# LOAD_SMELTERS (600), LOAD_HEAP (1g: each node's -Xmx, as scripts/cluster.sh gives), LOAD_USERS (20), LOAD_RAMP (20 s), LOAD_DURATION (180 s), LOAD_PAUSE_MS (1000),
# LOAD_FACTS_PERCENT (5), LOAD_WARMUP (60 s of warm-up with 4 users; 0: none), LOAD_TARGET_MS (300),
# LOAD_SKIP_BUILD=1 (use what is built), LOAD_KEEP=1 (leave the server and the database running afterwards),
# LOAD_KEEP_DB=1 (stop the server, keep the database: to look at query plans afterwards).
# Exits 1 when a request failed or a p95 missed the target.
set -euo pipefail
MODE=${1:-one}
[[ $MODE == one || $MODE == two ]] || { echo "usage: $0 [one|two]" >&2; exit 2; }
ROOT=$(pwd)
[[ -f "$ROOT/modules/bench/run-load.sh" ]] || { echo "run it from the repository root" >&2; exit 2; }
PORT=${LOAD_PORT:-8080}
HZ_PORT=${LOAD_HZ_PORT:-5900}
HEAP=${LOAD_HEAP:-1g}
TOKEN=ort_load-$(date +%s)-0123456789abcdef
WORK=$(mktemp -d /tmp/oretrace-load.XXXXXX)
CP_FILE=$ROOT/modules/bench/target/load.cp
PAYARA=$ROOT/modules/app/target/payara/payara-micro.jar
WAR=$ROOT/modules/app/target/oretrace.war
LOAD_OPTS=(-Dload.db="${LOAD_DB:-oretrace_load}" -Dload.suppliers="${LOAD_SUPPLIERS:-10000}"
  -Dload.declarations="${LOAD_DECLARATIONS:-10000}" -Dload.rows="${LOAD_ROWS:-300}" -Dload.smelters="${LOAD_SMELTERS:-600}"
  -Dload.url="http://localhost:$PORT" -Dload.token="$TOKEN" -Dload.pause-ms="${LOAD_PAUSE_MS:-1000}"
  -Dload.facts-percent="${LOAD_FACTS_PERCENT:-5}")

if [[ ${LOAD_SKIP_BUILD:-0} != 1 ]]; then
  echo "building the WAR and the benchmarks ..."
  ./mvnw -o -B -q -pl modules/app,modules/bench -am -DskipTests package dependency:build-classpath \
    -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
fi
# the run works on copies (WAR, classes, the modules' jars): a build in this checkout during the run cannot disturb it
mkdir -p "$WORK/lib"
cp "$ROOT/modules/app/target/oretrace.war" "$WORK/oretrace.war"
WAR=$WORK/oretrace.war
cp -r "$ROOT/modules/bench/target/test-classes" "$ROOT/modules/bench/target/classes" "$WORK/lib/"
CP="$WORK/lib/test-classes:$WORK/lib/classes"
for jar in $(tr ':' '\n' < "$CP_FILE"); do
  if [[ $jar == "$ROOT"/* ]]; then cp "$jar" "$WORK/lib/"; CP+=":$WORK/lib/$(basename "$jar")"; else CP+=":$jar"; fi
done

echo "writing the year into PostgreSQL ..."
java "${LOAD_OPTS[@]}" -cp "$CP" org.oretrace.bench.load.LoadYear > "$WORK/year.txt" 2> "$WORK/year.log" \
  || { cat "$WORK/year.log" "$WORK/year.txt" >&2; exit 1; }
grep -v '^jdbc:' "$WORK/year.txt"
DB_URL=$(tail -n 1 "$WORK/year.txt")

stop_all() {
  if [[ ${LOAD_KEEP:-0} == 1 ]]; then echo "left running (LOAD_KEEP=1): $WORK"; return; fi
  if [[ $MODE == one ]]; then
    if [[ -n ${SERVER:-} ]] && kill "$SERVER" 2>/dev/null; then
      for _ in $(seq 1 30); do kill -0 "$SERVER" 2>/dev/null || break; sleep 2; done
      kill -9 "$SERVER" 2>/dev/null || true   # a node out of heap does not stop on TERM
    fi
  else
    local pids
    pids=$(cat "$WORK"/cluster/node*/pid 2>/dev/null || true)
    ORETRACE_CLUSTER_DIR="$WORK/cluster" ORETRACE_LB_PORT=$PORT scripts/cluster.sh stop || true
    for pid in $pids; do
      for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 2; done
      kill -9 "$pid" 2>/dev/null || true
    done
  fi
  if [[ ${LOAD_KEEP_DB:-0} == 1 ]]; then echo "database kept (LOAD_KEEP_DB=1): $DB_URL"; return; fi
  java "${LOAD_OPTS[@]}" -cp "$CP" org.oretrace.bench.load.LoadYear drop >/dev/null 2>&1 || true
}
trap stop_all EXIT

if [[ $MODE == one ]]; then
  echo "starting one node on port $PORT ..."
  java -Xmx"$HEAP" -Doretrace.data-dir="$WORK/data" -Doretrace.db.url="$DB_URL" -Doretrace.db.user=postgres \
    -Doretrace.db.password= -Doretrace.admin.initial-api-token="$TOKEN" -Doretrace.base-url="http://localhost:$PORT" \
    -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --rootdir "$WORK/payara-root" \
    --prebootcommandfile "$ROOT/config/payara-one-node.asadmin" \
    > "$WORK/payara.log" 2>&1 &
  SERVER=$!
else
  echo "starting two nodes (ports $((PORT + 1)) and $((PORT + 2))) behind HAProxy on port $PORT ..."
  ORETRACE_DB_URL="$DB_URL" ORETRACE_DB_USER=postgres ORETRACE_DB_PASSWORD= ORETRACE_ADMIN_INITIAL_API_TOKEN="$TOKEN" \
    ORETRACE_WAR="$WAR" ORETRACE_NODE_OPTS="-Xmx$HEAP" ORETRACE_LB_PORT=$PORT ORETRACE_NODE_PORTS="$((PORT + 1)) $((PORT + 2))" ORETRACE_HZ_PORT=$HZ_PORT \
    ORETRACE_CLUSTER_NAME=oretrace-load-$PORT ORETRACE_CLUSTER_DIR="$WORK/cluster" scripts/cluster.sh start
fi
for i in $(seq 1 160); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/health/ready") == 200 ]] && break
  if [[ $MODE == one ]] && ! kill -0 "$SERVER" 2>/dev/null; then echo "Payara Micro exited; log: $WORK/payara.log" >&2; exit 1; fi
  [[ $i == 160 ]] && { echo "not ready after 8 minutes; logs in $WORK" >&2; exit 1; }
  sleep 3
done
echo "ready at $(date -u +%H:%M:%S) UTC; logs in $WORK"

gatling() { # users ramp duration results-folder
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED "${LOAD_OPTS[@]}" -Dload.users="$1" -Dload.ramp="$2" -Dload.duration="$3" -cp "$CP" io.gatling.app.Gatling \
    -s org.oretrace.bench.load.MainScreensSimulation -rf "$4" -l oretrace-run-load
}
if [[ ${LOAD_WARMUP:-60} -gt 0 ]]; then
  echo "warming up: 4 people for ${LOAD_WARMUP:-60} s ..."
  gatling 4 5 "${LOAD_WARMUP:-60}" "$WORK/warmup" > "$WORK/warmup.log" 2>&1 || { echo "warm-up failed: $WORK/warmup.log" >&2; tail -n 40 "$WORK/warmup.log" >&2; exit 1; }
fi
echo "uptime before: $(uptime)"
set +e
gatling "${LOAD_USERS:-20}" "${LOAD_RAMP:-20}" "${LOAD_DURATION:-180}" "$WORK/gatling" > "$WORK/gatling.log" 2>&1
GATLING_RC=$?
set -e
echo "uptime after:  $(uptime)"
grep -E 'Global: |failed|KO' "$WORK/gatling.log" | tail -n 20 || true
set +e
java -cp "$CP" org.oretrace.bench.load.LoadReport "$WORK/gatling" "${LOAD_TARGET_MS:-300}"
REPORT_RC=$?
set -e
echo "Gatling report and logs: $WORK ($MODE node(s), $(date -u +%Y-%m-%dT%H:%MZ))"
[[ $GATLING_RC == 0 && $REPORT_RC == 0 ]]
