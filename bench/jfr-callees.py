#!/usr/bin/env python3
"""For one method, which callees its samples go through: `jfr print --stack-depth 100 --events
jdk.ExecutionSample rec.jfr | bench/jfr-callees.py METHOD_SUBSTRING [DEPTH]` (DEPTH frames below it, default 1)."""
import collections
import re
import sys

target = sys.argv[1]
depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
total = 0
hits = 0
c = collections.Counter()
for block in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
    frames = re.findall(r"^\s+([\w$./<>]+)\(", block, re.M)
    total += 1
    idx = [i for i, f in enumerate(frames) if target in f]
    if not idx:
        continue
    hits += 1
    i = idx[-1]  # outermost occurrence
    c[" <- ".join(reversed(frames[max(0, i - depth):i])) or "(self)"] += 1
print(f"{hits} of {total} samples ({100.0 * hits / max(total, 1):.1f}%) in {target}")
for k, n in c.most_common(15):
    print(f"{100.0 * n / max(total, 1):5.1f}%  {k}")
