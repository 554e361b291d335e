"""Hostile and odd input: broken and mutated PDFs, files that lie about their type, folders with
loops and unreadable files, and queries full of syntax: a result or one clear reason, never a crash.

Each PDF is read in a worker process with a memory ceiling (RLIMIT_AS) and a per-file time limit,
so a file that hangs or balloons fails its own test instead of the suite. The limits are safety
bounds, not performance targets: scripts/fault_report.py prints the times and memory measured.
"""

from __future__ import annotations

import json
import os
import random
import re
import select
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

import pymupdf
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docsearch
from docsearch.errors import (
    DamagedDocument,
    DocsearchError,
    NotADocument,
    UnreadableDocument,
)
from docsearch.extract import read_document

ROOT = Path(__file__).resolve().parent.parent
BROKEN = ROOT / "tests" / "data" / "broken"
CABINET = ROOT / "corpora" / "llr-stp" / "2018-04-10_leicestershire-cabinet_nhs-stp-report.pdf"
SECONDS_PER_FILE = 120.0  # a safety bound for the worker, far above any file's measured time
MEMORY_LIMIT = 4 << 30  # address space of the reading worker (RLIMIT_AS)
RSS_BOUND_MB = 3000  # peak resident memory of the worker (seen: 384 MB alone, 1,537 MB within the full suite with OCR)

# -- PDFs built byte by byte ------------------------------------------------------------------------


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF whose object n is objects[n - 1], with a correct cross-reference table; root is 1."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_stream(data: bytes, keys: bytes = b"") -> bytes:
    return b"<< /Length %d %s >>\nstream\n" % (len(data), keys) + data + b"\nendstream"


def text_page(text: bytes = b"A hostile test page about Glenfield Hospital", *, mediabox: bytes = b"[0 0 612 792]",
              page_keys: bytes = b"", pages: bytes | None = None, content: bytes | None = None) -> list[bytes]:
    """Catalog, page tree, one page of Helvetica text, its content and font."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        pages or b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox " + mediabox
        + b" /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> " + page_keys + b">>",
        pdf_stream(content or b"BT /F1 12 Tf 72 700 Td (" + text + b") Tj ET"),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def image_page(side: float, image: bytes, width: int, height: int) -> list[bytes]:
    """One square page of `side` points covered by an RGB image and holding no text."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R "
        b"/Resources << /XObject << /Im1 5 0 R >> >> >>" % (side, side),
        pdf_stream(b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % (side, side)),
        pdf_stream(image, b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB "
                          b"/BitsPerComponent 8 /Filter /FlateDecode" % (width, height)),
    ]


def deflated_zeros(size: int) -> bytes:
    """zlib data inflating to `size` zero bytes (a decompression bomb), made in well under a second."""
    block = b"\0" * (1 << 24)
    compressor = zlib.compressobj(9)
    first = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)  # history reset: same bytes
    count = max(1, size // len(block))
    checksum = 1
    for _ in range(count):
        checksum = zlib.adler32(block, checksum)
    return first + again * (count - 1) + b"\x03\x00" + struct.pack(">I", checksum)  # empty final block


def deep_page_tree(depth: int) -> bytes:
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>"]
    for level in range(depth):
        parent = b"" if level == 0 else b"/Parent %d 0 R" % (level + 1)
        objects.append(b"<< /Type /Pages /Kids [%d 0 R] /Count 1 %s >>" % (level + 3, parent))
    page = depth + 2
    objects.append(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                   b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (page - 1, page + 1, page + 2))
    objects.append(pdf_stream(b"BT /F1 12 Tf 72 700 Td (Deep page tree) Tj ET"))
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return raw_pdf(objects)


def seed_pdf() -> bytes:
    """A small two-page PDF made with PyMuPDF: the seed for byte mutations."""
    doc = pymupdf.open()
    for number, text in enumerate([
        "Lutterworth community hospital has 10 rehabilitation beds that will close under the plan.",
        "The council tax increase of 4% is proposed for 2017/18; £875,000 is set aside for 2018/19.",
    ], 1):
        page = doc.new_page()
        page.insert_text((72, 72), f"Report page {number}", fontsize=16)
        page.insert_textbox(pymupdf.Rect(72, 100, 520, 300), text, fontsize=11)
    data = doc.tobytes()  # not compressed: object boundaries stay visible to the mutations
    doc.close()
    return data


def long_pdf(pages: int) -> bytes:
    doc = pymupdf.open()
    words = ["beds", "budget", "parking", "ward", "clinic", "theatre", "pharmacy", "outpatients"]
    for number in range(pages):
        doc.new_page().insert_text((72, 400), f"Section {number}: the {words[number % 8]} plan, item {number * 7}.")
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data


def mutations(name: str, data: bytes, seed: int = 0) -> dict[str, bytes]:
    """Byte-level damage to a real PDF: cut, flipped, zeroed, duplicated, cross-reference lost."""
    rng = random.Random(seed)

    def flipped(count: int) -> bytes:
        out = bytearray(data)
        for _ in range(count):
            out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
        return bytes(out)

    middle = len(data) // 2
    objects = re.findall(rb"\d+ 0 obj.*?endobj\s*", data, flags=re.DOTALL)
    body_end = data.rfind(b"xref")
    return {
        f"{name}-cut-10pc.pdf": data[: len(data) // 10],
        f"{name}-cut-50pc.pdf": data[:middle],
        f"{name}-cut-90pc.pdf": data[: len(data) * 9 // 10],
        f"{name}-flip-10-bytes.pdf": flipped(10),
        f"{name}-flip-1pc-bytes.pdf": flipped(max(1, len(data) // 100)),
        f"{name}-zeroed-4k.pdf": data[:middle] + b"\0" * 4096 + data[middle + 4096 :],
        f"{name}-objects-twice.pdf": data[:body_end] + b"".join(objects) + data[body_end:],
        f"{name}-no-xref.pdf": data.replace(b"startxref", b"startxxxx").replace(b"xref", b"xxxx"),
        f"{name}-garbage-body.pdf": data[:16] + bytes(rng.randrange(256) for _ in range(4096)),
    }


def hostile_pdfs(folder: Path) -> dict[str, Path]:
    """Write the mutated and constructed PDFs into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    files = mutations("seed", seed_pdf())
    if CABINET.is_file():
        files.update(mutations("cabinet", CABINET.read_bytes(), seed=1))
    tiny_image = zlib.compress(bytes(range(256)) * 48)  # 64 x 64 RGB
    depth = 100_000
    files.update({
        "pages-count-2e9.pdf": raw_pdf(text_page(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>")),
        "pages-2500.pdf": long_pdf(2500),
        "page-tree-loop.pdf": raw_pdf(text_page(pages=b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>")),
        "page-tree-3000-deep.pdf": deep_page_tree(3000),
        "nested-arrays.pdf": raw_pdf(text_page(page_keys=b"/Junk " + b"[" * depth + b"]" * depth)),
        "nested-dictionaries.pdf": raw_pdf(text_page(page_keys=b"/Junk " + b"<< /A " * depth + b">>" * depth)),
        "nested-graphics-states.pdf": raw_pdf(text_page(
            content=b"q " * depth + b"BT /F1 12 Tf 72 700 Td (Nested states) Tj ET " + b"Q " * depth)),
        "image-60000px-declared.pdf": raw_pdf(image_page(612, tiny_image, 60000, 60000)),
        "image-20000px-bomb.pdf": raw_pdf(image_page(612, deflated_zeros(20000 * 20000 * 3), 20000, 20000)),
        "page-14400pt-image-only.pdf": raw_pdf(image_page(14400, tiny_image, 64, 64)),
        "page-4000pt-image-only.pdf": raw_pdf(image_page(4000, tiny_image, 64, 64)),
        "page-size-zero.pdf": raw_pdf(text_page(mediabox=b"[0 0 0 0]")),
        "page-size-inverted.pdf": raw_pdf(text_page(mediabox=b"[0 0 -612 -792]")),
    })
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name] = folder / name
    return paths


# -- reading in a bounded worker --------------------------------------------------------------------

_WORKER = r"""
import json, resource, sys, time
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from docsearch.errors import UnreadableDocument
from docsearch.extract import read_document
print(json.dumps({"ready": True}), flush=True)
for line in sys.stdin:
    path = line.rstrip("\n")
    started = time.monotonic()
    try:
        result = read_document(path)
        out = {"outcome": "paragraphs", "paragraphs": len(result.paragraphs),
               "text": " ".join(p.text for p in result.paragraphs)[:300], "warnings": list(result.document.warnings)}
    except UnreadableDocument as exc:
        out = {"outcome": type(exc).__name__, "reason": str(exc)}
    except BaseException as exc:
        out = {"outcome": "crash", "reason": f"{type(exc).__name__}: {exc}"[:300]}
    out["seconds"] = round(time.monotonic() - started, 3)
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(json.dumps(out), flush=True)
"""


@dataclass
class ReadOutcome:
    name: str
    outcome: str  # "paragraphs", an UnreadableDocument class name, "crash", "timeout" or "died"
    reason: str
    paragraphs: int
    text: str
    warnings: list[str]
    seconds: float
    peak_rss_mb: int


class ReadingWorker:
    """A reader process with a memory ceiling, replaced whenever a file kills it or runs too long."""

    def __init__(self, memory_limit: int = MEMORY_LIMIT) -> None:
        self.memory_limit = memory_limit
        self.proc: subprocess.Popen[str] | None = None

    def _start(self) -> subprocess.Popen[str]:
        proc = subprocess.Popen([sys.executable, "-c", _WORKER, str(self.memory_limit)], cwd=ROOT, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert proc.stdout is not None and json.loads(proc.stdout.readline()).get("ready")
        return proc

    def read(self, path: Path, timeout: float = SECONDS_PER_FILE) -> ReadOutcome:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = self._start()
        assert self.proc.stdin is not None and self.proc.stdout is not None
        started = time.monotonic()
        self.proc.stdin.write(f"{path}\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        line = self.proc.stdout.readline() if ready else ""
        if not line:
            outcome = "timeout" if not ready else "died"
            self.close()
            return ReadOutcome(path.name, outcome, f"no answer after {time.monotonic() - started:.0f} s", 0, "", [],
                               time.monotonic() - started, 0)
        data = json.loads(line)
        return ReadOutcome(path.name, data["outcome"], data.get("reason", ""), data.get("paragraphs", 0),
                           data.get("text", ""), data.get("warnings", []), data["seconds"], data["peak_rss_mb"])

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def read_all(paths: list[Path]) -> list[ReadOutcome]:
    worker = ReadingWorker()
    try:
        return [worker.read(path) for path in paths]
    finally:
        worker.close()


UNREADABLE = {cls.__name__ for cls in (UnreadableDocument, *UnreadableDocument.__subclasses__())}


def outcome_problems(result: ReadOutcome) -> list[str]:
    """Why an outcome breaks the promise: paragraphs, or an UnreadableDocument naming the file in one line."""
    if result.outcome == "paragraphs":
        return [] if result.paragraphs > 0 and result.text.strip() else ["paragraphs without text"]
    if result.outcome not in UNREADABLE:
        return [f"{result.outcome}: {result.reason}"]
    problems = []
    if "\n" in result.reason:
        problems.append(f"reason is not one line: {result.reason!r}")
    if not result.reason.startswith(result.name + ":"):
        problems.append(f"reason does not name the file: {result.reason!r}")
    if result.peak_rss_mb > RSS_BOUND_MB:
        problems.append(f"took {result.peak_rss_mb} MB")
    return problems


@pytest.fixture(scope="module")
def hostile_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile_pdfs(tmp_path_factory.mktemp("hostile"))


@pytest.fixture(scope="module")
def hostile_outcomes(hostile_files: dict[str, Path]) -> dict[str, ReadOutcome]:
    paths = sorted(BROKEN.iterdir()) + [hostile_files[name] for name in sorted(hostile_files)]
    return {result.name: result for result in read_all(paths)}


def test_every_broken_and_mutated_pdf_gives_paragraphs_or_one_clear_reason_within_bounds(
    hostile_outcomes: dict[str, ReadOutcome],
) -> None:
    assert len(hostile_outcomes) >= 35
    problems = {name: outcome_problems(result) for name, result in hostile_outcomes.items()}
    assert {name: p for name, p in problems.items() if p} == {}


@pytest.mark.parametrize(("name", "outcome", "words"), [
    ("pages-count-2e9.pdf", "DamagedDocument", "damaged beyond repair"),  # the page tree lies about its size
    ("page-tree-3000-deep.pdf", "paragraphs", "Deep page tree"),
    ("page-tree-loop.pdf", "paragraphs", "A hostile test page"),
    ("pages-2500.pdf", "paragraphs", "Section 0"),
    ("page-size-zero.pdf", "paragraphs", "A hostile test page"),
    ("image-20000px-bomb.pdf", "EmptyDocument", "no text"),
    ("seed-garbage-body.pdf", "DamagedDocument", "damaged"),
])
def test_a_hostile_pdf_is_read_as_far_as_it_can_be(
    hostile_outcomes: dict[str, ReadOutcome], name: str, outcome: str, words: str
) -> None:
    result = hostile_outcomes[name]
    assert result.outcome == outcome, result
    assert words in (result.text if outcome == "paragraphs" else result.reason)


def test_a_long_pdf_is_read_to_the_page_limit_and_says_so(hostile_outcomes: dict[str, ReadOutcome]) -> None:
    assert "read the first 2000 of 2500 pages (page limit)" in hostile_outcomes["pages-2500.pdf"].warnings


def test_a_poster_sized_scan_is_read_at_a_bounded_resolution(hostile_outcomes: dict[str, ReadOutcome]) -> None:
    """At 200 dpi a 4000 pt square page would render to 123 million pixels; OCR is capped at 16 million."""
    result = hostile_outcomes["page-4000pt-image-only.pdf"]
    assert not outcome_problems(result)
    assert result.peak_rss_mb < RSS_BOUND_MB


def test_the_pdf_library_failing_outside_the_page_loop_is_a_damaged_document(tmp_path: Path) -> None:
    path = tmp_path / "count.pdf"
    path.write_bytes(raw_pdf(text_page(pages=b"<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>")))
    with pytest.raises(DamagedDocument, match=r"^count\.pdf: damaged beyond repair: .*number of pages"):
        read_document(path)


SEED = seed_pdf()


def _read_bytes(data: bytes, name: str = "fuzzed.pdf") -> None:
    """Read `data` as a file; it must give paragraphs or an UnreadableDocument naming the file in one line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            result = read_document(path)
        except UnreadableDocument as exc:
            message = str(exc)
            assert message.startswith(f"{name}: ") and "\n" not in message, message
        else:
            assert result.paragraphs and all(p.text.strip() for p in result.paragraphs)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True, database=None)
@given(
    edits=st.lists(st.tuples(st.integers(0, len(SEED) - 1), st.integers(0, 255)), max_size=30),
    cut=st.one_of(st.none(), st.integers(1, len(SEED))),
)
def test_fuzz_any_damage_to_a_pdf_gives_paragraphs_or_one_clear_reason(edits: list[tuple[int, int]],
                                                                         cut: int | None) -> None:
    data = bytearray(SEED)
    for offset, value in edits:
        data[offset] = value
    _read_bytes(bytes(data[:cut]))


@settings(max_examples=50, deadline=None, derandomize=True, database=None)
@given(body=st.binary(max_size=4096), suffix=st.sampled_from([".pdf", ".txt", ".html", ".md", ""]))
def test_fuzz_any_bytes_under_any_name_give_paragraphs_or_one_clear_reason(body: bytes, suffix: str) -> None:
    for data in (b"%PDF-1.7\n" + body, body):
        _read_bytes(data, "fuzzed" + suffix)


# -- files that are not what their name says ----------------------------------------------------------


def _docx_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>Lutterworth</w:p></w:body></w:document>")
    return buffer.getvalue()


PNG = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + b"\0" * 17


@pytest.mark.parametrize(("name", "data", "words"), [
    ("report.pdf", b"<!DOCTYPE html><html><head><title>404 Not Found</title></head><body>Gone</body></html>",
     "not a PDF: the content is an HTML page (a failed download?)"),
    ("report.pdf", _docx_bytes(), "not a document"),
    ("report.docx", _docx_bytes(), "not a document"),
    ("scan.pdf", PNG, "not a document"),
    ("notes.txt", PNG, "not a document"),
])
def test_a_file_is_judged_by_its_content_not_its_name(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(NotADocument) as caught:
        read_document(path)
    assert str(caught.value) == f"{name}: {words}" or words in str(caught.value)


def test_a_pdf_named_txt_and_html_named_txt_are_read_as_what_they_are(tmp_path: Path) -> None:
    pdf = tmp_path / "minutes.txt"
    pdf.write_bytes(SEED)
    assert read_document(pdf).document.media_type == "application/pdf"
    html = tmp_path / "page.txt"
    html.write_text("<html><head><title>Beds</title></head><body><p>Lutterworth has 10 beds.</p></body></html>")
    result = read_document(html)
    assert result.document.media_type == "text/html"
    assert "Lutterworth has 10 beds." in [p.text for p in result.paragraphs]


@pytest.fixture(scope="module")
def query_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny index (models loaded once for this module)."""
    base = tmp_path_factory.mktemp("queries")
    papers = base / "papers"
    papers.mkdir()
    (papers / "beds.txt").write_text(
        "Community hospital beds\n\nLutterworth community hospital has 10 rehabilitation beds.\n\n"
        "مستشفى لوتروورث المجتمعي · 路特沃斯社区医院 🏥 beds.\n", encoding="utf-8")
    (papers / "budget.txt").write_text("Budget\n\nThe council tax increase of 4% is proposed for 2017/18.\n",
                                       encoding="utf-8")
    index, _ = docsearch.build_index([papers], base / "idx")
    index.close()
    return base / "idx"


def test_a_folder_with_a_link_loop_an_unreadable_file_and_a_broken_pdf_indexes_the_rest(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "beds.txt").write_text("Beds\n\nLutterworth community hospital has 10 beds.\n", encoding="utf-8")
    (papers / "sub").mkdir()
    (papers / "sub" / "budget.txt").write_text("Budget\n\nCouncil tax rises by 4%.\n", encoding="utf-8")
    os.symlink(papers, papers / "sub" / "loop")
    os.symlink(tmp_path / "nowhere.pdf", papers / "dangling.pdf")
    (papers / "broken.pdf").write_bytes(SEED[: len(SEED) // 10])
    secret = papers / "secret.txt"
    secret.write_text("Secret\n\nNot to be read.\n", encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:  # root reads through chmod 000: make the permission check say no instead
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if Path(p) == secret else real_access(p, mode, **kw))
    index, report = docsearch.build_index([papers], tmp_path / "idx")
    assert {Path(d.path).name for d in index.documents()} == {"beds.txt", "budget.txt"}
    assert "damaged" in report.failed[str((papers / "broken.pdf").resolve())]
    warnings = {Path(path).name: " ".join(text) for path, text in report.warnings.items()}
    assert "permission denied" in warnings["secret.txt"]
    assert "loop" in warnings["loop"]
    assert "broken symbolic link" in warnings["dangling.pdf"]
    index.close()


# -- queries ----------------------------------------------------------------------------------------

HOSTILE_QUERIES = [
    "", "   \t\n ", "x" * 100_000, "beds " * 20_000, "\x00\x01\x02 beds \x7f\x1b[31m", '"', '""', "*", "beds*",
    "NEAR(", "NEAR(beds hospital", "beds OR", "OR", "AND NOT", "(((", ")", "beds:", "text:beds", "^beds",
    "'; DROP TABLE chunks; --", "\" OR 1=1 --", "%", "_", "\\", "{}", "[]",
    "مستشفى لوتروورث", "路特沃斯社区医院", "🏥", "🏥🏥🏥 beds", "Ｌｕｔｔｅｒｗｏｒｔｈ", "beds\u200b\u200bhospital", "\ud800",
]


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=[repr(q[:20]) for q in HOSTILE_QUERIES])
def test_any_query_gives_results_or_one_clear_message(query_index: Path, query: str) -> None:
    index = docsearch.open_index(query_index)
    try:
        hits = index.search(query, k=10)
    except DocsearchError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert all(hit.text and hit.citation.doc_id for hit in hits)
    finally:
        index.close()
    assert index_is_intact(query_index)


def index_is_intact(folder: Path) -> bool:
    from docsearch.check import check_index

    return check_index(folder, sources=False).ok


@pytest.mark.parametrize("query", HOSTILE_QUERIES, ids=[repr(q[:20]) for q in HOSTILE_QUERIES])
def test_any_query_on_the_command_line_exits_cleanly_with_results_or_one_error_line(
    query_index: Path, query: str
) -> None:
    from click.testing import CliRunner

    from docsearch.cli import main

    result = CliRunner().invoke(main, ["search", "--index", str(query_index), "--json", "--", query])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 0:
        assert isinstance(json.loads(result.stdout)["hits"], list)
    else:
        assert result.exit_code == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr


def test_the_plain_words_of_a_hostile_query_still_find_their_passage(query_index: Path) -> None:
    index = docsearch.open_index(query_index)
    for query, words in [("'; DROP TABLE chunks; -- Lutterworth", "Lutterworth community"),
                         ('NEAR("Lutterworth" OR', "Lutterworth community"), ("Lutterworth*", "Lutterworth community"),
                         ("مستشفى لوتروورث", "مستشفى لوتروورث"), ("路特沃斯社区医院", "路特沃斯社区医院")]:
        assert words in index.search(query, k=3)[0].paragraph_text, query
    index.close()
