#!/usr/bin/env bash
# The AOT cache of a Linux app-image (Java 25, JEP 483/514/515): one training run of the packaged launcher under Xvfb
# (--aot-training: the start up to the first frame, then the Messages tab built once off screen) records the classes
# it loaded and linked and the profiles of the methods it ran into lib/app/partita.aot (-XX:AOTCacheOutput); the
# launcher's .cfg then maps it (-XX:AOTCache). The cache holds no absolute path: it stays valid wherever the image is
# installed or moved. An unusable cache (another runtime, changed jars) is ignored quietly (-Xlog:aot=off,cds=off).
# The launcher reads its JVM options only from the .cfg, so the training option goes there for that one run.
# Usage: packaging/aot.sh target/dist/partita        Without xvfb-run it skips (exit 0) and says so.
set -euo pipefail
image=$(cd "$1" && pwd)
cfg="$image/lib/app/partita.cfg"
aot="$image/lib/app/partita.aot"
if ! command -v xvfb-run >/dev/null; then
    echo "aot.sh: xvfb-run not found (apt-get install -y xvfb xauth libgtk-3-0): no AOT cache" >&2
    exit 0
fi
rm -f "$aot"
sed -i '/AOTCache\|Xlog:aot/d' "$cfg"
config=$(mktemp -d)
trap 'rm -rf "$config"; sed -i "/AOTCacheOutput/d" "$cfg"' EXIT
sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$aot" "$cfg"
# Trained on the daily start (a saved profile, so the workspace is built), not on the once-only welcome screen.
PARTITA_CONFIG_DIR="$config" "$image/bin/partita" profiles add "Training" --bootstrap 127.0.0.1:9 >/dev/null
PARTITA_CONFIG_DIR="$config" timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$image/bin/partita" --aot-training \
    | grep -v '^\[.*\]\[warning\]\[aot'
sed -i "/AOTCacheOutput/d" "$cfg"
if [[ ! -s "$aot" ]]; then
    echo "aot.sh: the training run wrote no AOT cache" >&2
    exit 1
fi
sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/partita.aot' "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-Xlog:aot=off,cds=off' "$cfg"
echo "aot.sh: $(du -h "$aot" | cut -f1) AOT cache $aot"
