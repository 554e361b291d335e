"""Check every gold snippet in ../eval/council_b.jsonl against the corpus
with the scoring rule: NFKC + lower-case, soft hyphens removed, 'x- y'
joined, tokens = runs of [a-z0-9£%]; the snippet's tokens must occur in
order within a window of at most 2x the snippet token count, inside one
PDF page (or the tag-stripped HTML, or the whole text file).
Each snippet is checked twice: joining only hyphen+space, and also joining
hyphen+newline, so a pass does not depend on how line ends are treated."""
import html
import json
import os
import re
import sys
import unicodedata

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "council-b")
EVAL = os.path.join(HERE, "..", "eval", "council_b.jsonl")


def norm(text, newline_join):
    t = unicodedata.normalize("NFKC", text).lower().replace("\u00ad", "")
    t = re.sub(r"(\w)- (\w)", r"\1\2", t)
    if newline_join:
        t = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", t)
    return re.findall(r"[a-z0-9£%]+", t)


def passages(name):
    path = os.path.join(CORPUS, name)
    if name.endswith(".pdf"):
        return [p.get_text() for p in pymupdf.open(path)]
    raw = open(path, encoding="utf-8").read()
    if name.endswith(".html"):
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw))
    return [raw]


def found(snip, toks):
    n = len(snip)
    for i, t in enumerate(toks):
        if t != snip[0]:
            continue
        j, k = i, 0
        while j < len(toks) and k < n and j - i < 2 * n:
            if toks[j] == snip[k]:
                k += 1
            j += 1
        if k == n and j - i <= 2 * n:
            return True
    return False


def main():
    ok = bad = 0
    cache = {}
    for line in open(EVAL, encoding="utf-8"):
        q = json.loads(line)
        for gd in q["gold"]:
            doc, s = gd["doc"], gd["snippet"]
            if doc not in cache:
                cache[doc] = passages(doc)
            words = len(s.split())
            res = []
            for nl in (False, True):
                st = norm(s, nl)
                res.append(any(found(st, norm(p, nl)) for p in cache[doc]))
            if all(res) and 5 <= words <= 25:
                ok += 1
            else:
                bad += 1
                print(f"FAIL {q['id']} {doc} ({words} words) {res}: {s}")
    print(f"{ok} snippets pass, {bad} fail")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
