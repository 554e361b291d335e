"""Which files are documents: type sniffing by content, and folder walking."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

log = logging.getLogger(__name__)

PDF = "application/pdf"
HTML = "text/html"
TEXT = "text/plain"
MARKDOWN = "text/markdown"

CATALOG_NAME = "catalog.json"
_SNIFF_BYTES = 8192
_MARKDOWN_SUFFIXES = {".md", ".markdown"}
# Text files that are code or data, never papers: skipped when walking a folder.
_NOT_DOCUMENT_SUFFIXES = {
    ".py", ".pyc", ".sh", ".bash", ".js", ".mjs", ".ts", ".css", ".json", ".jsonl", ".yaml", ".yml",
    ".toml", ".ini", ".cfg", ".xml", ".csv", ".tsv", ".log", ".lock", ".bat", ".ps1", ".sql", ".svg",
}
# Names that promise a paper: one whose content is none is reported when walking a folder, not lost.
_DOCUMENT_SUFFIXES = {".pdf", ".html", ".htm", ".txt", ".text", ".md", ".markdown"}
_BINARY_MAGIC = (
    b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*", b"BM", b"RIFF", b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"\x7fELF", b"%!PS",
)
_HTML_MARKS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title")


def sniff_media_type(path: str | Path) -> str | None:
    """The media type of a file judged by its content, or None when it is not a document.

    Returns "application/pdf", "text/html", "text/plain" or "text/markdown" (text content in a
    file named .md/.markdown). Images, archives and Office files, binaries, JSON and scripts
    (a "#!" first line) give None, as does an empty or unreadable file.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        log.warning("%s: cannot read (%s)", path, exc.strerror or exc)
        return None
    return sniff_bytes(head, path.suffix.lower())


def sniff_bytes(head: bytes, suffix: str = "") -> str | None:
    """The media type of content starting with `head` (see sniff_media_type)."""
    if not head:
        return None
    if b"%PDF-" in head[:1024]:
        return PDF
    if head.startswith(_BINARY_MAGIC):
        return None
    text = decode_text(head, partial=True)
    if text is None:
        return None
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith("<?xml"):
        return HTML if "<html" in lowered[:1024] else None
    if lowered.startswith("<") and any(mark.decode() in lowered[:2048] for mark in _HTML_MARKS):
        return HTML
    if lowered.startswith("#!"):
        return None
    if lowered[:1] in ("{", "[") and _is_json(text):
        return None
    if not lowered.strip():
        return None
    return MARKDOWN if suffix in _MARKDOWN_SUFFIXES else TEXT


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        # A long file cut at _SNIFF_BYTES fails to parse; "{" plus a quoted key still says JSON.
        stripped = text.lstrip()
        return len(text) >= _SNIFF_BYTES - 4 and stripped[:1] in "{[" and stripped[1:].lstrip()[:1] in '"{[0123456789'
    return True


def decode_text(data: bytes, *, partial: bool = False) -> str | None:
    """Decode bytes as text (UTF-8, UTF-16 with a BOM, else Windows-1252), None if binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16", errors="ignore" if partial else "strict")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A multi-byte character cut at the end of a sniffed prefix is still UTF-8.
        if partial and exc.start >= len(data) - 3:
            text = data[: exc.start].decode("utf-8-sig", errors="replace")
        else:
            text = data.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(2, len(text) // 100):
        return None
    return text


def iter_document_files(
    paths: Iterable[str | Path], *, skipped: list[tuple[Path, str]] | None = None
) -> Iterator[Path]:
    """Yield the document files under `paths`: files as given, folders walked recursively.

    Folders are walked in sorted order (the same run gives the same order), following symbolic
    links but never round a loop. Only PDF, HTML, plain-text and Markdown files (by content) are
    kept; `catalog.json`, hidden files, scripts, JSON, images and other binaries are skipped.
    Unreadable entries and symlink loops are logged as warnings and skipped, never fatal; when
    `skipped` is given, each is also appended to it as (path, reason).
    """
    seen_dirs: set[tuple[int, int]] = set()
    note = _Skips(skipped)
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, seen_dirs, note)
        elif path.is_file():
            yield path
        else:
            note(path, "no such file or folder; skipped")


class _Skips:
    """Log a skipped entry and, if the caller asked, keep it for the caller's report."""

    def __init__(self, into: list[tuple[Path, str]] | None) -> None:
        self.into = into

    def __call__(self, path: Path, reason: str) -> None:
        log.warning("%s: %s", path, reason)
        if self.into is not None:
            self.into.append((path, reason))


def _walk(folder: Path, seen_dirs: set[tuple[int, int]], note: _Skips) -> Iterator[Path]:
    try:
        stat = folder.stat()
    except OSError as exc:
        note(folder, f"cannot open folder ({exc.strerror or exc}); skipped")
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen_dirs:
        note(folder, "folder already visited (symbolic link loop?); skipped")
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        note(folder, f"cannot list folder ({exc.strerror or exc}); skipped")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError as exc:
            note(path, f"cannot inspect ({exc.strerror or exc}); skipped")
            continue
        if is_dir:
            yield from _walk(path, seen_dirs, note)
        elif is_file and _is_document_file(path, note):
            yield path
        elif not is_file and entry.is_symlink():
            note(path, "broken symbolic link (or a link loop); skipped")


def _is_document_file(path: Path, note: _Skips) -> bool:
    if path.name == CATALOG_NAME or path.suffix.lower() in _NOT_DOCUMENT_SUFFIXES:
        return False
    if not os.access(path, os.R_OK):
        note(path, "not readable (permission denied); skipped")
        return False
    if sniff_media_type(path) is not None:
        return True
    if path.suffix.lower() in _DOCUMENT_SUFFIXES:
        try:
            empty = path.stat().st_size == 0
        except OSError:
            empty = False
        note(path, "empty file; skipped" if empty else "not a PDF, HTML or text file by its content; skipped")
    return False
