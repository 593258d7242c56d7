#!/bin/bash
# Takes the README's screenshots from the running app (real sandbox, real tabs) under Xvfb into
# src/docs/screenshots/. Needs: apt-get install -y xvfb xauth libgtk-3-0 imagemagick.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q package -DskipTests
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/docs-cp.txt -Dmdep.includeScope=test
xvfb-run -a -s "-screen 0 1600x1000x24" java -Dpartita.sandbox.home="$PWD/target/sandbox" \
  -cp "target/test-classes:target/classes:$(cat target/docs-cp.txt)" io.partita.ui.DocsShotsMain
