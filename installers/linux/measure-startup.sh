#!/bin/sh
# Start-up of the installed app over N fresh launches: median, min and max of
#   first-frame  process start -> the main window's first frame on screen (top bar, regions, "Starting…" status)
#   ready        process start -> the first frame with the session's views (sources, charts, pools, checklist) in it
# Usage: DISPLAY=:62 measure-startup.sh [runs] [launcher]   (extra JVM flags via _JAVA_OPTIONS)
# The workspace is a temporary one with a saved target (a closed loopback port), so the GUI does not start the demo
# (it does when no target is saved); FIRST_LAUNCH=1 measures that first-launch path instead.
set -e
RUNS=${1:-10}
LAUNCHER=${2:-sightline}
HOME_DIR=$(mktemp -d)
OUT=$(mktemp)
trap 'rm -rf "$HOME_DIR" "$OUT"' EXIT
i=0
while [ "$i" -lt "$RUNS" ]; do
    rm -rf "${HOME_DIR:?}"/*
    if [ "${FIRST_LAUNCH:-0}" != 1 ]; then
        echo '{"version":1,"targets":[{"name":"bench","address":"127.0.0.1:1","tls":false}]}' > "$HOME_DIR/targets.json"
    fi
    SIGHTLINE_HOME=$HOME_DIR SIGHTLINE_EXIT_AFTER_FIRST_FRAME=1 "$LAUNCHER" 2>/dev/null | grep -E '^(first-frame|ready)-ms=' >> "$OUT"
    i=$((i + 1))
done
for what in first-frame ready; do
    sed -n "s/^$what-ms=//p" "$OUT" | sort -n | awk -v what="$what" '{ v[NR] = $1 }
        END { if (NR == 0) { print what ": no runs"; exit }
              m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
              printf "%-12s runs=%d median_ms=%d min_ms=%d max_ms=%d\n", what, NR, m, v[1], v[NR] }'
done
