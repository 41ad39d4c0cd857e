"""The framing marks of the seed and of real Wikinews articles: spans, categories, voices."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import FRAMING_COLUMNS, Article, find_framing
from tests.conftest import ROOT

FRAMING = ROOT / "tests" / "fixtures" / "wikinews_framing" / "texts"


def marks(text: str) -> list[tuple[str, str, str]]:
    frame = find_framing(Article.from_text(text, has_title=False))
    return list(zip(frame.term, frame.category, frame.voice, strict=True))


def test_the_seeds_own_voice_is_where_its_framing_is(seed):
    frame = find_framing(seed)
    assert list(frame.columns) == FRAMING_COLUMNS
    own = frame[frame.voice == "own"]
    assert {"swoops", "outrage", "immense", "constant fear", "precarious"} <= set(own.term)
    assert {"so-called", "busification"} <= set(frame.term)
    assert (frame.category[frame.term == "busification"] == "label").all()
    for row in frame.itertuples():
        assert seed.text[row.start_char : row.end_char] == row.term
        assert 0 <= row.intensity <= 4


def test_intensity_is_vaders_where_vader_lists_the_word(seed):
    frame = find_framing(seed)
    outrage = frame[frame.term == "outrage"].iloc[0]
    assert outrage.intensity == 2.3  # VADER's |valence| for "outrage"
    assert frame[frame.term == "swoops"].iloc[0].intensity == 2.0  # ours: VADER lacks it


def test_voice_quoted_attributed_own():
    """Wikinews contributors (CC BY 2.5), "Queen Elizabeth agrees to suspend UK Parliament
    ahead of Brexit deadline": Philip Hammond's words inside his quotation."""
    text = next(FRAMING.glob("fr18-*.txt")).read_text()
    frame = find_framing(Article.from_text(text, has_title=True))
    outrage = frame[frame.term == "constitutional outrage"]
    assert len(outrage) == 0 or set(outrage.voice) == {"quoted"}
    assert set(frame[frame.term == "outrage"].voice) == {"quoted"}
    assert marks("Police said the protesters were thugs.") == [("thugs", "label", "attributed")]
    assert marks("The thugs left.") == [("thugs", "label", "own")]


def test_loaded_verbs_are_the_attribution_cues_with_a_connotation():
    """Wikinews contributors, "Magnitogorsk apartment building collapses …": *claimed* is the
    article's word for what the officers said; *claimed responsibility* is the plain phrase."""
    assert marks("Residents there told the press the officers claimed to be seeking a bomb.") \
        == [("claimed", "loaded_verb", "own")]
    assert marks("The Islamic State claimed responsibility for all three attacks.") == []
    assert marks("The officers said they were seeking a bomb.") == []


def test_scare_quotes_and_names_in_quotation_marks():
    assert marks('The "elections" were held under martial law.') == [
        ("elections", "doubt", "own")]
    # a name in quotation marks, and words someone is cited for, are not scare quotes
    assert marks('The inventor called the device the "Flyboard".') == []
    assert marks('The mayor said the plan was "reckless".') == []
    # the last piece of a quotation over paragraphs, with no opening mark of its own
    article = Article.from_text('Title\n\nThe crowd "went home.\n\nAll of them" did.')
    assert find_framing(article).empty


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["The", "regime", "thugs", "so-called", "only", "a", "few",
                                 "protesters", '"', "said", "police", "outrage", ".", ","]),
                min_size=1, max_size=12))
def test_every_span_indexes_the_text(words):
    article = Article.from_text(" ".join(words), has_title=False)
    for row in find_framing(article).itertuples():
        assert article.text[row.start_char : row.end_char] == row.term


# --- linear time: scare quotes and voices looked up, not searched --------------------------

@pytest.mark.parametrize("unit", ['"a" ', '"a" — Smith ', '"w" said '])
def test_scare_quotes_work_linearly_on_a_paragraph_of_quotations(unit):
    """Each quotation was tried against every cited row of its sentence, its words found by
    walking all the sentence's tokens: 4x the quotations cost 15x the lines."""
    from tests.work import analysis_of, growth

    assert growth(analysis_of(lambda k: unit * k), ["layers/framing/extract.py"]) <= 4.5


SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(0, 12)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=12)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(0, 40), st.integers(0, 12))
def test_inside_a_content_is_what_trying_every_content_says(spans, start, length):
    from analysis.layers.framing.extract import _Inside

    end = start + length
    assert _Inside(spans)(start, end) == any(s <= start and end <= e for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.lists(st.booleans(), max_size=12), st.integers(0, 40), st.integers(0, 12))
def test_a_quotation_is_held_where_trying_every_cited_row_says(spans, sourced, start, length):
    """A cited row holds a quotation its content overlaps, or any quotation if it names a
    source: the bisected answer equals trying each row."""
    from analysis.layers.framing.extract import _Held

    sourced = (sourced + [False] * len(spans))[: len(spans)]
    columns = {"content_start": [s for s, _ in spans], "content_end": [e for _, e in spans],
               "source_start": [0 if named else None for named in sourced]}
    end = start + length
    expected = any((s < end and start < e) or named
                   for (s, e), named in zip(spans, sourced, strict=True))
    assert _Held(columns, list(range(len(spans))))(start, end) == expected
