#!/usr/bin/env bash
# AppCDS for a Linux app-image: one training run of the packaged launcher under Xvfb records every class loaded up
# to the first frame into lib/app/partita.jsa (-XX:ArchiveClassesAtExit, on top of the runtime's default CDS
# archive made by jlink --generate-cds-archive); the launcher's .cfg then maps it (-XX:SharedArchiveFile).
# The launcher reads its JVM options only from the .cfg, so the training option goes there for that one run.
# On Java 17 the archive is valid only at the path where it was made: an image moved elsewhere (or installed from
# the .deb) starts without it, just slower; the JVM checks and ignores a mismatch.
# Usage: packaging/cds.sh target/dist/partita        Without xvfb-run it skips (exit 0) and says so.
set -euo pipefail
image=$(cd "$1" && pwd)
cfg="$image/lib/app/partita.cfg"
jsa="$image/lib/app/partita.jsa"
if ! command -v xvfb-run >/dev/null; then
    echo "cds.sh: xvfb-run not found (apt-get install -y xvfb xauth libgtk-3-0): no AppCDS archive" >&2
    exit 0
fi
rm -f "$jsa"
sed -i '/SharedArchiveFile\|ArchiveClassesAtExit/d' "$cfg"
config=$(mktemp -d)
trap 'rm -rf "$config"; sed -i "/ArchiveClassesAtExit/d" "$cfg"' EXIT
sed -i "/^\[JavaOptions\]/a java-options=-XX:ArchiveClassesAtExit=$jsa" "$cfg"
# A first run (welcome screen) and the workspace shell are both built before the first frame, so one run covers both.
PARTITA_CONFIG_DIR="$config" timeout 180 xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/partita" --smoke-exit
sed -i "/ArchiveClassesAtExit/d" "$cfg"
if [[ ! -s "$jsa" ]]; then
    echo "cds.sh: the training run wrote no archive" >&2
    exit 1
fi
sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/partita.jsa' "$cfg"
echo "cds.sh: $(du -h "$jsa" | cut -f1) archive $jsa"
