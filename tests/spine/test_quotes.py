from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article, analyze, normalize
from analysis.spine.quotes import MAX_OPEN_PARAGRAPHS, find_quotes
from tests.work import analysis_of, growth


def quoted(text: str) -> list[tuple[int, str, bool]]:
    article = Article.from_text(text, has_title=False)
    return [(q.quote_id, article.text[q.start : q.end], q.close_mark is None)
            for q in find_quotes(article, normalize(article.text))]


def test_pairs_straight_and_curly_quotes():
    assert quoted('He said "yes" and \u201cno\u201d.') == [(0, "yes", False), (1, "no", False)]


def test_a_quotation_continued_over_paragraphs():
    text = '"First part of a long quote.\n\n"Second part," she said. "Short."'
    assert quoted(text) == [(0, "First part of a long quote.", True),
                            (0, "Second part,", False), (1, "Short.", False)]


def test_an_unclosed_quote_not_continued_ends_with_its_paragraph():
    assert quoted('He said "yes\n\nNo quote here.') == [(0, "yes", True)]


def test_two_apostrophes_and_backquotes_are_quotation_marks():
    # wire, newspaper and Penn-Treebank styles: the cue after the closing mark is outside
    assert quoted("''We will not back down,'' said Mr. Poe.") == [
        (0, "We will not back down,", False)]
    assert quoted("\u201cWe were strangers once, too,'' said Mr. Poe.") == [
        (0, "We were strangers once, too,", False)]
    assert quoted("``We will,'' he said. ``Soon.''") == [(0, "We will,", False),
                                                          (1, "Soon.", False)]


def test_a_quotation_not_reopened_runs_to_its_closing_mark_over_paragraphs():
    text = 'Smith said: "We will go.\n\nWe will win.\n\nWe have the votes."\n\nThe end came.'
    assert quoted(text) == [(0, "We will go.", True), (0, "We will win.", True),
                            (0, "We have the votes.", False)]


def test_a_closing_mark_is_never_read_as_one_that_opens_a_quotation():
    # the cue after "votes," was read as quoted, and nested
    text = '"We will go.\n\nWe have the votes," Smith said.\n\n"Next," she said.'
    assert quoted(text) == [(0, "We will go.", True), (0, "We have the votes,", False),
                            (1, "Next,", False)]


def test_a_stray_mark_ends_its_quotation_with_its_paragraph():
    text = 'The "crowd went home.\n\nPolice said all was calm.\n\n"Yes," she said.'
    assert quoted(text) == [(0, "crowd went home.", True), (1, "Yes,", False)]
    far = "\n\n".join(["He said: \"Go."] + ["No mark here."] * (MAX_OPEN_PARAGRAPHS + 1)
                      + ['It ends," he said.'])
    assert [q[1] for q in quoted(far)] == ["Go."]


# --- every sentence a quotation spans is marked quoted, and no other -------------------------

SENTENCES = ["We will win.", "The plan works.", "Police arrived at noon.", "It rained all day.",
             "Shops were shut.", "Nobody knew why."]


@st.composite
def quoted_paragraphs(draw):
    """Paragraphs of sentences, and one quotation from sentence ``a`` to sentence ``b`` (their
    places in reading order), written reopened on each paragraph or with marks only at its
    ends, in straight or curly marks."""
    shape = draw(st.lists(st.integers(1, 3), min_size=1, max_size=5))
    n = sum(shape)
    a = draw(st.integers(0, n - 1))
    b = draw(st.integers(a, n - 1))
    reopen = draw(st.booleans())
    opening, closing = draw(st.sampled_from([('"', '"'), ("\u201c", "\u201d")]))
    paragraphs, k = [], 0
    for size in shape:
        sentences = []
        for j in range(size):
            sentence = draw(st.sampled_from(SENTENCES))
            if k == a or (reopen and a < k <= b and j == 0):
                sentence = opening + sentence
            if k == b:
                sentence += closing
            sentences.append(sentence)
            k += 1
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(["Title", *paragraphs]), [a <= k <= b for k in range(n)]


@pytest.mark.filterwarnings("ignore::analysis.spine.language.LanguageWarning")
@settings(max_examples=200, deadline=None)
@given(quoted_paragraphs())
def test_every_sentence_a_quotation_spans_is_quoted_and_never_the_articles_own_claim(case):
    text, inside = case
    result = analyze(Article.from_text(text))
    body = result.sentences[~result.sentences.is_title]
    assert list(body.quoted) == inside, text
    assert not (body.quoted & body.unattributed_assertion).any()
    quote_ids = {q.quote_id for q in result.document.quotes.quotes}
    assert len(quote_ids) == 1, text  # one quotation, however many paragraphs it spans


#: Crafted texts for the quotation reader: quotations over paragraphs, reopened or not,
#: stray closing marks (inches), paragraphs with no mark between an opening and its close.
CRAFTED = {
    "not reopened": lambda k: '"We go.\n\nWe win," he said.\n\n' * k,
    "reopened": lambda k: '"We go.\n\n' * k + '"We win."',
    "stray closes": lambda k: "He is 5'10\" tall, 6'1\" now.\n\n" * k,
    "open, no marks, close": lambda k: ('"Go.\n\n' + "No mark.\n\n" * MAX_OPEN_PARAGRAPHS
                                        + 'Done," he said.\n\n') * k,
}


@pytest.mark.parametrize("name", CRAFTED)
def test_quotations_and_quoted_sentences_are_read_in_linear_time(name):
    files = ["spine/quotes.py", "spine/table.py"]
    assert growth(analysis_of(CRAFTED[name]), files) <= 4.5
