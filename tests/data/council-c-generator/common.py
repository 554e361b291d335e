"""House style for Kelsborough Borough Council papers, set with ReportLab Platypus.

Everything here is generic: page templates with a running header (onPage), a
"Page X of Y" footer (two-pass canvas), footnotes drawn at the foot of the page on
which their mark falls (onPageEnd), justified body text with optional
hyphenation, numbered paragraphs with a hanging indent, front-sheet tables and
figure tables.
"""
import os
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, NextPageTemplate, Flowable,
                                KeepTogether, CondPageBreak)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "council-c"))

COUNCIL = "Kelsborough Borough Council"
ADDRESS = "Civic Centre, Castle Street, Kelsborough KB1 2AA"
GREY = colors.HexColor("#D9D9D9")
LIGHT = colors.HexColor("#EFEFEF")
DARK = colors.HexColor("#1F3864")

FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

# ---------------------------------------------------------------- styles

def _style(name, **kw):
    base = dict(fontName=FONT, fontSize=12, leading=16, spaceAfter=7, alignment=TA_JUSTIFY)
    base.update(kw)
    return ParagraphStyle(name, **base)

BODY = _style("body")
BODY_H = _style("body_h", hyphenationLang="en_GB")          # hyphenating variant
BODY_L = _style("body_l", alignment=TA_LEFT)
TITLE = _style("title", fontName=BOLD, fontSize=16, leading=20, alignment=TA_LEFT, spaceAfter=10,
               textColor=DARK)
SUBTITLE = _style("subtitle", fontName=BOLD, fontSize=12, leading=15, alignment=TA_LEFT, spaceAfter=8)
H1 = _style("h1", fontName=BOLD, fontSize=12.5, leading=16, alignment=TA_LEFT, spaceBefore=8,
            spaceAfter=5, leftIndent=12 * mm, bulletIndent=0, bulletFontName=BOLD,
            bulletFontSize=12.5, keepWithNext=1)
H2 = _style("h2", fontName=BOLD, fontSize=12, leading=16, alignment=TA_LEFT, spaceBefore=4,
            spaceAfter=4, keepWithNext=1)
HPLAIN = _style("hplain", fontName=BOLD, fontSize=12.5, leading=16, alignment=TA_LEFT,
                spaceBefore=8, spaceAfter=5, keepWithNext=1)
NUM = _style("num", leftIndent=12 * mm, bulletIndent=0, bulletFontName=FONT, bulletFontSize=12)
NUM_H = _style("num_h", leftIndent=12 * mm, bulletIndent=0, bulletFontName=FONT,
               bulletFontSize=12, hyphenationLang="en_GB")
SUB = _style("sub", leftIndent=24 * mm, bulletIndent=13 * mm, bulletFontName=FONT,
             bulletFontSize=12, spaceAfter=4)
BUL = _style("bul", leftIndent=18 * mm, bulletIndent=13 * mm, bulletFontName=FONT,
             bulletFontSize=12, spaceAfter=3, alignment=TA_LEFT)
CELL = _style("cell", fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_LEFT)
CELL_B = _style("cell_b", fontName=BOLD, fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_LEFT)
CELL_R = _style("cell_r", fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_RIGHT)
CELL_RB = _style("cell_rb", fontName=BOLD, fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_RIGHT)
CELL_C = _style("cell_c", fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_CENTER)
CELL_CB = _style("cell_cb", fontName=BOLD, fontSize=10, leading=12.5, spaceAfter=0, alignment=TA_CENTER)
FS = _style("fs", fontSize=11, leading=14, spaceAfter=0, alignment=TA_LEFT)
FS_B = _style("fs_b", fontName=BOLD, fontSize=11, leading=14, spaceAfter=0, alignment=TA_LEFT)
SMALL = _style("small", fontSize=8.5, leading=10.5, spaceAfter=2, alignment=TA_LEFT)
CAPTION = _style("caption", fontName=BOLD, fontSize=11, leading=14, alignment=TA_LEFT,
                 spaceBefore=4, spaceAfter=4, keepWithNext=1)


def P(text, style=BODY):
    return Paragraph(text, style)


def N(num, text, hyph=False):
    """Numbered paragraph, number hanging in the left margin of the text block."""
    return Paragraph(text, NUM_H if hyph else NUM, bulletText=num)


def H(num, text):
    return Paragraph(text, H1, bulletText=num)


def sub(label, text):
    return Paragraph(text, SUB, bulletText=label)


def bullets(items):
    return [Paragraph(t, BUL, bulletText="\u2022") for t in items]


def money(v, dp=0):
    """£000 figures: thousands separators, negatives in brackets, nil as a dash."""
    if v is None:
        return ""
    if abs(v) < 0.5 * 10 ** (-dp):
        return "-"
    s = f"{abs(v):,.{dp}f}"
    return f"({s})" if v < 0 else s


# ---------------------------------------------------------------- footnotes

class FootnoteMark(Flowable):
    """Zero-size flowable: registers a footnote for the page it is drawn on."""

    def __init__(self, mark, text):
        super().__init__()
        self.mark, self.text = mark, text
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        doc = self.canv._doctemplate
        doc._footnotes.setdefault(self.canv.getPageNumber(), []).append((self.mark, self.text))


# ---------------------------------------------------------------- document

class _NumberedCanvas(rl_canvas.Canvas):
    """Saves every page so that "Page X of Y" can be drawn once Y is known."""
    footer_left = ""
    footer_fmt = "Page {x} of {y}"

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        y = len(self._saved)
        for st in self._saved:
            self.__dict__.update(st)
            if self.footer_fmt:
                w, _h = self._pagesize
                self.setFont(FONT, 8.5)
                self.setFillColor(colors.black)
                txt = self.footer_fmt.format(x=self._pageNumber, y=y)
                if self.footer_left:
                    self.drawString(20 * mm, 12 * mm, self.footer_left)
                    self.drawRightString(w - 20 * mm, 12 * mm, txt)
                else:
                    self.drawCentredString(w / 2, 12 * mm, txt)
            super().showPage()
        super().save()


class CouncilDoc(BaseDocTemplate):
    """Portrait template 'P' and landscape template 'L', both with header and footnotes."""

    def __init__(self, path, header, title="", author=COUNCIL, footer_left="",
                 footer_fmt="Page {x} of {y}", first_header=True, **kw):
        self.header = header
        self.first_header = first_header
        self._footnotes = {}
        self.footer_left = footer_left
        self.footer_fmt = footer_fmt
        super().__init__(path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                         topMargin=24 * mm, bottomMargin=26 * mm, title=title, author=author,
                         creator="ReportLab PDF Library - www.reportlab.com", **kw)
        pw, ph = A4
        fp = Frame(22 * mm, 26 * mm, pw - 44 * mm, ph - 50 * mm, id="fp",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        lw, lh = landscape(A4)
        fl = Frame(18 * mm, 24 * mm, lw - 36 * mm, lh - 46 * mm, id="fl",
                   leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([
            PageTemplate("P", [fp], onPage=self._on_page, onPageEnd=self._on_page_end, pagesize=A4),
            PageTemplate("L", [fl], onPage=self._on_page, onPageEnd=self._on_page_end,
                         pagesize=landscape(A4)),
        ])

    def _on_page(self, canv, doc):
        canv._doctemplate = self
        w, h = canv._pagesize
        if canv.getPageNumber() == 1 and not self.first_header:
            return
        canv.saveState()
        canv.setFont(FONT, 8.5)
        canv.setFillColor(colors.HexColor("#404040"))
        canv.drawString(20 * mm, h - 13 * mm, self.header)
        canv.setStrokeColor(colors.HexColor("#808080"))
        canv.setLineWidth(0.5)
        canv.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
        canv.restoreState()

    def _on_page_end(self, canv, doc):
        notes = self._footnotes.get(canv.getPageNumber())
        if not notes:
            return
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(22 * mm, 23 * mm, 70 * mm, 23 * mm)
        y = 19.5 * mm
        for mark, text in notes:
            canv.setFont(FONT, 6)
            canv.drawString(22 * mm, y + 2, mark)
            canv.setFont(FONT, 7.5)
            canv.drawString(24.5 * mm, y, text)
            y -= 3.5 * mm
        canv.restoreState()


def build(path, story, header, **kw):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    doc = CouncilDoc(path, header, **kw)
    cls = type("NC", (_NumberedCanvas,), {"footer_left": doc.footer_left,
                                           "footer_fmt": doc.footer_fmt})
    doc.build(story, canvasmaker=cls)
    return path


# ---------------------------------------------------------------- tables

def front_sheet(rows):
    """Report front sheet: bold label column, value column, full grid."""
    data = [[P(k, FS_B), P(v, FS)] for k, v in rows]
    t = Table(data, colWidths=[48 * mm, None], hAlign="LEFT")
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return t


def fig_table(header_rows, rows, col_widths, bold_rows=(), num_cols=None, repeat=None,
              spans=(), extra_style=(), zebra=False, first_col_style=CELL, font_size=None):
    """A figures table. header_rows: list of lists of strings (rendered bold, centred);
    rows: list of lists (str or numbers, numbers already formatted as str);
    bold_rows: indexes into rows; num_cols: set of column indexes right-aligned."""
    ncols = len(col_widths)
    num_cols = set(range(1, ncols)) if num_cols is None else set(num_cols)
    data = []
    for hr in header_rows:
        data.append([P(c, CELL_CB) if c else "" for c in hr])
    for i, r in enumerate(rows):
        b = i in bold_rows
        line = []
        for j, c in enumerate(r):
            if j in num_cols:
                line.append(P(c, CELL_RB if b else CELL_R))
            else:
                line.append(P(c, CELL_B if b else first_col_style))
        data.append(line)
    nh = len(header_rows)
    t = Table(data, colWidths=col_widths, repeatRows=nh if repeat is None else repeat,
              hAlign="LEFT")
    st = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#606060")),
        ("BACKGROUND", (0, 0), (-1, nh - 1), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, nh - 1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in bold_rows:
        st.append(("BACKGROUND", (0, nh + i), (-1, nh + i), LIGHT))
    if zebra:
        for i in range(len(rows)):
            if i % 2 and i not in bold_rows:
                st.append(("BACKGROUND", (0, nh + i), (-1, nh + i), colors.HexColor("#F7F7F7")))
    for sp in spans:
        st.append(("SPAN",) + tuple(sp))
    st.extend(extra_style)
    t.setStyle(TableStyle(st))
    return t


def signature_block(name, title, date=None):
    out = [Spacer(1, 4 * mm), P(f"<b>{name}</b><br/>{title}", BODY_L)]
    if date:
        out.append(P(date, BODY_L))
    return out


__all__ = [n for n in dir() if not n.startswith("__")]
