"""Draw the fresh rejudging sample of EVALUATION.md (issue 11, end of session).

    python scripts/rejudge_sample.py --seed 1202005 --out /tmp/rj.json

Shuffles ../shared/data/corpus/news.jsonl with the seed, runs the pipeline on the first
40 articles and keeps one record at or above the default threshold from each, up to 20.
Print the sentences first, judge them, then look at the records.
"""
import json, random, sys
from newsbrief import extract_many
from newsbrief.settings import load_settings
import argparse
p=argparse.ArgumentParser(); p.add_argument("--seed",type=int,default=1202005); p.add_argument("--out",default="rejudge.json"); args=p.parse_args()
SEED=args.seed
rows=[json.loads(l) for l in open('/work/shared/data/corpus/news.jsonl')]
rng=random.Random(SEED); rng.shuffle(rows)
th=load_settings().threshold if hasattr(load_settings(),'threshold') else 0.35
out=[]
picked=rows[:40]
for r,a in zip(picked, extract_many([json.dumps(x) for x in picked], read_as="text", on_error="include")):
    if not hasattr(a,'events'): continue
    evs=[e for e in a.events if e.confidence>=th]
    if not evs: continue
    e=random.Random(SEED+len(out)).choice(evs)
    out.append({"id":r.get("id"),"start":e.evidence.start,"end":e.evidence.end,"sentence":e.evidence.text[:300],
      "type":e.type,"actor":[x.text+"/"+str(x.country) for x in e.actor],"recipient":[x.text+"/"+str(x.country) for x in e.recipient],"modality":e.modality,"conf":round(e.confidence,2)})
    if len(out)==20: break
json.dump(out,open(args.out,'w'))
print(th,len(out))
