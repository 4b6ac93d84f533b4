#!/usr/bin/env bash
# PTY throughput benchmark: a task that writes SIZE MB to its terminal, run by cis (reader thread,
# ring, asciicast recording, stored output), against `script -qec 'cat FILE' /dev/null > /dev/null`
# (a pty with nothing kept), with the node already running and cold. Checks that the recording
# holds every byte.
#
#   bench/pty/run.sh [SIZE_MB] [REPEATS]      defaults: 200 3
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
size=${1:-200}
repeats=${2:-3}
out=$root/bench/out/pty
rm -rf "$out" && mkdir -p "$out"
data=$out/data.txt
# printable lines (a terminal would translate control bytes), SIZE MB in all
python3 - "$data" "$size" <<'PY'
import sys, random
path, mb = sys.argv[1], int(sys.argv[2])
random.seed(1)
line = ''.join(random.choice('abcdefghijklmnopqrstuvwxyz0123456789 ') for _ in range(99)) + '\n'
with open(path, 'w') as f:
    block = line * 10000
    for _ in range(mb * 1024 * 1024 // len(block)):
        f.write(block)
PY
bytes=$(stat -c %s "$data")
cat > "$out/pty.toml" <<TOML
[dag]
name = "pty-throughput"
[[dag.tasks]]
id = "cat"
command = "cat '$data'"
timeout_secs = 600
TOML

now() { date +%s.%N; }
"$root/cis" --version > /dev/null   # build once, outside the timings

timed() { # command... -> wall seconds, output discarded
  local t0 t1
  t0=$(now)
  "$@" > /dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  t1=$(now)
  echo "$t1 - $t0" | bc -l
}
min() { if [ -z "$1" ] || [ "$(echo "$2 < $1" | bc -l)" = 1 ]; then echo "$2"; else echo "$1"; fi; }

check_recording() { # CIS_HOME -> exits when the recording lacks bytes
  local cast recorded
  cast=$(ls "$1"/recordings/*/cat-1.cast)
  recorded=$(python3 -c "
import json,sys
parts=[]
with open(sys.argv[1], encoding='utf-8') as f:
    next(f)
    for line in f:
        e=json.loads(line)
        if e[1]=='o': parts.append(e[2])
print(len(''.join(parts).replace('\\r\\n','\\n').encode()))" "$cast")
  if [ "$recorded" != "$bytes" ]; then echo "recording incomplete: $recorded of $bytes bytes" >&2; exit 1; fi
}

echo x > "$out/tiny.txt"
sed "s|$data|$out/tiny.txt|" "$out/pty.toml" > "$out/tiny.toml"
best_script="" best_cis="" best_cold="" best_startup=""
for _ in $(seq 1 "$repeats"); do
  best_script=$(min "$best_script" "$(timed script -qec "cat '$data'" /dev/null)")

  # node up (started just before, as it is after a first use): the task, then a tiny task (fixed cost)
  home=$(mktemp -d)
  CIS_HOME=$home "$root/cis" node start > /dev/null 2>&1
  best_cis=$(min "$best_cis" "$(CIS_HOME=$home timed "$root/cis" dag execute --plain "$out/pty.toml")")
  check_recording "$home"
  best_startup=$(min "$best_startup" "$(CIS_HOME=$home timed "$root/cis" dag execute --plain "$out/tiny.toml")")
  CIS_HOME=$home "$root/cis" node stop --force > /dev/null 2>&1 || true
  rm -rf "$home"

  # cold: `cis dag execute` starts the node itself
  home=$(mktemp -d)
  best_cold=$(min "$best_cold" "$(CIS_HOME=$home timed "$root/cis" dag execute --plain "$out/pty.toml")")
  CIS_HOME=$home "$root/cis" node stop --force > /dev/null 2>&1 || true
  rm -rf "$home"
done
mb=$(echo "$bytes / 1048576" | bc -l)
echo "| what | MB | wall (s) | MB/s |"
echo "|---|---|---|---|"
printf '| script -qec cat | %.0f | %.2f | %.0f |\n' "$mb" "$best_script" "$(echo "$mb / $best_script" | bc -l)"
printf '| cis dag execute, node up (whole command) | %.0f | %.2f | %.0f |\n' "$mb" "$best_cis" "$(echo "$mb / $best_cis" | bc -l)"
net=$(echo "$best_cis - $best_startup" | bc -l)
printf '| cis, node up, less its fixed cost (%.2f s for a 2-byte task) | %.0f | %.2f | %.0f |\n' "$best_startup" "$mb" "$net" "$(echo "$mb / $net" | bc -l)"
printf '| cis dag execute, cold (starts the node) | %.0f | %.2f | %.0f |\n' "$mb" "$best_cold" "$(echo "$mb / $best_cold" | bc -l)"
printf '\nthroughput ratio cis/script: %.2f (node up), %.2f (node up, less fixed cost), %.2f (cold); recording complete: %s bytes\n' \
  "$(echo "$best_script / $best_cis" | bc -l)" "$(echo "$best_script / $net" | bc -l)" "$(echo "$best_script / $best_cold" | bc -l)" "$bytes"
