# Sourced by bench/messages.sh and bench/search.sh: the JVM a benchmark runs in, as $java, $app_opts and $bench_cp.
# Default: this checkout's classes on the JDK that runs Maven, with the packaged app's -XX options
# (packaging/jpackage.args) and its runtime's thread priorities (packaging/jlink.args).
# BENCH_APP=target/dist/partita: the packaged app itself: its Java 25 runtime, every option of its launcher (the AOT
# cache included) and its jars, with the benchmark's classes after them; build it first with
# `packaging/smoke.sh` or `mvn -B package -Pdist -DskipTests -Ddist.installer.skip=true -Ddist.jdk=…`.
if [[ -n "${BENCH_APP:-}" ]]; then
    app="$(cd "$BENCH_APP" && pwd)/lib/app"
    java="$app/../runtime/bin/java"
    mapfile -t app_opts < <(sed -n 's/^java-options=//p' "$app/partita.cfg" | sed "s|\$APPDIR|$app|g")
    bench_cp="$(sed -n 's/^app.classpath=//p' "$app/partita.cfg" | sed "s|\$APPDIR|$app|g" | paste -sd:):target/test-classes"
else
    java=java
    mapfile -t app_opts < <(sed -n 's/^--java-options "\(-XX:[^"]*\)"$/\1/p' packaging/jpackage.args;
                            sed -n 's/^--add-options "\(.*\)"$/\1/p' packaging/jlink.args | tr ' ' '\n')
    bench_cp="target/test-classes:target/classes:$(cat target/bench-cp.txt)"
fi
