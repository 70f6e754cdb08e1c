#!/usr/bin/python3
"""Side-by-side check of `vigie permute` against Debian's dnstwist (issue 2, "Must show").

For each domain and each dnstwist technique: how many names each tool prints, and whether every name dnstwist
prints is in Vigie's output. A missing name must be explained by a documented rule (a registry's IDN policy,
UTS 46); any other miss is printed and the script exits 1. Then the whole-process time of
`./vigie permute D --format list` against `dnstwist --format list D`: median of N alternating runs each.

dnstwist's names are taken from its own Fuzzer class (the code `dnstwist --format list` runs), so that each
name keeps the technique dnstwist credits it to; nothing is resolved and no packet leaves the machine.
Usage: bench/permute/compare-dnstwist.py [--runs N] [--no-timing] [DOMAIN...]
"""
import argparse
import csv
import io
import os
import resource
import statistics
import subprocess
import sys
import time
import unicodedata

sys.path.insert(0, "/usr/lib/python3/dist-packages")
import dnstwist  # noqa: E402  (Debian package python3-dnstwist / dnstwist)
import idna  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
VIGIE = os.path.join(ROOT, "vigie")
DATA = os.path.join(ROOT, "src", "Vigie.Core", "Permutations", "Data")
DOMAINS = ["en-marche.fr", "example.com", "paypal.com", "microsoftonline.com"]

# The registry policies Vigie applies (src/Vigie.Core/Permutations/IdnPolicies.cs), restated here so that the
# check does not trust Vigie to explain its own misses.
AFNIC = set("àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß")
SINGLE_SCRIPT_TLDS = {"com", "net", "org", "fr", "de", "eu", "uk"}


def words(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [w.strip() for w in f if w.strip() and not w.startswith(("//", "#"))]


def dnstwist_names(domain):
    """(technique, ascii name) pairs, as `dnstwist -d english+french -t common+abused` builds them."""
    dictionary = [w for w in set(words("english.dict") + words("french.dict")) if w.isalnum()]
    tlds = list(set(words("common_tlds.dict") + words("abused_tlds.dict")))
    url = dnstwist.UrlParser(domain)
    fuzz = dnstwist.Fuzzer(url.domain, dictionary=dictionary, tld_dictionary=tlds)
    fuzz.generate()
    return [(p["fuzzer"], p["domain"]) for p in fuzz.domains if p["fuzzer"] != "*original"]


def vigie_rows(domain):
    out = subprocess.run([VIGIE, "permute", domain, "--format", "csv"], check=True, capture_output=True, text=True).stdout
    return list(csv.DictReader(io.StringIO(out)))


def script(ch):
    if ch.isascii():
        return "Latin" if ch.isalpha() else None
    name = unicodedata.name(ch, "")
    for s in ("LATIN", "GREEK", "CYRILLIC", "ARMENIAN"):
        if name.startswith(s):
            return s.capitalize()
    return "Other"


def reason(ascii_name):
    """(why, details) when a registry or IDNA would refuse this name; None when nothing explains a miss."""
    try:
        unicode_name = idna.decode(ascii_name)
        if idna.encode(unicode_name, uts46=True).decode() != ascii_name:
            return "UTS 46 maps a character of it to another", set()
    except idna.IDNAError as e:
        return "invalid IDN", {str(e)}
    tld = ascii_name.rsplit(".", 1)[1]
    label = unicode_name.split(".")[-2]
    odd = [c for c in label if not c.isascii()]
    if not odd:
        return None
    refused = {c for c in odd if c not in AFNIC}
    if tld == "fr" and refused:
        return "AFNIC (.fr) registers only 30 accented letters beyond a-z", refused
    scripts = {s for s in map(script, label) if s}
    if tld in SINGLE_SCRIPT_TLDS and len(scripts) > 1:
        return f"the .{tld} registry refuses labels mixing scripts", {"+".join(sorted(scripts))}
    return None


def compare(domain):
    theirs = dnstwist_names(domain)
    ours = vigie_rows(domain)
    our_names = {r["domain"] for r in ours}
    our_counts = {}
    for r in ours:
        t = "stacked" if "+" in r["technique"] else r["technique"]
        our_counts[t] = our_counts.get(t, 0) + 1
    techniques = sorted({t for t, _ in theirs})
    unexplained = []
    reasons = {}
    print(f"\n{domain}: dnstwist {len(theirs)} names, vigie {len(ours)} names")
    print(f"  {'technique':<14} {'dnstwist':>8} {'vigie':>7} {'covered':>8} {'excepted':>8}")
    for t in techniques:
        names = [n for f, n in theirs if f == t]
        covered = [n for n in names if n in our_names]
        missing = [n for n in names if n not in our_names]
        excepted = 0
        for n in missing:
            why = reason(n)
            if why is None:
                unexplained.append((t, n))
            else:
                excepted += 1
                names_, details = reasons.setdefault((t, why[0]), ([], set()))
                names_.append(n)
                details.update(why[1])
        print(f"  {t:<14} {len(names):>8} {our_counts.get(t, 0):>7} {len(covered):>8} {excepted:>8}")
    for t in sorted(set(our_counts) - set(techniques)):
        print(f"  {t:<14} {'-':>8} {our_counts[t]:>7}")
    for (t, why), (names, details) in sorted(reasons.items()):
        sample = ", ".join(idna.decode(n) for n in sorted(names)[:3])
        print(f"  exception: {len(names)} {t} name(s): {why}: {' '.join(sorted(details))} (e.g. {sample})")
    for t, n in unexplained[:50]:
        print(f"  UNEXPLAINED MISS: {t} {n} ({idna.decode(n)})")
    if len(unexplained) > 50:
        print(f"  ... and {len(unexplained) - 50} more unexplained misses")
    return not unexplained


def timing(domain, runs):
    """Wall-clock (the target) and CPU time (user + system, steadier on a shared machine) of whole processes."""
    def once(cmd):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    ours, theirs = [], []
    for _ in range(runs):  # alternate so that both tools see the same machine load
        ours.append(once([VIGIE, "permute", domain, "--format", "list"]))
        theirs.append(once(["dnstwist", "--format", "list", domain]))
    v, d = (statistics.median(w for w, _ in ours) * 1000, statistics.median(w for w, _ in theirs) * 1000)
    vc, dc = (statistics.median(c for _, c in ours) * 1000, statistics.median(c for _, c in theirs) * 1000)
    print(f"  {domain:<22} vigie {v:6.1f} ms   dnstwist {d:7.1f} ms   {d / v:5.1f}x"
          f"   (CPU: vigie {vc:5.1f} ms, dnstwist {dc:6.1f} ms, {dc / vc:5.1f}x)")
    return d / v


def main():
    # Peers and tools first (bench/setup.sh installs what is missing, as root).
    subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "setup.sh")], check=True)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("domains", nargs="*", default=DOMAINS)
    parser.add_argument("--runs", type=int, default=7, help="alternating timed runs per domain (median)")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    subprocess.run([VIGIE, "--version"], check=True, stdout=subprocess.DEVNULL)  # builds the CLI if needed
    ok = all([compare(d) for d in args.domains])
    if not args.no_timing:
        print(f"\nwhole-process time, median of {args.runs} alternating runs, --format list:")
        ratios = [timing(d, args.runs) for d in args.domains]
        if min(ratios) < 10:
            print("  below the 10x target")
    print("\nOK: every dnstwist name is in vigie's output or explained" if ok else "\nFAIL: unexplained misses above")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
