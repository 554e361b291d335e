import json, re, unicodedata, os, collections
from html.parser import HTMLParser
import pymupdf
C = "/tmp/council/corpus"
def toks(s):
    return re.findall(r"[a-z0-9£%]+", unicodedata.normalize("NFKC", s).lower())
class TP(HTMLParser):
    def __init__(s): super().__init__(); s.out=[]; s.skip=0
    def handle_starttag(s,t,a):
        if t in ("style","script","title"): s.skip+=1
    def handle_endtag(s,t):
        if t in ("style","script","title"): s.skip-=1
    def handle_data(s,d):
        if not s.skip: s.out.append(d)
def units(fn):
    p = os.path.join(C, fn)
    if fn.endswith(".pdf"):
        return [pg.get_text() for pg in pymupdf.open(p)]
    txt = open(p).read()
    if fn.endswith(".html"):
        tp = TP(); tp.feed(txt); txt = " ".join(tp.out)
    return [txt]
def find(st, ut):
    n = len(st)
    for i in range(len(ut)):
        if ut[i:i+n] == st: return "exact"
    for i, t in enumerate(ut):
        if t != st[0]: continue
        j, k = i, 0
        while j < len(ut) and j < i + 2*n and k < n:
            if ut[j] == st[k]: k += 1
            j += 1
        if k == n: return "window"
    return None
cache = {}
bad = 0; kinds = collections.Counter(); nsn = 0; ids=set()
for line in open("/tmp/council/questions.jsonl"):
    q = json.loads(line); kinds[q["kind"]] += 1; ids.add(q["id"])
    for gd in q["gold"]:
        nsn += 1
        if gd["doc"] not in cache: cache[gd["doc"]] = [toks(u) for u in units(gd["doc"])]
        st = toks(gd["snippet"])
        if not 5 <= len(st) <= 25: print("LEN", q["id"], len(st), gd["snippet"])
        res = [(pi+1, find(st, ut)) for pi, ut in enumerate(cache[gd["doc"]])]
        res = [r for r in res if r[1]]
        if not res:
            allt = sum(cache[gd["doc"]], [])
            print("  cross-page?", find(st, allt))
            bad += 1; print("FAIL", q["id"], gd["doc"], gd["snippet"])
        elif res[0][1] != "exact":
            print("window-only", q["id"], gd["doc"], res)
print("questions", len(ids), "snippets", nsn, "failures", bad, dict(kinds))
