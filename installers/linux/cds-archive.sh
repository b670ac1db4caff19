#!/bin/sh
# Builds Sightline's class-data-sharing archive where the app is installed (default /opt/sightline), from the class
# list that the build recorded while the main window opened. It must run after installation because a Java 17 CDS
# archive only matches the absolute class path it was dumped with. Without the archive Sightline still starts
# (-Xshare:auto), only slower. Usage: cds-archive.sh [install-dir]
set -e
APP=${1:-/opt/sightline}
APPDIR=$APP/lib/app
CLASSPATH_LIST=$(sed -n 's/^app\.classpath=//p' "$APPDIR/sightline.cfg" | sed "s#\\\$APPDIR#$APPDIR#" | paste -sd: -)
# Java 17 writes the list from every loading thread at once, so a line can come out torn, and one malformed line
# stops the whole dump. Keep only well-formed class and lambda-proxy lines (10 fields); losing a few costs little.
CLASSES=$(mktemp)
trap 'rm -f "$CLASSES"' EXIT
grep -a -E '^[A-Za-z0-9_/$]+$|^@lambda-proxy( [^ ]+){9}$' "$APPDIR/sightline.classlist" > "$CLASSES"
rm -f "$APPDIR/app.jsa"
"$APP/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$CLASSES" -XX:SharedArchiveFile="$APPDIR/app.jsa" \
    -cp "$CLASSPATH_LIST" >/dev/null
