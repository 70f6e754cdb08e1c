#!/usr/bin/python3
"""Captures what Debian's dnstwist (20221213) generates for a few labels, technique by technique, before its
own validity filter: the reference the generator tests compare against. Run from this folder:
    ./capture-dnstwist.py > dnstwist-labels.tsv
"""
import sys

sys.path.insert(0, "/usr/lib/python3/dist-packages")
import dnstwist  # noqa: E402

TECHNIQUES = ["addition", "bitsquatting", "cyrillic", "homoglyph", "hyphenation", "insertion", "omission",
              "repetition", "replacement", "subdomain", "transposition", "vowel_swap"]

print("# label\ttechnique\tvariant  (dnstwist " + dnstwist.__version__ + ", Fuzzer._<technique>())")
for domain in ["example.com", "en-marche.fr", "paypal.com"]:
    fuzzer = dnstwist.Fuzzer(domain)
    for technique in TECHNIQUES:
        for variant in sorted(set(getattr(fuzzer, "_" + technique)())):
            print(f"{fuzzer.domain}\t{technique.replace('_', '-')}\t{variant}")
