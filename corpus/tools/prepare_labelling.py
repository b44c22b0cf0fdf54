import json, sys, random, re, hashlib
# usage (from a working folder holding written/, tolabel/): prepare_labelling.py <card> <wave>
# Adds one shuffled copy of a strong story per card and wave, and writes the answers for the labellers
# without the writers' annotations, in a seeded random order.
card, wave = sys.argv[1], sys.argv[2]
src = f'written/{card}.{wave}.jsonl'
rows = [json.loads(l) for l in open(src) if l.strip()]
rng = random.Random(int(hashlib.sha256((card + wave).encode()).hexdigest()[:8], 16))
def split_sentences(t):
    return [s for s in re.split(r'(?<=[.!?])\s+', t.strip()) if s]
# one shuffled variant of a strong story per card and wave
cands = [r for r in rows if r['class'] in ('strong', 'plain_strong') and len(split_sentences(r['answer'])) >= 6]
extra = []
if cands:
    base = cands[0]
    sents = split_sentences(base['answer'])
    for _ in range(100):
        perm = list(range(len(sents))); rng.shuffle(perm)
        if sum(1 for i, p in enumerate(perm) if i == p) <= 1 and perm[0] != 0:
            break
    shuffled = dict(base)
    shuffled.update({'id': base['id'] + '-shuf', 'answer': ' '.join(sents[p] for p in perm), 'class': 'adversarial',
                     'adversarialType': 'shuffled', 'shuffledFrom': base['id']})
    extra.append(shuffled)
allrows = rows + extra
with open(f'written/{card}.{wave}.shuffled.jsonl', 'w') as f:
    for r in extra:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
order = list(range(len(allrows))); rng.shuffle(order)
with open(f'tolabel/{card}.{wave}.jsonl', 'w') as f:
    for i in order:
        r = allrows[i]
        f.write(json.dumps({'id': r['id'], 'competencyId': r['competencyId'], 'question': r['question'], 'answer': r['answer']}, ensure_ascii=False) + '\n')
print(card, wave, len(allrows))
