#!/bin/sh
# Start-up of several variants, interleaved: each round launches every variant once, so load from other processes
# hits them alike (on a shared machine a burst can move the median of consecutive runs by a factor of two).
# Usage: DISPLAY=:62 compare-startup.sh ROUNDS VARIANTS_FILE
# VARIANTS_FILE lines: <name> <launcher> [FIRST_LAUNCH=1] [JVM options...], e.g.
#   cds        /opt/sightline/bin/sightline
#   no-cds     /opt/sightline/bin/sightline -Xshare:off
#   first-cds  /opt/sightline/bin/sightline FIRST_LAUNCH=1
# Prints median, min and max of first-frame-ms and ready-ms per variant (see measure-startup.sh).
set -e
ROUNDS=$1
VARIANTS=$2
HOME_DIR=$(mktemp -d)
OUT=$(mktemp)
trap 'rm -rf "$HOME_DIR" "$OUT"' EXIT
r=0
while [ "$r" -lt "$ROUNDS" ]; do
    echo "round $((r + 1)): load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    while read -r name launcher rest; do
        case "$name" in ''|'#'*) continue ;; esac
        first=0; opts=""
        for word in $rest; do
            case "$word" in FIRST_LAUNCH=1) first=1 ;; *) opts="$opts $word" ;; esac
        done
        rm -rf "${HOME_DIR:?}"/*
        if [ "$first" != 1 ]; then
            echo '{"version":1,"targets":[{"name":"bench","address":"127.0.0.1:1","tls":false}]}' > "$HOME_DIR/targets.json"
        fi
        SIGHTLINE_HOME=$HOME_DIR SIGHTLINE_EXIT_AFTER_FIRST_FRAME=1 _JAVA_OPTIONS="$opts" "$launcher" 2>/dev/null </dev/null \
            | sed -n "s/^\(first-frame\|ready\)-ms=/$name \1 /p" >> "$OUT"
    done < "$VARIANTS"
    r=$((r + 1))
done
sort -k1,1 -k2,2 -k3,3n "$OUT" | awk '
    function flush() { if (n) { m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2;
        printf "%-16s %-12s runs=%d median_ms=%d min_ms=%d max_ms=%d\n", key1, key2, n, m, v[1], v[n] } }
    { if ($1 != key1 || $2 != key2) { flush(); key1 = $1; key2 = $2; n = 0 } v[++n] = $3 }
    END { flush() }'
