#!/bin/sh
# Issue 16 "Done when": each defect/weak-spot row of the fault catalogue, its input and CLI command run
# against an old CLI jar and a new one (exit code and first line of output). Not part of the build.
#   selfeval-it/src/test/faults-before-after.sh OLD.jar [NEW.jar]
# OLD: e.g. the CLI of e76128c built in a scratch copy:
#   git archive e76128c | tar -x -C /tmp/m0 && (cd /tmp/m0 && ./mvnw -o -B -q package -DskipTests -pl selfeval-cli -am)
# NEW defaults to this worktree's selfeval-cli/target/selfeval.jar (build it first with -am package -DskipTests).
# The table lands in selfeval-it/target/faults-before-after.md.
set -eu
cd "$(dirname "$0")/../.."
old=$(readlink -f "$1")
new=$(readlink -f "${2:-selfeval-cli/target/selfeval.jar}")
./mvnw -o -B -q test -pl selfeval-it -am -Djapicmp.skip=true -Dtest=BeforeAfter -Dsurefire.failIfNoSpecifiedTests=false \
    -Dselfeval.it.beforeAfter="$old,$new"
cat selfeval-it/target/faults-before-after.md
