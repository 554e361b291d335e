"""Shared HTML helpers and CSS for the Ashmere District Council corpus.

Papers are written as HTML (as a web-based committee management system would
produce them) and printed to PDF with headless Chromium. Running headers and
footers use CSS @page margin boxes; "Agenda Item N" stamps in the agenda pack
use CSS named pages.
"""
import html
import os
import subprocess
import tempfile

COUNCIL = "Ashmere District Council"


def esc(s):
    return html.escape(s, quote=False)


def css(header_left, header_right="", footer_left=COUNCIL, extra=""):
    return f"""
@page {{
  size: A4;
  margin: 24mm 20mm 22mm 22mm;
  @top-left {{ content: "{header_left}"; font: 8.5pt Arial, sans-serif; color: #555; }}
  @top-right {{ content: "{header_right}"; font: 8.5pt Arial, sans-serif; color: #555; }}
  @bottom-left {{ content: "{footer_left}"; font: 8.5pt Arial, sans-serif; color: #555; }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font: 8.5pt Arial, sans-serif; color: #555; }}
}}
body {{ font-family: Arial, "Liberation Sans", sans-serif; font-size: 11pt; line-height: 1.38; color: #111; }}
h1 {{ font-size: 17pt; margin: 0 0 6pt 0; color: #1d3f6e; }}
h2 {{ font-size: 13pt; margin: 16pt 0 6pt 0; color: #1d3f6e; break-after: avoid; }}
h3 {{ font-size: 11.5pt; margin: 12pt 0 4pt 0; break-after: avoid; }}
p {{ margin: 0 0 7pt 0; }}
.np {{ display: flex; margin: 0 0 7pt 0; }}
.np .num {{ flex: 0 0 12mm; font-weight: normal; }}
.np .txt {{ flex: 1; }}
.np .txt p {{ margin: 0 0 5pt 0; }}
.li {{ display: flex; margin: 0 0 5pt 12mm; }}
.li .lab {{ flex: 0 0 9mm; }}
.li .txt {{ flex: 1; }}
table {{ border-collapse: collapse; margin: 4pt 0 10pt 0; font-size: 10pt; }}
table.grid th, table.grid td {{ border: 0.6pt solid #444; padding: 3pt 5pt; vertical-align: top; }}
table.grid th {{ background: #dfe7f1; text-align: left; }}
table.plain th, table.plain td {{ padding: 2pt 10pt 2pt 0; vertical-align: top; text-align: left; }}
table.plain th {{ border-bottom: 0.8pt solid #333; }}
td.n, th.n {{ text-align: right; }}
tr.tot td {{ font-weight: bold; border-top: 1.2pt solid #111; }}
tr.grp td {{ font-weight: bold; background: #f1f1f1; }}
thead {{ display: table-header-group; }}
tr {{ break-inside: avoid; }}
.caption {{ font-weight: bold; font-size: 10pt; margin: 8pt 0 2pt 0; }}
.front td {{ padding: 3pt 8pt 3pt 0; vertical-align: top; }}
.front td:first-child {{ font-weight: bold; width: 48mm; }}
.box {{ border: 1pt solid #1d3f6e; padding: 6pt 9pt; margin: 8pt 0; }}
.pb {{ break-before: page; }}
.small {{ font-size: 9pt; color: #333; }}
.q {{ margin: 10pt 0 4pt 0; font-weight: bold; }}
{extra}
"""


def page(title, body, style):
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>{style}</style></head><body>
{body}
</body></html>"""


def P(num, *texts):
    """Numbered paragraph: number hanging left, one or more paragraphs of text."""
    inner = "".join(f"<p>{t}</p>" for t in texts)
    return f'<div class="np"><span class="num">{num}</span><div class="txt">{inner}</div></div>'


def L(items, start="a"):
    """Lettered list items (a), (b), ..."""
    out = []
    for i, t in enumerate(items):
        lab = f"({chr(ord(start) + i)})"
        out.append(f'<div class="li"><span class="lab">{lab}</span><span class="txt">{t}</span></div>')
    return "".join(out)


def table(header, rows, cls="grid", num_cols=(), caption=None, tot_rows=(), grp_rows=(), widths=None):
    h = ""
    if caption:
        h += f'<div class="caption">{caption}</div>'
    h += f'<table class="{cls}">'
    if widths:
        h += "<colgroup>" + "".join(f'<col style="width:{w}">' for w in widths) + "</colgroup>"
    h += "<thead><tr>" + "".join(
        f'<th class="{"n" if i in num_cols else ""}">{c}</th>' for i, c in enumerate(header)) + "</tr></thead><tbody>"
    for r_i, r in enumerate(rows):
        rc = "tot" if r_i in tot_rows else ("grp" if r_i in grp_rows else "")
        h += f'<tr class="{rc}">' + "".join(
            f'<td class="{"n" if i in num_cols else ""}">{c}</td>' for i, c in enumerate(r)) + "</tr>"
    h += "</tbody></table>"
    return h


def front(rows):
    return '<table class="front">' + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows) + "</table>"


def print_pdf(html_text, out_pdf, keep_html_dir=None):
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "paper.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html_text)
        if keep_html_dir:
            os.makedirs(keep_html_dir, exist_ok=True)
            with open(os.path.join(keep_html_dir, os.path.basename(out_pdf)[:-4] + ".html"), "w", encoding="utf-8") as f:
                f.write(html_text)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf-no-header",
               "--no-pdf-header-footer", f"--print-to-pdf={os.path.abspath(out_pdf)}", "file://" + src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    # Lossless re-save with object streams: Chromium writes a tagged PDF with one
    # object per structure element, which is bulky. Text, layout and tags are unchanged.
    import fitz
    doc = fitz.open(out_pdf)
    data = doc.tobytes(garbage=1, deflate=True, use_objstms=1)
    doc.close()
    with open(out_pdf, "wb") as f:
        f.write(data)
