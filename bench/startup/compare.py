#!/usr/bin/python3
"""Whole-process start-up of `./vigie`, side by side with Debian's dnstwist (issue 10, "Instant start").

One run, every command once per round, rounds repeated N times so that every command sees the same machine load
(alternating), the median of each reported: `./vigie --version`, `./vigie permute D` and `dnstwist --format list D`
for the four domains of the permutation issue, and `./vigie match --watch paypal.com` given one name on standard
input, once with the input closed after it and once with the input held open (the time to the first printed
line: a stream of names, `tail -f`, must not wait for more input before printing a match). Everything goes
through the `./vigie` launcher, as a user runs it. CPU is user + system of the whole process.

Targets checked (exit 1 when one is missed): permute at least 10x faster than dnstwist for every domain;
`permute example.com` and the one-name match within a factor of two of `--version`.
Usage: bench/startup/compare.py [--runs N]
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VIGIE = os.path.join(ROOT, "vigie")
DOMAINS = ["en-marche.fr", "example.com", "paypal.com", "microsoftonline.com"]
NAME = b"paypa1.com\n"


def timed(cmd, stdin=None):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall * 1000, (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000


def first_line(cmd):
    """Milliseconds from the start of the process to its first line of output, standard input left open."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    proc.stdin.write(NAME)
    proc.stdin.flush()
    line = proc.stdout.readline()
    wall = (time.perf_counter() - start) * 1000
    proc.stdin.close()
    proc.wait()
    if not line:
        raise SystemExit(f"{' '.join(cmd)}: printed nothing for {NAME!r}")
    return wall, 0.0


def commands():
    yield "vigie --version", lambda: timed([VIGIE, "--version"])
    for d in DOMAINS:
        yield f"vigie permute {d}", lambda d=d: timed([VIGIE, "permute", d])
        yield f"dnstwist {d}", lambda d=d: timed(["dnstwist", "--format", "list", d])
    match = [VIGIE, "match", "--watch", "paypal.com"]
    yield "echo paypa1.com | vigie match --watch paypal.com", lambda: timed(match, NAME)
    yield "vigie match, first line, stdin open", lambda: first_line(match)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="alternating rounds (median); at least 7")
    args = parser.parse_args()
    subprocess.run([VIGIE, "--version"], check=True, stdout=subprocess.DEVNULL)  # builds the CLI if needed
    results = {}
    for _ in range(args.runs):
        for label, run in commands():
            results.setdefault(label, []).append(run())
    wall = {k: statistics.median(w for w, _ in v) for k, v in results.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in results.items()}
    with open("/proc/loadavg", encoding="ascii") as f:
        load = f.read().split()[0]
    print(f"median of {args.runs} alternating rounds, load average {load}\n")
    print("| command | wall | CPU |\n|---|---|---|")
    for k in wall:
        print(f"| `{k}` | {wall[k]:.1f} ms | {cpu[k]:.1f} ms |" if cpu[k] else f"| `{k}` | {wall[k]:.1f} ms | |")
    version = wall["vigie --version"]
    print("\n| domain | vigie permute | dnstwist | ratio |\n|---|---|---|---|")
    ok = True
    for d in DOMAINS:
        ratio = wall[f"dnstwist {d}"] / wall[f"vigie permute {d}"]
        ok &= ratio >= 10
        print(f"| {d} | {wall[f'vigie permute {d}']:.1f} ms | {wall[f'dnstwist {d}']:.1f} ms | {ratio:.1f}x |")
    permute = wall["vigie permute example.com"] / version
    match = wall["echo paypa1.com | vigie match --watch paypal.com"] / version
    ok &= permute <= 2 and match <= 2
    print(f"\npermute example.com / --version: {permute:.2f}   one-name match / --version: {match:.2f}")
    print("OK: every target met" if ok else "FAIL: a target above is missed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
