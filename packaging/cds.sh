#!/usr/bin/env bash
# AppCDS for a Linux app-image: one training run of the packaged launcher under Xvfb (--cds-training: the start up to
# the first frame, then the Messages tab built once off screen) records every class it loaded into
# lib/app/partita.jsa (-XX:ArchiveClassesAtExit, on top of the runtime's default CDS archive made by jlink
# --generate-cds-archive); the launcher's .cfg then maps it (-XX:SharedArchiveFile).
# The launcher reads its JVM options only from the .cfg, so the training option goes there for that one run.
# The same run records the class list (lib/app/partita.classlist) from which lib/cds-install.sh makes a new archive
# wherever the image is installed: on Java 17 an archive is valid only at the path where it was made, so the
# .deb's postinst runs that script under /opt/partita. A mismatched archive is ignored quietly (-Xlog:cds=off).
# Usage: packaging/cds.sh target/dist/partita        Without xvfb-run it skips (exit 0) and says so.
set -euo pipefail
image=$(cd "$1" && pwd)
cfg="$image/lib/app/partita.cfg"
jsa="$image/lib/app/partita.jsa"
list="$image/lib/app/partita.classlist"
here=$(cd "$(dirname "$0")" && pwd)
cp "$here/linux/cds-install.sh" "$image/lib/cds-install.sh"
if ! command -v xvfb-run >/dev/null; then
    echo "cds.sh: xvfb-run not found (apt-get install -y xvfb xauth libgtk-3-0): no AppCDS archive" >&2
    exit 0
fi
rm -f "$jsa" "$list"
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit\|DumpLoadedClassList\|Xlog:cds/d' "$cfg"
config=$(mktemp -d)
trap 'rm -rf "$config"; sed -i "/ArchiveClassesAtExit\|DumpLoadedClassList/d" "$cfg"' EXIT
sed -i "/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=$jsa" "$cfg"
sed -i "/^\[JavaOptions\]/a java-options=-XX:DumpLoadedClassList=$list" "$cfg"
# Trained on the daily start (a saved profile, so the workspace is built), not on the once-only welcome screen.
PARTITA_CONFIG_DIR="$config" "$image/bin/partita" profiles add "Training" --bootstrap 127.0.0.1:9 >/dev/null
PARTITA_CONFIG_DIR="$config" timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/partita" --cds-training
sed -i "/ArchiveClassesAtExit\|DumpLoadedClassList/d" "$cfg"
if [[ ! -s "$jsa" || ! -s "$list" ]]; then
    echo "cds.sh: the training run wrote no archive" >&2
    exit 1
fi
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/partita.jsa' "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-Xlog:cds=off,cds+dynamic=off' "$cfg"
echo "cds.sh: $(du -h "$jsa" | cut -f1) archive $jsa"
