"""Which files are documents: judged by content, folders walked in a stable order."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from docsearch.extract import iter_document_files, sniff_media_type

PDF_BYTES = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("report.pdf", PDF_BYTES, "application/pdf"),
        ("renamed.txt", PDF_BYTES, "application/pdf"),
        ("page.html", "<!DOCTYPE html><html><head><title>x</title></head></html>", "text/html"),
        ("error.pdf", "<!doctype html>\n<html lang='en'><body>Report not found</body></html>", "text/html"),
        ("notes.txt", "Minutes of the meeting held on 4 January 2017.\n", "text/plain"),
        ("readme.md", "# Heading\n\nSome text.\n", "text/markdown"),
        ("notes.md", PDF_BYTES, "application/pdf"),
        ("data.json", '{"title": "not a paper"}', None),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00", None),
        ("tool.sh", "#!/bin/sh\necho hello\n", None),
        ("blob.bin", bytes(range(256)) * 4, None),
        ("empty.pdf", b"", None),
    ],
)
def test_media_type_is_judged_by_content_not_name(tmp_path: Path, name: str, content: bytes | str, expected: str | None) -> None:
    assert sniff_media_type(write(tmp_path / name, content)) == expected


def test_sniffing_a_real_html_page_saved_as_pdf_says_html(data_dir: Path) -> None:
    assert sniff_media_type(data_dir / "broken" / "html-error-page-saved-as.pdf") == "text/html"
    assert sniff_media_type(data_dir / "broken" / "not-a-pdf.pdf") == "text/plain"
    assert sniff_media_type(data_dir / "broken" / "empty-file.pdf") is None


def test_a_folder_is_walked_recursively_in_sorted_order_keeping_only_documents(tmp_path: Path) -> None:
    write(tmp_path / "b.pdf", PDF_BYTES)
    write(tmp_path / "a" / "z.html", "<html><body><p>x</p></body></html>")
    write(tmp_path / "a" / "notes.txt", "Some notes.")
    write(tmp_path / "catalog.json", "{}")
    write(tmp_path / ".hidden.pdf", PDF_BYTES)
    write(tmp_path / ".git" / "x.pdf", PDF_BYTES)
    write(tmp_path / "build.py", "print('hello')")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "c.md", "# Title\n")
    found = [path.relative_to(tmp_path).as_posix() for path in iter_document_files([tmp_path])]
    assert found == ["a/notes.txt", "a/z.html", "b.pdf", "c.md"]


def test_files_named_directly_are_kept_as_given(tmp_path: Path) -> None:
    image = write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    paper = write(tmp_path / "paper.pdf", PDF_BYTES)
    assert list(iter_document_files([paper, image])) == [paper, image]


def test_a_symlink_loop_and_a_missing_path_are_warnings_not_failures(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    write(tmp_path / "docs" / "paper.pdf", PDF_BYTES)
    os.symlink(tmp_path / "docs", tmp_path / "docs" / "loop")
    os.symlink(tmp_path / "nowhere", tmp_path / "docs" / "dangling.pdf")
    with caplog.at_level(logging.WARNING):
        found = list(iter_document_files([tmp_path / "docs", tmp_path / "missing"]))
    assert found == [tmp_path / "docs" / "paper.pdf"]
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "loop" in messages
    assert "no such file" in messages
