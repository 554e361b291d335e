"""The HTTP API and the page, through FastAPI's TestClient, over an index of the default corpus."""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, fields
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

pytest.importorskip("fastapi", reason="the server extra is not installed (pip install -e '.[server]')")
pytest.importorskip("jinja2", reason="the server extra is not installed (pip install -e '.[server]')")

from fastapi.testclient import TestClient

import docsearch
from docsearch.errors import IndexNotFound
from docsearch.models import Citation, Entity, Hit
from docsearch.server import create_app
from docsearch.server.views import format_amount, highlight, stems

pytestmark = pytest.mark.slow

QUERY = "Lutterworth beds"
FEILDING = "SITE:Feilding Palmer Hospital"
HIT_ROW = re.compile(r'<article class="hit" data-doc-id="([0-9a-f]{16})" data-ordinal="(\d+)"')


@pytest.fixture(scope="module")
def index(corpus_index: Path):
    with docsearch.open_index(corpus_index) as opened:
        yield opened


@pytest.fixture(scope="module")
def client(corpus_index: Path):
    with TestClient(create_app(corpus_index)) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def agenda_pack(index) -> docsearch.Document:
    return next(d for d in index.documents() if d.kind == "agenda pack")


def as_json(value: object) -> object:
    """What the CLI's --json prints for a record, read back."""
    return json.loads(json.dumps(value, ensure_ascii=False, default=str))


def paragraph_entities(index, citation: dict) -> set[str]:
    """LABEL:canonical of every entity in the cited paragraph."""
    [paragraph] = index.paragraphs(citation["doc_id"], citation["paragraph_ordinal"], citation["paragraph_ordinal"] + 1)
    return {f"{e.label}:{e.canonical}" for e in paragraph.entities}


def assert_one_line_error(response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    message = body["error"]
    assert message and "\n" not in message and "Traceback" not in message and len(message) <= 300
    return message


# -- the JSON API -----------------------------------------------------------------------------

def test_search_returns_exactly_what_the_cli_json_prints(client, index):
    response = client.get("/api/search", params={"q": QUERY, "k": 10})
    assert response.status_code == 200
    body = response.json()
    assert body["query"] == QUERY and body["k"] == 10 and body["page"] == 1
    assert body["hits"] == as_json([asdict(hit) for hit in index.search(QUERY, k=10)])


def test_every_hit_has_the_keys_of_a_hit_with_its_citation_and_entities(client):
    hits = client.get("/api/search", params={"q": QUERY}).json()["hits"]
    assert len(hits) == 10
    for hit in hits:
        assert set(hit) == {f.name for f in fields(Hit)}
        assert set(hit["citation"]) == {f.name for f in fields(Citation)}
        for entity in hit["entities"]:
            assert set(entity) == {f.name for f in fields(Entity)}
    assert any("Lutterworth" in hit["text"] for hit in hits)


def test_the_second_page_continues_where_the_first_stopped(client, index):
    first = client.get("/api/search", params={"q": QUERY, "k": 5}).json()
    second = client.get("/api/search", params={"q": QUERY, "k": 5, "page": 2}).json()
    assert first["next_page"] == 2
    ten = as_json([asdict(hit) for hit in index.search(QUERY, k=10)])
    assert [h["chunk_id"] for h in first["hits"] + second["hits"]] == [h["chunk_id"] for h in ten]


def test_ask_answers_with_sentences_each_cited(client):
    answer = client.get("/api/ask", params={"q": "How many beds will Lutterworth have?"}).json()
    assert set(answer) == {"question", "sentences", "hits", "found", "message"}
    assert answer["found"] and answer["sentences"]
    for sentence in answer["sentences"]:
        assert sentence["text"] and sentence["citation"]["doc_id"] and sentence["citation"]["page"]


def test_an_entity_filter_keeps_only_paragraphs_naming_that_site(client, index):
    unfiltered = client.get("/api/search", params={"q": QUERY, "k": 20}).json()["hits"]
    filtered = client.get("/api/search", params={"q": QUERY, "k": 20, "entity": FEILDING}).json()["hits"]
    assert filtered, "Feilding Palmer Hospital is named in the draft STP"
    assert all(FEILDING in paragraph_entities(index, hit["citation"]) for hit in filtered)
    assert not all(FEILDING in paragraph_entities(index, hit["citation"]) for hit in unfiltered)


@pytest.mark.parametrize(("query", "entity"), [("hospital beds", "SITE:Leicester Royal Infirmary"),
                                                (QUERY, "SITE:Lutterworth Medical Centre")])
def test_a_site_filter_keeps_only_paragraphs_naming_exactly_that_site(client, index, query, entity):
    hits = client.get("/api/search", params={"q": query, "k": 20, "entity": entity}).json()["hits"]
    assert hits
    assert [h["citation"]["paragraph_ordinal"] for h in hits
            if entity not in paragraph_entities(index, h["citation"])] == []


def test_a_document_filter_keeps_only_that_document(client, index):
    cabinet = next(d for d in index.documents() if d.date == "2018-04-10")
    hits = client.get("/api/search", params={"q": "community hospital beds", "document": cabinet.doc_id}).json()["hits"]
    assert hits and {hit["citation"]["doc_id"] for hit in hits} == {cabinet.doc_id}


def test_a_date_range_keeps_only_meetings_inside_it(client):
    everything = client.get("/api/search", params={"q": QUERY, "k": 30}).json()["hits"]
    assert any(hit["citation"]["date"] < "2018" for hit in everything)
    in_2018 = {"q": QUERY, "k": 30, "from": "2018-01-01", "to": "2018-12-31"}
    hits = client.get("/api/search", params=in_2018).json()["hits"]
    assert hits and all("2018-01-01" <= hit["citation"]["date"] <= "2018-12-31" for hit in hits)


def test_a_body_filter_keeps_only_that_body(client):
    hits = client.get("/api/search", params={"q": QUERY, "body": "Cabinet"}).json()["hits"]
    assert hits and all("Cabinet" in hit["citation"]["body"] for hit in hits)


def test_a_minimum_amount_keeps_only_paragraphs_with_a_sum_that_large(client, index):
    hits = client.get("/api/search", params={"q": "capital investment", "min_amount": "5m"}).json()["hits"]
    assert hits
    for hit in hits:
        [paragraph] = index.paragraphs(hit["citation"]["doc_id"], hit["citation"]["paragraph_ordinal"],
                                       hit["citation"]["paragraph_ordinal"] + 1)
        assert any(e.label == "MONEY" and max(e.value or 0, e.value_max or 0) >= 5e6 for e in paragraph.entities)


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"q": QUERY, "k": 0}, "k"),
        ({"q": QUERY, "k": 1000}, "k"),
        ({"q": QUERY, "k": "ten"}, "k"),
        ({"q": "x" * 5000}, "q"),
        ({"q": ""}, "q"),
        ({}, "q"),
        ({"q": "   "}, "empty"),
        ({"q": QUERY, "page": 0}, "page"),
        ({"q": QUERY, "k": 50, "page": 5}, "page"),
        ({"q": QUERY, "from": "April 2018"}, "from"),
        ({"q": QUERY, "to": "2018-02-30"}, "to"),
        ({"q": QUERY, "entity": "HOSPITAL:Feilding Palmer"}, "entity"),
        ({"q": QUERY, "min_amount": "lots"}, "amount"),
        ({"q": QUERY, "kind": "poem"}, "kind"),
        ({"q": QUERY, "from": "2018", "to": "2017-06"}, "after"),
        ({"q": QUERY, "entity": "SITE:"}, "name"),
    ],
)
def test_bad_parameters_get_400_with_a_one_line_reason(client, params, names):
    message = assert_one_line_error(client.get("/api/search", params=params), 400)
    assert names in message


@pytest.mark.parametrize(
    "query",
    ['"Lutterworth', "beds AND OR NOT (", "NEAR(a b", "' OR 1=1 --", "Lutterworth\x00beds", "£1.3m", "🏥 beds",
     "%", "_", "*", "a" * 1000, "\u202eLutterworth"],
)
def test_awkward_queries_are_answered_never_a_500(client, query):
    for path in ("/api/search", "/api/ask", "/"):
        response = client.get(path, params={"q": query, "document": query[:200], "body": query[:200]})
        assert response.status_code in (200, 400), (path, response.status_code, response.text[:200])
        assert "Traceback" not in response.text


def test_an_unexpected_failure_is_a_one_line_500_without_a_traceback(corpus_index, monkeypatch):
    app = create_app(corpus_index, warm=False)

    def broken(*args, **kwargs):
        raise RuntimeError("secret detail\n  File 'x.py', line 1")

    monkeypatch.setattr(app.state.index, "search", broken)
    response = TestClient(app).get("/api/search", params={"q": QUERY})
    message = assert_one_line_error(response, 500)
    assert "secret detail" not in message and "File" not in message


def test_a_missing_index_is_reported_when_the_app_is_made(tmp_path):
    with pytest.raises(IndexNotFound):
        create_app(tmp_path / "nothing-here")


def test_health_reports_the_index_and_its_size(client, index, corpus_index):
    health = client.get("/api/health").json()
    stats = index.stats()
    assert health["status"] == "ok" and health["index"] == corpus_index.name
    assert health["documents"] == stats["documents"] == 5
    assert health["paragraphs"] == stats["paragraphs"] > 1000
    assert health["built_at"] == stats["built_at"]


def test_documents_lists_what_the_cli_lists(client, index):
    body = client.get("/api/documents").json()
    assert body == as_json({"documents": [asdict(d) for d in index.documents()], "failed": index.failures(),
                            "parts": {doc_id: [asdict(p) for p in found] for doc_id, found in index.parts().items()}})


def test_a_document_comes_with_its_paragraphs_a_page_at_a_time(client, index, agenda_pack):
    first = client.get(f"/api/documents/{agenda_pack.doc_id}", params={"limit": 20}).json()
    assert first["document"] == as_json(asdict(agenda_pack))
    assert [p["ordinal"] for p in first["paragraphs"]] == list(range(20))
    assert first["next_start"] == 20
    second = client.get(f"/api/documents/{agenda_pack.doc_id}", params={"start": 20, "limit": 20}).json()
    assert second["paragraphs"] == as_json([asdict(p) for p in index.paragraphs(agenda_pack.doc_id, 20, 40)])
    assert_one_line_error(client.get(f"/api/documents/{agenda_pack.doc_id}", params={"limit": 5000}), 400)


@pytest.mark.parametrize("doc_id", ["0000000000000000", "721d2782", "%25", "..%2F..%2Fetc%2Fpasswd"])
def test_an_unknown_document_is_404(client, doc_id):
    assert_one_line_error(client.get(f"/api/documents/{doc_id}"), 404)


def test_entities_are_summarised_by_label_with_counts(client):
    body = client.get("/api/entities", params={"label": "SITE", "limit": 1000}).json()
    assert body["total"] == len(body["entities"]) > 0
    assert {row["label"] for row in body["entities"]} == {"SITE"}
    counts = [row["count"] for row in body["entities"]]
    assert counts == sorted(counts, reverse=True)
    feilding = next(row for row in body["entities"] if row["canonical"] == "Feilding Palmer Hospital")
    assert feilding["count"] >= feilding["paragraphs"] >= 1 and feilding["documents"] >= 1
    everything = client.get("/api/entities", params={"limit": 1000}).json()
    assert {"MONEY", "ORG", "SITE"} <= {row["label"] for row in everything["entities"]}
    assert_one_line_error(client.get("/api/entities", params={"label": "HOSPITAL"}), 400)


def test_the_openapi_description_lists_the_api(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/search", "/api/ask", "/api/documents", "/api/documents/{doc_id}", "/api/entities",
            "/api/health"} <= set(paths)


def test_the_openapi_description_gives_the_errors_the_server_sends(client):
    spec = client.get("/api/openapi.json").json()
    for operations in spec["paths"].values():
        for operation in operations.values():
            assert "422" not in operation["responses"]  # bad input is a 400 with {"error": ...}
            assert {"4XX", "503"} <= set(operation["responses"])
    assert spec["components"]["schemas"]["ErrorResponse"]["required"] == ["error"]
    kind = next(p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "kind")
    assert "table" in kind["schema"]["enum"]


@pytest.mark.parametrize("path", ["/api/documents/{id}?start=9223372036854775800", "/documents/{id}?around=99999999999999999999999",
                                  "/documents/{id}?start=9223372036854775800"])
def test_a_paragraph_number_past_any_paper_is_a_400_not_a_500(client, agenda_pack, path):
    assert_one_line_error(client.get(path.format(id=agenda_pack.doc_id)), 400)


def test_the_last_page_of_results_offers_no_next_page(client, index):
    filters = {"entity": "SITE:Lutterworth", "kind": "table"}
    total = len(index.search("community hospital beds", k=50, **filters))
    assert 2 <= total < 50
    last = client.get("/api/search", params={"q": "community hospital beds", "k": total, **filters}).json()
    assert len(last["hits"]) == total and last["next_page"] is None
    page = client.get("/", params={"q": "community hospital beds", "k": total, **filters}).text
    assert 'rel="next"' not in page
    short = client.get("/api/search", params={"q": "community hospital beds", "k": total - 1, **filters}).json()
    assert short["next_page"] == 2


def test_a_question_the_papers_do_not_answer_says_so_on_the_page(client):
    question = "who won the football world cup in 1966"
    assert client.get("/api/ask", params={"q": question}).json()["found"] is False
    page = client.get("/", params={"q": question}).text
    assert "Nothing in the indexed papers answers that" in page


def test_filters_from_a_shared_link_are_shown_and_can_be_removed(client):
    page = client.get("/", params={"q": QUERY, "from": "2017", "min_amount": "1m", "kind": "table"}).text
    assert 'value="2017"' in page  # a year is shown as given, not dropped by a date picker
    assert page.count("remove this filter") == 2
    assert "at least 1m" in page and "kind table" in page


def test_searches_at_the_same_time_get_the_same_answers(client):
    queries = [QUERY, "capital investment", "community hospital beds", QUERY] * 2
    expected = {q: client.get("/api/search", params={"q": q}).json()["hits"] for q in set(queries)}
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda q: client.get("/api/search", params={"q": q}).json()["hits"], queries))
    assert results == [expected[q] for q in queries]


# -- the files ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "path",
    [
        "/documents/../../etc/passwd/file",
        "/documents/%2e%2e%2f%2e%2e%2fetc%2fpasswd/file",
        "/documents/..%2F..%2F..%2Fetc%2Fpasswd/file",
        "/documents/%2Fetc%2Fpasswd/file",
        "/documents/0000000000000000/file",
        "/documents/721d2782/file",
        "/documents/%25/file",
        "/documents/file",
    ],
)
def test_the_file_route_serves_nothing_but_indexed_documents(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text


def test_the_file_route_serves_the_pdf_inline_for_a_page_link(client, agenda_pack):
    response = client.get(f"/documents/{agenda_pack.doc_id}/file")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith("inline")
    assert response.content.startswith(b"%PDF")
    assert response.content == Path(agenda_pack.path).read_bytes()


def test_an_html_paper_is_served_sandboxed(client, index):
    html = next(d for d in index.documents() if d.media_type == "text/html")
    response = client.get(f"/documents/{html.doc_id}/file")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    assert response.headers["content-security-policy"] == "sandbox"


# -- the page -------------------------------------------------------------------------------

def test_the_page_without_a_query_is_a_search_box(client):
    response = client.get("/")
    assert response.status_code == 200
    assert '<label for="q">' in response.text and 'id="q" name="q"' in response.text
    assert "<article" not in response.text
    assert "http://" not in response.text.replace("http://127.0.0.1", "") and "https://" not in response.text


def test_the_page_shows_the_same_paragraphs_in_the_same_order_as_the_cli(client, index):
    response = client.get("/", params={"q": QUERY})
    assert response.status_code == 200
    on_page = [(doc_id, int(ordinal)) for doc_id, ordinal in HIT_ROW.findall(response.text)]
    expected = [(h.citation.doc_id, h.citation.paragraph_ordinal) for h in index.search(QUERY, k=10)]
    assert on_page == expected


def test_the_page_shows_the_answer_first_and_marks_the_query_words(client):
    text = client.get("/", params={"q": QUERY}).text
    assert text.index("What the papers say") < text.index('<article class="hit"')
    assert "<mark>Lutterworth</mark>" in text
    assert "Feilding Palmer Hospital" in text
    assert "Health and Wellbeing Scrutiny Commission agenda pack" in text and "4 Jan 2017" in text


def test_a_site_chip_links_to_the_narrower_search(client, index):
    text = client.get("/", params={"q": QUERY}).text
    chip = re.search(r'<a class="chip chip-site" href="([^"]+)" data-entity="SITE:Feilding Palmer Hospital"', text)
    assert chip, "a result names Feilding Palmer Hospital"
    href = chip.group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(href).query) == {"q": [QUERY], "entity": [FEILDING]}
    narrowed = client.get(href).text
    rows = HIT_ROW.findall(narrowed)
    assert 0 < len(rows) <= 10
    for doc_id, ordinal in rows:
        citation = {"doc_id": doc_id, "paragraph_ordinal": int(ordinal)}
        assert FEILDING in paragraph_entities(index, citation)
    assert "Only paragraphs naming" in narrowed


def test_open_at_page_links_to_the_pdf_at_the_cited_page(client, index):
    text = client.get("/", params={"q": QUERY}).text
    first = index.search(QUERY, k=1)[0].citation
    assert f'href="/documents/{first.doc_id}/file#page={first.page}"' in text
    assert f'href="/documents/{first.doc_id}?around={first.paragraph_ordinal}#p{first.paragraph_ordinal}"' in text


def test_the_context_page_highlights_the_cited_paragraph_among_its_neighbours(client, index, agenda_pack):
    target = index.search(QUERY, k=1, document=agenda_pack.doc_id)[0].citation.paragraph_ordinal
    response = client.get(f"/documents/{agenda_pack.doc_id}", params={"around": target})
    assert response.status_code == 200
    ordinals = [int(o) for o in re.findall(r'<li id="p(\d+)"', response.text)]
    assert ordinals == list(range(target - 4, target + 5))
    assert re.search(rf'<li id="p{target}" class="paragraph [a-z_]+ target"\s+aria-current="true"', response.text)


def test_a_packs_passages_name_their_agenda_item_on_both_pages(client, index, agenda_pack):
    item = "Item 9: Sustainability and Transformation Plan"  # the pack's "Appendix C", the draft STP
    hit = index.search(QUERY, k=1, document=agenda_pack.doc_id)[0]
    assert hit.citation.part == item
    assert f"<span>{item}</span>" in client.get("/", params={"q": QUERY, "document": agenda_pack.doc_id}).text
    context = client.get(f"/documents/{agenda_pack.doc_id}", params={"around": hit.citation.paragraph_ordinal}).text
    assert context.count(f'<p class="part">{item}</p>') == 1  # once, above the first of its paragraphs shown
    listed = client.get("/api/documents").json()["parts"]
    assert [p["title"] for p in listed[agenda_pack.doc_id]] == [item] and len(listed) == 1


def test_the_page_escapes_what_was_typed(client):
    text = client.get("/", params={"q": '<script>alert("x")</script> beds'}).text
    assert "<script>alert" not in text and "&lt;script&gt;" in text


def test_a_bad_parameter_on_the_page_is_a_readable_page_not_json(client):
    response = client.get("/", params={"q": QUERY, "k": 1000}, headers={"accept": "text/html"})
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert "k: Input should be less than or equal to 50" in response.text and "Traceback" not in response.text


# -- helpers the page uses ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("amount", "written"),
    [(1_300_000, "£1.3m"), (1_000_000, "£1m"), (350_000, "£350k"), (8_600_000, "£8.6m"), (2.5e9, "£2.5bn"),
     (950, "£950"), (-3_000_000, "-£3m"), (12_500, "£12.5k"), (1_250_000, "£1.25m")],
)
def test_amounts_are_written_as_officers_write_them(amount, written):
    assert format_amount(amount) == written


def test_highlighting_marks_query_words_and_escapes_the_rest():
    marked = highlight("LUTTERWORTH <b>beds</b> & bedding", stems("Lutterworth beds"))
    assert str(marked) == "<mark>LUTTERWORTH</mark> &lt;b&gt;<mark>beds</mark>&lt;/b&gt; &amp; bedding"


def test_the_document_pager_keeps_the_page_size(client, agenda_pack):
    page = client.get(f"/documents/{agenda_pack.doc_id}", params={"start": 10, "limit": 5}).text
    assert f'/documents/{agenda_pack.doc_id}?start=5&amp;limit=5' in page
    assert f'/documents/{agenda_pack.doc_id}?start=15&amp;limit=5' in page
    default = client.get(f"/documents/{agenda_pack.doc_id}", params={"start": 50}).text
    assert f'/documents/{agenda_pack.doc_id}?start=100"' in default  # the default size is not written out
