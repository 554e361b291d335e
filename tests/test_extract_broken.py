"""Broken and odd input: every file gives paragraphs or one clear reason, quickly, never a crash.

The expected behaviour per file is the table in tests/data/ATTRIBUTION.md (from realpdfs/README.md).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from docsearch.errors import (
    DamagedDocument,
    EmptyDocument,
    EncryptedDocument,
    NotADocument,
    NoTextLayer,
    UnreadableDocument,
)
from docsearch.extract import iter_document_files, read_document, sniff_media_type

BROKEN = Path(__file__).resolve().parent / "data" / "broken"
SECONDS_PER_FILE = 10.0  # generous: every file takes well under a second on a laptop

# file -> (error class, or None when it must be read; words the message or the text must hold)
EXPECTED: dict[str, tuple[type[UnreadableDocument] | None, str]] = {
    "empty-file.pdf": (EmptyDocument, "empty file"),
    "not-a-pdf.pdf": (NotADocument, "plain text"),
    "html-error-page-saved-as.pdf": (NotADocument, "HTML page"),
    "truncated-download.pdf": (None, "Inspection of Dorset"),
    "cabinet-of-horrors_corruptionOneByteMissing.pdf": (None, "This is a test document"),
    "cabinet-of-horrors_encryption_openpassword.pdf": (EncryptedDocument, "needs a password"),
    "cabinet-of-horrors_encryption_notextaccess.pdf": (None, "This is a test document"),
    "password-1234.pdf": (EncryptedDocument, "needs a password"),
    "cabinet-of-horrors_javascript.pdf": (None, "JavaScript example"),
    "cabinet-of-horrors_pdf-17-header18.pdf": (None, "This is a test document"),
    "pdfjs_GHOSTSCRIPT-698804-1-fuzzed.pdf": (DamagedDocument, "damaged"),
    "pdfjs_empty_protected.pdf": (EmptyDocument, "no text"),
    "pdfjs_helloworld-bad.pdf": (None, "Hello, world!"),
    "pdfjs_poppler-90-0-fuzzed.pdf": (None, ""),
}


def test_every_broken_file_has_an_expectation() -> None:
    assert {path.name for path in BROKEN.iterdir()} == set(EXPECTED) | {"scanned-no-text-layer_ocr_test.pdf"}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_file_is_read_or_refused_with_a_one_line_reason(name: str) -> None:
    error, words = EXPECTED[name]
    started = time.monotonic()
    if error is None:
        result = read_document(BROKEN / name)
        assert result.paragraphs, f"{name}: no paragraphs"
        assert words in " ".join(p.text for p in result.paragraphs)
    else:
        with pytest.raises(error) as caught:
            read_document(BROKEN / name)
        message = str(caught.value)
        assert message.startswith(f"{name}: ")
        assert words in message
        assert "\n" not in message and "Traceback" not in message
    assert time.monotonic() - started < SECONDS_PER_FILE


def test_the_password_protected_pdf_opens_with_its_password() -> None:
    result = read_document(BROKEN / "password-1234.pdf", password="1234")
    assert "DocLayNet" in " ".join(p.text for p in result.paragraphs)
    with pytest.raises(EncryptedDocument, match="password given is wrong"):
        read_document(BROKEN / "password-1234.pdf", password="4321")


def test_owner_password_restrictions_are_recorded_not_obeyed() -> None:
    document = read_document(BROKEN / "cabinet-of-horrors_encryption_notextaccess.pdf").document
    assert document.restrictions == ("no-copy",)


def test_repaired_files_say_so_in_their_warnings() -> None:
    document = read_document(BROKEN / "cabinet-of-horrors_corruptionOneByteMissing.pdf").document
    assert any("repair" in warning for warning in document.warnings)


def test_a_scanned_page_is_read_by_ocr_or_refused_saying_ocr_is_needed() -> None:
    scanned = BROKEN / "scanned-no-text-layer_ocr_test.pdf"
    if shutil.which("tesseract"):
        result = read_document(scanned)
        text = " ".join(p.text for p in result.paragraphs)
        assert "Docling bundles PDF document conversion" in text
        assert any("OCR" in warning for warning in result.document.warnings)
    else:
        with pytest.raises(NoTextLayer, match="no OCR engine installed"):
            read_document(scanned)
    with pytest.raises(NoTextLayer, match="OCR was turned off"):
        read_document(scanned, ocr=False)


def test_a_folder_of_broken_files_yields_every_file_by_content() -> None:
    skipped: list[tuple[Path, str]] = []
    found = {path.name for path in iter_document_files([BROKEN], skipped=skipped)}
    assert "empty-file.pdf" not in found  # nothing in it to sniff, so it is reported as skipped
    assert [(path.name, reason) for path, reason in skipped] == [("empty-file.pdf", "empty file; skipped")]
    assert {"not-a-pdf.pdf", "html-error-page-saved-as.pdf", "password-1234.pdf"} <= found
    assert sniff_media_type(BROKEN / "html-error-page-saved-as.pdf") == "text/html"


def test_reading_a_folder_reports_bad_files_and_keeps_the_good(tmp_path: Path) -> None:
    for name in ("pdfjs_helloworld-bad.pdf", "empty-file.pdf", "cabinet-of-horrors_javascript.pdf", "cabinet-of-horrors_encryption_openpassword.pdf"):
        shutil.copy(BROKEN / name, tmp_path / name)
    read, refused = [], []
    for path in iter_document_files([tmp_path]):
        try:
            read.append(read_document(path).document.title)
        except UnreadableDocument as exc:
            refused.append(str(exc))
    assert read == ["JavaScript example", "Hello, world!"]
    assert refused == ["cabinet-of-horrors_encryption_openpassword.pdf: encrypted: needs a password (use --password)"]
