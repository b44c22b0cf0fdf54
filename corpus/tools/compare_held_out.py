#!/usr/bin/env python3
"""Compares held-out grade files (written by `train --held-out FILE.tsv`) on the answers every file holds out.

usage: compare_held_out.py SHIPPED.tsv[.gz] CANDIDATE.tsv[.gz] [MORE.tsv...]
  Each file holds, per answer, the grade (to three decimals) and flags predicted by models that never saw its wave, as
  a candidate would be shown them: after the engine's checks (told out of order, a story for another principle, a
  number that cannot be true, no story), each read by models or exemplars without the answer's wave. The figures the
  shipping rule reads (SCORING.md) are printed per file on the answers all files grade: Spearman of the grade against
  the label (tied ranks averaged), flag F1 (micro, every labelled key against every raised one, as the report counts
  it), same-story pairs whose better telling is graded strictly higher, and adversarial answers over 2.0; then the
  pairs by respect and the adversarial answers by class. A file with the seventh column (the grade before the checks)
  also has its adversarial answers over 2.0 before the checks printed. Stories are looked up in the corpus's answers/.
"""
import csv, glob, gzip, json, math, os, sys
from collections import defaultdict

CORPUS = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STORY = {}
for path in sorted(glob.glob(os.path.join(CORPUS, 'answers', '*.jsonl'))):
    with open(path, encoding='utf-8') as f:
        for line in f:
            a = json.loads(line)
            STORY[a['id']] = a.get('storyId')


def load(path):
    opened = gzip.open(path, 'rt', encoding='utf-8') if path.endswith('.gz') else open(path, encoding='utf-8')
    rows = {}
    with opened as f:
        reader = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if not row:
                continue
            row += [''] * (7 - len(row))
            rows[row[0]] = dict(group=row[1], label=float(row[2]) if row[2] else None, grade=float(row[3]),
                                before=float(row[6]) if row[6] else None,
                                labelled=set(filter(None, row[4].split(','))),
                                raised=set(filter(None, row[5].split(','))))
    return rows


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1  # ties share their mean rank
        i = j + 1
    return out


def share(part, whole):
    return part / whole if whole else math.nan


def spearman(x, y):
    if len(x) < 2:
        return math.nan
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    return share(cov, (sum((a - mx) ** 2 for a in rx) * sum((b - my) ** 2 for b in ry)) ** 0.5)


def figures(rows, graded):
    tp = fp = fn = 0
    for i in graded:
        r = rows[i]
        tp += len(r['labelled'] & r['raised'])
        fp += len(r['raised'] - r['labelled'])
        fn += len(r['labelled'] - r['raised'])
    tellings = defaultdict(dict)  # (respect, story) -> 'better' or 'worse' -> grade
    adversarial = defaultdict(lambda: [0, 0])
    before = [0, 0]
    for i in graded:
        group = rows[i]['group']
        if group.startswith('pair/') and STORY.get(i):
            _, respect, variant = group.split('/', 2)
            tellings[(respect, STORY[i])]['better' if variant == 'better' else 'worse'] = rows[i]['grade']
        if group.startswith('adversarial/'):
            adversarial[group[len('adversarial/'):]][0] += rows[i]['grade'] > 2.0
            adversarial[group[len('adversarial/'):]][1] += 1
            if rows[i]['before'] is not None:
                before[0] += rows[i]['before'] > 2.0
                before[1] += 1
    pairs = defaultdict(lambda: [0, 0])
    for (respect, _), t in tellings.items():
        if 'better' in t and 'worse' in t:
            pairs[respect][0] += t['better'] > t['worse']
            pairs[respect][1] += 1
    return dict(graded=len(graded), spearman=spearman([rows[i]['label'] for i in graded],
                                                      [rows[i]['grade'] for i in graded]),
                f1=share(2 * tp, 2 * tp + fp + fn), pairs=pairs, adversarial=adversarial, before=before)


def total(counts):
    return sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())


def main(paths):
    if len(paths) < 2:
        sys.exit(__doc__)
    if not STORY:
        sys.exit(f'no answers under {CORPUS}/answers: the pairs need their story ids')
    files = [load(p) for p in paths]
    common = sorted(set.intersection(*({i for i, r in f.items() if r['label'] is not None} for f in files)))
    differ = sum(1 for i in common if len({(f[i]['label'], f[i]['group']) for f in files}) > 1)
    print(f'answers every file grades: {len(common)}' + (f' ({differ} labelled or classed differently)' if differ else ''))
    figs = [figures(f, common) for f in files]
    for path, f in zip(paths, figs):
        (po, pn), (ao, an) = total(f['pairs']), total(f['adversarial'])
        print(f"{path}: graded {f['graded']}, Spearman {f['spearman']:.4f}, flag F1 {f['f1']:.4f}, "
              f"pairs {po} of {pn} ({share(po, pn):.4f}), adversarial over 2.0 {ao} of {an} ({share(ao, an):.4f})"
              + (f", before the checks {f['before'][0]} of {f['before'][1]}" if f['before'][1] else ''))
    for name, key in (('pairs ordered by respect', 'pairs'), ('adversarial over 2.0 by class', 'adversarial')):
        print(name + ' (' + ' / '.join(paths) + '):')
        for k in sorted(set().union(*(f[key] for f in figs))):
            print(f'  {k}: ' + ' / '.join(f'{f[key][k][0]} of {f[key][k][1]}' if k in f[key] else '-' for f in figs))


if __name__ == '__main__':
    main(sys.argv[1:])
