#!/usr/bin/env bash
# Makes the pictures of the dashboard used by the README and docs/gui.md: the demo DAG really running, rendered
# headless (cis gui --snapshot runs it in a node of its own on a temporary CIS_HOME). Needs no display.
#
#   docs/screenshots/make.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out="$root/docs/screenshots"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the demo's tasks run in the folder of the DAG file: a project folder of its own
mkdir -p "$work/shop"
cp "$root/resources/examples/demo.toml" "$work/shop/demo.toml"
demo="$work/shop/demo.toml"

cd "$root"
# the run in progress: frontend found waiting for an answer (amber, "needs you"), its question in the inspector
./cis gui --snapshot "$out/dashboard.png" --open "$demo" --after 8 --select frontend
# a finished task's terminal: its recording, with what it printed and its result
./cis gui --snapshot "$out/terminal.png" --open "$demo" --after 8 --select backend
# the dark theme
./cis gui --snapshot "$out/dark.png" --open "$demo" --after 8 --select frontend --theme dark
