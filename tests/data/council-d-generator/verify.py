"""Check every gold snippet in ../eval/council_d.jsonl against its PDF's text (PyMuPDF).

Normalisation follows tests/data/eval README: NFKC, lower case, soft hyphens removed,
"word- word" joined, tokens = runs of [a-z0-9£%]. A snippet matches when its tokens occur
in order within a stretch of at most twice its token count. Reports whether each snippet
is found inside one text block (paragraph) or only across blocks (e.g. table cells).
"""
import json
import os
import re
import sys
import unicodedata

import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_DIR = os.path.join(HERE, "..", "council-d")
QFILE = os.path.join(HERE, "..", "eval", "council_d.jsonl")


STRICT = False  # also join "word-<newline>word", in case a scorer treats line breaks as spaces


def toks(s):
    s = unicodedata.normalize("NFKC", s).lower().replace("\u00ad", "")
    s = re.sub(r"(\w)-\s+(\w)" if STRICT else r"(\w)- (\w)", r"\1\2", s)
    return re.findall(r"[a-z0-9£%]+", s)


def matches(snip, text):
    st, tt = toks(snip), toks(text)
    lim = 2 * len(st)
    for i, t in enumerate(tt):
        if t != st[0]:
            continue
        j, k = i, 0
        while j < len(tt) and k < len(st) and j - i < lim:
            if tt[j] == st[k]:
                k += 1
            j += 1
        if k == len(st):
            return True
    return False


def main():
    docs = {}
    for f in os.listdir(PDF_DIR):
        if f.endswith(".pdf"):
            d = fitz.open(os.path.join(PDF_DIR, f))
            pages = [p.get_text() for p in d]
            blocks = [b[4] for p in d for b in p.get_text("blocks")]
            docs[f] = ("\n".join(pages), pages, blocks)
    bad = 0
    for line in open(QFILE, encoding="utf-8"):
        q = json.loads(line)
        for g in q["gold"]:
            full, pages, blocks = docs[g["doc"]]
            n = len(toks(g["snippet"]))
            where = ("block" if any(matches(g["snippet"], b) for b in blocks) else
                     "page" if any(matches(g["snippet"], p) for p in pages) else
                     "doc" if matches(g["snippet"], full) else "MISSING")
            flag = "" if where in ("block", "page") else "  <-- check"
            global STRICT
            STRICT = True
            if not matches(g["snippet"], full):
                flag += "  <-- fails if line-end hyphens are joined"
            STRICT = False
            if where == "MISSING":
                bad += 1
            print(f'{q["id"]} {q["kind"]:10s} {where:7s} {n:2d}t {g["doc"][:38]:38s} {g["snippet"][:60]}{flag}')
    print("missing:", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
