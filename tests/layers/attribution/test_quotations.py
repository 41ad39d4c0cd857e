"""Which quotation is a cue's content: the quotation before its clause or after it, one
resumed after it, and a quotation's pieces never shared by two cues. The bisected linking is
held to the rule read literally, on random sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import Article, find_attributions
from analysis.layers.attribution import extract
from analysis.layers.attribution.quotations import set_quote

# --- quote linking: the rule read literally, the reference of the bisected version --------

def reference_link_quotes(f, toks, sent, index, sentences, k, word_starts=None):
    """``_link_quotes`` as it was before issue 25: every quotation of the sentence tried for
    every cue, the tokens between them walked each time (with the later rules: a colon after
    a quotation makes it introduce what follows, not be the clause's content; a colon before
    a quotation after the cue makes it the content; a quotation resumed after the cue is the
    same content)."""
    if f.kind not in ("verb", "phrase"):
        return
    cue_start, cue_end = toks.starts[f.cue_first], toks.ends[f.cue_last]
    clause_start = toks.starts[f.source.first] if f.source is not None and \
        f.source.first < f.cue_first else cue_start
    for q in index.overlapping(sent.start_char, sent.end_char):
        before = q.close_mark is not None and q.close_mark < clause_start and \
            sent.end_char >= q.close_mark and not any(
                word for at, word in zip(toks.starts, toks.is_word, strict=True)
                if q.close_mark <= at < clause_start) and not any(
                text == ":" for at, text in zip(toks.starts, toks.texts, strict=True)
                if q.close_mark < at < clause_start)  # a colon: the quotation introduces
        between = [t for t in toks if cue_end <= t.start < q.open_mark]
        if f.source is not None and f.source.first > f.cue_last:
            between = [t for t in between if not (toks.starts[f.source.first] <= t.start
                                                   <= toks.starts[f.source.last])]
        after = q.open_mark is not None and q.open_mark > cue_end and (
            all(not t.is_word or t.low == "that" for t in between)
            or (between and between[-1].text == ":"))  # said at a press conference: "…"
        if before or after:
            set_quote(f, q, index)
            if before:  # "…," he said, "…": the quotation resumed is the same content
                resumed = [r for r in index.overlapping(sent.start_char, sent.end_char)
                           if r.open_mark is not None and r.open_mark > cue_end
                           and r.quote_id != q.quote_id]
                if resumed and all(
                        not t.is_word or t.low == "that" or (
                            f.source is not None and f.source.first > f.cue_last
                            and toks.starts[f.source.first] <= t.start
                            <= toks.starts[f.source.last])
                        for t in toks if cue_end <= t.start < resumed[0].open_mark):
                    f.content = (f.content[0], index.pieces[resumed[0].quote_id][-1].end)
            return
    if f.colon and k + 1 < len(sentences):
        nxt = sentences[k + 1]
        q = index.opening_at(nxt.start_char, nxt.start_char + 1)
        if q is not None:
            set_quote(f, q, index)


QUOTE_WORDS = st.sampled_from(['"', '"', ",", ":", ".", "said", "Smith", "that", "told",
                               "reporters", "according", "to", "police", "x", "—", "asked"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(QUOTE_WORDS, min_size=1, max_size=25), min_size=1, max_size=4))
def test_a_cue_is_linked_to_the_quotation_the_literal_rule_links(paragraphs):
    """The quotation before a cue's clause or after its cue is bisected for, not searched:
    on random sentences of quotation marks, cues and sources, the same rows as the rule
    read literally."""
    text = "Title\n\n" + "\n\n".join(" ".join(words) for words in paragraphs)
    article = Article.from_text(text)
    ours = find_attributions(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "link_quotes", reference_link_quotes)
        literal = find_attributions(article)
    assert ours.equals(literal)


def test_a_quotation_after_a_colon_is_the_cues_content_whatever_lies_between():
    # wikinews dev wn44: the quotation, both its sentences, is what the superintendent said
    text = ("Police Senior Superintendent Yolanda Yu Hoi-kwan said at a press conference: "
            "\"The police officers' lives were seriously threatened. To save his own and his "
            "colleagues' lives, he fired a live shot at the attacker.\"")
    rows = find_attributions(Article.from_text(text, has_title=False))
    said = rows[rows.cue == "said"].iloc[0]
    assert said.is_quote and text[said.content_start:said.content_end] == text[78:-1]
    assert text[78:].startswith("The police")


def test_a_cue_after_a_quotation_closed_before_its_comma_takes_its_source_on_the_right():
    # wikinews dev wn13: British punctuation, the comma outside the closing mark
    rows = find_attributions(Article.from_text(
        '"I was not expecting this", said Kosgei after the race.', has_title=False))
    said = rows[~rows.nested].iloc[0]
    assert (said.cue, said.source, said.is_quote) == ("said", "Kosgei", True)


def test_a_quotation_not_reopened_on_its_next_paragraph_is_one_content_with_its_cue_outside():
    text = ('Title\n\n"We will go. We will win.\n\nWe have the votes," Smith said.\n\n'
            '"Next," she said.')
    rows = find_attributions(Article.from_text(text))
    smith = rows[rows.source == "Smith"].iloc[0]
    assert not smith.nested and smith.is_quote
    assert text[smith.content_start:smith.content_end] == (
        "We will go. We will win.\n\nWe have the votes,")
    assert not rows[rows.source == "she"].iloc[0].nested


def test_a_quotation_interrupted_by_its_cue_is_one_content():
    # the guideline's decided case: one content in two pieces (here one span over both)
    text = '"We are ready," he said, "and we will win."'
    said = find_attributions(Article.from_text(text, has_title=False)).iloc[0]
    assert text[said.content_start:said.content_end] == 'We are ready," he said, "and we will win.'


def test_a_quotation_resumed_in_the_next_sentence_with_no_cue_is_the_same_content():
    # news-story/08-dvids (dev): what the private says runs on after his name
    text = ("\u201cWhen you're in the back of a Stryker, there are no windows,\u201d said Pvt. "
            "Brandon Hickle. \u201cYou know what your mission is, but you don't know what lies "
            "ahead. It's an adrenaline rush.\u201d The exercise ended at noon. \u201cNot a "
            "word.\u201d")
    rows = find_attributions(Article.from_text(text, has_title=False))
    said = rows[rows.cue == "said"].iloc[0]
    content = text[said.content_start:said.content_end]
    assert content.startswith("When you're") and content.endswith("adrenaline rush.")


def test_a_second_cue_in_a_quotation_over_paragraphs_has_only_its_own_piece():
    text = ('Title\n\n"We will go," she said. "We will win.\n\n"We have the votes," she '
            'added.')
    rows = find_attributions(Article.from_text(text)).set_index("cue")
    said, added = rows.loc["said"], rows.loc["added"]
    assert text[said.content_start:said.content_end] == 'We will go," she said. "We will win.'
    assert text[added.content_start:added.content_end] == "We have the votes,"
