#!/bin/bash
# Start-up A/B (issue 10): starts the packaged app-images of two or more checkouts in turn, RUNS times each, each run
# a new JVM under Xvfb with --smoke-exit, and prints first frame / content / CPU per run. Alternating the builds makes
# them share whatever the machine is doing that hour. WITH_PROFILE=1: the daily start (one saved profile, so the
# workspace is built); without it, the first start (fresh config dir, welcome screen).
# Usage: bench/startup-ab.sh RUNS CHECKOUT... (each with target/dist/partita from `mvn -B package -Pdist -DskipTests
# -Ddist.installer.skip=true`). Needs xvfb-run, xauth, libgtk-3-0.
set -euo pipefail
runs=$1
shift
configs=()
for d in "$@"; do
    c=$(mktemp -d)
    configs+=("$c")
    if [[ -n "${WITH_PROFILE:-}" ]]; then
        PARTITA_CONFIG_DIR="$c" "$d/target/dist/partita/bin/partita" profiles add "Smoke" --bootstrap 127.0.0.1:9 >/dev/null
    fi
done
for _ in $(seq 1 "$runs"); do
    i=0
    for d in "$@"; do
        c=${configs[$i]}
        i=$((i + 1))
        if [[ -z "${WITH_PROFILE:-}" ]]; then
            rm -rf "${c:?}"/*
        fi
        line=$(PARTITA_CONFIG_DIR="$c" timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" \
            "$d/target/dist/partita/bin/partita" --smoke-exit 2>&1 | grep "first frame" || true)
        echo "$d: $(echo "$line" | sed -E 's/.*first frame ([0-9]+) ms, content ([0-9]+) ms.*cpu ([0-9]+) ms.*/first frame \1 ms, content \2 ms, cpu \3 ms/')"
    done
done
rm -rf "${configs[@]}"
