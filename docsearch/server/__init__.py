"""A web page for officers and a JSON API over one index (needs the `server` extra).

    from docsearch.server import create_app
    import uvicorn
    uvicorn.run(create_app(Path("indexes/default")), host="127.0.0.1", port=8000)
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
