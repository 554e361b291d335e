"""Shared helpers for building Wexcombe District Council papers as Word
(.docx) documents with python-docx, to be converted to PDF by LibreOffice.

The layout imitates council reports written in Word: Arial 11pt, numbered
paragraphs typed as "1.1<TAB>text" with a hanging indent, a running header
carrying the report reference and a footer with "Page X of Y" fields.
"""
import os
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "council-b"))
BUILD = os.path.join(HERE, "_build")

COUNCIL = "Wexcombe District Council"
ADDRESS = "Council Offices, Abbey Walk, Wexcombe WX4 1DL"


# ---------------------------------------------------------------- low level
def _field(run, instr):
    """Insert a Word field (PAGE, NUMPAGES) into a run."""
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def _cell_shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def _table_borders(table, size=4, color="808080", inside=True):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    names = ["top", "left", "bottom", "right"]
    if inside:
        names += ["insideH", "insideV"]
    for n in names:
        el = OxmlElement(f"w:{n}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def _no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for n in ["top", "left", "bottom", "right", "insideH", "insideV"]:
        el = OxmlElement(f"w:{n}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def _repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_columns(section, num, space_cm=0.8):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(int(space_cm * 567)))


# ---------------------------------------------------------------- document
class Paper:
    """A Word document with the council's house style."""

    def __init__(self, header_left, header_right="", footer_left="",
                 font="Arial", size=12, first_page_header=True):
        self.doc = Document()
        st = self.doc.styles["Normal"]
        st.font.name = font
        st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
        st.font.size = Pt(size)
        st.paragraph_format.space_after = Pt(6)
        st.paragraph_format.line_spacing = 1.08
        sec = self.doc.sections[0]
        sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.3)
        sec.top_margin = Cm(2.2)
        sec.bottom_margin = Cm(2.0)
        sec.header_distance = Cm(1.0)
        sec.footer_distance = Cm(0.9)
        self.header_left, self.header_right = header_left, header_right
        self.footer_left = footer_left
        for sty in ("Header", "Footer"):
            self.doc.styles[sty].paragraph_format.tab_stops.clear_all()
        self._decorate(sec)

    def _decorate(self, sec):
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(self.header_left)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if self.header_right:
            # right-aligned tab stop at the text width
            width = sec.page_width - sec.left_margin - sec.right_margin
            hp.paragraph_format.tab_stops.add_tab_stop(
                width, alignment=2)  # WD_TAB_ALIGNMENT.RIGHT
            r2 = hp.add_run("\t" + self.header_right)
            r2.font.size = Pt(8)
            r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        width = sec.page_width - sec.left_margin - sec.right_margin
        fp.paragraph_format.tab_stops.add_tab_stop(width, alignment=2)
        r = fp.add_run(self.footer_left + "\t")
        r.font.size = Pt(8)
        r = fp.add_run("Page ")
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _field(r, "PAGE")
        r = fp.add_run(" of ")
        r.font.size = Pt(8)
        r = fp.add_run()
        r.font.size = Pt(8)
        _field(r, "NUMPAGES")

    # -- text blocks
    def title(self, text, size=16, bold=True, align="left", space_after=6,
              color=None):
        p = self.doc.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def para(self, text, bold=False, italic=False, size=None, align=None,
             indent_cm=0, space_after=None, keep_next=False):
        p = self.doc.add_paragraph()
        self._runs(p, text, bold, italic, size)
        if indent_cm:
            p.paragraph_format.left_indent = Cm(indent_cm)
        if align == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "justify":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if space_after is not None:
            p.paragraph_format.space_after = Pt(space_after)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        return p

    def _runs(self, p, text, bold=False, italic=False, size=None):
        """Text with **bold** spans."""
        parts = text.split("**")
        for i, part in enumerate(parts):
            if not part:
                continue
            r = p.add_run(part)
            r.bold = bold or (i % 2 == 1)
            r.italic = italic
            if size:
                r.font.size = Pt(size)

    def heading(self, num, text, size=12):
        """Section heading typed Word-style: '2.<TAB>Recommendations'."""
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.25)
        pf.first_line_indent = Cm(-1.25)
        pf.tab_stops.add_tab_stop(Cm(1.25))
        pf.space_before = Pt(10)
        pf.keep_with_next = True
        r = p.add_run(f"{num}\t{text}" if num else text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    def np(self, num, text, indent_cm=1.25):
        """Numbered paragraph: '3.2<TAB>text' with hanging indent."""
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(indent_cm)
        pf.first_line_indent = Cm(-indent_cm)
        pf.tab_stops.add_tab_stop(Cm(indent_cm))
        self._runs(p, f"{num}\t{text}")
        return p

    def item(self, label, text, indent_cm=1.25, hang_cm=1.0):
        """Lettered sub-item '(a)<TAB>text' indented under a paragraph."""
        p = self.doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(indent_cm + hang_cm)
        pf.first_line_indent = Cm(-hang_cm)
        pf.tab_stops.add_tab_stop(Cm(indent_cm + hang_cm))
        pf.space_after = Pt(4)
        self._runs(p, f"{label}\t{text}")
        return p

    def bullet(self, text, indent_cm=1.25):
        return self.item("\u2022", text, indent_cm=indent_cm, hang_cm=0.6)

    def page_break(self):
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- tables
    def table(self, rows, widths_cm=None, header_rows=1, font_size=9.5,
              align_right_from=1, shade="D9E2F3", borders=True,
              bold_header=True, merges=(), bold_last_row=False,
              caption=None):
        """rows: list of lists of str. merges: (r0, c0, r1, c1) tuples."""
        if caption:
            cp = self.para(caption, bold=True, size=10, keep_next=True,
                           space_after=3)
        ncols = max(len(r) for r in rows)
        t = self.doc.add_table(rows=len(rows), cols=ncols)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if borders:
            _table_borders(t)
        else:
            _no_borders(t)
        covered = set()
        for (r0, c0, r1, c1) in merges:
            t.cell(r0, c0).merge(t.cell(r1, c1))
            for rr in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    if (rr, cc) != (r0, c0):
                        covered.add((rr, cc))
        for ri, row in enumerate(rows):
            for ci in range(ncols):
                if (ri, ci) in covered:
                    continue
                val = row[ci] if ci < len(row) else ""
                cell = t.cell(ri, ci)
                for extra in cell.paragraphs[1:]:
                    extra._p.getparent().remove(extra._p)
                p = cell.paragraphs[0]
                p.paragraph_format.space_after = Pt(1)
                p.paragraph_format.space_before = Pt(1)
                r = p.add_run(val)
                r.font.size = Pt(font_size)
                if ri < header_rows:
                    r.bold = bold_header
                    if shade:
                        _cell_shade(cell, shade)
                    if ci:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif align_right_from is not None and ci >= align_right_from:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if bold_last_row and ri == len(rows) - 1:
                    r.bold = True
            if ri < header_rows:
                _repeat_header(t.rows[ri])
        if widths_cm:
            t.autofit = False
            grid = t._tbl.tblGrid
            for ci, gc in enumerate(grid.findall(qn("w:gridCol"))):
                if ci < len(widths_cm):
                    gc.set(qn("w:w"), str(int(widths_cm[ci] * 567)))
            for row in t.rows:
                for ci, w in enumerate(widths_cm):
                    if ci < len(row.cells):
                        row.cells[ci].width = Cm(w)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def landscape_section(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(1.6)
        return sec

    def portrait_section(self):
        sec = self.doc.add_section(WD_SECTION.NEW_PAGE)
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.3)
        return sec

    def save(self, name):
        os.makedirs(BUILD, exist_ok=True)
        path = os.path.join(BUILD, name + ".docx")
        self.doc.save(path)
        return path


def to_pdf(docx_paths):
    """Convert .docx files to PDF with LibreOffice, into OUT."""
    os.makedirs(OUT, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT] + list(docx_paths), check=True,
                   stdout=subprocess.DEVNULL)
