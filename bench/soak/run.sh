#!/usr/bin/env bash
# Soak benchmark: one node (its own CIS_HOME) executes RUNS runs of a small DAG (3 shell tasks `true`,
# a chain), at most PARALLEL at once; the node's RSS (VmRSS) is sampled after 100 runs and after RUNS.
# The node is the one `cis node start` starts, with its usual JVM options.
#
#   bench/soak/run.sh [RUNS] [PARALLEL]      defaults: 2000 4
#
# Prints a markdown table: runs done, RSS (MiB), seconds since the first submit, and the growth
# from 100 runs to RUNS, and the heap in use after a full collection at each sample (jcmd). Target: RSS
# within 10 %. Leaves a class histogram of the node in bench/out/soak/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-2000}
parallel=${2:-4}
out=$root/bench/out/soak
rm -rf "$out" && mkdir -p "$out"
cat > "$out/small.toml" <<TOML
[dag]
name = "soak"
max_workers = 3

[[dag.tasks]]
id = "a"
command = "true"

[[dag.tasks]]
id = "b"
command = "true"
deps = ["a"]

[[dag.tasks]]
id = "c"
command = "true"
deps = ["b"]
TOML

"$root/cis" --version > /dev/null
home=$(mktemp -d)
export CIS_HOME=$home
"$root/cis" node start > /dev/null
pid=$(cat "$home/run/node.pid")
trap 'CIS_HOME=$home "$root/cis" node stop > /dev/null 2>&1 || true' EXIT

python3 "$root/bench/soak/soak.py" "$home/run/node.sock" "$out/small.toml" "$pid" "$runs" "$parallel" \
  100 500 1000 "$runs" | tee "$out/samples.txt"
if command -v jcmd > /dev/null; then
  jcmd "$pid" GC.class_histogram 2>/dev/null | head -40 > "$out/histogram.txt" || true
fi

echo
echo "| runs done | RSS (MiB) | seconds | live heap after a full GC (MiB) |"
echo "|---|---|---|---|"
awk '$1 ~ /^[0-9]+$/ {printf "| %d | %.1f | %s | %.1f |\n", $1, $2 / 1024, $3, $4 / 1024}' "$out/samples.txt"
awk -v last="$runs" '$1 == 100 {a = $2; h = $4} $1 == 500 {m = $2} $1 == last {b = $2; g = $4} END {
  printf "\nRSS growth from 100 to %d runs: %+.1f %% (from 500: %+.1f %%); live heap: %+.1f %%\n", last, (b - a) * 100 / a, (b - m) * 100 / m, (g - h) * 100 / h}' "$out/samples.txt"
grep runs_not_completed "$out/samples.txt" || true
