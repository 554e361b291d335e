"""Several indexes searched as one: hits from each, named by index, k and filters as for one index."""

from __future__ import annotations

from pathlib import Path

import pytest

import docsearch
from docsearch.errors import QueryError
from docsearch.multi import open_indexes

COUNTY = {
    "beds.txt": "Community hospital beds\n\nLutterworth community hospital has 10 rehabilitation beds that will close "
                "under the plan.\n\nMarket Harborough will gain a single 21 bed ward at St Luke's Hospital.\n",
    "budget.txt": "Revenue budget\n\nThe council tax increase of 4% is proposed for 2017/18.\n",
}
CITY = {
    "wards.txt": "Hospital wards\n\nLeicester General Hospital will lose 40 acute beds when the wards move to the "
                 "Royal Infirmary.\n",
    "minutes.txt": "Minutes\n\nThe Commission asked about waiting times at the Leicester Royal Infirmary emergency "
                   "department.\n\nThe council tax increase of 4% is proposed for 2017/18.\n",
}


def build(folder: Path, papers: dict[str, str]) -> Path:
    source = folder.parent / f"{folder.name}-papers"
    source.mkdir(parents=True)
    for name, text in papers.items():
        (source / name).write_text(text, encoding="utf-8")
    docsearch.build_index([source], folder)[0].close()
    return folder


@pytest.fixture(scope="module")
def two_indexes(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("multi")
    return build(root / "county", COUNTY), build(root / "city", CITY)


def test_a_search_over_two_indexes_returns_hits_from_both_named_by_index(two_indexes):
    with open_indexes(two_indexes) as both:
        hits = both.search("hospital beds closing", k=6)
    by_index = {h.citation.index_name for h in hits}
    assert by_index == {"county", "city"}
    for hit in hits:
        papers = COUNTY if hit.citation.index_name == "county" else CITY
        assert Path(hit.citation.path).name in papers
    assert any("Lutterworth" in h.text for h in hits) and any("Leicester General" in h.text for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_k_is_the_number_of_hits_over_all_indexes(two_indexes):
    with open_indexes(two_indexes) as both:
        assert len(both.search("hospital", k=1)) == 1
        assert len(both.search("hospital", k=3)) == 3
        single = docsearch.open_index(two_indexes[0])
        assert both.search("Lutterworth rehabilitation beds", k=1)[0].text == single.search(
            "Lutterworth rehabilitation beds", k=1)[0].text
        single.close()


def test_filters_apply_to_every_index(two_indexes):
    with open_indexes(two_indexes) as both:
        hits = both.search("hospital", k=10, document="wards")
        assert hits and {Path(h.citation.path).name for h in hits} == {"wards.txt"}
        assert {h.citation.index_name for h in hits} == {"city"}
        with pytest.raises(QueryError, match="unknown filter"):
            both.search("hospital", k=3, colour="blue")


def test_a_passage_in_both_indexes_is_one_hit_cited_in_both(two_indexes):
    with open_indexes(two_indexes) as both:
        top = both.search("council tax increase of 4%", k=3)[0]
    assert "council tax increase of 4%" in top.text
    assert {top.citation.index_name} | {c.index_name for c in top.also_in} == {"county", "city"}


def test_a_paper_cut_differently_in_two_indexes_is_one_hit_cited_in_both(tmp_path):
    sentence = ("The County Council continues to invest in integration, and the officer time for 2018/19 is "
                "currently estimated at £875,000.")
    county = build(tmp_path / "county", {"report.txt": f"Report\n\n{sentence}\n"})
    city = build(tmp_path / "city", {"pack.txt": f"Pack\n\n{sentence} Members noted the figure.\n"})
    with open_indexes([county, city]) as both:
        hits = [h for h in both.search("officer time for integration in 2018/19", k=5) if "£875,000" in h.text]
    assert len(hits) == 1
    assert {hits[0].citation.index_name} | {c.index_name for c in hits[0].also_in} == {"county", "city"}


def test_an_answer_over_two_indexes_cites_the_index_of_each_sentence(two_indexes):
    with open_indexes(two_indexes) as both:
        answer = both.ask("Which hospital beds will close?", k=4)
    assert answer.found
    names = {s.citation.index_name for s in answer.sentences}
    assert names <= {"county", "city"} and names
    assert any("beds" in s.text for s in answer.sentences)


def test_indexes_with_the_same_folder_name_get_distinct_names(tmp_path, two_indexes):
    import shutil

    copy = tmp_path / "elsewhere" / "county"
    shutil.copytree(two_indexes[0], copy)
    with open_indexes([two_indexes[0], copy]) as both:
        assert both.names == [f"{two_indexes[0].parent.name}/county", "elsewhere/county"]
    with pytest.raises(QueryError, match="twice"):
        open_indexes([two_indexes[0], two_indexes[0]])


@pytest.fixture(scope="module")
def api(two_indexes):
    from fastapi.testclient import TestClient

    from docsearch.server import create_app

    with TestClient(create_app(list(two_indexes))) as client:
        yield client


def test_the_api_searches_every_served_index_and_names_each_hit_s_index(api):
    body = api.get("/api/search", params={"q": "hospital beds closing", "k": 6}).json()
    assert body["indexes"] == ["county", "city"]
    assert {hit["citation"]["index_name"] for hit in body["hits"]} == {"county", "city"}
    scores = [hit["score"] for hit in body["hits"]]
    assert scores == sorted(scores, reverse=True)


def test_the_api_narrows_a_search_to_named_indexes(api):
    body = api.get("/api/search", params={"q": "hospital", "k": 10, "index": "city"}).json()
    assert body["indexes"] == ["city"] and body["hits"]
    assert {hit["citation"]["index_name"] for hit in body["hits"]} == {"city"}
    answer = api.get("/api/ask", params={"q": "Which hospital beds will close?", "index": "county"}).json()
    assert answer["found"] and {s["citation"]["index_name"] for s in answer["sentences"]} == {"county"}
    wrong = api.get("/api/search", params={"q": "hospital", "index": "nowhere"})
    assert wrong.status_code == 400 and "nowhere" in wrong.json()["error"] and "county" in wrong.json()["error"]


def test_the_api_lists_and_opens_documents_of_every_index(api, two_indexes):
    listed = api.get("/api/documents").json()["documents"]
    assert {Path(d["path"]).name for d in listed} == set(COUNTY) | set(CITY)
    wards = next(d for d in listed if d["path"].endswith("wards.txt"))
    opened = api.get(f"/api/documents/{wards['doc_id']}").json()
    assert any("Leicester General Hospital" in p["text"] for p in opened["paragraphs"])
    health = api.get("/api/health").json()
    assert [i["name"] for i in health["indexes"]] == ["county", "city"]
    assert health["documents"] == len(COUNTY) + len(CITY) == sum(i["documents"] for i in health["indexes"])
    page = api.get("/", params={"q": "hospital beds closing"})
    assert page.status_code == 200 and "Lutterworth" in page.text and "Leicester General" in page.text


def test_the_page_names_each_passage_s_index_and_narrows_to_those_ticked(api):
    page = api.get("/", params={"q": "hospital beds closing"}).text
    assert '<span>county</span>' in page and '<span>city</span>' in page
    assert 'name="index" value="county"' in page  # a box to tick for each index
    narrowed = api.get("/", params={"q": "hospital beds closing", "index": "city"}).text
    assert '<span>city</span>' in narrowed and '<span>county</span>' not in narrowed


def test_a_body_named_exactly_in_one_index_is_that_body_only(tmp_path):
    county = {"cabinet.txt": "Cabinet 5 February 2025\n\nThe Cabinet agreed the library opening hours.\n"}
    city = {"scrutiny.txt": "Cabinet Scrutiny Committee 6 February 2025\n\nThe Committee questioned the Cabinet "
                            "on library hours.\n"}
    with open_indexes([build(tmp_path / "county", county), build(tmp_path / "city", city)]) as both:
        bodies = {h.citation.body for h in both.search("library hours", k=5)}
        assert len(bodies) == 2, bodies
        exact = next(b for b in bodies if b and b.lower() == "cabinet")
        assert {h.citation.body for h in both.search("library hours", k=5, body="cabinet")} == {exact}
        # words of a name that no body has exactly still find every body using them
        assert {h.citation.body for h in both.search("library hours", k=5, body="scrutiny")} == bodies - {exact}
