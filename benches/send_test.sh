#!/usr/bin/env bash
# Throughput of `send-test` load mode (every event built and signed afresh) against a minimal
# local receiver, compared with a plain load generator (wrk, else oha) sending one fixed signed
# request to the same receiver. Target: hookctl >= 70% of the plain generator's events/s.
#
#   benches/send_test.sh [COUNT] [CONCURRENCY] [PROVIDER]
# Needs: the Rust toolchain; wrk or oha for the comparison (apt-get install -y wrk), python3
# to read JSON. Degrades to hookctl-only numbers when neither generator is installed.
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${1:-20000}
CONC=${2:-64}
PROVIDER=${3:-novatrade24}
export HOOKCTL_SECRET=whsec_bench_secret_0123456789
export HOOKCTL_CONFIG=/nonexistent/hookctl-bench/config.toml

cargo build --release --quiet --bin hookctl --example bench_receiver
BIN=target/release/hookctl
WORK=$(mktemp -d)
target/release/examples/bench_receiver >"$WORK/port" &
RX=$!
trap 'kill $RX 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 50); do [ -s "$WORK/port" ] && break; sleep 0.1; done
URL="http://127.0.0.1:$(head -1 "$WORK/port")/hooks"
echo "receiver: $URL   provider: $PROVIDER   count: $COUNT   concurrency: $CONC   cpus: $(nproc)"

# Warm-up, then five measured runs: one run of 20k events lasts a fraction of a second, so the
# median of five is what gets compared.
"$BIN" send-test "$URL" --provider "$PROVIDER" --count 2000 --concurrency "$CONC" -o json >/dev/null
for run in 1 2 3 4 5; do
  "$BIN" send-test "$URL" --provider "$PROVIDER" --count "$COUNT" --concurrency "$CONC" -o json >"$WORK/hookctl-$run.json"
done
read -r HK_RPS HK_P99 HK_ALL < <(python3 -c '
import json,sys,statistics
runs=[json.load(open(f)) for f in sys.argv[1:]]
for s in runs: assert s["statuses"].get("200")==s["sent"], s
rps=[s["events_per_s"] for s in runs]
print(round(statistics.median(rps),1), statistics.median(s["latency_ms"]["p99"] for s in runs), "/".join(str(round(r)) for r in rps))' "$WORK"/hookctl-*.json)
echo "hookctl send-test: ${HK_RPS} events/s median (runs: ${HK_ALL}), p99 ${HK_P99} ms (each event fresh ids + new signature)"

# One fixed signed request for the plain generator: the same sample, signed once.
"$BIN" events --provider "$PROVIDER" "$("$BIN" events --provider "$PROVIDER" -o json | python3 -c 'import json,sys; v=json.load(sys.stdin); e=v["events"] if isinstance(v,dict) else v; print([x for x in e if not x.get("handshake")][0]["type"])')" >"$WORK/body.json" 2>/dev/null \
  || echo '{"id":"evt_0123456789ab","type":"bench"}' >"$WORK/body.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); open(sys.argv[1],"w").write(json.dumps(d,separators=(",",":")))' "$WORK/body.json"
"$BIN" sign --provider "$PROVIDER" --file "$WORK/body.json" >"$WORK/headers"

PLAIN_RPS=""
if command -v wrk >/dev/null; then
  {
    echo 'wrk.method = "POST"'
    printf 'wrk.body = [==[%s]==]\n' "$(cat "$WORK/body.json")"
    while IFS= read -r line; do
      name=${line%%:*}; value=${line#*: }
      printf 'wrk.headers["%s"] = [==[%s]==]\n' "$name" "$value"
    done <"$WORK/headers"
  } >"$WORK/post.lua"
  # Same concurrency; 2 threads like the machine's cores; a duration long enough to match.
  wrk -t2 -c"$CONC" -d10s --latency -s "$WORK/post.lua" "$URL" >"$WORK/wrk.txt"
  PLAIN_RPS=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
  PLAIN_P99=$(awk '$1=="99%" {print $2}' "$WORK/wrk.txt")
  echo "wrk (fixed request): ${PLAIN_RPS} requests/s, p99 ${PLAIN_P99}"
elif command -v oha >/dev/null; then
  args=(-n "$COUNT" -c "$CONC" -m POST -D "$WORK/body.json" --no-tui --output-format json)
  while IFS= read -r line; do args+=(-H "$line"); done <"$WORK/headers"
  oha "${args[@]}" "$URL" >"$WORK/oha.json"
  read -r PLAIN_RPS PLAIN_P99 < <(python3 -c '
import json,sys; s=json.load(open(sys.argv[1]))
print(round(s["summary"]["requestsPerSec"],1), round(s["latencyPercentiles"]["p99"]*1000,3))' "$WORK/oha.json")
  echo "oha (fixed request): ${PLAIN_RPS} requests/s, p99 ${PLAIN_P99} ms"
else
  echo "neither wrk nor oha is installed: no comparison (apt-get install -y wrk)"
fi

if [ -n "$PLAIN_RPS" ]; then
  python3 -c 'import sys; h,p=float(sys.argv[1]),float(sys.argv[2]); r=h/p
v="meets" if r>=0.7 else "below"; print(f"ratio hookctl/plain: {r:.2f} ({v} the 0.70 target)")' "$HK_RPS" "$PLAIN_RPS"
fi
