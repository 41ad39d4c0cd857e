"""The seed article: every hedge and booster with the right category (the issue's table)."""

from __future__ import annotations

import pytest
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


# --- linear time: weasels and vague sources looked up, not tried against every match -------

@pytest.mark.parametrize("unit", ["some people say many experts ",
                                  "critics said experts claimed ",
                                  "reports of claims by critics of "])
def test_weasels_and_vague_sources_work_linearly_in_one_sentence(unit):
    """Each weasel construction and vague source was tried against every match of its
    sentence: 4x the text cost 9x to 13x the lines."""
    from tests.work import analysis_of, growth

    assert growth(analysis_of(lambda k: unit * k), ["layers/hedges/extract.py"]) <= 4.5


def reference_with_weasels(matches, toks):
    """``_with_weasels`` as it was before issue 25: each weasel tried against every match."""
    from analysis.layers.hedges.extract import TRIGGERS, find_weasels

    if not any(low in TRIGGERS for low in toks.lows):
        return matches
    for i, j, entry in find_weasels(toks):
        s, e = toks.starts[i], toks.ends[j - 1]
        overlapping = [m for m in matches if m[0] < e and s < m[1]]
        if any(m[2].kind == "hedge" and m[2].category != "approximator"
               and not (s <= m[0] and m[1] <= e) for m in overlapping):
            continue
        matches = [m for m in matches if m not in overlapping]
        matches.append((s, e, entry, False, "construction"))
    return matches


HEDGE_WORDS = st.sampled_from(["some", "many", "people", "experts", "say", "said", "critics",
                               "may", "widely", "regarded", "is", "as", "one", "of", "the",
                               "most", "several", "reports", "claimed", "others", "believe",
                               "clearly", "very", ",", "."])


@settings(max_examples=150, deadline=None)
@given(st.lists(HEDGE_WORDS, min_size=1, max_size=40))
def test_weasels_and_vague_sources_are_the_rule_read_literally(words):
    """The same hedges, in the same order, as trying each weasel against every match and
    each vague source against every hedge."""
    from analysis.layers.hedges import extract

    article = Article.from_text("Title\n\n" + " ".join(words))
    ours = find_hedges(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_with_weasels", reference_with_weasels)
        literal = find_hedges(article)
    assert ours.equals(literal)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=10), st.integers(0, 40), st.integers(1, 8))
def test_a_span_overlaps_the_spans_that_trying_each_says_it_overlaps(gaps, start, length):
    """``_Disjoint`` (spans that never overlap, sorted): the run a span overlaps, and whether
    there is one, bisected — as trying every span says."""
    from analysis.layers.hedges.extract import _Disjoint

    spans, at = [], 0
    for gap in gaps:  # disjoint spans of length 1-3, separated by gaps
        spans.append((at + gap, at + gap + 1 + gap % 3, None))
        at = spans[-1][1]
    end = start + length
    expected = [m for m in spans if m[0] < end and start < m[1]]
    disjoint = _Disjoint(list(reversed(spans)))
    assert disjoint.overlapping(start, end) == expected
    assert disjoint.overlaps(start, end) == bool(expected)
