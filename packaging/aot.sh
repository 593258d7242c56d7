#!/usr/bin/env bash
# The AOT cache of a Linux app-image (Java 25, JEP 483/514/515): one training run of the packaged launcher under Xvfb
# records the classes it loaded and linked and the profiles of the methods it ran into lib/app/partita.aot
# (-XX:AOTCacheOutput); the launcher's .cfg then maps it (-XX:AOTCache). The run (--aot-training TOPIC): the start up
# to the first frame, the Messages tab built once off screen, then TOPIC read from the beginning through a shown
# Messages tab: TRAINING_RECORDS (default 200,000) Avro orders that this script produces into the image's own
# sandbox, started for the run and stopped after it, so the read path's methods (the consumer, the decoders, the
# table) are profiled too. The cache holds no absolute path: it stays valid wherever the image is installed or moved.
# An unusable cache (another runtime, changed jars) is ignored quietly (-Xlog:aot=off,cds=off).
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
partita="$image/bin/partita"
topic=training.orders
rm -f "$aot"
sed -i '/AOTCache\|Xlog:aot/d' "$cfg"
config=$(mktemp -d)
out="$config/training.out"
sandbox=""
# The sandbox keeps its class-data archives in a writable sandbox home (here: the image's); they stay out of it.
sandbox_cache="$image/lib/sandbox/cache"
[[ -e "$sandbox_cache" ]] && sandbox_cache=""
cleanup() {
    if [[ -n "$sandbox" ]]; then
        kill -TERM "$sandbox" 2>/dev/null && wait "$sandbox" 2>/dev/null
    fi
    [[ -n "$sandbox_cache" ]] && rm -rf "$sandbox_cache"
    rm -rf "$config"
    sed -i "/AOTCacheOutput/d" "$cfg"
}
trap cleanup EXIT
export PARTITA_CONFIG_DIR="$config"
# The sandbox saves the "Local sandbox" profile: the training run starts as a daily start (the workspace is built).
"$partita" sandbox start >"$config/sandbox.out" 2>&1 &
sandbox=$!
for _ in $(seq 1 180); do
    grep -q "Ctrl+C" "$config/sandbox.out" && break
    kill -0 "$sandbox" 2>/dev/null || break
    sleep 1
done
grep -q "Ctrl+C" "$config/sandbox.out" || { cat "$config/sandbox.out"; echo "aot.sh: the sandbox did not start" >&2; exit 1; }
"$partita" topics create "$topic" --profile "Local sandbox" --partitions 6 --replication-factor 1 >/dev/null
# Orders of the demo schema, each different (the placeholders), so the decoders see the shapes a real topic has.
value='{"orderId":"${uuid}","customerId":"customer-${randomInt(1,999)}","createdAt":${nowMillis},'
value+='"status":"${pick(NEW,PAID,SHIPPED,DELIVERED)}","total":${randomInt(1,999)}.90,"currency":"EUR",'
value+='"coupon":null,"items":[{"sku":"SKU-${randomInt(1,99999)}","quantity":${randomInt(1,5)},"unitPrice":12.90},'
value+='{"sku":"MUG-BLUE","quantity":1,"unitPrice":8.50}],"shipping":{"street":"${randomInt(1,200)} Market Street",'
value+='"city":"${pick(Berlin,Lyon,Porto)}","country":"DE"},"attributes":{"channel":"${pick(web,mobile,store)}"}}'
"$partita" produce "$topic" --profile "Local sandbox" --acks 1 --count "${TRAINING_RECORDS:-200000}" \
    --key 'customer-${randomInt(1,999)}' --value-format avro --value-subject demo.orders-value --value "$value" \
    >/dev/null
sed -i "/^\[JavaOptions\]/a java-options=-XX:AOTCacheOutput=$aot" "$cfg"
timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$partita" --aot-training "$topic" 2>&1 \
    | grep -v -e '^\[.*\]\[warning\]\[aot' -e '^Picked up JAVA_TOOL_OPTIONS' | tee "$out"
sed -i "/AOTCacheOutput/d" "$cfg"
if ! grep -q "partita: training read of $topic: .*records" "$out"; then
    echo "aot.sh: the training run did not read $topic" >&2
    exit 1
fi
if [[ ! -s "$aot" ]]; then
    echo "aot.sh: the training run wrote no AOT cache" >&2
    exit 1
fi
sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/partita.aot' "$cfg"
sed -i '/^\[JavaOptions\]/a java-options=-Xlog:aot=off,cds=off' "$cfg"
echo "aot.sh: $(du -h "$aot" | cut -f1) AOT cache $aot"
