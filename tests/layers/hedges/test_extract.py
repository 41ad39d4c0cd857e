"""The seed article: every hedge and booster with the right category (the issue's table)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import HEDGE_COLUMNS, Article, find_hedges

# sentence_id, term, kind, category, negated
SEED_TABLE = [
    (0, "Reports", "hedge", "weasel", False),  # "Amid Reports of …": a vague attribution
    (1, "significantly", "booster", "intensifier", False),
    (3, "greatly", "booster", "intensifier", False),
    (4, "significant", "booster", "intensifier", True),  # "no significant videos"
    (4, "so-called", "hedge", "evidential", False),
    (5, "profound", "booster", "intensifier", False),
    (5, "could", "hedge", "epistemic_modal", False),
    (5, "particularly", "booster", "intensifier", False),
    (6, "suggested", "hedge", "epistemic_verb", False),
    (6, "reportedly", "hedge", "evidential", False),
    (11, "human rights organizations", "hedge", "weasel", False),
    (13, "widespread", "booster", "intensifier", False),
    (13, "widespread reports", "hedge", "weasel", False),
    (16, "critics", "hedge", "weasel", False),
    (19, "immense", "booster", "intensifier", False),
    (19, "many residents", "hedge", "weasel", False),
    (19, "constant", "booster", "universal", False),
    (22, "often", "hedge", "generalizer", False),
    (23, "significant", "booster", "intensifier", False),
]


def test_every_seed_hedge_and_booster(seed):
    frame = find_hedges(seed)
    assert list(frame.columns) == HEDGE_COLUMNS
    got = list(zip(frame.sentence_id, frame.term, frame.kind, frame.category, frame.negated,
                   strict=True))
    assert got == SEED_TABLE


def test_spans_index_the_text(seed):
    for row in find_hedges(seed).itertuples():
        assert seed.text[row.start_char : row.end_char] == row.term


def test_the_seed_boosts_where_it_asserts_and_hedges_its_source(seed):
    """The lesson's point: boosters sit in the unattributed commentary, hedging in hearsay."""
    frame = find_hedges(seed)
    boosted = set(frame[(frame.kind == "booster") & ~frame.negated].sentence_id)
    assert {5, 19, 23} <= boosted
    hearsay = frame[frame.category == "evidential"]
    assert set(hearsay.term) == {"so-called", "reportedly"}


def test_in_quote_marks_the_sources_words():
    article = Article.from_text('T\n\n"This will probably fail," she said. It will probably fail.')
    frame = find_hedges(article)
    assert frame[["term", "in_quote"]].values.tolist() == [["probably", True],
                                                           ["probably", False]]


words = st.sampled_from(
    ["may", "May", "about", "300", "some", "people", "say", "not", "likely", "very", "clearly",
     "in", "fact", "\u201c", "\u201d", '"', ".", ",", "appeared", "court", "could", "would",
     "said", "\n\n", "it", "is", "believed", "that", "no", "doubt", "critics"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=40).map(" ".join))
def test_every_span_reproduces_its_text(text):
    if not text.strip():
        return
    article = Article.from_text(text, has_title=False)
    for row in find_hedges(article).itertuples():
        assert article.text[row.start_char : row.end_char] == row.term
