#!/usr/bin/env python3
"""Prints the CPU seconds (utime + stime) of a process and all its descendants, from /proc.
Usage: proc-cpu.py PID"""
import os
import sys

root = int(sys.argv[1])
tick = os.sysconf("SC_CLK_TCK")
parents, cpu = {}, {}
for name in os.listdir("/proc"):
    if not name.isdigit():
        continue
    try:
        with open(f"/proc/{name}/stat") as f:
            stat = f.read()
    except OSError:
        continue  # gone meanwhile
    fields = stat[stat.rfind(")") + 2 :].split()
    parents[int(name)] = int(fields[1])  # field 4: ppid
    cpu[int(name)] = (int(fields[11]) + int(fields[12])) / tick  # fields 14, 15: utime, stime
tree, grew = {root}, True
while grew:
    grew = False
    for pid, ppid in parents.items():
        if ppid in tree and pid not in tree:
            tree.add(pid)
            grew = True
print(f"{sum(cpu.get(p, 0) for p in tree):.3f} {len(tree)}")
