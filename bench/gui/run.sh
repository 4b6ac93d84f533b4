#!/usr/bin/env bash
# Benchmark of the dashboard graph (2,000 tasks): layout, first frame, repaint cost, pulse gaps under
# status churn. Headless (Monocle, software rendering). Usage: bench/gui/run.sh [-Dbench.seconds=6 ...]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mkdir -p bench/out
mvn -B -q -o -pl fx-ui -am package -DskipTests
mvn -B -q -o -pl fx-ui dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$root/bench/out/gui-classpath.txt" >/dev/null
deps=$(tr ':' '\n' < bench/out/gui-classpath.txt | grep -v '/dev/cis/' | paste -sd: -)
exec java -Xmx2g "$@" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1400x900-32 \
  -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "fx-ui/target/classes:core/target/classes:$deps" bench/gui/GuiBench.java
