"""Retrieval chunks: whole short paragraphs, sentence-aligned pieces of long ones."""

from docsearch.chunk import chunk_paragraph, embedding_context, split_sentences
from docsearch.models import LIST_ITEM, Document, Paragraph

DOC = Document(doc_id="abc", path="x.pdf", title="NHS STP report")


def test_money_and_abbreviations_do_not_end_sentences():
    text = "The plan costs £1.3m. It was agreed, e.g. by the Board. Paragraph 2. Next steps follow."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The plan costs £1.3m.", "It was agreed, e.g. by the Board.", "Paragraph 2. Next steps follow."]


def test_a_sentence_may_open_with_a_figure():
    text = "The survey closed in October. 2,314 people responded. In 2016. 2017 saw more. See para. 3 below."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The survey closed in October.", "2,314 people responded.", "In 2016. 2017 saw more.", "See para. 3 below."]


def test_abbreviations_before_a_figure_do_not_end_sentences():
    text = "See Fig. 2 for detail. Call Tel. 01234 567890 today. On Wed. 5 February we met. See pp. 12-14 here."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "See Fig. 2 for detail.", "Call Tel. 01234 567890 today.", "On Wed. 5 February we met.", "See pp. 12-14 here."]


def test_a_short_paragraph_is_one_chunk_with_its_whole_text():
    paragraph = Paragraph(doc_id="abc", ordinal=3, text="Integration by itself does not save money.", label="36")
    [chunk] = chunk_paragraph(DOC, paragraph)
    assert (chunk.text, chunk.start, chunk.end, chunk.chunk_index) == (paragraph.text, 0, len(paragraph.text), 0)


def test_a_long_paragraph_is_cut_at_sentence_ends_within_the_word_limit():
    sentences = [f"Sentence number {i} talks about community hospital beds in Lutterworth." for i in range(60)]
    paragraph = Paragraph(doc_id="abc", ordinal=0, text=" ".join(sentences))
    chunks = chunk_paragraph(DOC, paragraph, max_words=50)
    assert len(chunks) > 5
    assert all(len(c.text.split()) <= 50 for c in chunks)
    assert all(c.text.endswith(".") for c in chunks)
    assert all(paragraph.text[c.start:c.end] == c.text for c in chunks)
    assert " ".join(c.text for c in chunks) == paragraph.text


def test_a_list_item_is_embedded_with_its_lead_in():
    item = Paragraph(doc_id="abc", ordinal=5, text="clarity of decision making;", kind=LIST_ITEM,
                     heading_path=("Recommendations",), context="an external review be undertaken to provide:")
    context = embedding_context(DOC, item)
    assert "NHS STP report" in context and "Recommendations" in context and "external review" in context


def test_a_table_row_chunk_reads_each_cell_with_its_column_header():
    row = Paragraph(doc_id="abc", ordinal=9, text="Lutterworth | Rehab/Sub-Acute (10 beds)", kind="table_row",
                    table_headers=("Place", "Current LPT Inpatient Provision"),
                    cells=("Lutterworth", "Rehab/Sub-Acute (10 beds)"), context="Current provision")
    [chunk] = chunk_paragraph(DOC, row)
    assert chunk.text == "Place: Lutterworth; Current LPT Inpatient Provision: Rehab/Sub-Acute (10 beds)"
    assert "Current provision" in chunk.context


def test_a_table_row_without_headers_keeps_its_own_text():
    row = Paragraph(doc_id="abc", ordinal=9, text="Inspection Enquiries | 85 | 278", kind="table_row",
                    cells=("Inspection Enquiries", "85", "278"))
    assert chunk_paragraph(DOC, row)[0].text == "Inspection Enquiries | 85 | 278"


def test_a_table_row_too_long_to_embed_whole_is_cut_and_its_pieces_keep_what_it_is_about():
    question = "Q3. What will happen to the rehabilitation beds at Lutterworth community hospital?"
    answer = " ".join(f"Part {i} of the answer explains the move of ward services to Harborough." for i in range(40))
    row = Paragraph(doc_id="abc", ordinal=4, text=f"{question} | {answer}", kind="table_row",
                    table_headers=("Question", "Response"), cells=(question, answer))
    chunks = chunk_paragraph(DOC, row, max_words=60)
    assert len(chunks) > 5 and all(len(c.text.split()) <= 60 for c in chunks)
    assert all(row.text[c.start:c.end] == c.text for c in chunks)  # pieces of the row as printed
    assert question in chunks[0].text
    assert all(question in c.context for c in chunks[1:])


def test_a_front_sheet_row_restating_a_heading_is_not_a_passage():
    from docsearch.chunk import chunk_paragraphs
    from docsearch.models import HEADING, TABLE_ROW

    def row(ordinal, *cells):
        return Paragraph(doc_id="abc", ordinal=ordinal, text=" | ".join(cells), kind=TABLE_ROW, cells=cells)

    paragraphs = [row(0, "Report title", "Future of Millbridge Leisure Centre"), row(1, "Report of", "Rachel Moody"),
                  row(2, "Title", "NHS STP report"),
                  Paragraph(doc_id="abc", ordinal=3, text="Future of Millbridge Leisure Centre", kind=HEADING),
                  Paragraph(doc_id="abc", ordinal=4, text="The centre needs £4.8m of repairs."),
                  Paragraph(doc_id="abc", ordinal=5, text="Public Health", kind=HEADING),
                  row(6, "Open two family hubs by March", "Public Health")]  # an action and its lead: data
    assert [c.text for c in chunk_paragraphs(DOC, paragraphs)] == [
        "Report of | Rachel Moody", "The centre needs £4.8m of repairs.", "Open two family hubs by March | Public Health"]
