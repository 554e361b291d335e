"""Build the Wexcombe District Council corpus into ../council-b/.

Requires python-docx, PyMuPDF and LibreOffice (soffice) on PATH.
Run: python3 build.py
"""
import os
import shutil

import pymupdf

import cabinet_reports
import minutes
import other_reports
import others
from common import BUILD, OUT, to_pdf


def stamp_pack(parts, out_path):
    """Concatenate PDFs; stamp 'Agenda Item N' on each paper's first page
    and a running 'Page N' at the foot of every page."""
    pack = pymupdf.open()
    for path, item in parts:
        src = pymupdf.open(path)
        start = pack.page_count
        pack.insert_pdf(src)
        if item:
            pg = pack[start]
            w = pg.rect.width
            r = pymupdf.Rect(w - 190, 6, w - 30, 26)
            pg.draw_rect(r, color=(0, 0, 0), width=0.8)
            pg.insert_text((w - 160, 21), f"Agenda Item {item}",
                           fontname="hebo", fontsize=11)
    for i, pg in enumerate(pack, 1):
        w, h = pg.rect.width, pg.rect.height
        label = f"Page {i}"
        tw = pymupdf.get_text_length(label, fontname="helv", fontsize=9)
        pg.insert_text(((w - tw) / 2, h - 8), label, fontname="helv",
                       fontsize=9)
    pack.set_metadata({"title": "Cabinet 5 February 2025 - Agenda pack",
                       "author": "Wexcombe District Council"})
    pack.save(out_path, garbage=3, deflate=True)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    docs = [
        cabinet_reports.housing_allocations(),
        cabinet_reports.fees_and_charges(),
        other_reports.scrutiny_car_parking(),
        other_reports.planning_pellford_mill(),
        minutes.cabinet_jan(),
        minutes.cabinet_feb(),
        minutes.planning_jan(),
        others.council_tax_leaflet(),
    ]
    to_pdf(docs)
    others.decision_html()
    others.members_questions_txt()

    # Agenda pack: agenda front pages + three papers published separately.
    pdf = lambda n: os.path.join(OUT, n + ".pdf")
    papers = [("minutes", pdf("wdc_cabinet_2025-01-08_minutes"), 3),
              ("housing", pdf("wdc_cabinet_2025-02-05_housing_allocations_policy"), 6),
              ("fees", pdf("wdc_cabinet_2025-02-05_fees_and_charges_2025-26"), 7)]
    agenda_pages = 2
    for _ in range(3):  # iterate until agenda length is stable
        pages, n = {}, agenda_pages + 1
        for key, path, _item in papers:
            c = pymupdf.open(path).page_count
            pages[key] = (n, n + c - 1)
            n += c
        ag = others.cabinet_agenda(pages)
        to_pdf_dir = os.path.join(BUILD, "agenda")
        os.makedirs(to_pdf_dir, exist_ok=True)
        import subprocess
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf",
                        "--outdir", to_pdf_dir, ag], check=True,
                       stdout=subprocess.DEVNULL)
        ag_pdf = os.path.join(to_pdf_dir, os.path.basename(ag)[:-5] + ".pdf")
        got = pymupdf.open(ag_pdf).page_count
        if got == agenda_pages:
            break
        agenda_pages = got
    stamp_pack([(ag_pdf, None)] + [(p, i) for _k, p, i in papers],
               pdf("wdc_cabinet_2025-02-05_agenda_pack"))

    shutil.rmtree(BUILD, ignore_errors=True)  # intermediate .docx files
    total = 0
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".pdf"):
            n = pymupdf.open(os.path.join(OUT, f)).page_count
            total += n
            print(f"{n:3d}  {f}")
        else:
            print(f"  -  {f}")
    print("total PDF pages:", total)


if __name__ == "__main__":
    main()
