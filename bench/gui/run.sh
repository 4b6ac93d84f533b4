#!/usr/bin/env bash
# Benchmark of the dashboard at 2,000 tasks / 3,000 dependencies, on the real window, headless (Monocle, software
# rendering): opening a DAG until its first frame is rendered, and the FX pulse time while every task changes
# status 10 times a second. Prints a markdown table at the end.
#   bench/gui/run.sh [-Dbench.tasks=2000 -Dbench.edges=3000 -Dbench.seconds=8 -Dbench.events=20000]
# Run it on a quiet machine: the numbers are wall-clock times.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mkdir -p bench/out
mvn -B -q -o -pl core,fx-ui -am package -DskipTests
mvn -B -q -o -pl fx-ui dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/bench/out/gui-classpath.txt" >/dev/null
deps=$(tr ':' '\n' < bench/out/gui-classpath.txt | grep -v '/dev/cis/' | paste -sd: -)
bench() {
  # the pulse logger prints every pulse (a threshold no pulse reaches keeps each to its short form)
  java -Xmx2g "$@" \
    -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1400x900-32 \
    -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=1000000 \
    -cp "fx-ui/target/classes:core/target/classes:$deps" bench/gui/GuiBench.java
}
# a first opening in a fresh JVM a little after the window shows, as when a person picks a file or
# `cis gui FILE` has connected to the node and started the run; then the full run
later=$(bench "$@" -Dbench.onlyFirstOpen=true -Dbench.openAfterMs=1500 2>/dev/null)
bench "$@"
echo "$later"
