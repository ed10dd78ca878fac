#!/usr/bin/env python3
"""Summarise `jfr print --events jdk.ExecutionSample` output: top self frames and top inclusive frames.

Usage: jfr print --events jdk.ExecutionSample rec.jfr | bench/jfr-hot.py [--filter PREFIX] [--top N]
Inclusive counts count a method once per sample however often it recurs in the stack.
"""
import re
import sys
from collections import Counter

top = 25
prefix = None
args = sys.argv[1:]
while args:
    a = args.pop(0)
    if a == "--top":
        top = int(args.pop(0))
    elif a == "--filter":
        prefix = args.pop(0)

frame_re = re.compile(r"^\s+([\w$./<>]+(?:\.[\w$<>]+)*)\(.*\)\s+line:")
samples, self_c, incl_c = 0, Counter(), Counter()
stack = None
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        if stack:
            samples += 1
            self_c[stack[0]] += 1
            for f in set(stack):
                incl_c[f] += 1
        stack = []
        continue
    m = frame_re.match(line)
    if m and stack is not None:
        stack.append(m.group(1))
if stack:
    samples += 1
    self_c[stack[0]] += 1
    for f in set(stack):
        incl_c[f] += 1

print(f"{samples} samples")
print("-- top self frames")
for f, n in self_c.most_common(top):
    print(f"{100.0 * n / samples:5.1f}%  {f}")
print("-- top inclusive frames" + (f" ({prefix}*)" if prefix else ""))
shown = 0
for f, n in incl_c.most_common():
    if prefix and not f.startswith(prefix):
        continue
    print(f"{100.0 * n / samples:5.1f}%  {f}")
    shown += 1
    if shown >= top:
        break
