#!/usr/bin/env python3
"""How well a second, blind labelling pass agrees with the corpus's labels, and the evaluator with both.

usage (from corpus/): agreement.py second-pass/labels.jsonl [held-out/VERSION.tsv.gz]
  The second pass holds labeller output (id, overall, level, dimensions, flags) for answers of train and dev, graded
  under the same labeller brief by helpers who saw neither the first labels nor the engine. The figures are the
  scoring evaluation's: Spearman and Pearson of overall, dimension QWK (mean over keys with 5 or more answers, and
  pooled), flag F1 (micro, we_without_i read as no_individual_contribution), level within one step; with a held-out
  file, the evaluator's held-out grades and flags on the same answers against each pass.
"""
import collections, gzip, json, math, sys

second = {}
for line in open(sys.argv[1], encoding='utf-8'):
    r = json.loads(line)
    second[r['id']] = r
first = {}
for split in ('train', 'dev'):
    for line in open(f'answers/{split}.jsonl', encoding='utf-8'):
        r = json.loads(line)
        if r['id'] in second:
            first[r['id']] = r['label']
ids = sorted(i for i in second if i in first and not second[i].get('refused') and not first[i].get('refused'))


def ranks(x):
    order = sorted(range(len(x)), key=lambda i: x[i])
    out = [0.0] * len(x)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and x[order[j + 1]] == x[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2
        i = j + 1
    return out


def pearson(a, b):
    ma, mb = sum(a) / len(a), sum(b) / len(b)
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    return cov / math.sqrt(sum((x - ma) ** 2 for x in a) * sum((y - mb) ** 2 for y in b))


def spearman(a, b):
    return pearson(ranks(a), ranks(b))


def qwk(pairs, k=3):
    n = len(pairs)
    seen = [[0] * k for _ in range(k)]
    for a, b in pairs:
        seen[a][b] += 1
    ra = [sum(seen[i]) for i in range(k)]
    rb = [sum(seen[i][j] for i in range(k)) for j in range(k)]
    num = sum((i - j) ** 2 * seen[i][j] for i in range(k) for j in range(k))
    den = sum((i - j) ** 2 * ra[i] * rb[j] / n for i in range(k) for j in range(k))
    return 1 - num / den if den else float('nan')


def flags(label):
    return {'no_individual_contribution' if f['key'] == 'we_without_i' else f['key'] for f in label.get('flags') or []}


def f1(reference, predicted):
    tp = sum(len(r & p) for r, p in zip(reference, predicted))
    fp = sum(len(p - r) for r, p in zip(reference, predicted))
    fn = sum(len(r - p) for r, p in zip(reference, predicted))
    return 2 * tp / (2 * tp + fp + fn), tp, fp, fn


levels = ['NONE', 'SDE1', 'SDE2', 'SENIOR', 'STAFF']
a = [first[i]['overall'] for i in ids]
b = [second[i]['overall'] for i in ids]
print(f'{len(ids)} answers graded by both passes')
print(f'overall: Spearman {spearman(a, b):.3f}, Pearson {pearson(a, b):.3f}, '
      f'the same grade {100 * sum(x == y for x, y in zip(a, b)) / len(ids):.1f}%, '
      f'within one {100 * sum(abs(x - y) <= 1 for x, y in zip(a, b)) / len(ids):.1f}%')
dims = collections.defaultdict(list)
for i in ids:
    for key, d in first[i]['dimensions'].items():
        other = (second[i].get('dimensions') or {}).get(key)
        if other is not None:
            dims[key].append((d['score'], max(0, min(2, other['score']))))
per_key = [q for q in (qwk(v) for v in dims.values() if len(v) >= 5) if q == q]
print(f'dimension QWK: mean {sum(per_key) / len(per_key):.3f} over {len(per_key)} keys, '
      f'pooled {qwk([p for v in dims.values() for p in v]):.3f}')
print('flag F1: %.3f (both %d, second only %d, first only %d)' % f1([flags(first[i]) for i in ids],
                                                                     [flags(second[i]) for i in ids]))
within = [abs(levels.index(first[i]['level']) - levels.index(second[i]['level'])) <= 1 for i in ids]
print(f'level within one step: {100 * sum(within) / len(within):.1f}%')
if len(sys.argv) > 2:
    opener = gzip.open if sys.argv[2].endswith('.gz') else open
    held = {}
    with opener(sys.argv[2], 'rt', encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            held[cols[0]] = (float(cols[3]), {k for k in cols[5].split(',') if k})
    common = [i for i in ids if i in held]
    grade = [held[i][0] for i in common]
    raised = [held[i][1] for i in common]
    for name, label in (('first', first), ('second', second)):
        print(f'evaluator held out ({sys.argv[2]}) on {len(common)} against the {name} pass: Spearman '
              f'{spearman([label[i]["overall"] for i in common], grade):.3f}, flag F1 '
              f'{f1([flags(label[i]) for i in common], raised)[0]:.3f}')
