"""docsearch: search council and NHS papers; answers cited by document, meeting date, page and paragraph.

    import docsearch
    index = docsearch.open_index("indexes/default")
    hits = index.search("Lutterworth beds", k=10)
"""

from __future__ import annotations

from .errors import DocsearchError
from .index import Index, UpdateReport, build_index, open_index
from .models import Answer, AnswerSentence, Chunk, Citation, Document, Entity, Hit, Paragraph, Part

__version__ = "0.1.0"

__all__ = [
    "Answer", "AnswerSentence", "Chunk", "Citation", "DocsearchError", "Document", "Entity", "Hit", "Index",
    "Paragraph", "Part", "UpdateReport", "build_index", "open_index",
]
