#!/usr/bin/env bash
# Batch throughput: N generated reports through `selfeval batch … --format xlsx,pdf` with -Xmx256m,
# wall time, reports/s and peak RSS (/usr/bin/time -v), for each N given (e.g. 1000 10000).
#
#   bench/batch.sh WORKDIR N...        (run from the repository root, after
#                                        ./mvnw -B -q package -DskipTests -pl selfeval-benchmarks-peers)
#
# JAR= another selfeval.jar, JAVA_OPTS= more JVM options (a GC log, JFR), FORMATS= other formats
# (default xlsx,pdf; e.g. FORMATS=xlsx,pdf,docx).
#
# Reports are written by GenerateReports --exportable (the shared generator, fixed seed 7, 𠮷 → 吉 and
# pack sichuan-2023 → sichuan so every report exports to PDF): the first 1,000 of the
# 10,000 are the 1,000, so the two runs differ only in count. Outputs go to WORKDIR/out-N and are deleted
# after each run (10,000 × (xlsx + pdf) is several GB); the roll-up and the time -v output are kept.
set -euo pipefail
work="$1"; shift
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mkdir -p "$work"
jar="$work/selfeval.jar"
cp "${JAR:-selfeval-cli/target/selfeval.jar}" "$jar"   # a snapshot: a rebuild mid-run must not change the jar
cp="selfeval-benchmarks-peers/target/classes:$(cat selfeval-benchmarks-peers/target/classpath.txt)"
max=0; for n in "$@"; do [ "$n" -gt "$max" ] && max=$n; done
if [ "$(ls "$work/in-all" 2>/dev/null | wc -l)" -lt "$max" ]; then
  rm -rf "$work/in-all"
  java -cp "$cp" io.github.selfeval.benchmarks.peers.GenerateReports "$max" "$work/in-all" --exportable
fi
for n in "$@"; do
  in="$work/in-$n"; out="$work/out-$n"
  rm -rf "$in" "$out"; mkdir -p "$in"
  all=("$work"/in-all/*.json)   # glob order is sorted
  for f in "${all[@]:0:$n}"; do ln -s "$f" "$in/"; done
  echo "batch of $n: df before: $(df -h --output=avail "$work" | tail -1)"
  # shellcheck disable=SC2086
  /usr/bin/time -v java -Xmx256m ${JAVA_OPTS:-} -jar "$jar" batch "$in" --out "$out" --format "${FORMATS:-xlsx,pdf}" --progress log \
      >"$work/batch-$n.out" 2>"$work/batch-$n.err" || echo "(exit $?)"
  wall=$(grep 'Elapsed (wall clock)' "$work/batch-$n.err" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/batch-$n.err" | awk '{print $NF}')
  cpu=$(grep -E 'User time|System time' "$work/batch-$n.err" | awk '{s+=$NF} END {print s}')
  files=$(find "$out" -type f | wc -l); bytes=$(du -sb "$out" | cut -f1)
  secs=$(echo "$wall" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  echo "N=$n wall=${secs}s reports/s=$(echo "$n $secs" | awk '{printf "%.1f", $1/$2}') peakRSS=$((rss/1024))MB cpu=${cpu}s files=$files output=$((bytes/1048576))MB"
  tail -1 "$work/batch-$n.out"
  cp "$out/汇总.xlsx" "$work/rollup-$n.xlsx" 2>/dev/null || true
  rm -rf "$out" "$in"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
