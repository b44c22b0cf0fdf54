#!/usr/bin/env python3
"""Merges written answers and their labels into the corpus files (see corpus/README.md).

usage: assemble.py WRITTEN_DIR LABELS_DIR WAVE SPLITS OUT
  WAVE    the wave suffix of the files to merge (e.g. w1, t)
  SPLITS  'train:dev' to split stories 3:1 by a hash of the story id, or one split name for all
  OUT     the corpus file to write (JSON Lines, sorted by id)
"""
import glob, hashlib, json, os, sys

written_dir, labels_dir, wave, splits, out = sys.argv[1:6]

def split_of(story):
    if ':' not in splits:
        return splits
    h = int(hashlib.sha256(story.encode()).hexdigest()[:8], 16)
    return 'dev' if h % 4 == 0 else 'train'

def spans(answer, quotes):
    out = []
    for q in quotes or []:
        q = q.strip()
        i = answer.find(q)
        if q and i >= 0:
            out.append({'start': i, 'end': i + len(q), 'quote': q})
        elif q:
            print(f'  quote not found, dropped: {q[:60]!r}', file=sys.stderr)
    return out

rows = []
for path in sorted(glob.glob(os.path.join(written_dir, f'*.{wave}.jsonl')) + glob.glob(os.path.join(written_dir, f'*.{wave}.shuffled.jsonl'))):
    for line in open(path, encoding='utf-8'):
        if line.strip():
            rows.append(json.loads(line))
labels = {}
for path in sorted(glob.glob(os.path.join(labels_dir, f'*.{wave}.jsonl'))):
    for line in open(path, encoding='utf-8'):
        if line.strip():
            l = json.loads(line)
            labels[l['id']] = l
records = []
for r in rows:
    l = labels.get(r['id'])
    if l is None:
        print(f'no label for {r["id"]}', file=sys.stderr)
        continue
    if l.get('refused'):
        label = {'refused': True, 'language': l.get('language')}
    else:
        label = {'refused': False, 'overall': l['overall'], 'level': l['level'],
                 'dimensions': {k: {'score': v['score'], 'evidence': spans(r['answer'], v.get('evidence'))}
                                for k, v in l['dimensions'].items()},
                 'flags': [{'key': f['key'], 'evidence': spans(r['answer'], f.get('evidence'))} for f in l.get('flags', [])],
                 'note': l.get('note')}
    rec = {'id': r['id'], 'storyId': r['storyId'], 'split': split_of(r['storyId']), 'competencyId': r['competencyId'],
           'question': r['question'], 'answer': r['answer'], 'class': r['class'], 'source': 'written'}
    for k in ('adversarialType', 'otherPrinciple', 'shuffledFrom', 'language', 'domain', 'seniority', 'nonNativeVoice'):
        if r.get(k) is not None:
            rec[k] = r[k]
    if r['class'] == 'pair':
        rec['pair'] = {'respect': r['pairRespect'], 'variant': r['pairVariant']}
    rec['label'] = label
    records.append(rec)
records.sort(key=lambda x: x['id'])
by_split = {}
for rec in records:
    by_split.setdefault(rec['split'], []).append(rec)
for split, recs in by_split.items():
    path = out.replace('{split}', split)
    with open(path, 'w', encoding='utf-8') as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + '\n')
    print(f'{path}: {len(recs)} answers')
