"""Shared helpers for building Harbourne Council HTML documents."""
import html as _h
import string

E = _h.escape
COUNCIL = "Harbourne Council"

BASE_CSS = """
@page { size: A4; margin: 2cm; %(margin_boxes)s }
body { font-family: %(font)s; font-size: %(size)s; line-height: 1.5; color: #111; }
h1 { font-size: 17pt; margin: 0 0 10pt 0; }
h2 { font-size: 13pt; margin: 16pt 0 6pt 0; break-after: avoid; }
h3 { font-size: 12pt; margin: 12pt 0 4pt 0; break-after: avoid; }
p { margin: 0 0 7pt 0; }
.np { display: flex; margin: 0 0 9pt 0; }
.np .num { flex: 0 0 3.2em; font-weight: normal; }
.np .txt { flex: 1; }
.np ol.alpha { list-style: none; margin: 4pt 0 0 0; padding-left: 0; }
.np ol.alpha li { display: flex; margin: 0 0 4pt 0; }
.np ol.alpha li .let { flex: 0 0 2.2em; }
.np ul { margin: 4pt 0 0 0; }
.secthead { display: flex; font-weight: bold; font-size: 12.5pt; margin: 14pt 0 6pt 0; break-after: avoid; }
.secthead .num { flex: 0 0 3.2em; }
table.front { border-collapse: collapse; width: 100%%; margin-bottom: 14pt; }
table.front td { border: 1px solid #333; padding: 4pt 6pt; vertical-align: top; }
table.front td.k { width: 32%%; font-weight: bold; background: #eef1f5; }
table.ruled { border-collapse: collapse; width: 100%%; margin: 6pt 0 10pt 0; font-size: 10pt; }
table.ruled th, table.ruled td { border: 1px solid #444; padding: 3pt 5pt; vertical-align: top; }
table.ruled th { background: #dde3ea; text-align: left; }
table.ruled td.n, table.ruled th.n { text-align: right; }
table.ruled tr.total td { font-weight: bold; background: #f1f1f1; }
table.ruled tr { break-inside: avoid; }
table.ruled.pq tr { break-inside: auto; }
.caption { font-weight: bold; margin: 10pt 0 2pt 0; }
.logo { font-size: 20pt; font-weight: bold; color: #1d4e7a; letter-spacing: 0.5pt; }
.sub { color: #444; }
.pb { break-before: page; }
.boxed { border: 1.5px solid #1d4e7a; padding: 8pt 10pt; margin: 8pt 0 12pt 0; }
.small { font-size: 9.5pt; }
"""


def css(font="'Liberation Sans', Arial, sans-serif", size="12pt", footer_left=None,
        footer_center=None, footer_right=None, first_blank=False):
    boxes = []
    def q(s):
        return s.replace('"', '\\"')
    if footer_left:
        boxes.append('@bottom-left { content: "%s"; font-size: 8.5pt; color: #555; }' % q(footer_left))
    if footer_center:
        boxes.append('@bottom-center { content: %s; font-size: 9pt; }' % footer_center)
    if footer_right:
        boxes.append('@bottom-right { content: %s; font-size: 8.5pt; color: #555; }' % footer_right)
    out = BASE_CSS % {"margin_boxes": " ".join(boxes), "font": font, "size": size}
    if first_blank:
        out += "\n@page :first { @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }\n"
    return out


def page(title, body, style):
    return ("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<style>%s</style></head><body>\n%s\n</body></html>\n") % (E(title), style, body)


def front_box(rows):
    out = ['<table class="front">']
    for k, v in rows:
        out.append('<tr><td class="k">%s</td><td>%s</td></tr>' % (E(k), E(v)))
    out.append("</table>")
    return "\n".join(out)


def table(headers, rows, numeric_from=1, total_rows=(), caption=None, widths=None):
    """Ruled table with thead (repeated by Chromium across page breaks)."""
    out = []
    if caption:
        out.append('<div class="caption">%s</div>' % E(caption))
    out.append('<table class="ruled">')
    if widths:
        out.append("<colgroup>" + "".join('<col style="width:%s">' % w for w in widths) + "</colgroup>")
    out.append("<thead><tr>" + "".join(
        '<th%s>%s</th>' % (' class="n"' if i >= numeric_from else "", E(h)) for i, h in enumerate(headers)) + "</tr></thead><tbody>")
    for ri, r in enumerate(rows):
        cls = ' class="total"' if ri in total_rows or (ri - len(rows)) in total_rows else ""
        out.append("<tr%s>" % cls + "".join(
            '<td%s>%s</td>' % (' class="n"' if i >= numeric_from else "", E(str(c))) for i, c in enumerate(r)) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def fmt000(v):
    """Format a £000 figure with brackets for negatives."""
    if v < 0:
        return "(%s)" % format(-v, ",")
    return format(v, ",")


def numbered(sections, start=1):
    """sections: list of (heading, items). items: str -> numbered paragraph;
    ('sub', [..]) -> (a),(b) list appended to previous paragraph; ('bullets', [..]) likewise;
    ('html', raw) -> raw block; ('p', text) -> unnumbered paragraph."""
    out = []
    for si, (heading, items) in enumerate(sections, start=start):
        out.append('<div class="secthead"><span class="num">%d.</span><span>%s</span></div>' % (si, E(heading)))
        pi = 0
        blocks = []  # list of [num, text, extras]
        for it in items:
            if isinstance(it, str):
                pi += 1
                blocks.append(["%d.%d" % (si, pi), E(it), []])
            elif it[0] == "sub":
                lis = "".join('<li><span class="let">(%s)</span><span>%s</span></li>' % (string.ascii_lowercase[k], E(t))
                              for k, t in enumerate(it[1]))
                blocks[-1][2].append('<ol class="alpha">%s</ol>' % lis)
            elif it[0] == "bullets":
                blocks[-1][2].append("<ul>%s</ul>" % "".join("<li>%s</li>" % E(t) for t in it[1]))
            elif it[0] == "html":
                blocks.append([None, it[1], []])
            elif it[0] == "p":
                blocks.append([None, "<p>%s</p>" % E(it[1]), []])
        for num, text, extras in blocks:
            if num is None:
                out.append(text)
            else:
                out.append('<div class="np"><span class="num">%s</span><div class="txt">%s%s</div></div>' % (num, text, "".join(extras)))
    return "\n".join(out)


def contact_block(name, role, phone, email):
    return ('<div class="boxed"><b>Officer to Contact</b><br>%s, %s<br>Telephone: %s<br>Email: %s</div>'
            % (E(name), E(role), E(phone), E(email)))
