"""Take docs/screenshot.png: the page with results for "Lutterworth beds", in headless Chromium.

    python3 scripts/screenshot.py [--index indexes/default] [--query "Lutterworth beds"] [--out docs/screenshot.png]

Needs the `server` extra, Playwright's Python package and a Chromium at /usr/bin/chromium
(Debian's `chromium` package; `playwright install` is not needed).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

log = logging.getLogger("screenshot")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(index_dir: Path) -> Iterator[str]:
    """Serve the index on a free loopback port in a background thread; yields the base URL."""
    import uvicorn

    from docsearch.server import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(index_dir), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.1)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, default=Path("indexes/default"))
    parser.add_argument("--query", default="Lutterworth beds")
    parser.add_argument("--out", type=Path, default=Path("docs/screenshot.png"))
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")

    from playwright.sync_api import sync_playwright

    with running_server(args.index) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": args.width, "height": args.height}, locale="en-GB")
        page.goto(base + "/")
        page.get_by_label("Search the papers").fill(args.query)
        page.get_by_role("button", name="Search").click()
        page.wait_for_selector("article.hit")
        args.out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(args.out))
        browser.close()
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
