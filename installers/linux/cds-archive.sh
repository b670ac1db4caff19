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
# stops the whole dump. Keep only well-formed lines: classes, lambda proxies (10 fields) and the lambda-form
# invokers (the JDK's method-handle holder classes, regenerated into the archive); losing a few costs little.
CLASSES=$(mktemp)
trap 'rm -f "$CLASSES"' EXIT
grep -a -E '^[A-Za-z0-9_/$]+$|^@lambda-proxy( [^ ]+){9}$|^@lambda-form-invoker \[(LF|SPECIES)_RESOLVE\]( [^ ]+){2,}$' \
    "$APPDIR/sightline.classlist" > "$CLASSES"
dump() {
    rm -f "$APPDIR/app.jsa"
    "$APP/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:SharedClassListFile="$1" -XX:SharedArchiveFile="$APPDIR/app.jsa" \
        -cp "$CLASSPATH_LIST" >/dev/null
}
# A torn invoker line that still looks well-formed fails the dump: then dump again with classes and proxies only.
if ! dump "$CLASSES"; then
    grep -v '^@lambda-form-invoker' "$CLASSES" > "$CLASSES.safe"
    mv "$CLASSES.safe" "$CLASSES"
    dump "$CLASSES"
fi
