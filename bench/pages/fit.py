#!/usr/bin/env python3
"""Fits the risk model's weights (src/Vigie.Core/Scoring/RiskModel.cs) on the TUNING part of bench/pages' results.

    python3 bench/pages/fit.py artifacts/bench-pages-fetch.tsv

Reads the per-page evidence bench/pages/run.sh wrote (feature=value pairs), keeps the pages of the tuning split
only, and fits an L2-regularised logistic regression (Newton's method; plain Python, no numpy) of "kit page" on the
features the page itself shows. The features the bench constructs rather than observes (the look-alike name's match
score, its TLD, its MX record that every lab name has, the registration date that no lab name has) would teach
the model the bench's own set-up, so they are not fitted: their weights stay as set by hand in FIXED. Prints the
weights to copy into RiskModel.cs and the thresholds from the tuning pages: phishing from the probability that at
most 2% of legitimate pages reach, suspicious from the one that at most 6% reach.
"""
import math
import sys

FIXED = {"match": 1.0, "risky_tld": 0.5, "mx": 0.0, "new_domain": 1.0, "forbidden_address": 3.0, "download": 3.0}
# Kit fingerprints seen on fewer than RARE tuning pages cannot be fitted: they keep these weights, set by hand
# from the kit studies cited in KitFingerprintReader.cs (a chat-bot API in a sign-in page is a kit's drop), and
# for many_secrets from what "full-info" kits ask (card, SSN and security answers on one page; no legitimate
# tuning page asks for three kinds of secret at once).
PRIOR = {"exfiltration": 3.0, "anti_analysis": 1.0, "many_secrets": 1.5}
RARE = 5
FITTED = ["claim", "claim_and_harvest", "password", "card", "other_secret", "many_secrets", "two_step", "outside_forms",
          "posts_off_brand", "kit_script", "exfiltration", "obfuscated", "anti_analysis", "dead_links"]
L2 = 1.0


def rows(path):
    for line in open(path, encoding="utf-8"):
        cols = line.rstrip("\n").split("\t")
        features = dict((kv.split("=")[0], float(kv.split("=")[1])) for kv in cols[7].split(",") if kv)
        yield cols[3], cols[1] == "phishing", features


def solve(a, b):
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c] != 0:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(data):
    names = ["intercept"] + FITTED
    w = [0.0] * len(names)
    for _ in range(30):
        grad = [0.0] * len(w)
        hess = [[0.0] * len(w) for _ in w]
        for y, x, offset in data:
            z = offset + sum(wi * xi for wi, xi in zip(w, x))
            p = 1 / (1 + math.exp(-z))
            for i, xi in enumerate(x):
                grad[i] += (p - y) * xi
                for j, xj in enumerate(x):
                    hess[i][j] += p * (1 - p) * xi * xj
        for i in range(1, len(w)):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return dict(zip(names, w))


def main():
    global FITTED
    tune = [(kit, f) for split, kit, f in rows(sys.argv[1]) if split == "tune"]
    for name in [n for n in FITTED if sum(1 for _, f in tune if f.get(n)) < RARE]:
        FITTED.remove(name)
        FIXED[name] = PRIOR[name]
        print(f"{name:20} {PRIOR[name]:7.2f} (seen on fewer than {RARE} tuning pages: not fitted)")
    data = [(1.0 if kit else 0.0, [1.0] + [f.get(n, 0.0) for n in FITTED], sum(FIXED[n] * f.get(n, 0.0) for n in FIXED))
            for kit, f in tune]
    w = fit(data)
    probability = [1 / (1 + math.exp(-(offset + sum(w[n] * xi for n, xi in zip(["intercept"] + FITTED, x))))) for _, x, offset in data]
    legit = sorted((p for p, (y, _, _) in zip(probability, data) if y == 0), reverse=True)
    kits = [p for p, (y, _, _) in zip(probability, data) if y == 1]
    phishing_at = max(0.5, legit[int(len(legit) * 0.02)] + 1e-3)
    suspicious_at = min(phishing_at, max(0.2, legit[int(len(legit) * 0.06)] + 1e-3))
    for name, value in w.items():
        print(f"{name:20} {value:7.2f}")
    print(f"PhishingAt {phishing_at:.2f}  SuspiciousAt {suspicious_at:.2f}")
    print(f"tune: kits >= phishing {sum(p >= phishing_at for p in kits)}/{len(kits)}, legit >= phishing {sum(p >= phishing_at for p in legit)}/{len(legit)}, "
          f">= suspicious {sum(p >= suspicious_at for p in legit)}/{len(legit)}")


main()
