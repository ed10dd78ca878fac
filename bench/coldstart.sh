#!/usr/bin/env bash
# Cold start of `selfeval score` on the seed, as a fresh process each time, N rounds; every round runs
# every variant once (round-robin, so a change in machine load hits all variants alike); medians in ms.
#
#   bench/coldstart.sh [N]        (default N=15; run from the repository root)
#   SELFEVAL_CMD='export examples/2023-jiangezhuang.json --format pdf -o /tmp/seed.pdf --force' bench/coldstart.sh 7
#                                 (any other selfeval command instead of `score` on the seed)
#
# Variants: the ./selfeval launcher (only when its jar is up to date: a stale jar makes it run a Maven
# build, which is not a start-up cost), plain `java -jar`, and the cheap JVM options for start-up:
# -XX:TieredStopAtLevel=1 (C1 only), -Xshare:off (to show what the JDK's default CDS archive gives),
# AppCDS (an archive of the app's own classes, made once with -XX:ArchiveClassesAtExit, used with
# -XX:SharedArchiveFile; JDK 17 has no -XX:+AutoCreateSharedArchive), and AppCDS + C1, -XX:+UseSerialGC.
set -euo pipefail
n="${1:-15}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
work="$(mktemp -d "${TMPDIR:-/tmp}/selfeval-coldstart.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# A snapshot of the jar, so a rebuild by someone else mid-run cannot mix two versions.
jar="$work/selfeval.jar"
cp selfeval-cli/target/selfeval.jar "$jar"
seed=examples/2023-jiangezhuang.json
cmd="${SELFEVAL_CMD:-score $seed}"
cds="$work/app.jsa"
java -XX:ArchiveClassesAtExit="$cds" -jar "$jar" $cmd >/dev/null 2>"$work/cds.log"

stale="$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main -newer selfeval-cli/target/selfeval.jar -print -quit 2>/dev/null || true)"

declare -A cmds
order=()
add() { order+=("$1"); cmds["$1"]="$2"; }
if [ -z "$stale" ]; then
  add "launcher ./selfeval score" "./selfeval $cmd"
fi
add "java -jar" "java -jar $jar $cmd"
add "java -XX:TieredStopAtLevel=1 -jar" "java -XX:TieredStopAtLevel=1 -jar $jar $cmd"
add "java -XX:+UseSerialGC -jar" "java -XX:+UseSerialGC -jar $jar $cmd"
add "java -Xshare:off -jar" "java -Xshare:off -jar $jar $cmd"
add "java AppCDS -jar" "java -XX:SharedArchiveFile=$cds -jar $jar $cmd"
add "java AppCDS+C1+SerialGC -jar" "java -XX:SharedArchiveFile=$cds -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar $jar $cmd"
add "launcher stale check (find) only" "find $root/pom.xml $root/selfeval-cli/pom.xml $root/selfeval-model/src/main -newer $jar -print -quit"

# the launcher's stale check walks every module's pom and src/main; time it on its own
# (against a file from the future, so it walks everything, as it does when the jar is up to date)
touch -d '+1 hour' "$work/future"
findcmd="find $root/pom.xml $(ls -d "$root"/*/pom.xml | tr '\n' ' ') $(ls -d "$root"/*/src/main | tr '\n' ' ') -newer $work/future -print -quit"
cmds["launcher stale check (find) only"]="$findcmd"

for v in "${order[@]}"; do : >"$work/$(echo "$v" | md5sum | cut -c1-8)"; done
for _ in $(seq 1 "$n"); do
  for v in "${order[@]}"; do
    if [ "${v#launcher ./}" != "$v" ] && [ -n "$(find "$root/pom.xml" "$root"/*/pom.xml "$root"/*/src/main \
        -newer selfeval-cli/target/selfeval.jar -print -quit 2>/dev/null || true)" ]; then
      continue # the jar went stale mid-run: the launcher would build, which is not start-up
    fi
    /usr/bin/time -f "%e %U %S" -o "$work/t" bash -c "${cmds[$v]}" >/dev/null 2>&1 || true
    awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/t" >>"$work/$(echo "$v" | md5sum | cut -c1-8)"
  done
done
echo "cold start of \`selfeval $cmd\`, $n rounds, medians in ms (wall, and CPU = user+sys); jar of commit $(git log -1 --format=%h -- selfeval-cli), load $(cut -d' ' -f1-3 /proc/loadavg)"
[ -n "$stale" ] && echo "(launcher skipped: its jar is older than $stale, so ./selfeval would rebuild first)"
for v in "${order[@]}"; do
  f="$work/$(echo "$v" | md5sum | cut -c1-8)"
  [ -s "$f" ] || continue
  python3 - "$v" "$f" <<'PY'
import statistics, sys
rows = [tuple(map(int, l.split())) for l in open(sys.argv[2]) if l.strip()]
wall = [r[0] for r in rows]; cpu = [r[1] for r in rows]
print(f"{sys.argv[1]:<36} wall median {statistics.median(wall):7.0f}  min {min(wall):6d}  max {max(wall):6d}   cpu median {statistics.median(cpu):7.0f}  (n={len(rows)})")
PY
done
echo "AppCDS archive: $(du -h "$cds" | cut -f1)"
