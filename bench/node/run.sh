#!/usr/bin/env bash
# Node benchmark: SESSIONS sessions printing continuously for SECONDS through the node, plus one `cat`
# session attached over the node's socket whose keystroke-to-echo latency is measured meanwhile.
# Then the same SESSIONS programs in tmux windows, for the tmux server's RSS and CPU.
#
#   bench/node/run.sh [SESSIONS] [SECONDS]      defaults: 100 60
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-100}
secs=${2:-60}
out=$root/bench/out/node
rm -rf "$out" && mkdir -p "$out"
# about 2,000 lines a second per session, from one long-lived process (no fork per line)
printer=$out/printer.pl
cat > "$printer" <<PL
\$| = 1;
my \$end = time + $secs + 120;
while (time < \$end) {
  print "line \$_ of a session that keeps printing\\n" for 1 .. 20;
  select(undef, undef, undef, 0.01);
}
PL

"$root/cis" --version > /dev/null
cp="$root/app/target/classes:$(ls "$root"/app/target/lib/*.jar | tr '\n' ':')"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
hz=$(getconf CLK_TCK)

{
  echo "[dag]"
  echo "name = \"bench-node\""
  echo "max_workers = $((n + 1))"
  echo "[[dag.tasks]]"
  echo "id = \"echo\""
  echo "command = \"cat\""
  echo "timeout_secs = $((secs + 120))"
  for i in $(seq 1 "$n"); do
    echo "[[dag.tasks]]"
    echo "id = \"p$i\""
    echo "command = \"perl '$printer'\""
  done
} > "$out/node.toml"

home=$(mktemp -d)
export CIS_HOME=$home
"$root/cis" node start > /dev/null
pid=$(cat "$home/run/node.pid")
run=$("$root/cis" dag run "$out/node.toml")
# wait until every session runs
for _ in $(seq 1 240); do
  live=$("$root/cis" dag sessions --run "$run" --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
  [ "$live" -ge $((n + 1)) ] && break
  sleep 0.5
done
c0=$(cpu_ticks "$pid"); t0=$(date +%s.%N); peak=0
( while kill -0 "$pid" 2>/dev/null; do r=$(rss_kb "$pid"); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" > "$out/peak"; sleep 1; done ) &
sampler=$!
latency=$(java -cp "$cp" "$root/bench/node/EchoLatency.java" "$home/run/node.sock" "$run" 400)
sleep $((secs - 15))
c1=$(cpu_ticks "$pid"); t1=$(date +%s.%N)
rss_now=$(rss_kb "$pid")
kill "$sampler" 2>/dev/null || true
peak=$(cat "$out/peak")
live=$("$root/cis" dag sessions --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
bytes=$(du -sb "$home/recordings" | cut -f1)
"$root/cis" dag cancel "$run" > /dev/null
"$root/cis" node stop > /dev/null
rm -rf "$home"
node_cpu=$(echo "($c1 - $c0) / $hz / ($t1 - $t0) * 100" | bc -l)

# the same programs in tmux
sock=$out/tmux.sock
tmux -S "$sock" new-session -d -s bench -x 120 -y 40 "perl '$printer'"
for i in $(seq 2 "$n"); do tmux -S "$sock" new-window -t bench "perl '$printer'"; done
tpid=$(tmux -S "$sock" display-message -p -t bench '#{pid}')
sleep 5
c0=$(cpu_ticks "$tpid"); t0=$(date +%s.%N)
sleep $((secs - 15))
c1=$(cpu_ticks "$tpid"); t1=$(date +%s.%N)
trss=$(rss_kb "$tpid")
tmux -S "$sock" kill-server || true
tmux_cpu=$(echo "($c1 - $c0) / $hz / ($t1 - $t0) * 100" | bc -l)

echo "| | sessions | RSS (MB) | CPU (% of one core) | echo p50 / p99 (ms) |"
echo "|---|---|---|---|---|"
printf '| cis node | %d printing + 1 attached (%d live at the end) | %.0f now, %.0f peak | %.0f | %s |\n' "$n" "$live" \
  "$(echo "$rss_now / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" "$node_cpu" \
  "$(echo "$latency" | sed -E 's/echo_p50_ms=([0-9.]+) echo_p99_ms=([0-9.]+).*/\1 \/ \2/')"
printf '| tmux server | %d printing | %.0f | %.0f | - |\n' "$n" "$(echo "$trss / 1024" | bc -l)" "$tmux_cpu"
echo
echo "recordings written by cis: $((bytes / 1048576)) MB; $latency"
