#!/usr/bin/env bash
# Filled workbooks scored per second: N workbooks that are not selfeval's own (FilledWorkbooks: copies of
# the examples/files fixtures with their money amounts varied) through `selfeval batch … --format markdown`
# (read, validate, score with the whole audit, the cheapest export, the roll-up), wall and CPU time from
# /usr/bin/time -v. Each JAR given is run in turn, ROUNDS times, rotating the order, on the same files.
#
#   bench/read-batch.sh WORKDIR N ROUNDS JAR...   (run from the repository root, after
#                                    ./mvnw -B -q package -DskipTests -pl selfeval-benchmarks-peers -am)
#   e.g. bench/read-batch.sh /tmp/perf/read 1000 3 /work/baseline/selfeval-8797e90.jar selfeval-cli/target/selfeval.jar
set -euo pipefail
work="$1"; n="$2"; rounds="$3"; shift 3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p "$work"
cp="selfeval-benchmarks-peers/target/classes:$(cat selfeval-benchmarks-peers/target/classpath.txt)"
if [ "$(ls "$work/in" 2>/dev/null | wc -l)" -ne "$n" ]; then
  rm -rf "$work/in"
  java -cp "$cp" io.github.selfeval.benchmarks.peers.FilledWorkbooks "$n" "$work/in" 2>/dev/null
fi
jars=(); names=("$@")
for j in "$@"; do   # snapshots: a rebuild mid-run must not change a jar
  s="$work/jar-${#jars[@]}.jar"; cp "$j" "$s"; jars+=("$s")
done
for ((r = 0; r < rounds; r++)); do
  for ((k = 0; k < ${#jars[@]}; k++)); do
    i=$(( (k + r) % ${#jars[@]} ))
    out="$work/out"; rm -rf "$out"
    /usr/bin/time -v java -jar "${jars[$i]}" batch "$work/in" --out "$out" --format markdown --progress log \
        >"$work/run.out" 2>"$work/run.err" || true
    wall=$(grep 'Elapsed (wall clock)' "$work/run.err" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    cpu=$(grep -E 'User time|System time' "$work/run.err" | awk '{s+=$NF} END {print s}')
    rss=$(grep 'Maximum resident' "$work/run.err" | awk '{print $NF}')
    echo "round=$r jar=${names[$i]} wall=${wall}s reports/s=$(echo "$n $wall" | awk '{printf "%.1f", $1/$2}')" \
         "cpu=${cpu}s cpu/report=$(echo "$cpu $n" | awk '{printf "%.1f", 1000*$1/$2}')ms peakRSS=$((rss/1024))MB" \
         "load=$(cut -d' ' -f1 /proc/loadavg)"
    tail -1 "$work/run.out"
  done
done
rm -rf "$work/out"
