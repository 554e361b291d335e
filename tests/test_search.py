"""Search: query text is data, filters are checked, a passage published twice is shown once."""

from __future__ import annotations

from pathlib import Path

import pytest

import docsearch
from docsearch.errors import QueryError
from docsearch.search import Filters, clean_query, expansions, fts_expression, parse_min_amount, query_terms

REPORT = """NHS STP report

16. The County Council continues to invest in integration, and the officer time for 2018/19 is currently estimated at £875,000.

17. The Cabinet is asked to note the position.
"""
PACK = """Agenda pack

Item 5: reports for noting.

The County Council continues to invest in integration, and the officer time for 2018/19 is currently estimated at £875,000.

Item 6: any other business, including the car park at Granby Halls.
"""


def test_fts_syntax_in_a_query_is_quoted_away():
    expression = fts_expression(query_terms('beds" OR NEAR(x y) * -- ; DROP TABLE'))
    assert expression == '"beds" OR "near" OR "x" OR "y" OR "drop" OR "table"'


def test_control_characters_are_dropped_and_length_bounded():
    assert clean_query("\x00beds\x1b\nLutterworth") == "beds Lutterworth"
    assert len(clean_query("x" * 100_000)) == 1000
    with pytest.raises(QueryError, match="empty"):
        clean_query(" \t\n")


def test_question_words_are_not_search_terms():
    assert query_terms("what was said about Lutterworth beds") == ["lutterworth", "beds"]


def test_council_synonyms_widen_the_keyword_search():
    found = expansions("are councils compulsory members")
    assert "local authorities" in found and "optional" in found and "partners" in found
    found = expansions("care home fees for elected members")
    assert {"residential care", "nursing homes", "charges", "councillors"} <= set(found)
    assert expansions("send the report") == []  # a verb, not the SEND acronym
    assert "bats" not in expansions("any badgers near the mill")  # kinds of a thing are not one another
    assert "hra" not in expansions("housing revenue account")  # also a Habitats Regulations Assessment


@pytest.mark.parametrize(("query", "expected"), [
    ("families in B&B over six weeks", "bed and breakfast"),
    ("families in b & b", "bed and breakfast"),
    ("A&E waiting times", "accident and emergency"),
    ("accident and emergency waits", "a&e"),
])
def test_a_synonym_written_with_an_ampersand_widens_the_search(query, expected):
    # "B&B" in a query and "b&b" in the word groups had never met: the query was read as "b & b".
    assert expected in expansions(query)


@pytest.mark.parametrize(("text", "pounds"), [("1m", 1e6), ("£250k", 250e3), ("5,000", 5000.0), ("1.5bn", 1.5e9)])
def test_minimum_amounts_read_like_officers_write_them(text, pounds):
    assert parse_min_amount(text) == pounds


def test_an_unknown_filter_or_amount_is_a_clear_error():
    with pytest.raises(QueryError, match="unknown filter 'colour'"):
        Filters.from_kwargs(colour="red")
    with pytest.raises(QueryError, match="cannot read the amount"):
        Filters.from_kwargs(min_amount="lots")
    with pytest.raises(QueryError, match="from must be a date like 2017-01-04"):
        Filters.from_kwargs(date_from="notadate")  # not compared as text, finding nothing
    with pytest.raises(QueryError, match="'2017-13' is not a real date"):
        Filters.from_kwargs(date_to="2017-13")
    with pytest.raises(QueryError, match="kind must be one of"):
        Filters.from_kwargs(kind="heading")  # headings are context, never passages
    assert Filters.from_kwargs(date_from="2017-01", kind="table") == Filters(date_from="2017-01", kind="table_row")


def index_of(folder: Path, papers: dict[str, str]) -> docsearch.Index:
    """An index of text papers ({file name: text}) written under `folder`."""
    (folder / "papers").mkdir()
    for name, text in papers.items():
        (folder / "papers" / name).write_text(text, encoding="utf-8")
    return docsearch.build_index([folder / "papers"], folder / "index")[0]


@pytest.fixture(scope="module")
def republished(tmp_path_factory) -> docsearch.Index:
    folder = tmp_path_factory.mktemp("republished")
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    (folder / "pack.txt").write_text(PACK, encoding="utf-8")
    index, _ = docsearch.build_index([folder], folder / "index")
    return index


def assert_one_hit_from_report_and_pack(index) -> None:
    """The officer-time paragraph, published in report.txt and pack.txt, is one hit citing both."""
    hits = index.search("officer time estimated for 2018/19", k=5)
    matching = [h for h in hits if "£875,000" in h.text]
    assert len(matching) == 1
    sources = {Path(matching[0].citation.path).name} | {Path(c.path).name for c in matching[0].also_in}
    assert sources == {"report.txt", "pack.txt"}


def test_a_paragraph_published_in_a_report_and_its_pack_is_shown_once_with_both_sources(republished):
    assert_one_hit_from_report_and_pack(republished)


def test_filters_by_document_and_kind_narrow_results(republished):
    hits = republished.search("car park", k=5, document="pack")
    assert hits and all(Path(h.citation.path).name == "pack.txt" for h in hits)
    assert republished.search("car park", k=5, kind="table") == []


@pytest.mark.parametrize(("question", "kind"), [
    ("How many beds will close at Lutterworth?", "quantity"),
    ("how much did LLR ask for from the fund", "quantity"),
    ("When was the draft STP published", "date"),
    ("who analysed the engagement responses", "agent"),
    ("Lutterworth beds", None),
    ("beds: how many?", None),  # only a question that starts by asking
    ("capital needed for hospital reconfiguration", "money"),  # about an amount, wherever it says so
    ("yearly saving from consolidating UHL onto two sites", "money"),
    ("how much is the £300m for", "quantity"),  # asking outright wins
    ("number of inpatient beds at Kingsholt", "quantity"),
    ("food waste collection start date", "date"),  # a phrase ending in what it asks for
    ("who has been consulted to date", "agent"),  # asking outright wins; "to date" asks no date
    ("what savings have been made to date", "money"),
])
def test_the_kind_of_answer_a_question_asks_for(question, kind):
    from docsearch.search import answer_type

    assert answer_type(question) == kind


def without_and_with_lift(monkeypatch, index, query: str, kind: str) -> tuple[list, list]:
    """The hits for `query` with no lift for answers of `kind`, then with a lift of 5."""
    from docsearch import search as search_module

    boosts = search_module.ANSWER_TYPE_BOOST
    monkeypatch.setattr(search_module, "ANSWER_TYPE_BOOST", {**boosts, kind: 0.0})
    plain = index.search(query, k=2)
    monkeypatch.setattr(search_module, "ANSWER_TYPE_BOOST", {**boosts, kind: 5.0})
    return plain, index.search(query, k=2)


def test_a_question_asking_how_many_lifts_the_passage_that_gives_a_figure(tmp_path, monkeypatch):
    index = index_of(tmp_path, {"beds.txt": (
        "Community beds\n\n"
        "Lutterworth community hospital beds will close and the rehabilitation service will move to "
        "Lutterworth Medical Centre, where Lutterworth patients will be seen closer to home.\n\n"
        "The plan removes 10 beds.\n")})
    plain, lifted = without_and_with_lift(monkeypatch, index, "how many Lutterworth community hospital beds will close",
                                          "quantity")
    assert "Lutterworth Medical Centre" in plain[0].text  # the wordier passage leads on words alone
    assert lifted[0].text == "The plan removes 10 beds."
    assert lifted[0].score == pytest.approx(next(h.score for h in plain if "10 beds" in h.text) + 5.0, abs=1e-5)
    index.close()


def test_a_query_about_money_lifts_the_passage_that_states_an_amount(tmp_path, monkeypatch):
    index = index_of(tmp_path, {"capital.txt": (
        "Capital\n\n"
        "Hospital reconfiguration capital is needed for the reconfiguration of hospital sites, and the "
        "capital plan for hospital reconfiguration is being prepared.\n\n"
        "The plan needs £300m.\n")})
    plain, lifted = without_and_with_lift(monkeypatch, index, "capital needed for hospital reconfiguration", "money")
    assert "capital plan" in plain[0].text
    assert lifted[0].text == "The plan needs £300m."
    assert any(e.label == "MONEY" for e in lifted[0].entities)
    index.close()


INSPECTIONS = {
    "salford.txt": "Inspection of Salford children's services\n\nSalford has strong and stable leadership.\n\n"
                   "Most care leavers have suitable homes and a personal adviser.\n",
    "bury.txt": "Inspection of Bury children's services\n\nBury has strong and stable leadership.\n\n"
                "Care leavers live in suitable accommodation chosen with care leavers.\n",
    "review.txt": "Leadership review of children's services\n\nThe review looked at how leadership is shared.\n\n"
                  "Leadership was strong across the region.\n",
}


def test_a_phrase_names_the_documents_whose_title_has_it_when_their_passages_mostly_use_it(tmp_path):
    from docsearch.search import named_documents

    index = index_of(tmp_path, INSPECTIONS)
    with index.read():
        titles = {r[0]: r[1] for r in index.conn.execute("SELECT doc_id, title FROM documents")}
        salford = next(d for d, t in titles.items() if "Salford" in t)
        assert named_documents(index, "Salford's care leavers") == {salford}
        assert named_documents(index, "children's services inspection") == set()  # in every title: names none
        # in one title, but most passages using it are in other papers
        assert named_documents(index, "leadership") == set()
    index.close()


def test_a_phrase_in_the_titles_of_many_documents_names_none_of_them(tmp_path):
    """In a council's collection "children" titles a dozen papers: it picks out no paper, while a
    place named in two titles still names those two."""
    from docsearch.search import named_documents

    places = ["Salford", "Bury", "Halton", "Bromley", "Dorset", "Suffolk", "Cornwall"]
    papers = {f"{p.lower()}.txt": f"Inspection of {p} children's services\n\nChildren in {p} are helped and "
              f"protected well.\n\nLeaders in {p} know their children.\n" for p in places}
    papers.update({f"budget{i}.txt": f"Budget paper {i}\n\nThe budget for roads is set out here.\n" for i in range(7)})
    papers["salford-plan.txt"] = "Salford improvement plan\n\nThe plan answers the Salford inspection.\n"
    index = index_of(tmp_path, papers)
    with index.read():
        titles = {r[0]: r[1] for r in index.conn.execute("SELECT doc_id, title FROM documents")}
        assert named_documents(index, "children") == set()
        assert named_documents(index, "Salford") == {d for d, t in titles.items() if "Salford" in t}
        assert len(named_documents(index, "Salford")) == 2
    index.close()


def test_a_query_entity_counts_where_it_is_rare_among_the_candidates_however_large_the_index(tmp_path):
    """One passage of twelve names Feilding Palmer Hospital (8% of this small index): it picks that
    passage out of the twelve; among three candidates it picks out nothing."""
    from docsearch.search import _query_entities, entity_chunks

    paragraphs = [f"Ward {i} of the community hospital has {i + 10} beds for rehabilitation." for i in range(11)]
    paragraphs.append("Feilding Palmer Hospital has 10 beds for rehabilitation.")
    index = index_of(tmp_path, {"beds.txt": "Community hospital beds\n\n" + "\n\n".join(paragraphs) + "\n"})
    entities = _query_entities("Feilding Palmer Hospital beds")
    assert entities
    with index.read():
        rows = index.conn.execute("SELECT chunk_id, text FROM chunks").fetchall()
        feilding = {c for c, t in rows if "Feilding" in t}
        assert len(feilding) == 1 and len(rows) >= 12
        everything = {c for c, _ in rows}
        assert entity_chunks(index.conn, entities, None, everything) == feilding
        few = feilding | set(sorted(everything - feilding)[:2])
        assert entity_chunks(index.conn, entities, None, few) == set()
    index.close()


@pytest.mark.parametrize(("query", "phrases"), [
    ("Band C council tax 2025/26", ["band c"]),
    ("what did section 75 agreements cover", ["section 75"]),
    ("option 2 and Option B costs", ["option 2", "option b"]),
    ("cost of new A&E at the Royal Infirmary", []),  # not a lettered series
    ("what is in appendix a", []),  # "a" is also a word
    ("beds for over 21s in 2025/26", []),  # a stopword before the number; a year is not a member of a series
    ("people aged 65 waiting within 28 days", []),  # quantities, not members of a series
    ("top 10 risks", []),
])
def test_a_query_naming_one_of_a_series_is_read_as_a_phrase(query, phrases):
    from docsearch.search import identifiers

    assert identifiers(query) == phrases


BANDS = """<html><head><title>Council tax bands</title></head><body><h1>Council tax 2025/26</h1>
<p>The Band D council tax for 2025/26 will rise from £1,842.57 to £1,934.51, an increase of £91.94 a
year. The council tax for each band is shown below.</p>
<p>c. approves the council tax for 2025/26 for each band as set out below;</p>
<p>The council tax base for 2025/26 is 78,420 Band D equivalent properties, c. 2% more than in 2024/25.</p>
<table><tr><th>Band</th><th>Ratio to Band D</th><th>2024/25 £</th><th>2025/26 £</th></tr>
<tr><td>A</td><td>6/9</td><td>1228.38</td><td>1289.67</td></tr>
<tr><td>B</td><td>7/9</td><td>1433.11</td><td>1504.62</td></tr>
<tr><td>C</td><td>8/9</td><td>1637.84</td><td>1719.56</td></tr>
<tr><td>D</td><td>1</td><td>1842.57</td><td>1934.51</td></tr></table></body></html>
"""


def test_a_query_naming_one_of_a_series_finds_its_row_before_a_closer_match_for_another(tmp_path, monkeypatch):
    from docsearch import search as search_module

    index = index_of(tmp_path, {"bands.html": BANDS})
    query = "Band C council tax 2025/26"
    assert index.search(query, k=3)[0].text.startswith("C | 8/9")
    monkeypatch.setitem(search_module.WEIGHTS, "identifier", 0.0)
    assert not index.search(query, k=3)[0].text.startswith("C | 8/9")  # the words alone prefer "c. approves ..."
    index.close()


def test_document_names_find_a_phrase_in_a_title_or_body_in_order():
    from docsearch.store import DocumentNames

    names = DocumentNames([("a", "Inspection of West Berkshire children's services", ""),
                           ("b", "Berkshire West minutes", "Cabinet"), ("c", "Budget", "West Berkshire Council")])
    assert len(names) == 3
    assert names.find("west berkshire") == {"a", "c"}
    assert names.find("berkshire") == {"a", "b", "c"}
    assert names.find("cabinet") == {"b"}
    assert names.find("salford") == set()


def test_a_query_naming_a_document_finds_its_passage_before_a_closer_match_elsewhere(tmp_path, monkeypatch):
    from docsearch import search as search_module

    index = index_of(tmp_path, INSPECTIONS)
    query = "Salford care leavers accommodation"
    monkeypatch.setitem(search_module.WEIGHTS, "document", 0.0)
    assert "Bury" in index.search(query, k=1)[0].citation.title  # on words alone, Bury's passage leads
    monkeypatch.setitem(search_module.WEIGHTS, "document", 0.5)
    hits = index.search(query, k=3)
    assert "Salford" in hits[0].citation.title
    assert any(h.text.startswith("Most care leavers have suitable homes") for h in hits[:2])
    index.close()


def test_a_paragraph_republished_with_a_word_broken_across_a_line_is_shown_once_with_both_sources(tmp_path):
    said = ("The County Council continues to invest heavily in {} across health and social care, and the officer "
            "time for 2018/19 is currently estimated at £875,000.")
    index = index_of(tmp_path, {
        "report.txt": "NHS STP report\n\n" + said.format("integration") + "\n",
        "pack.txt": "Agenda pack\n\nItem 5: reports for noting.\n\n" + said.format("inte- gration") + "\n",
        "other.txt": "Budget report\n\nThe County Council continues to invest heavily in roads across the county, "
                     "and the highways budget for 2018/19 is currently estimated at £9.5m.\n",
    })
    assert_one_hit_from_report_and_pack(index)
    # A paragraph that shares its opening words and little else stays a passage of its own.
    roads = [h for h in index.search("highways budget 2018/19", k=5) if "roads" in h.text]
    assert len(roads) == 1 and not roads[0].also_in
    index.close()


QUESTIONS_PAPER = (
    "Questions from members of the public\n\n"
    "Question 1: Will the library in Wigston stay open on Saturdays?\n\n"
    "Answer: Yes. Opening hours are unchanged until the review in 2026.\n\n"
    "Question 2: How much will the new bus shelters on London Road cost?\n\n"
    "Answer: The contract is £48,000, met from the transport grant.\n\n"
    "Question 3: When will the Aylestone leisure centre pool reopen?\n\n"
    "Answer: Repairs to the roof finish in March and swimming resumes in April.\n\n"
    "Councillor Patel asked whether the Narborough Road cycle lane would be extended to the ring road?\n\n"
    "The Cabinet Member for Transport replied that a design is out to tender this spring.\n")


@pytest.mark.parametrize(("query", "answer"), [
    ("Wigston library Saturdays", "Answer: Yes. Opening hours are unchanged"),
    ("cost of London Road bus shelters", "Answer: The contract is £48,000"),
    ("when does Aylestone pool reopen", "Answer: Repairs to the roof finish"),
    ("Narborough Road cycle lane extension", "The Cabinet Member for Transport replied"),
])
def test_an_answer_in_a_questions_paper_is_found_by_the_words_of_its_question(tmp_path, query, answer):
    # The answers share few words with the query; each is read with the question before it, and
    # ranked above it, since the question only says again what the officer asked.
    index = index_of(tmp_path, {"questions.txt": QUESTIONS_PAPER})
    hits = index.search(query, k=4)
    assert hits[0].text.startswith(answer)
    question = next(h for h in hits if h.citation.paragraph_ordinal == hits[0].citation.paragraph_ordinal - 1)
    assert question.text.startswith(("Question", "Councillor"))
    index.close()


RESPONSES_PAPER = (
    "Council 26 February 2025 - Public Questions\n\n"
    "Question 1 from Ms K Osei to the Cabinet Member for Housing\n\n"
    "How many families with children are living in bed and breakfast in the borough?\n\n"
    "Response:\n\n"
    "Councillor Beddoes replied: On 31 January 2025 there were 19 such families, all placed within ten miles.\n\n"
    "Question 2 from Mr R Kowalczyk to the Cabinet Member for Leisure\n\n"
    "Will the swimming pool at Castle Meadows close while the new leisure centre is built?\n\n"
    "Response:\n\n"
    "Councillor Fenwick-Hart replied: No. The existing centre stays open until the new one opens in 2027.\n")


def test_a_reply_under_a_response_heading_ranks_above_its_question(tmp_path, monkeypatch):
    from docsearch import search as search_module

    index = index_of(tmp_path, {"questions.txt": RESPONSES_PAPER})
    monkeypatch.setattr(search_module, "REPLY_LIFT", -100.0)  # never lifts: the question leads on words
    plain = index.search("families with children in bed and breakfast", k=3)
    assert plain[0].text.startswith("How many families")
    monkeypatch.undo()
    hits = index.search("families with children in bed and breakfast", k=3)
    assert hits[0].text.startswith("Councillor Beddoes replied")
    assert hits[0].score == pytest.approx(plain[0].score + search_module.REPLY_LIFT, abs=1e-5)
    assert hits[1].text.startswith("How many families")
    index.close()


def test_a_passage_ending_in_a_question_mark_inside_a_quotation_is_no_question():
    from docsearch.questions import asks

    assert asks("Will the pool close while the new centre is built? ")
    assert asks("Q3: Can the Portfolio Holder confirm that the Lido will open this summer.")
    assert not asks("Staff are asked \u201cWhy is this patient not at home?\u201d")


def test_a_paragraph_republished_inside_a_longer_passage_is_shown_once_with_both_sources(tmp_path):
    # The pack joins the report's paragraph 16 to the next sentence, so the two passages differ.
    index = index_of(tmp_path, {"report.txt": REPORT, "pack.txt": (
        "Agenda pack\n\nItem 5: reports for noting.\n\nThe County Council continues to invest in integration, "
        "and the officer time for 2018/19 is currently estimated at £875,000. Members noted the figure "
        "without comment.\n\nThe Cabinet is asked to note the position and to agree the revised budget for the "
        "year.\n")})
    assert_one_hit_from_report_and_pack(index)
    # A short sentence of one paper inside a longer passage of another is not enough to merge them.
    noting = [h for h in index.search("Cabinet asked to note the position", k=5) if "note the position" in h.text]
    assert {Path(h.citation.path).name for h in noting} == {"report.txt", "pack.txt"}
    assert all(not h.also_in for h in noting)
    index.close()


def test_a_long_table_row_is_cited_by_the_piece_that_answers(tmp_path):
    # A questions paper's table: each row a question and a long response. The hit is the piece of
    # the response that answers, not the whole row, so an officer reads a passage, not a page.
    filler = " ".join(f"Point {i} of the response covers staffing on the wards over the winter." for i in range(30))
    answer = f"{filler} The ten rehabilitation beds at Lutterworth will move to St Luke's in Market Harborough."
    html = ("<html><head><title>Questions from members of the public</title></head><body>"
            "<h1>Questions from members of the public</h1><table><tr><th>Question</th><th>Response</th></tr>"
            f"<tr><td>What will happen to the rehabilitation beds at Lutterworth?</td><td>{answer}</td></tr>"
            "</table></body></html>")
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "questions.html").write_text(html, encoding="utf-8")
    index, _ = docsearch.build_index([tmp_path / "papers"], tmp_path / "index")
    hit = index.search("rehabilitation beds moving to St Luke's", k=1)[0]
    index.close()
    assert hit.kind == "table_row" and "St Luke's in Market Harborough" in hit.text
    assert len(hit.text.split()) <= 200 < len(hit.paragraph_text.split())
    assert hit.text in hit.paragraph_text and hit.row_with_headers == ""


def test_a_series_phrase_is_matched_as_written_not_across_punctuation(tmp_path):
    from docsearch.search import identifier_chunks

    index = index_of(tmp_path, {"options.txt": "Options\n\nCabinet considered every option. B) The recommended "
                                               "approach is phased.\n\nOption B keeps the pool open.\n"})
    with index.read():
        texts = dict(index.conn.execute("SELECT chunk_id, text FROM chunks").fetchall())
        found = identifier_chunks(index.conn, ["option b"], None)
    assert [texts[c] for c in found] == ["Option B keeps the pool open."]
    index.close()


def test_the_same_lead_in_in_two_papers_is_two_passages(tmp_path):
    # "It is recommended that:" opens different recommendations in each paper; a report and the
    # pack that republishes it would share the items too, which are long enough to be matched.
    index = index_of(tmp_path, {
        "cabinet.txt": "Cabinet report\n\nIt is recommended that:\n\n(a) the library opens on Sundays.\n",
        "board.txt": "Board report\n\nIt is recommended that:\n\n(a) the board notes the library review.\n"})
    leads = [h for h in index.search("recommended", k=6) if h.text == "It is recommended that:"]
    assert len(leads) == 2 and not any(h.also_in for h in leads)
    index.close()


def test_filters_refuse_a_range_that_ends_before_it_starts_and_an_unknown_entity_label():
    assert Filters.from_kwargs(date_from="2017-05", date_to="2017").date_to == "2017"
    for bad, words in ((dict(date_from="2018", date_to="2017-12-31"), "after"),
                       (dict(entity="HOSPITAL:Feilding Palmer"), "labels are"), (dict(entity="SITE: "), "name")):
        with pytest.raises(QueryError, match=words):
            Filters.from_kwargs(**bad)
    assert Filters.from_kwargs(entity="site:Lutterworth").entity == "SITE:Lutterworth"


FAQ_PAGE = """<html><head><title>Food waste: your questions answered</title></head><body>
<h1>Food waste: your questions answered</h1>
<h2>What happens to the food waste?</h2>
<p>The food waste is taken to the Greyfield Farm anaerobic digestion plant near Coldharbour, where it becomes biogas.</p>
<h2>When will the new collections start?</h2>
<p>Food waste will be collected every week from October, on your usual collection day.</p>
</body></html>"""


def test_an_answer_under_a_question_heading_gains_by_the_query_words_the_question_holds(tmp_path, monkeypatch):
    # Keyword search reads a passage's own words; the FAQ's question is its heading.
    from docsearch import search as search_module

    index = index_of(tmp_path, {"faq.html": FAQ_PAGE})
    query = "what happens to food waste"  # happens, food, waste: all in "What happens to the food waste?"
    monkeypatch.setitem(search_module.WEIGHTS, "asked", 0.0)
    plain = {h.text[:20]: h.score for h in index.search(query, k=2)}
    monkeypatch.undo()
    hits = index.search(query, k=2)
    assert hits[0].citation.heading == "What happens to the food waste?"
    lifted = {h.text[:20]: h.score for h in hits}
    assert lifted["The food waste is ta"] == pytest.approx(plain["The food waste is ta"] + search_module.WEIGHTS["asked"])
    assert lifted["Food waste will be c"] == pytest.approx(plain["Food waste will be c"])  # its question is another
    index.close()
