#!/usr/bin/env python3
"""Writes a sign-in log of about SIZE bytes for the decoy throughput bench (bench/README.md, "decoys").

Every line is the real Microsoft Graph signIn of tests/data/signin/entra/graph-v1.0-list-signins.json (one JSON
object per line, as a script exporting /auditLogs/signIns writes them), with its user, id, time and address
changed; HITS lines, spread through the file, name the given decoys instead of ordinary users.
usage: gen_signins.py OUT SIZE_BYTES DECOY [DECOY...]
"""
import json
import os
import random
import sys

out, size, decoys = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sample = json.load(open(os.path.join(root, "tests/data/signin/entra/graph-v1.0-list-signins.json")))["value"][0]
for key, mark in (("userPrincipalName", "@@USER@@"), ("id", "@@ID@@"), ("createdDateTime", "@@TIME@@"), ("ipAddress", "@@IP@@")):
    sample[key] = mark
template = json.dumps(sample, separators=(",", ":")) + "\n"
firsts = [l.strip().lower() for l in open(os.path.join(root, "src/Vigie.Decoys/Data/en-first.txt")) if l.strip()]
lasts = [l.strip().lower() for l in open(os.path.join(root, "src/Vigie.Decoys/Data/en-last.txt")) if l.strip()]
rng = random.Random(13)
lines = size // len(template)
hits = {rng.randrange(lines): d for d in decoys}
with open(out, "w", buffering=1 << 22) as f:
    for i in range(lines):
        user = hits.get(i) or f"{rng.choice(firsts)}.{rng.choice(lasts)}@en-marche.fr"
        f.write(template.replace("@@USER@@", user).replace("@@ID@@", f"{i:08x}-0000-4000-8000-000000000000")
                .replace("@@TIME@@", f"2026-11-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{i % 59:02d}Z")
                .replace("@@IP@@", f"198.51.{(i >> 8) & 255}.{i & 255}"))
print(f"{out}: {lines} lines, {len(hits)} decoy uses", file=sys.stderr)
