"""End to end in a real headless browser: an officer searches, narrows by a site, opens the PDF.

Runs Debian's Chromium (/usr/bin/chromium) through Playwright's Python package against uvicorn
on a free loopback port. Skipped, with the reason, when either is missing. On failure a
screenshot of the page is saved under tests/artifacts/.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
QUERY = "Lutterworth beds"
TIMEOUT_MS = 60_000

pytest.importorskip("uvicorn", reason="the server extra is not installed (pip install -e '.[server]')")
sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install -y chromium)", allow_module_level=True)

pytestmark = pytest.mark.slow


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def base_url(corpus_index: Path) -> Iterator[str]:
    """The app served by uvicorn on 127.0.0.1 in a background thread."""
    import uvicorn

    from docsearch.server import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(corpus_index), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 120
    while not server.started:
        assert thread.is_alive(), "uvicorn stopped while starting"
        assert time.monotonic() < deadline, "uvicorn did not start within 120 s"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="en-GB")
    opened = context.new_page()
    opened.set_default_timeout(TIMEOUT_MS)
    failed_before = request.session.testsfailed
    yield opened
    if request.session.testsfailed > failed_before:  # the call's report is counted before teardown
        ARTIFACTS.mkdir(exist_ok=True)
        opened.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def search(page, base_url: str, query: str) -> None:
    """Type the query in the labelled search box and submit it with the keyboard."""
    page.goto(base_url + "/")
    box = page.get_by_label("Search the papers")
    box.fill(query)
    box.press("Enter")
    page.wait_for_selector("article.hit, h2:has-text('No passages found')")


def narrowed_results_all_name(page, entity: str) -> list[str]:
    """Texts of the results on the page that do not carry a chip for `entity` (none, when narrowed right)."""
    results = page.locator("article.hit")
    return [results.nth(i).inner_text() for i in range(results.count())
            if results.nth(i).locator(f'a.chip[data-entity="{entity}"]').count() != 1]


def test_an_officer_searches_narrows_by_a_site_and_opens_the_pdf(page, base_url):
    search(page, base_url, QUERY)
    assert "q=Lutterworth+beds" in page.url

    # A cited passage from the draft STP in the agenda pack naming Feilding Palmer or Lutterworth's beds.
    hits = page.locator("article.hit")
    count = hits.count()
    assert 0 < count <= 10
    texts = [hits.nth(i).inner_text() for i in range(count)]
    assert any("agenda pack" in text and "4 Jan 2017" in text
               and ("Feilding Palmer" in text or re.search(r"Lutterworth.*\bbeds?\b", text, re.IGNORECASE | re.DOTALL))
               for text in texts), texts
    assert page.locator("article.hit mark").first.inner_text().lower() in {"lutterworth", "beds", "bed"}
    assert page.get_by_role("heading", name="What the papers say").is_visible()

    # The Feilding Palmer Hospital chip narrows the results to paragraphs naming that site.
    entity = "SITE:Feilding Palmer Hospital"
    page.locator(f'article.hit a.chip-site[data-entity="{entity}"]').first.click()
    page.wait_for_url(re.compile(r"entity=SITE%3AFeilding"))
    narrowed = page.locator("article.hit")
    assert 0 < narrowed.count() <= count
    assert narrowed_results_all_name(page, entity) == []
    assert page.get_by_label("Search the papers").input_value() == QUERY

    # "Open at page" opens the original PDF at the cited page.
    link = narrowed.first.get_by_role("link", name=re.compile("^Open at page"))
    href = link.get_attribute("href")
    assert re.fullmatch(r"/documents/[0-9a-f]{16}/file#page=\d+", href)
    with page.expect_response(lambda response: "/file" in response.url) as response_info:
        link.click()
    response = response_info.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert page.url.endswith(href)
    # Chromium hands the navigation to its PDF viewer, so fetch the same URL for the bytes.
    fetched = page.request.get(base_url + href.split("#")[0])
    assert fetched.ok and fetched.headers["content-type"] == "application/pdf"
    assert fetched.body().startswith(b"%PDF")


def test_every_site_chip_narrows_to_paragraphs_naming_that_site(page, base_url):
    search(page, base_url, QUERY)
    count = page.locator("article.hit").count()
    chips = page.locator("article.hit a.chip-site")
    links = {chips.nth(i).get_attribute("data-entity"): chips.nth(i).get_attribute("href")
             for i in range(chips.count())}
    assert len(links) >= 2
    wrong = {}
    for entity, href in links.items():
        page.goto(base_url + href)
        assert 0 < page.locator("article.hit").count() <= count
        if narrowed_results_all_name(page, entity):
            wrong[entity] = narrowed_results_all_name(page, entity)
    assert wrong == {}


def test_context_shows_the_cited_paragraph_highlighted_among_its_neighbours(page, base_url):
    search(page, base_url, QUERY)
    first = page.locator("article.hit").first
    ordinal = first.get_attribute("data-ordinal")
    first.get_by_role("link", name=re.compile("^Context")).click()
    page.wait_for_url(re.compile(rf"around={ordinal}"))
    target = page.locator("li.paragraph.target")
    assert target.count() == 1
    assert target.get_attribute("id") == f"p{ordinal}"
    assert target.get_attribute("aria-current") == "true"
    assert page.locator("li.paragraph").count() > 1


def test_the_search_works_on_a_narrow_screen_by_keyboard_alone(browser, base_url):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(base_url + "/")
        page.keyboard.press("Tab")  # the skip link comes first
        assert page.evaluate("document.activeElement.textContent") == "Skip to content"
        page.get_by_label("Search the papers").focus()
        page.keyboard.type(QUERY)
        page.keyboard.press("Enter")
        page.wait_for_selector("article.hit")
        page_width = page.evaluate("document.documentElement.scrollWidth")
        assert page_width <= 360, f"the page is {page_width}px wide on a 360px screen"
    except Exception:
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "narrow-screen.png"), full_page=True)
        raise
    finally:
        context.close()
