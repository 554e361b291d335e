"""Check every gold snippet of ../eval/council_c.jsonl against the corpus text.

Text source: plain PyMuPDF page.get_text() for PDFs; visible text for the HTML page; for the
scanned letter (an image with no text layer) the text that was rendered into the image
(others.letter_text()).

Matching follows ../eval/README.md: NFKC, lower case, soft hyphens removed, "word- word" joined,
tokens = runs of [a-z0-9£%]; the snippet's tokens must appear in order within a stretch of at
most twice the snippet's token count.

A snippet must pass (1) on a single page, and (2) in both readings of a hyphen at a line end
(joined as "word- word", or left split), so that it never depends on how a reader treats
ReportLab's hyphenation. It must also pass on the whole document text joined over pages.
"""
import html
import json
import os
import sys
sys.dont_write_bytecode = True  # keep the generator folder free of __pycache__
import re
import sys
import unicodedata
from html.parser import HTMLParser

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPUS = os.path.normpath(os.path.join(HERE, "..", "council-c"))
QFILE = os.path.normpath(os.path.join(HERE, "..", "eval", "council_c.jsonl"))
TOK = re.compile(r"[a-z0-9£%]+")


def norm_tokens(text, join_linebreak):
    t = unicodedata.normalize("NFKC", text).lower().replace("\u00ad", "")
    if join_linebreak:
        t = re.sub(r"(\w)-\s+(\w)", r"\1\2", t)      # any whitespace, including a line break
    else:
        t = re.sub(r"(\w)- +(\w)", r"\1\2", t)       # only a literal space
    return TOK.findall(t)


def matches(snippet_toks, toks):
    n = len(snippet_toks)
    limit = 2 * n
    first = snippet_toks[0]
    for i, tk in enumerate(toks):
        if tk != first:
            continue
        j, k = i + 1, 1
        while k < n and j < len(toks) and j - i < limit:
            if toks[j] == snippet_toks[k]:
                k += 1
            j += 1
        if k == n and j - i <= limit:
            return True
    return False


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self._skip -= 1
        elif tag in ("p", "li", "tr", "h1", "h2", "div"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def pages_of(doc_name):
    path = os.path.join(CORPUS, doc_name)
    if doc_name.endswith(".html"):
        p = _Visible()
        p.feed(open(path, encoding="utf-8").read())
        return [html.unescape("".join(p.parts))], "html visible text"
    import others
    if doc_name == others.LETTER_FILE:
        d = pymupdf.open(path)
        assert len(d) == 1 and not d[0].get_text().strip(), "scanned letter should have no text layer"
        return [others.letter_text()], "rendered text of the scanned image"
    d = pymupdf.open(path)
    return [pg.get_text() for pg in d], "pymupdf get_text"


def main():
    cache = {}
    bad = 0
    n = 0
    for line in open(QFILE, encoding="utf-8"):
        q = json.loads(line)
        for gd in q["gold"]:
            n += 1
            if gd["doc"] not in cache:
                cache[gd["doc"]] = pages_of(gd["doc"])
            pages, how = cache[gd["doc"]]
            st = norm_tokens(gd["snippet"], True)
            ok_modes = []
            for join in (True, False):
                page_hit = [i + 1 for i, pg in enumerate(pages) if matches(st, norm_tokens(pg, join))]
                whole = matches(st, norm_tokens("\n".join(pages), join))
                ok_modes.append((bool(page_hit) and whole, page_hit))
            ok = all(m[0] for m in ok_modes)
            words = len(gd["snippet"].split())
            status = "ok  " if ok else "FAIL"
            if not ok:
                bad += 1
            extra = "" if 5 <= words <= 15 else f"  [{words} words]"
            print(f"{status} {q['id']} {gd['doc'][:48]:48s} p{ok_modes[0][1]} ({how}){extra}: {gd['snippet']}")
    print(f"\n{n} snippets, {bad} failing")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
