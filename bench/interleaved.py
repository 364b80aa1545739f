#!/usr/bin/env python3
"""Times commands in interleaved rounds: each round runs every command once, in a random order, so a change of
the machine's load (other builds on a shared box) falls on all of them alike rather than on whichever hyperfine
was timing. Prints, per command, the median, the first quartile and the fastest run in ms, and the median as a
multiple of the first command's (the floor, e.g. `java -version`).

    bench/interleaved.py [--rounds N] [--warmup W] 'java -version' './confguard lint FILE' ...

Commands are split on whitespace (no shell); their output is discarded. Python's fork costs each run ~1 ms more
than hyperfine -N's, alike for every command."""
import argparse
import random
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("commands", nargs="+")
    args = parser.parse_args()
    runs = {c: [] for c in args.commands}

    def once(command):
        start = time.perf_counter()
        subprocess.run(command.split(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return (time.perf_counter() - start) * 1000

    load = open("/proc/loadavg").read().split()[0]
    for command in args.commands:
        for _ in range(args.warmup):
            once(command)
    for _ in range(args.rounds):
        order = list(args.commands)
        random.shuffle(order)
        for command in order:
            runs[command].append(once(command))
    floor = statistics.median(runs[args.commands[0]])
    print("%d rounds, load %s-%s" % (args.rounds, load, open("/proc/loadavg").read().split()[0]))
    print("| median ms | first quartile | fastest | × first | command |\n| ---: | ---: | ---: | ---: | --- |")
    for command in args.commands:
        v = sorted(runs[command])
        print("| %.1f | %.1f | %.1f | %.2f | `%s` |" % (statistics.median(v), v[len(v) // 4], v[0],
                                                     statistics.median(v) / floor, command))


if __name__ == "__main__":
    main()
