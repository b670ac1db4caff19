#!/bin/sh
# Median time from process start to the first frame of the main window, over N fresh launches of the installed app.
# Usage: DISPLAY=:59 measure-startup.sh [runs] [launcher]   (extra JVM flags via _JAVA_OPTIONS)
# The workspace is a temporary one with a saved target (a closed loopback port), so the GUI does not start the demo
# (it does when no target is saved); FIRST_LAUNCH=1 measures that first-launch path instead.
set -e
RUNS=${1:-10}
LAUNCHER=${2:-sightline}
HOME_DIR=$(mktemp -d)
if [ "${FIRST_LAUNCH:-0}" != 1 ]; then
    echo '{"version":1,"targets":[{"name":"bench","address":"127.0.0.1:1","tls":false}]}' > "$HOME_DIR/targets.json"
fi
trap 'rm -rf "$HOME_DIR"' EXIT
i=0
while [ "$i" -lt "$RUNS" ]; do
    SIGHTLINE_HOME=$HOME_DIR SIGHTLINE_EXIT_AFTER_FIRST_FRAME=1 "$LAUNCHER" 2>/dev/null | sed -n 's/^first-frame-ms=//p'
    i=$((i + 1))
done | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "runs=%d median_ms=%d min_ms=%d max_ms=%d\n", NR, m, v[1], v[NR] }'
