#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app-image (mvn -Pdist, no installer) unless --no-build, starts the
# packaged launcher under Xvfb with --smoke-exit (GUI, quit after the first frame), and fails when it exits non-zero, prints no
# first-frame line, or its output shows a module-access problem (IllegalAccessError, InaccessibleObjectException,
# "does not export", "cannot access class") or any exception. RUNS=N repeats the start (start-up figures).
# Needs xvfb-run, xauth and libgtk-3-0 (apt-get install -y xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
    mvn -B -q package -Pdist -DskipTests -Ddist.installer.skip=true
fi
launcher=target/dist/partita/bin/partita
[[ -x "$launcher" ]] || { echo "smoke: no launcher at $launcher" >&2; exit 1; }
config=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$config" "$out"' EXIT
for run in $(seq 1 "${RUNS:-1}"); do
    status=0
    PARTITA_CONFIG_DIR="$config" \
        timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --smoke-exit >"$out" 2>&1 || status=$?
    cat "$out"
    if [[ $status -ne 0 ]]; then
        echo "smoke: FAILED, the packaged app exited with $status" >&2
        exit 1
    fi
    if grep -E -q "IllegalAccess|InaccessibleObject|does not export|cannot access class|Exception|Unsupported JavaFX" "$out"; then
        echo "smoke: FAILED, module access problem or exception in the output above" >&2
        exit 1
    fi
    grep -q "partita: first frame" "$out" || { echo "smoke: FAILED, no first frame reported" >&2; exit 1; }
done
echo "smoke: OK"
