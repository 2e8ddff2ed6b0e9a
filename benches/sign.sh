#!/usr/bin/env bash
# Sign throughput against openssl in the same run, peak memory for a 1 GiB file, start-up time.
# Usage: bash benches/sign.sh [SIZE_MB]   (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/hookctl
size_mb=${1:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -c $((size_mb * 1024 * 1024)) /dev/urandom > "$work/body"
export HOOKCTL_SECRET=bench-secret

# Median of 7 wall-clock runs each, in milliseconds, hookctl and openssl taking turns so both
# see the same machine load (the machine is shared).
median_pair() {
  local a=() b=() t0 t1
  for _ in 1 2 3 4 5 6 7; do
    t0=$(date +%s%N); "$bin" sign -p "$2" -o value --file "$work/body" > /dev/null; t1=$(date +%s%N)
    a+=($(( (t1 - t0) / 1000000 )))
    t0=$(date +%s%N); openssl dgst "-$1" -hmac bench-secret "$work/body" > /dev/null; t1=$(date +%s%N)
    b+=($(( (t1 - t0) / 1000000 )))
  done
  echo "$(printf '%s\n' "${a[@]}" | sort -n | sed -n 4p) $(printf '%s\n' "${b[@]}" | sort -n | sed -n 4p)"
}

printf '%-8s %12s %12s %8s\n' hash "hookctl ms" "openssl ms" ratio
for pair in "sha256 noko" "sha512 cryptohopper" "sha1 vercel"; do
  set -- $pair
  read -r h o < <(median_pair "$1" "$2")
  # ratio = hookctl throughput / openssl throughput = openssl time / hookctl time
  printf '%-8s %12s %12s %8s\n' "$1" "$h" "$o" "$(python3 -c "print(f'{$o/$h:.2f}')")"
done

# Peak resident memory while signing a 1 GiB file (sparse, so it costs no disk).
truncate -s 1G "$work/big"
python3 - "$bin" "$work/big" <<'PY'
import resource, subprocess, sys
subprocess.run([sys.argv[1], "sign", "-p", "noko", "-o", "value", "--file", sys.argv[2]], check=True, stdout=subprocess.DEVNULL)
print(f"peak RSS signing 1 GiB: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f} MiB")
PY
python3 - "$bin" "$work/big" <<'PY'
import resource, subprocess, sys
with open(sys.argv[2], "rb") as big:
    subprocess.run([sys.argv[1], "sign", "-p", "noko", "-o", "value"], stdin=big, check=True, stdout=subprocess.DEVNULL)
print(f"peak RSS signing 1 GiB from stdin: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.1f} MiB")
PY

# Start-up: mean wall time over 200 runs, process start included.
mean_ms() {
  local t0 t1; t0=$(date +%s%N)
  for _ in $(seq 200); do "$@" > /dev/null; done
  t1=$(date +%s%N); python3 -c "print(f'{($t1-$t0)/200/1e6:.2f}')"
}
echo "hookctl --version: $(mean_ms "$bin" --version) ms mean"
echo "hookctl sign (small payload): $(mean_ms "$bin" sign -p stripe -o value --data '{"id":"evt_1"}') ms mean"
echo "reference /bin/true: $(mean_ms /bin/true) ms mean"
