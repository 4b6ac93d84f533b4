#!/usr/bin/env bash
# PTY throughput benchmark: a task that writes SIZE MB to its terminal, run by cis (reader thread,
# ring, asciicast recording, stored output), against `script -qec 'cat FILE' /dev/null > /dev/null`
# (a pty with nothing kept). Checks that the recording holds every byte.
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

best_script="" best_cis="" best_startup=""
for _ in $(seq 1 "$repeats"); do
  t0=$(now); script -qec "cat '$data'" /dev/null > /dev/null; t1=$(now)
  d=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best_script" ] || [ "$(echo "$d < $best_script" | bc -l)" = 1 ]; then best_script=$d; fi

  home=$(mktemp -d)
  t0=$(now); CIS_HOME=$home "$root/cis" dag execute --plain "$out/pty.toml" > /dev/null; t1=$(now)
  d=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best_cis" ] || [ "$(echo "$d < $best_cis" | bc -l)" = 1 ]; then best_cis=$d; fi
  cast=$(ls "$home"/recordings/*/cat-1.cast)
  recorded=$(python3 -c "
import json,sys
parts=[]
with open(sys.argv[1], encoding='utf-8') as f:
    next(f)
    for line in f:
        e=json.loads(line)
        if e[1]=='o': parts.append(e[2])
print(len(''.join(parts).replace('\r\n','\n').encode()))" "$cast")
  if [ "$recorded" != "$bytes" ]; then echo "recording incomplete: $recorded of $bytes bytes" >&2; exit 1; fi
  # the same run with a tiny file: what cis costs without the data (JVM start, database, session)
  echo x > "$out/tiny.txt"
  sed "s|$data|$out/tiny.txt|" "$out/pty.toml" > "$out/tiny.toml"
  t0=$(now); CIS_HOME=$home "$root/cis" dag execute --plain "$out/tiny.toml" > /dev/null; t1=$(now)
  d=$(echo "$t1 - $t0" | bc -l)
  if [ -z "$best_startup" ] || [ "$(echo "$d < $best_startup" | bc -l)" = 1 ]; then best_startup=$d; fi
  CIS_HOME=$home "$root/cis" node stop --force > /dev/null 2>&1 || true
  rm -rf "$home"
done
mb=$(echo "$bytes / 1048576" | bc -l)
printf '| what | MB | wall (s) | MB/s |\n|---|---|---|---|\n'
printf '| script -qec cat | %.0f | %.2f | %.0f |\n' "$mb" "$best_script" "$(echo "$mb / $best_script" | bc -l)"
printf '| cis dag execute (whole command) | %.0f | %.2f | %.0f |\n' "$mb" "$best_cis" "$(echo "$mb / $best_cis" | bc -l)"
net=$(echo "$best_cis - $best_startup" | bc -l)
printf '| cis, less its fixed cost (%.2f s for a 2-byte task) | %.0f | %.2f | %.0f |\n' "$best_startup" "$mb" "$net" "$(echo "$mb / $net" | bc -l)"
printf '\nthroughput ratio cis/script: %.2f (whole command), %.2f (less fixed cost); recording complete: %s bytes\n' \
  "$(echo "$best_script / $best_cis" | bc -l)" "$(echo "$best_script / $net" | bc -l)" "$bytes"
