#!/bin/sh
# Builds Sightline's class-data-sharing archive where the app is installed (default /opt/sightline), from the class
# list that the build recorded while the main window opened. It must run after installation because a Java 17 CDS
# archive only matches the absolute class path it was dumped with. Without the archive Sightline still starts
# (-Xshare:auto), only slower. Usage: cds-archive.sh [install-dir]
set -e
APP=${1:-/opt/sightline}
APPDIR=$APP/lib/app
CLASSPATH_LIST=$(sed -n 's/^app\.classpath=//p' "$APPDIR/sightline.cfg" | sed "s#\\\$APPDIR#$APPDIR#" | paste -sd: -)
rm -f "$APPDIR/app.jsa"
"$APP/lib/runtime/bin/java" -Xshare:dump -Xlog:cds=off -Xlog:cds+dynamic=off \
    -XX:SharedClassListFile="$APPDIR/sightline.classlist" -XX:SharedArchiveFile="$APPDIR/app.jsa" \
    -cp "$CLASSPATH_LIST" >/dev/null
