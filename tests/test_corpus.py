"""The default corpus `corpora/llr-stp/`: complete, catalogued, faithful to its seeds, rebuildable.

The round-trip and rebuild tests need the seed texts (`../shared/seeds`, or the folder named
by DOCSEARCH_SEEDS); a clone without them skips those tests. The catalogue test always runs.
"""

from __future__ import annotations

import html.parser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
CORPUS = REPO_ROOT / "corpora" / "llr-stp"
SEEDS = Path(os.environ.get("DOCSEARCH_SEEDS", REPO_ROOT.parent / "shared" / "seeds"))
BUILD_SCRIPT = REPO_ROOT / "scripts" / "build_corpus.py"
KINDS = {"report", "agenda pack", "minutes", "bulletin"}
HEADER_HEIGHT = FOOTER_HEIGHT = 50.0  # running header and footer live in these bands

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed texts not found at {SEEDS}")


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


# ---------------------------------------------------------------- normalising


def normalise(text: str) -> str:
    """Text as a reader sees it: markup, bullet glyphs and list markers gone, spaces collapsed."""
    text = text.replace("\xa0", " ").replace("****", " ")
    text = re.sub(r"<(https?://[^>\s]+)>", r"\1", text)
    text = re.sub(r"\*\*|</?(?:u|i|b)>", "", text)
    text = re.sub(r"</?(?:p|ul|ol|li)\b[^>]*>", " ", text)
    text = re.sub(r"[•●○✓]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def prose_line(line: str, web_page: bool) -> str:
    """A source line without its list marker (web pages number lists with <ol>, not text)."""
    line = re.sub(r"^\s?- ", "", line)
    if web_page:
        line = re.sub(r"^\s*(?:\d+\.|[a-z]\)|\d+\))\s+", "", line)
    return line


def sample_units(seed: Path, web_page: bool, every: int = 5) -> list[str]:
    """Every `every`-th sentence of the prose (all of a short text's), and every table cell."""
    sentences: list[str] = []
    cells: list[str] = []
    stream: list[str] = []

    def end_stream() -> None:
        joined = normalise(" ".join(stream))
        sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", joined) if len(s) > 2)
        stream.clear()

    for line in seed.read_text(encoding="utf-8").split("\n"):
        if "\t" in line:
            end_stream()
            cells.extend(c for c in (normalise(cell) for cell in line.split("\t")) if c.strip("- "))
        elif not re.fullmatch(r"[-\s]*-{2,}[-\s]*", line):
            stream.append(prose_line(line, web_page))
    end_stream()
    return sentences[:: every if len(sentences) > 50 else 1] + cells


class _TextOf(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def document_text(path: Path) -> str:
    """The generated document's body text: PDF pages without header and footer bands; HTML text."""
    if path.suffix == ".html":
        parser = _TextOf()
        parser.feed(path.read_text(encoding="utf-8"))
        return normalise(" ".join(parser.parts))
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(path) as doc:
        pages = []
        for page in doc:
            body = pymupdf.Rect(0, HEADER_HEIGHT, page.rect.width, page.rect.height - FOOTER_HEIGHT)
            pages.append(page.get_text(clip=body))
    return normalise(" ".join(pages))


def generated_file(seed: Path) -> Path:
    for suffix in (".pdf", ".html"):
        candidate = CORPUS / (seed.stem + suffix)
        if candidate.exists():
            return candidate
    raise AssertionError(f"no generated document for seed {seed.name} in {CORPUS}")


# ---------------------------------------------------------------- tests


def test_catalog_lists_exactly_the_corpus_files_with_their_metadata() -> None:
    catalog = json.loads((CORPUS / "catalog.json").read_text(encoding="utf-8"))
    documents = {p.name for p in CORPUS.iterdir() if p.suffix in (".pdf", ".html")}
    assert set(catalog) == documents
    assert len(documents) == 5
    for name, entry in catalog.items():
        assert set(entry) == {"title", "body", "date", "kind"}, name
        assert entry["title"] and entry["body"], name
        assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", entry["date"]), name
        assert name.startswith(entry["date"]), name
        assert entry["kind"] in KINDS, name
    assert catalog["2017-01-04_leicester-city-health-scrutiny_agenda-pack.pdf"]["kind"] == "agenda pack"


@needs_seeds
@pytest.mark.parametrize("seed", seed_files(), ids=lambda p: p.stem)
def test_every_sampled_sentence_and_table_cell_survives_in_the_generated_document(seed: Path) -> None:
    path = generated_file(seed)
    text = document_text(path)
    units = sample_units(seed, web_page=path.suffix == ".html")
    assert len(units) >= 10
    missing = [unit for unit in units if unit not in text]
    assert not missing, f"{len(missing)} of {len(units)} sampled units missing from {path.name}: {missing[:5]}"


@needs_seeds
def test_cabinet_report_keeps_the_original_page_breaks_and_labels_at_the_left_margin() -> None:
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(CORPUS / "2018-04-10_leicestershire-cabinet_nhs-stp-report.pdf") as doc:
        assert len(doc) == 11  # ten page breaks in the original
        second_page = doc[1].get_text()
        assert "LLR ST Partnership be undertaken to provide:" in second_page  # 2(e) runs on
        assert doc[0].get_text().find("Cabinet – 10 April 2018") >= 0
        labels = {}
        for page in doc:
            for x0, _, _, _, word, *_ in page.get_text("words"):
                if re.fullmatch(r"\d{1,2}\.", word) and x0 < 80:
                    labels[int(word[:-1])] = x0
        assert sorted(labels) == list(range(1, 54))
        assert all(abs(x0 - 72) < 1 for x0 in labels.values())


@needs_seeds
def test_agenda_pack_prints_page_numbers_from_the_first_appendix_page() -> None:
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(CORPUS / "2017-01-04_leicester-city-health-scrutiny_agenda-pack.pdf") as doc:
        footers = [
            page.get_text(clip=pymupdf.Rect(0, page.rect.height - FOOTER_HEIGHT, page.rect.width, page.rect.height)).strip()
            for page in doc
        ]
        first_numbered = footers.index("Page 1")
        assert first_numbered >= 2  # cover and agenda pages carry no number
        assert all(not footer for footer in footers[:first_numbered])
        assert footers[first_numbered:] == [f"Page {n}" for n in range(1, len(doc) - first_numbered + 1)]
        assert "General Fund Revenue Budget" in doc[first_numbered].get_text()
        assert doc.get_page_labels() == []


def _build(out: Path) -> None:
    subprocess.run(
        [sys.executable, str(BUILD_SCRIPT), "--seeds", str(SEEDS), "--out", str(out)],
        check=True, capture_output=True, timeout=300,
    )


@pytest.mark.slow
@needs_seeds
def test_generator_rebuilds_the_committed_corpus_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("pymupdf")
    first, second = tmp_path / "first", tmp_path / "second"
    _build(first)
    _build(second)
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    for name in names:
        assert (first / name).read_bytes() == (second / name).read_bytes(), f"{name} differs between two runs"
    stale = [name for name in names if (first / name).read_bytes() != (CORPUS / name).read_bytes()]
    assert not stale, f"committed corpus is out of date ({stale}): run python3 scripts/build_corpus.py"
