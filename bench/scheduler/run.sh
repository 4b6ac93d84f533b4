#!/usr/bin/env bash
# Scheduler benchmark: 1,000 tasks of `true`, each in its own pseudo-terminal, as a wide graph
# (all independent) and as a chain, run by cis and by make -j with the same number of workers
# (each make recipe starts its command in a pty with `script -qec true /dev/null`).
#
#   bench/scheduler/run.sh [TASKS] [WORKERS] [REPEATS]      defaults: 1000 8 3
#
# Prints a markdown table of wall times (best of REPEATS) and the ratio cis/make.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000}
workers=${2:-8}
repeats=${3:-3}
out=$root/bench/out/scheduler
rm -rf "$out" && mkdir -p "$out"
command -v script >/dev/null || { echo "needs script(1) (util-linux)" >&2; exit 2; }
command -v make >/dev/null || { echo "needs make" >&2; exit 2; }

gen() { # shape -> writes $out/$shape.toml and $out/$shape.mk
  local shape=$1 toml=$out/$1.toml mk=$out/$1.mk
  {
    echo "[dag]"
    echo "name = \"bench-$shape\""
    echo "max_workers = $workers"
    for i in $(seq 1 "$n"); do
      echo "[[dag.tasks]]"
      echo "id = \"t$i\""
      echo "command = \"true\""
      if [ "$shape" = chain ] && [ "$i" -gt 1 ]; then echo "deps = [\"t$((i - 1))\"]"; fi
    done
  } > "$toml"
  {
    printf 'all:'
    for i in $(seq 1 "$n"); do printf ' t%d' "$i"; done
    printf '\n.PHONY: all'
    for i in $(seq 1 "$n"); do printf ' t%d' "$i"; done
    printf '\n'
    for i in $(seq 1 "$n"); do
      if [ "$shape" = chain ] && [ "$i" -gt 1 ]; then printf 't%d: t%d\n' "$i" "$((i - 1))"; else printf 't%d:\n' "$i"; fi
      printf '\t@script -qec true /dev/null > /dev/null\n'
    done
  } > "$mk"
}

now() { date +%s.%N; }

best() { # function args... -> best of $repeats wall times printed by the function (seconds)
  local best=""
  for _ in $(seq 1 "$repeats"); do
    local d
    d=$("$@") || { echo "failed: $*" >&2; exit 1; }
    if [ -z "$best" ] || [ "$(echo "$d < $best" | bc -l)" = 1 ]; then best=$d; fi
  done
  printf '%.2f' "$best"
}

timed() { # command... -> wall seconds of the command, its output discarded
  local t0 t1
  t0=$(now)
  "$@" > /dev/null 2>&1 || return 1
  t1=$(now)
  echo "$t1 - $t0" | bc -l
}

run_make() { # makefile
  timed make -s -j"$workers" -f "$1"
}

# A fresh CIS_HOME each time. "cold": `cis dag execute` starts the node itself (JVM start included);
# "node up": the node was started just before (`cis node start`), as it is after a first use.
# Stopping the node afterwards is not timed: it keeps running for the user.
run_cis() { # cold|warm toml
  local home d rc=0
  home=$(mktemp -d)
  if [ "$1" = warm ]; then CIS_HOME=$home "$root/cis" node start > /dev/null 2>&1; fi
  d=$(CIS_HOME=$home timed "$root/cis" dag execute --plain "$2") || rc=1
  CIS_HOME=$home "$root/cis" node stop --force > /dev/null 2>&1 || true
  rm -rf "$home"
  [ $rc = 0 ] && echo "$d"
}

"$root/cis" --version > /dev/null   # build once, outside the timings
echo "| graph | tasks | workers | make -j$workers (s) | cis, node up (s) | cis, cold (s) | cis / make (node up) | cis / make (cold) |"
echo "|---|---|---|---|---|---|---|---|"
for shape in wide chain; do
  gen "$shape"
  m=$(best run_make "$out/$shape.mk")
  w=$(best run_cis warm "$out/$shape.toml")
  c=$(best run_cis cold "$out/$shape.toml")
  printf '| %s | %d | %d | %s | %s | %s | %.2f | %.2f |\n' "$shape" "$n" "$workers" "$m" "$w" "$c" \
    "$(echo "$w / $m" | bc -l)" "$(echo "$c / $m" | bc -l)"
done
