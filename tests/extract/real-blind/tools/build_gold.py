"""Writes SET/gold.json from SET/tools/annotations.py: evidence = the sentence (or line) of the article that
holds the snippet. Run from tests/extract/real-blind: python3 tools/build_gold.py set-5 (sets 3, 5, 6, 7, 8 and 9)."""
import json, os, re, sys
if len(sys.argv) != 2:
    sys.exit('usage: python3 tools/build_gold.py SET_FOLDER (e.g. set-5)')
HERE = os.path.join(os.path.abspath(sys.argv[1]), 'tools')
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(os.path.abspath(__file__)))  # gold_dsl.py, the annotations' notation
from annotations import ENTITIES, RELATIONS

TEXTS = os.path.join(HERE, '..', 'texts')
files = sorted(f for f in os.listdir(TEXTS) if f.endswith('.txt'))

ABBR = re.compile(r'(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|M|Mme|No|hon)\.)$')

def sentences(text):
    out = []
    for line in text.split('\n'):
        start = 0
        for m in re.finditer(r'[.!?]\s+(?=[A-ZÀ-Ý«“"])', line):
            if ABBR.search(line[start:m.start() + 1]):
                continue
            out.append(line[start:m.start() + 1]); start = m.end()
        out.append(line[start:])
    return [s for s in out if s.strip()]

names = {e['name'] for e in ENTITIES}
rels = []
for r in RELATIONS:
    art = next(f for f in files if f.startswith(r['art']))
    text = open(os.path.join(TEXTS, art), encoding='utf-8').read()
    hit = [s for s in sentences(text) if r['snippet'] in s]
    if not hit: sys.exit(f"{art}: snippet not found: {r['snippet']!r}")
    for k in ('source', 'target'):
        if r[k] not in names: sys.exit(f"{art}: unknown entity {r[k]!r}")
    out = {'source': r['source'], 'type': r['type'], 'target': r['target']}
    for k in ('role', 'amounts', 'jobs', 'optional'):
        if k in r: out[k] = r[k]
    out['article'] = art
    out['evidence'] = hit[0].strip()
    rels.append(out)

about = open(os.path.join(HERE, 'about.txt'), encoding='utf-8').read().strip()
gold = {
    'about': about,
    'entity_types': ['Company', 'Country', 'Region', 'Program', 'Person', 'Product', 'Organization'],
    'relation_types': ['INVESTS_IN', 'COMPETES_WITH', 'ROLE_AT', 'SUBSIDIARY_OF', 'ANNOUNCED_AT', 'LOCATED_IN', 'DEVELOPS', 'PARTNERS_WITH'],
    'symmetric': ['COMPETES_WITH', 'PARTNERS_WITH'],
    'entities': ENTITIES,
    'relations': rels,
}
with open(os.path.join(HERE, '..', 'gold.json'), 'w', encoding='utf-8') as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
    f.write('\n')
req = [r for r in rels if not r.get('optional')]
print(f"{len(ENTITIES)} entities ({sum(1 for e in ENTITIES if not e.get('optional'))} required), {len(rels)} relations ({len(req)} required)")
