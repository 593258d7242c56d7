#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app-image (mvn -Pdist, no installer) unless --no-build, starts the
# packaged launcher under Xvfb with --smoke-exit (GUI, quit after the first frame), and fails when it exits non-zero, prints no
# first-frame line, or its output shows a module-access problem (IllegalAccessError, InaccessibleObjectException,
# "does not export", "cannot access class") or any exception. RUNS=N repeats the start (start-up figures);
# WITH_PROFILE=1 starts with a saved profile (workspace) instead of the first-run welcome screen.
# Then packaging/probe/AccessProbe.java drives the ControlsFX and RichTextFX controls the app uses on the packaged
# runtime with the launcher's JVM options: the first screen alone does not touch every JavaFX internal they need.
# Then packaging/probe/PriorityProbe.java checks that the runtime runs a browse's threads at nice 10.
# Needs xvfb-run, xauth and libgtk-3-0 (apt-get install -y xvfb xauth libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-build" ]]; then
    # The runtime is made from a JDK 25 (DIST_JDK, else the first one under /usr/lib/jvm, else the JDK running Maven).
    jdk=${DIST_JDK:-$(ls -d /usr/lib/jvm/*-25-* /usr/lib/jvm/*-25 2>/dev/null | head -1 || true)}
    mvn -B -q package -Pdist -DskipTests -Ddist.installer.skip=true ${jdk:+-Ddist.jdk=$jdk}
fi
launcher=target/dist/partita/bin/partita
[[ -x "$launcher" ]] || { echo "smoke: no launcher at $launcher" >&2; exit 1; }
config=$(mktemp -d)
out=$(mktemp)
trap 'rm -rf "$config" "$out"' EXIT
if [[ -n "${WITH_PROFILE:-}" ]]; then
    # The daily start: a saved profile, so the workspace is built instead of the welcome screen.
    PARTITA_CONFIG_DIR="$config" "$launcher" profiles add "Smoke" --bootstrap 127.0.0.1:9 >/dev/null
fi
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
app="target/dist/partita/lib/app"
probe=$(mktemp -d)
trap 'rm -rf "$config" "$out" "$probe"' EXIT
javac -d "$probe" --module-path target/dist/fxmods --add-modules javafx.controls -cp "$app/lib/*" \
    packaging/probe/AccessProbe.java
mapfile -t options < <(sed -n 's/^java-options=//p' "$app/partita.cfg" | grep -v AOTCache)
status=0
timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" target/dist/partita/lib/runtime/bin/java "${options[@]}" \
    -cp "$probe:$app/lib/*" AccessProbe >"$out" 2>&1 || status=$?
cat "$out"
if [[ $status -ne 0 ]] || ! grep -q "access probe: OK" "$out" \
        || grep -E -q "IllegalAccess|InaccessibleObject|does not export|Exception" "$out"; then
    echo "smoke: FAILED, ControlsFX/RichTextFX need JVM options missing from packaging/jpackage.args" >&2
    exit 1
fi
# The runtime's jlinked options put a browse's reader and decoders at nice 10 (packaging/jlink.args), with no warning.
javac -d "$probe" -cp "$app/partita.jar" packaging/probe/PriorityProbe.java
status=0
target/dist/partita/lib/runtime/bin/java -cp "$probe:$app/partita.jar" PriorityProbe >"$out" 2>&1 || status=$?
cat "$out"
if [[ $status -ne 0 ]] || grep -q "warning" "$out"; then
    echo "smoke: FAILED, stream threads do not run at nice 10 on the packaged runtime (packaging/jlink.args)" >&2
    exit 1
fi
echo "smoke: OK"
