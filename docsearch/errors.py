"""One small error hierarchy: every failure a user can cause or meet is a DocsearchError."""

from __future__ import annotations


class DocsearchError(Exception):
    """Base class: the message is one line a person can act on."""


class UnreadableDocument(DocsearchError):
    """A file could not be read into paragraphs (the message names the file and why)."""


class NotADocument(UnreadableDocument):
    """The file's content is not a supported document type (checked by content, not name)."""


class EmptyDocument(UnreadableDocument):
    """The file is empty or holds no text."""


class EncryptedDocument(UnreadableDocument):
    """The PDF needs an open password that was not given or was wrong."""


class DamagedDocument(UnreadableDocument):
    """The file is damaged beyond what the PDF library can repair."""


class NoTextLayer(UnreadableDocument):
    """Pages are images with no text layer and no OCR engine is installed."""


class ReadTimeout(UnreadableDocument):
    """Reading took longer than the per-file limit."""


class IndexError_(DocsearchError):
    """Base for index problems (named with a trailing underscore to avoid the builtin)."""


class IndexNotFound(IndexError_):
    """No index at the given folder."""


class IndexMismatch(IndexError_):
    """The index was built with other settings (model, chunking, schema); rebuild it."""


class IndexLocked(IndexError_):
    """Another process is writing to the index."""


class QueryError(DocsearchError):
    """A query or filter could not be understood."""
