#!/usr/bin/python3
"""The score calibration table: flag shares of `vigie match` and eth-phishing-detect on held-out names, with two
watchlists (bench/README.md, "match", "Calibration").

usage: bench/match/calibrate.py [--part held-out|tune] [--watchlist crypto|everyday] [--min-score N] [--no-also] [--show-legit] [--show WATCHLIST:LIST]
       (from the repository root; bench/setup.sh installs node and eth-phishing-detect 1.2.0 under /tmp/peers)

Watchlists: eth-phishing-detect's own 15-domain fuzzylist (`domains:`, as quality.py watches it) and
bench/match/everyday-brands.yaml (47 `services:` of big tech, mail, banks, delivery, telecoms, French public
services, each with the other registrable domains it declares under `also:`; --no-also leaves those out). Lists, read from ../shared/data: phishing/general/hosts.txt (PhishTank 2018-2019), the metamask deny
list, the polkadot deny list 2020-2024, and the Umbrella top 50k less the names under the watched domains.

Every list is split in two by a hash of each name (SHA-256, first byte even: tune; odd: held-out), the same split
for both tools and every run. Scores were tuned looking at the tune part only (--part tune --show-legit); the
table bench/README.md reports is the held-out part (the default). VIGIE=path runs another build of the CLI.
"""
import hashlib, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quality import DATA, ROOT, read_tsv_column, run_epd, run_vigie, under  # noqa: E402

import json  # noqa: E402

EVERYDAY = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'everyday-brands.yaml')


def part_of(name):
    return 'tune' if hashlib.sha256(name.encode('utf-8')).digest()[0] % 2 == 0 else 'held-out'


def read_lines(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip().lower() for line in f if line.strip()]


def read_umbrella(path):
    # No header line: rank<TAB>name.
    with open(path, encoding='utf-8') as f:
        return [line.rstrip('\n').split('\t')[1].lower() for line in f if line.strip()]


def yaml_services(path):
    """The services of a watchlist file written as everyday-brands.yaml is: "  - DOMAIN" or "  - domain: DOMAIN"."""
    items = [line.strip()[2:].strip() for line in open(path, encoding='utf-8') if line.startswith('  - ')]
    return [i.split(':', 1)[1].strip() if i.startswith('domain:') else i for i in items]


def yaml_also(path):
    """Every domain of the watchlist's "also:" lists."""
    lines = [line.strip() for line in open(path, encoding='utf-8') if line.strip().startswith('also:')]
    return [d.strip() for line in lines for d in line.split('[', 1)[1].rstrip(']').split(',') if d.strip()]


def without_also(path, work):
    """A copy of the watchlist without its "also:" lines."""
    copy = os.path.join(work, 'everyday-no-also.yaml')
    with open(copy, 'w', encoding='utf-8') as f:
        f.writelines(line for line in open(path, encoding='utf-8') if not line.strip().startswith('also:'))
    return copy


def registrable_guess(domain):
    """Enough for the watched names here: the last two labels, three under a second-level such as co.uk or gouv.fr."""
    labels = domain.split('.')
    return '.'.join(labels[-3:] if labels[-2] in ('co', 'com', 'gouv') else labels[-2:])


def is_tld_swap(name, watched):
    """The flagged name's registrable label is a watched label, under another ending (what the issue counts)."""
    labels = {registrable_guess(w).split('.')[0] for w in watched}
    return registrable_guess(name).split('.')[0] in labels


def main():
    subprocess.run([os.path.join(ROOT, 'bench', 'setup.sh')], check=True)
    part = sys.argv[sys.argv.index('--part') + 1] if '--part' in sys.argv else 'held-out'
    min_score = int(sys.argv[sys.argv.index('--min-score') + 1]) if '--min-score' in sys.argv else 60
    shows = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == '--show']
    if '--show-legit' in sys.argv:
        shows += ['everyday:umbrella', 'crypto:umbrella']

    config = json.load(open(os.path.join(DATA, 'phishing', 'metamask', 'config.json'), encoding='utf-8'))
    fuzzy = config['fuzzylist']
    work = tempfile.mkdtemp(prefix='vigie-calibrate-')
    crypto_yaml = os.path.join(work, 'crypto.yaml')
    with open(crypto_yaml, 'w') as f:
        f.write('organisation: eth-phishing-detect fuzzylist\ndomains:\n' + ''.join(f'  - {d}\n' for d in fuzzy))
    everyday = without_also(EVERYDAY, work) if '--no-also' in sys.argv else EVERYDAY
    watchlists = {'crypto': (crypto_yaml, fuzzy), 'everyday': (everyday, yaml_services(everyday))}

    lists = {
        'general': read_lines(os.path.join(DATA, 'phishing', 'general', 'hosts.txt')),
        'metamask': [d.strip().lower() for d in config['blacklist'] if d.strip()],
        'polkadot': read_tsv_column(os.path.join(DATA, 'phishing', 'polkadot-deny-2020-2024.tsv'), 1),
        'umbrella': read_umbrella(os.path.join(DATA, 'legit', 'umbrella-top-50k.tsv')),
    }
    lists = {label: [n for n in names if part_of(n) == part] for label, names in lists.items()}

    print(f'part: {part}; Vigie --min-score {min_score} (' + os.environ.get('VIGIE', './vigie') + '); '
          'eth-phishing-detect 1.2.0, tolerance 2, the same watched domains as fuzzylist and whitelist')
    print(f"{'watchlist':<10}{'list':<10}{'names':>8}{'Vigie flagged':>18}{'epd flagged':>18}{'ratio':>9}{'TLD swaps':>11}")
    for wl_label, (yaml, watched) in watchlists.items():
        if '--watchlist' in sys.argv and sys.argv[sys.argv.index('--watchlist') + 1] != wl_label:
            continue
        watch_txt = os.path.join(work, wl_label + '.txt')
        with open(watch_txt, 'w') as f:
            f.write('\n'.join(watched) + '\n')
        # The watchlist's own domains (a service's "also:" ones too) are left out of the legitimate list: never reported.
        own = set(watched) | {registrable_guess(d) for d in watched} | set(yaml_also(yaml))
        for label, names in lists.items():
            if label == 'umbrella':
                names = [n for n in names if not under(n, own)]
            vigie = {n: m for n, m in run_vigie(yaml, names).items() if m['score'] >= min_score}
            epd = run_epd(watch_txt, names)
            v, e = len(vigie), len(epd)
            swaps = sum(1 for n in vigie if is_tld_swap(n, watched))
            ratio = f'{v / e:.2f}x' if e else '-'
            print(f'{wl_label:<10}{label:<10}{len(names):>8}{v:>8} {100 * v / len(names):7.3f}%{e:>8} {100 * e / len(names):7.3f}%'
                  f'{ratio:>9}{swaps:>11}')
            if f'{wl_label}:{label}' in shows:
                for n, m in sorted(vigie.items(), key=lambda kv: (-kv[1]['score'], kv[0])):
                    print(f'    {m["score"]:>3} {n} -> {m["target"]} | {m["explanation"]}')


if __name__ == '__main__':
    main()
