#!/usr/bin/env bash
# ScreensBenchmark on a fresh demo year: starts Payara Micro with the built WAR (modules/app/target/oretrace.war)
# on the given port with an empty data directory and -Doretrace.demo=true, waits until /health/ready answers,
# runs the benchmark against it and stops the server. On the shared machine run it through the slot wrapper.
# Usage: modules/bench/run-screens-benchmark.sh [port]   (from the repository root, after building the WAR and bench)
set -u
PORT=${1:-8080}
ROOT=$(pwd)
DATA=$(mktemp -d /tmp/oretrace-screens-bench.XXXXXX)
TOKEN=ort_screens-bench-$(date +%s)-0123456789
PAYARA=${PAYARA_JAR:-$HOME/.m2/repository/fish/payara/extras/payara-micro/6.2025.10/payara-micro-6.2025.10.jar}
cp "$ROOT/modules/app/target/oretrace.war" "$DATA/oretrace.war"
java -Xmx1g -Doretrace.data-dir="$DATA/data" -Doretrace.demo=true -Doretrace.admin.initial-api-token="$TOKEN" \
  -Doretrace.base-url=http://localhost:$PORT -jar "$PAYARA" --deploy "$DATA/oretrace.war" --contextroot / \
  --port "$PORT" --nocluster --prebootcommandfile "$ROOT/config/payara-one-node.asadmin" --rootdir "$DATA/payara-root" \
  > "$DATA/payara.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null' EXIT
for i in $(seq 1 240); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" http://localhost:$PORT/health/ready)" = 200 ] && break
  kill -0 $SERVER 2>/dev/null || { echo "Payara Micro exited; log: $DATA/payara.log"; exit 1; }
  sleep 5
done
uptime
java -Dbench.url=http://localhost:$PORT -Dbench.token="$TOKEN" -cp "$ROOT/modules/bench/target/classes" org.oretrace.bench.app.ScreensBenchmark
rc=$?
uptime
exit $rc
