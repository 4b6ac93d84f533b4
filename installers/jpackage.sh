#!/usr/bin/env bash
# Builds a cis app image or native package with jpackage.
#   jpackage.sh TYPE INPUT_DIR DEST_DIR ICONS_DIR VERSION
# The runtime keeps bin/java (jpackage strips native commands by default): the node and the
# fake agent start the JVM again.
set -euo pipefail
type=$1 input=$2 dest=$3 icons=$4 version=$5
version=${version%%-*}
rm -rf "$dest" && mkdir -p "$dest"
case "$(uname -s)" in
  Darwin) icon=$icons/cis.icns ;;
  MINGW*|MSYS*|CYGWIN*) icon=$icons/cis.ico ;;
  *) icon=$icons/cis-256.png ;;
esac
main_jar=$(cd "$input" && ls cis-app-*.jar | head -1)
jpackage --type "$type" --name cis --app-version "$version" \
  --description "Runs a DAG of AI-agent sessions" --vendor "cis" \
  --input "$input" --main-jar "$main_jar" --main-class dev.cis.app.Main \
  --icon "$icon" --dest "$dest" \
  --java-options "-Dcis.packaged=true" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files" \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.management
echo "jpackage: wrote $type to $dest"
