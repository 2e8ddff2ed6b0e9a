#!/usr/bin/env bash
# Throughput, tail latency and peak memory of `hookctl listen` verifying and recording 1 KiB
# Noko deliveries, against a same-run ceiling: the same wrk load on a trivial hyper server that
# answers 200 and checks nothing (examples/ceiling_receiver.rs, the same HTTP stack and runtime),
# and nginx when it is installed (`apt-get install -y nginx-light`). With RECORD=1 a third
# reference, the same trivial server appending each body to a file before it answers, tells
# how much of the gap is the record's write and how much is hookctl's own work.
# Targets: >= 0.7x the ceiling while verifying and recording, p99 < 3 ms at 32 connections,
# RSS < 40 MiB with 1,024 open connections.
#   benches/listen.sh                 # defaults: 10s, 32 connections, 2 wrk threads
#   DURATION=30s CONNECTIONS=64 OUTPUT=pretty RECORD=0 benches/listen.sh
#   PIN=1 UI_AB=0 benches/listen.sh     # wrk on CPU 0, the servers on the rest
# Then, with wrk, an A/B of the web inspector's cost (UI_AB=0 skips it): the same load on
# `listen` without --ui and with --ui and UI_CLIENTS (10) event streams connected (`curl -N`,
# each receiving every delivery until it falls 1,024 behind, when the inspector ends it with
# `lagged`: at wrk's full rate on 2 cores that comes within the first deliveries), in ABAB
# order; target: throughput within 10% (ratio >= 0.90) and peak RSS bounded by --ui-keep.
# Needs python3 (to pre-sign requests) and wrk (`apt-get install -y wrk`); without wrk it
# falls back to a single-connection python client, which measures latency, not throughput.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
WRK_THREADS=${WRK_THREADS:-2}
EVENTS=${EVENTS:-400000}
OUTPUT=${OUTPUT:-json}
SECRET=bench-noko-secret-0123456789

RECORD=${RECORD:-1}
UI_AB=${UI_AB:-1}
UI_CLIENTS=${UI_CLIENTS:-10}
# PIN=1 gives wrk CPU 0 and every server the other CPUs (taskset), so a server's own cost is
# not mixed with the load generator's on shared cores; it needs 2 CPUs or more.
load=()
serve=()
if [ "${PIN:-0}" = 1 ]; then
  [ "$(nproc)" -ge 2 ] || { echo "PIN=1 needs 2 CPUs or more" >&2; exit 2; }
  load=(taskset -c 0)
  serve=(taskset -c "1-$(($(nproc) - 1))")
fi

cargo build --release --quiet --bin hookctl --example ceiling_receiver
# HOOKCTL_BIN=path/to/other/hookctl compares another build against the same ceilings.
bin=${HOOKCTL_BIN:-target/release/hookctl}
tmp=$(mktemp -d)
pid=
ceiling_pid=
sse_pids=()
cleanup() {
  for p in "${sse_pids[@]}"; do kill "$p" 2>/dev/null; done
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  [ -n "$ceiling_pid" ] && kill "$ceiling_pid" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

python3 - "$tmp/requests.tsv" "$EVENTS" "$SECRET" <<'PY'
import hashlib, hmac, json, sys, uuid
path, n, secret = sys.argv[1], int(sys.argv[2]), sys.argv[3].encode()
with open(path, "w") as f:
    for i in range(n):
        body = json.dumps({"payload_id": str(uuid.uuid4()), "type": "entry.created",
                           "object": {"id": i, "minutes": 30, "description": "bench #%d" % i}},
                          separators=(",", ":"))
        body = body[:-2] + ',"note":"' + "x" * max(0, 1024 - len(body) - 11) + '"}}' 
        f.write(hmac.new(secret, body.encode(), hashlib.sha256).hexdigest() + "\t" + body + "\n")
PY

rps() { awk '/^Requests\/sec/ {print $2}' "$1"; }
# CPU time (user + system, in clock ticks) a process has used so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)
# Microseconds of server CPU per request: ticks used during the run over the requests wrk made.
per_request() { awk -v t="$1" -v hz="$hz" '/requests in/ {printf "%.1f", t / hz * 1e6 / $1}' "$2"; }
if command -v wrk > /dev/null; then
  "${serve[@]}" target/release/examples/ceiling_receiver > "$tmp/ceiling.port" &
  ceiling_pid=$!
  for _ in $(seq 100); do [ -s "$tmp/ceiling.port" ] && break; sleep 0.05; done
  echo "ceiling: trivial hyper server on port $(head -1 "$tmp/ceiling.port")"
  before=$(cpu_ticks "$ceiling_pid")
  REQS=$tmp/requests.tsv WRK_THREADS=$WRK_THREADS \
    "${load[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/listen.lua \
    "http://127.0.0.1:$(head -1 "$tmp/ceiling.port")/" | tee "$tmp/ceiling.txt"
  ceiling_ticks=$(( $(cpu_ticks "$ceiling_pid") - before ))
  kill "$ceiling_pid"; wait "$ceiling_pid" 2>/dev/null || true; ceiling_pid=
  if [ "$RECORD" = 1 ]; then
    "${serve[@]}" target/release/examples/ceiling_receiver "$tmp/ceiling.jsonl" > "$tmp/appending.port" &
    ceiling_pid=$!
    for _ in $(seq 100); do [ -s "$tmp/appending.port" ] && break; sleep 0.05; done
    echo "ceiling that records: the trivial server appending each body to a file"
    REQS=$tmp/requests.tsv WRK_THREADS=$WRK_THREADS \
      "${load[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/listen.lua \
      "http://127.0.0.1:$(head -1 "$tmp/appending.port")/" | tee "$tmp/appending.txt"
    kill "$ceiling_pid"; wait "$ceiling_pid" 2>/dev/null || true; ceiling_pid=
    rm -f "$tmp/ceiling.jsonl"
  fi
  if command -v nginx > /dev/null; then
    # The issue's reference: nginx answering 200 from one worker per core, no logging.
    mkdir -p "$tmp/nginx"
    cat > "$tmp/nginx/nginx.conf" <<NGINX
worker_processes $(nproc);
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $tmp/nginx;
  server { listen 127.0.0.1:18089; location / { return 200 "ok\n"; } }
}
NGINX
    "${serve[@]}" nginx -c "$tmp/nginx/nginx.conf" -p "$tmp/nginx"
    sleep 0.3
    REQS=$tmp/requests.tsv WRK_THREADS=$WRK_THREADS \
      "${load[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/listen.lua \
      "http://127.0.0.1:18089/" | tee "$tmp/nginx.txt"
    kill "$(cat "$tmp/nginx/nginx.pid")"; sleep 0.3
  fi
fi

record_args=()
[ "$RECORD" = 1 ] && record_args=(--record "$tmp/record.jsonl")
touch "$tmp/record.jsonl"
HOOKCTL_NOKO_SECRET=$SECRET HOOKCTL_CONFIG=/nonexistent "${serve[@]}" "$bin" listen --port 0 --provider noko \
  "${record_args[@]}" -o "$OUTPUT" > /dev/null 2> "$tmp/stderr" &
pid=$!
for _ in $(seq 100); do grep -q '^Listening on' "$tmp/stderr" 2>/dev/null && break; sleep 0.05; done
url=$(grep -m1 -o 'http://[^ ]*' "$tmp/stderr" || true)
if [ -z "$url" ]; then
  # pretty/raw print the banner on stdout, which went to /dev/null: ask the kernel instead.
  port=$(ss -ltnp 2>/dev/null | grep "pid=$pid," | grep -o '127.0.0.1:[0-9]*' | head -1 | cut -d: -f2)
  url="http://127.0.0.1:$port/"
fi
echo "listener: $url (pid $pid, output $OUTPUT)"

if command -v wrk > /dev/null; then
  before=$(cpu_ticks "$pid")
  REQS=$tmp/requests.tsv WRK_THREADS=$WRK_THREADS \
    "${load[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s benches/listen.lua "$url" | tee "$tmp/wrk.txt"
  listen_ticks=$(( $(cpu_ticks "$pid") - before ))
else
  echo "wrk not found (apt-get install -y wrk): single-connection python client instead"
  python3 - "$url" "$tmp/requests.tsv" <<'PY'
import http.client, sys, time, urllib.parse
u = urllib.parse.urlparse(sys.argv[1]); c = http.client.HTTPConnection(u.hostname, u.port)
lines = open(sys.argv[2]).read().splitlines()[:20000]; lat = []; t0 = time.perf_counter()
for line in lines:
    sig, body = line.split("\t", 1); s = time.perf_counter()
    c.request("POST", "/", body, {"Content-Type": "application/json", "X-Noko-Signature": sig})
    r = c.getresponse(); r.read(); lat.append(time.perf_counter() - s)
total = time.perf_counter() - t0; lat.sort()
print("requests/s %.0f  p50 %.2fms  p99 %.2fms" % (len(lat) / total, lat[len(lat)//2]*1e3, lat[int(len(lat)*.99)]*1e3))
PY
fi

hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
kill -INT "$pid"; wait "$pid" || true; pid=
valid=$(grep -c '"signature":"valid","reason":null,"duplicate":false' "$tmp/record.jsonl" || true)
dups=$(grep -c '"duplicate":true' "$tmp/record.jsonl" || true)
secs=$(echo "$DURATION" | sed 's/s$//')
echo "---"
grep '^summary' "$tmp/stderr" || true
echo "valid distinct events recorded: $valid (duplicates: $dups) => $((valid / secs)) valid events/s"
echo "peak RSS (VmHWM): $((hwm / 1024)) MiB"
echo "record file: $(wc -c < "$tmp/record.jsonl") bytes"
if [ -f "$tmp/ceiling.txt" ] && [ -f "$tmp/wrk.txt" ]; then
  echo "hookctl listen $(rps "$tmp/wrk.txt") req/s vs ceiling $(rps "$tmp/ceiling.txt") req/s:" \
    "$(awk -v a="$(rps "$tmp/wrk.txt")" -v b="$(rps "$tmp/ceiling.txt")" 'BEGIN {printf "%.2fx", a / b}')"
  if [ -f "$tmp/nginx.txt" ]; then
    echo "hookctl listen vs nginx $(rps "$tmp/nginx.txt") req/s:" \
      "$(awk -v a="$(rps "$tmp/wrk.txt")" -v b="$(rps "$tmp/nginx.txt")" 'BEGIN {printf "%.2fx", a / b}')"
  fi
  if [ -f "$tmp/appending.txt" ]; then
    echo "hookctl listen vs the ceiling that records $(rps "$tmp/appending.txt") req/s:" \
      "$(awk -v a="$(rps "$tmp/wrk.txt")" -v b="$(rps "$tmp/appending.txt")" 'BEGIN {printf "%.2fx", a / b}')"
  fi
  echo "server CPU per request: hookctl listen $(per_request "$listen_ticks" "$tmp/wrk.txt") us," \
    "ceiling $(per_request "$ceiling_ticks" "$tmp/ceiling.txt") us"
fi

# ---- the web inspector's cost: listen without --ui vs with --ui and UI_CLIENTS streams ----
# One leg: prints "<req/s> <peak RSS KiB> <events each stream got>".
ui_leg() {
  local ui=$1 leg_pid leg_url ui_url
  : > "$tmp/ab.jsonl"
  local ui_args=()
  [ "$ui" = 1 ] && ui_args=(--ui)
  HOOKCTL_NOKO_SECRET=$SECRET HOOKCTL_CONFIG=/nonexistent "${serve[@]}" "$bin" listen --port 0 --provider noko \
    --record "$tmp/ab.jsonl" -o json "${ui_args[@]}" > /dev/null 2> "$tmp/ab.stderr" &
  leg_pid=$!
  for _ in $(seq 100); do grep -q 'Ctrl-C' "$tmp/ab.stderr" 2>/dev/null && break; sleep 0.05; done
  leg_url=$(grep -m1 -o 'Listening on http://[^ ]*' "$tmp/ab.stderr" | cut -d' ' -f3)
  sse_pids=()
  if [ "$ui" = 1 ]; then
    ui_url=$(grep -m1 -o 'http://127.0.0.1:[0-9]*/?token=[A-Za-z0-9]*' "$tmp/ab.stderr")
    for i in $(seq "$UI_CLIENTS"); do
      curl -sN "${ui_url%%/?token=*}/api/events?token=${ui_url##*token=}" > "$tmp/sse.$i" &
      sse_pids+=($!)
    done
    sleep 0.3
  fi
  REQS=$tmp/requests.tsv WRK_THREADS=$WRK_THREADS \
    "${load[@]}" wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"$DURATION" -s benches/listen.lua "$leg_url" > "$tmp/ab.txt"
  local hwm got=0
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$leg_pid/status")
  sleep 0.3
  for p in "${sse_pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  if [ "$ui" = 1 ]; then
    got=$(grep -c '^event: delivery' "$tmp/sse.1" || true)
    # A stream more than 1,024 deliveries behind is told `lagged` and ended (a page reconnects).
    grep -q '^event: lagged' "$tmp/sse.1" && got="${got}_then_lagged"
  fi
  sse_pids=()
  kill -INT "$leg_pid"; wait "$leg_pid" 2>/dev/null || true
  echo "$(rps "$tmp/ab.txt") $hwm $got"
}

if [ "$UI_AB" = 1 ] && command -v wrk > /dev/null; then
  echo "--- web inspector A/B ($UI_CLIENTS event streams, $DURATION per leg, ABAB)"
  a_total=0; b_total=0
  for round in 1 2; do
    read -r a a_rss _ < <(ui_leg 0)
    read -r b b_rss b_got < <(ui_leg 1)
    echo "round $round: without --ui $a req/s (RSS $((a_rss / 1024)) MiB)," \
      "with --ui + $UI_CLIENTS streams $b req/s (RSS $((b_rss / 1024)) MiB; one stream got $b_got deliveries)"
    a_total=$(awk -v x="$a_total" -v y="$a" 'BEGIN {print x + y}')
    b_total=$(awk -v x="$b_total" -v y="$b" 'BEGIN {print x + y}')
  done
  echo "with --ui / without: $(awk -v a="$a_total" -v b="$b_total" 'BEGIN {printf "%.3f", b / a}')x (target >= 0.90)"
fi
