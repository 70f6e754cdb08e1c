#!/usr/bin/python3
"""Flag rates of `vigie match` and eth-phishing-detect, side by side, with eth-phishing-detect's own
15-brand fuzzylist as the watchlist (bench/README.md, "match").

usage: bench/match/quality.py [--min-score N]     (from the repository root; needs node and
       eth-phishing-detect 1.2.0 under /tmp/peers: npm install --prefix /tmp/peers eth-phishing-detect@1.2.0)

Prints, for both tools, the share flagged of: the metamask deny list (config.json "blacklist"), the
polkadot deny list 2020-2024, and the Umbrella top 50k (names under the watched domains themselves left
out). Then Vigie's shares at every score threshold, the table the default --min-score was chosen from.
"""
import json, os, shlex, subprocess, sys, tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
DATA = os.path.join(ROOT, '..', 'shared', 'data')
PEERS = os.environ.get('PEERS', '/tmp/peers/node_modules')
EPD_MATCH = os.path.join(ROOT, '..', 'shared', 'bench', 'epd_match.js')


def read_tsv_column(path, column):
    with open(path, encoding='utf-8') as f:
        next(f)
        return [line.rstrip('\n').split('\t')[column] for line in f if line.strip()]


def under(name, domains):
    return any(name == d or name.endswith('.' + d) for d in domains)


def ascii_form(name):
    """The name as Vigie prints it (A-labels), so that Unicode input lines can be found in its output."""
    name = name.strip().lower().rstrip('.')
    try:
        return name.encode('idna').decode('ascii') if not name.isascii() else name
    except UnicodeError:
        return name


def run_vigie(watchlist, names):
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False) as f:
        f.write('\n'.join(names) + '\n')
    # VIGIE="dotnet path/to/Vigie.Cli.dll" runs a JIT build instead of the launcher (quicker while tuning).
    vigie = shlex.split(os.environ['VIGIE']) if 'VIGIE' in os.environ else [os.path.join(ROOT, 'vigie')]
    out = subprocess.run([*vigie, 'match', '--watchlist', watchlist, '--input', f.name,
                          '--format', 'jsonl', '--min-score', '0'], capture_output=True, text=True, check=True)
    os.unlink(f.name)
    by_name = {}
    for line in out.stdout.splitlines():
        m = json.loads(line)
        by_name[m['name']] = m
    return {n: by_name[ascii_form(n)] for n in names if ascii_form(n) in by_name}


def run_epd(watch_txt, names):
    env = dict(os.environ, NODE_PATH=PEERS)
    out = subprocess.run(['node', EPD_MATCH, watch_txt, '2'], input='\n'.join(names) + '\n', capture_output=True,
                         text=True, check=True, env=env)
    return {json.loads(line)['name'] for line in out.stdout.splitlines()}


def main():
    # Peers and tools first (bench/setup.sh installs what is missing, as root).
    subprocess.run([os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "setup.sh")], check=True)
    min_score = int(sys.argv[sys.argv.index('--min-score') + 1]) if '--min-score' in sys.argv else None
    config = json.load(open(os.path.join(DATA, 'phishing', 'metamask', 'config.json'), encoding='utf-8'))
    fuzzy = config['fuzzylist']
    lists = {
        'metamask deny': [d.strip().lower() for d in config['blacklist'] if d.strip()],
        'polkadot deny 2020-2024': read_tsv_column(os.path.join(DATA, 'phishing', 'polkadot-deny-2020-2024.tsv'), 1),
        'umbrella top 50k': read_tsv_column(os.path.join(DATA, 'legit', 'umbrella-top-50k.tsv'), 1),
    }
    own = set(fuzzy) | {'.'.join(d.split('.')[-2:]) for d in fuzzy}
    lists['umbrella top 50k'] = [n for n in lists['umbrella top 50k'] if not under(n.lower(), own)]

    work = tempfile.mkdtemp(prefix='vigie-quality-')
    watch_yaml = os.path.join(work, 'watch.yaml')
    with open(watch_yaml, 'w') as f:
        f.write('organisation: eth-phishing-detect fuzzylist\ndomains:\n' + ''.join(f'  - {d}\n' for d in fuzzy))
    watch_txt = os.path.join(work, 'watch.txt')
    with open(watch_txt, 'w') as f:
        f.write('\n'.join(fuzzy) + '\n')

    if min_score is None:
        probe = subprocess.run([os.path.join(ROOT, 'vigie'), 'match', '--help'], capture_output=True, text=True).stdout
        default = [l for l in probe.splitlines() if '--min-score' in l]
        min_score = int(default[0].split('[default: ')[1].split(']')[0]) if default and '[default: ' in default[0] else 60

    # Vigie reads "launchpad.ethereum.org" as a sign that ethereum.org is the organisation's (docs/watchlist.md);
    # eth-phishing-detect compares the string "launchpad.ethereum". A second Vigie run without that entry shows
    # how much of Vigie's figure comes from watching ethereum.org.
    narrow_yaml = os.path.join(work, 'watch-narrow.yaml')
    with open(narrow_yaml, 'w') as f:
        f.write('domains:\n' + ''.join(f'  - {d}\n' for d in fuzzy if d != 'launchpad.ethereum.org'))

    results, narrow = {}, {}
    for label, names in lists.items():
        results[label] = (names, run_vigie(watch_yaml, names), run_epd(watch_txt, names))
        narrow[label] = run_vigie(narrow_yaml, names)

    print(f'watchlist: eth-phishing-detect 1.2.0 fuzzylist ({len(fuzzy)} domains); Vigie --min-score {min_score}; epd tolerance 2')
    print(f"{'list':<26}{'names':>8}{'Vigie flagged':>16}{'epd flagged':>16}{'ratio':>8}{'Vigie w/o launchpad':>22}{'ratio':>8}")
    for label, (names, vigie, epd) in results.items():
        v = sum(1 for n in names if n in vigie and vigie[n]['score'] >= min_score)
        w = sum(1 for n in names if n in narrow[label] and narrow[label][n]['score'] >= min_score)
        e = sum(1 for n in names if n in epd)
        ratio = f'{v / e:.3f}x' if e else '-'
        ratio_w = f'{w / e:.3f}x' if e else '-'
        print(f'{label:<26}{len(names):>8}{v:>7} {100 * v / len(names):7.3f}%{e:>7} {100 * e / len(names):7.3f}%{ratio:>8}'
              f'{w:>13} {100 * w / len(names):7.3f}%{ratio_w:>8}')

    print('\nVigie share flagged by score threshold (the default --min-score is chosen from this table):')
    print(f"{'min-score':>10}" + ''.join(f'{label[:22]:>24}' for label in results))
    for threshold in range(0, 101, 5):
        row = f'{threshold:>10}'
        for label, (names, vigie, _) in results.items():
            v = sum(1 for n in names if n in vigie and vigie[n]['score'] >= threshold)
            row += f'{100 * v / len(names):>23.2f}%'
        print(row)

    if '--show-legit' in sys.argv:
        names, vigie, _ = results['umbrella top 50k']
        for n in names:
            if n in vigie and vigie[n]['score'] >= min_score:
                print('legit flagged:', vigie[n]['score'], n, '|', vigie[n]['explanation'])


if __name__ == '__main__':
    main()
