"""Nested attributions in linear time: the same rows as the rule read literally, with work
that grows with the cues, not with their square (counted, not timed: ``tests/work.py``)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import analysis
from analysis.layers.attribution import extract, nesting
from tests.work import analysis_of, growth

#: Crafted paragraphs that made nesting and quote linking try every earlier cue or quotation
#: for each cue (issue 25): 4x the text took 12x to 60x the lines.
CRAFTED = {
    "according to sources, critics say": lambda k: "according to sources, critics say " * k,
    '"w1" said "w2" said': lambda k: "".join(f'"w{i}" said ' for i in range(k)),
    '"a" Smith said "b said c"': lambda k: '"a" Smith said "b said c" ' * k,
    "Police said; they said": lambda k: "Police said; they said " * k,
    '"a," he said, "b." "c."': lambda k: '"a," he said, "b." "c." ' * k,
    '"a," she said. "b. / "c," she added.': lambda k: '"a," she said. "b.\n\n"c," she added. ' * k,
}


@pytest.mark.parametrize("name", CRAFTED)
def test_nesting_and_quote_linking_work_linearly_on_crafted_cues(name):
    files = ["layers/attribution/extract.py", "layers/attribution/nesting.py",
             "layers/attribution/quotations.py"]
    assert growth(analysis_of(CRAFTED[name]), files) <= 4.5


# --- the rule read literally: the reference the linear version must equal ------------------

def reference_mark_nested(rows, index, text):
    """``_mark_nested`` as it was before issue 25: every earlier cue of the sentence tried
    for each cue, the new-clause regex searched in the text between them."""
    for row in rows:
        row["nested"] = index.contains(row["cue_start"], row["cue_end"])
        row["parent"] = None
    holders = sorted((row["content_start"], j) for j, row in enumerate(rows)
                     if row["is_quote"] and not row["nested"]
                     and row["content_start"] is not None)
    first_of_sentence: dict[int, int] = {}
    for k, row in enumerate(rows):
        first_of_sentence.setdefault(row["sentence_id"], k)
        if row["nested"]:
            best = None
            for start, j in reversed([h for h in holders if h[0] <= row["cue_start"]]):
                if best is not None and start < rows[best]["content_start"]:
                    break
                other = rows[j]
                if other is not row and not other["nested"] and nesting.holds(other, row):
                    best = j if best is None else min(best, j)
            row["parent"] = best
            continue
        if row["cue_kind"] != "verb":
            continue
        clause = row["cue_start"] if row["source_start"] is None else row["source_start"]
        parent = next((j for j in range(first_of_sentence[row["sentence_id"]], k)
                       if not (other := rows[j])["nested"]
                       and other["cue_kind"] == "verb"
                       and other["cue_end"] <= row["cue_start"] and nesting.holds(other, row)
                       and other["content_start"] <= clause
                       and not nesting.NEW_CLAUSE.search(text[other["cue_end"]:clause])),
                      None)
        if parent is not None:
            row["nested"], row["parent"] = True, parent


WORDS = st.sampled_from(["Smith", "said", "that", "police", "believe", "and", "but", "band",
                         ",", ";", "—", '"', "according", "to", "sources", "critics", "say",
                         ":", "told", "reporters", "they", "claimed", "it", "x", "."])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(WORDS, min_size=1, max_size=25), min_size=1, max_size=4))
@example([['"', "a", "said", "b", '"', "Smith", "said", ";", "police", "said", "that",
           "critics", "say", "Smith", "said", "and", "Jones", "claimed"]])
def test_nesting_is_the_rule_read_literally(paragraphs):
    text = "Title\n\n" + "\n\n".join(" ".join(words) for words in paragraphs)
    article = analysis.Article.from_text(text)
    ours = analysis.find_attributions(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "mark_nested", reference_mark_nested)
        literal = analysis.find_attributions(article)
    assert ours.equals(literal)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("and but,;—x \t\n_é")), max_size=20),
       st.data())
@example("band ", None)
@example("x, ", None)
def test_a_clause_break_is_found_where_the_regex_finds_one(text, data):
    """``_ClauseBreaks.limit(s)`` answers, for every start ``c``, whether ``NEW_CLAUSE``
    finds a new clause in ``text[c:s]``, from one reading of the text."""
    breaks = nesting._ClauseBreaks(text)
    ends = range(len(text) + 1) if data is None else [data.draw(st.integers(0, len(text)))]
    for s in ends:
        at_most, exactly = breaks.limit(s)
        for c in range(s + 1):
            found = nesting.NEW_CLAUSE.search(text[c:s]) is not None
            assert found == (c <= at_most or c == exactly), (text, c, s)


def test_a_cue_after_a_closing_two_apostrophe_mark_is_not_nested():
    # issue 27: "''…,'' said Mr. Poe" was read as a cue inside an open quotation
    from analysis import Article, find_attributions
    rows = find_attributions(Article.from_text(
        "\u201cWe will not back down,'' said Mr. Poe, the city's lawyer. He added that the "
        "city would appeal.", has_title=False))
    said = rows[rows.cue == "said"].iloc[0]
    assert not said.nested and said.is_quote and said.source == "Mr. Poe"
    assert not rows[rows.cue == "added"].iloc[0].nested


def test_a_cue_with_no_source_inside_an_earlier_cues_content_is_nested():
    # wikinews dev wn27: "seek" has no source of its own, and lies inside what the foreign
    # minister "said" (the reference test above holds the rule to its literal reading)
    from analysis import Article, find_attributions
    rows = find_attributions(Article.from_text(
        "The foreign minister said Mexico would consider charging the gunman with terrorism "
        "against Mexicans and would seek to extradite the gunman to face charges in Mexico.",
        has_title=False))
    assert list(rows.loc[~rows.nested, "cue"]) == ["said"]
    seek = rows[rows.cue == "seek"]
    assert len(seek) == 1 and seek.parent.iloc[0] == 0
