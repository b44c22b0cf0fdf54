#!/usr/bin/env python3
"""Folds spent test waves into train and dev by story (see corpus/README.md, "Adding to it").

usage (from corpus/): fold.py SPENT.jsonl [SPENT.jsonl ...]
  Each answer goes to dev when a hash of its story id falls in one quarter, else to train: the rule assemble.py
  splits new waves by, so every variant of a story lands in one split. train.jsonl and dev.jsonl stay sorted by id;
  an id already in either is refused. The spent files are left as they are, to be replaced by the next test waves.
"""
import hashlib, json, sys


def split_of(story):
    h = int(hashlib.sha256(story.encode()).hexdigest()[:8], 16)
    return 'dev' if h % 4 == 0 else 'train'


def lines(path):
    with open(path, encoding='utf-8') as f:
        return [l if l.endswith('\n') else l + '\n' for l in f if l.strip()]


corpus = {s: lines(f'answers/{s}.jsonl') for s in ('train', 'dev')}
known = {json.loads(l)['id'] for ls in corpus.values() for l in ls}
added = {'train': 0, 'dev': 0}
for path in sys.argv[1:]:
    for line in lines(path):
        r = json.loads(line)
        if r['id'] in known:
            sys.exit(f'{r["id"]} is already in train or dev')
        known.add(r['id'])
        r['split'] = split_of(r['storyId'])
        corpus[r['split']].append(json.dumps(r, ensure_ascii=False) + '\n')
        added[r['split']] += 1
for s, ls in corpus.items():
    ls.sort(key=lambda l: json.loads(l)['id'])
    with open(f'answers/{s}.jsonl', 'w', encoding='utf-8') as f:
        f.writelines(ls)
    print(f'{s}: {len(ls)} answers ({added[s]} folded in)')
