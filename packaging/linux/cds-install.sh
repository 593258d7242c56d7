#!/bin/sh
# Makes the AppCDS archive (lib/app/partita.jsa) for the place this copy of Partita lives in. A Java 17 archive is
# bound to the path of the jars it was made from, so the .deb's postinst runs this after unpacking to /opt/partita;
# anyone who moves an app-image can run it too. Headless and quick: a static dump of the classes listed in
# lib/app/partita.classlist (recorded by packaging/cds.sh during the build's training run). Never fails the caller:
# without an archive Partita starts, only slower.
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/lib/app"
cfg="$app/partita.cfg"
list="$app/partita.classlist"
java="$root/lib/runtime/bin/java"
[ -s "$list" ] && [ -x "$java" ] || exit 0
classpath=$(sed -n 's/^app.classpath=//p' "$cfg" | sed "s|\$APPDIR|$app|g" | paste -sd: -)
options=$(sed -n 's/^java-options=//p' "$cfg" | grep -e '^--add-' | tr '\n' ' ')
rm -f "$app/partita.jsa"
# shellcheck disable=SC2086 # options are single words
if "$java" -Xshare:dump -XX:SharedClassListFile="$list" -XX:SharedArchiveFile="$app/partita.jsa" \
        $options -cp "$classpath" >/dev/null 2>&1; then
    chmod 644 "$app/partita.jsa"
    echo "partita: start-up archive made for $root"
else
    rm -f "$app/partita.jsa"
    echo "partita: no start-up archive (the app starts without it)"
fi
exit 0
