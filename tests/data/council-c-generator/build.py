"""Build the Kelsborough Borough Council corpus into ../council-c/.

    pip install reportlab pyphen pillow pymupdf
    python3 build.py
"""
import os
import sys
sys.dont_write_bytecode = True  # keep the generator folder free of __pycache__
import shutil
import sys

import pymupdf

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT  # noqa: E402
import budget  # noqa: E402
import cabinet_reports  # noqa: E402
import other_reports  # noqa: E402
import minutes  # noqa: E402
import others  # noqa: E402

PACK_FILE = "kbc_cabinet_2025-03-12_agenda_pack.pdf"


def _centred(page, rect, text, font, size):
    """Write text centred in rect (baseline placed for a single line)."""
    tw = pymupdf.get_text_length(text, fontname=font, fontsize=size)
    x = rect.x0 + (rect.width - tw) / 2
    y = rect.y0 + (rect.height + size * 0.7) / 2
    page.insert_text((x, y), text, fontname=font, fontsize=size, color=(0, 0, 0))


def build_pack(out):
    tmp = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_build")
    os.makedirs(tmp, exist_ok=True)
    # items in the pack: (agenda item no., path of the separately published paper)
    papers = [(3, os.path.join(out, minutes.CAB_FEB_FILE))]
    papers += [(no, os.path.join(out, f)) for no, f, _fn, _t in cabinet_reports.REPORTS]

    front = os.path.join(tmp, "agenda_front.pdf")
    ranges = {no: (1, 1) for no, _ in papers}
    for _ in range(2):  # second pass with the real page ranges; front page count is stable
        others.make_agenda(front, ranges)
        n_front = len(pymupdf.open(front))
        start, ranges = n_front + 1, {}
        for no, path in papers:
            n = len(pymupdf.open(path))
            ranges[no] = (start, start + n - 1)
            start += n

    pack = pymupdf.open(front)
    firsts = {}
    for no, path in papers:
        firsts[len(pack)] = no
        src = pymupdf.open(path)
        pack.insert_pdf(src)
    # stamps
    for i, page in enumerate(pack):
        w, h = page.rect.width, page.rect.height
        if i == 0:
            r = pymupdf.Rect(36, 14, 196, 34)
            page.draw_rect(r, color=(0.3, 0.3, 0.3), fill=(0.88, 0.88, 0.88), width=0.6)
            _centred(page, r, "Public Document Pack", "hebo", 11)
        if i in firsts:
            r = pymupdf.Rect(w - 150, 6, w - 40, 26)
            page.draw_rect(r, color=(0, 0, 0), width=0.8)
            _centred(page, r, f"Agenda Item {firsts[i]}", "hebo", 11)
        _centred(page, pymupdf.Rect(0, h - 20, w, h - 6), f"Page {i + 1}", "helv", 9)
    pack.set_metadata({"title": "Cabinet 12 March 2025 - Public Document Pack",
                       "author": "Kelsborough Borough Council", "producer": "PyMuPDF"})
    pack.save(os.path.join(out, PACK_FILE), garbage=4, deflate=True)
    shutil.rmtree(tmp)
    return ranges


def main():
    if os.path.isdir(OUT):
        for f in os.listdir(OUT):
            os.remove(os.path.join(OUT, f))
    os.makedirs(OUT, exist_ok=True)
    budget.make(OUT)
    cabinet_reports.make_all(OUT)
    other_reports.make_all(OUT)
    minutes.make_all(OUT)
    others.make_letter(os.path.join(OUT, others.LETTER_FILE))
    others.make_html(os.path.join(OUT, others.HTML_FILE))
    ranges = build_pack(OUT)
    total = 0
    for f in sorted(os.listdir(OUT)):
        p = os.path.join(OUT, f)
        n = len(pymupdf.open(p)) if f.endswith(".pdf") else 0
        total += n
        print(f"{f:70s} {n:3d} pages {os.path.getsize(p) // 1024:5d} KB")
    print("pack ranges:", ranges)
    print("total PDF pages:", total)


if __name__ == "__main__":
    main()
