"""The seed article: every attribution found and typed correctly (the issue's acceptance table)."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis import ATTRIBUTION_COLUMNS, Article, find_attributions

# sentence_id, cue, source, source type (after pronoun resolution), start of the content
SEED_TABLE = [
    (0, "Reports", "Reports", "vague", "Russian Strikes on Mobilization Centers"),
    (0, "Says", "Anti-Fascist Underground Source", "anonymous", "Ukrainian Mobilization Tempos"),
    (2, "reported", "sources in the Ukrainian anti-fascist underground", "anonymous",
     "The tempos of mobilization in Ukraine"),  # "This was reported": the sentence before
    (3, "According to", "the source", "anonymous", "the mobilization tempos have greatly"),
    (4, "noted", "He", "anonymous", "there have been no significant videos"),
    (6, "suggested", "The underground source", "anonymous", "the strikes have not only"),
    (6, "reportedly", None, None, None),
    (11, "warning", "human rights organizations", "vague", "the erosion of civil liberties"),
    (13, "reports", "widespread reports", "vague", "abuses, including the arbitrary"),
    (14, "showing", "a video", "document", "conscription officers taking"),
    (15, "depicted", "The footage", "document", "a young father being forcibly"),
    (16, "accusing", "critics", "vague", "the Ukrainian government of prioritizing"),
    (17, "highlighted", "The video", "document", "the personal toll of conscription"),
    (20, "emphasized", "The anti-fascist underground source", "anonymous",
     "the recent decrease in mobilization"),
    (22, "warned", "the source", "anonymous", "this resistance is uneven"),
]


@pytest.fixture(scope="module")
def seed_attributions(seed):
    return find_attributions(seed)


def test_columns(seed_attributions):
    assert list(seed_attributions.columns) == ATTRIBUTION_COLUMNS
    assert seed_attributions.cue_start.dtype == "Int64"


def test_every_seed_attribution_is_found_and_typed(seed, seed_attributions):
    got = []
    for row in seed_attributions.itertuples():
        content = None
        if pd.notna(row.content_start):
            content = seed.text[row.content_start : row.content_end]
        got.append((row.sentence_id, row.cue, row.source if pd.notna(row.source) else None,
                    row.resolved_source_type if pd.notna(row.resolved_source_type) else None,
                    content))
    assert len(got) == len(SEED_TABLE)
    for (sid, cue, source, kind, content), expected in zip(got, SEED_TABLE, strict=True):
        assert (sid, cue, source, kind) == expected[:4]
        if expected[4] is None:
            assert content is None
        else:
            assert content.startswith(expected[4]), (cue, content)


def test_the_pronoun_is_resolved_to_the_anonymous_source(seed_attributions):
    # the source's entity is named by its first description (issue 26: one entity, its
    # mentions merged)
    he = seed_attributions[seed_attributions.cue == "noted"].iloc[0]
    assert (he.source_type, he.resolved_source, he.resolved_source_type) == (
        "pronoun", "sources in the Ukrainian anti-fascist underground", "anonymous")


def test_the_underground_source_is_one_entity_through_all_its_mentions(seed_attributions):
    cues = ["reported", "According to", "noted", "suggested", "emphasized", "warned"]
    rows = seed_attributions[seed_attributions.cue.isin(cues)]
    assert set(rows.entity) == {"sources in the Ukrainian anti-fascist underground"}


def test_spans_index_the_text(seed, seed_attributions):
    for row in seed_attributions.itertuples():
        assert seed.text[row.cue_start : row.cue_end] == row.cue
        if pd.notna(row.source_start):
            assert seed.text[row.source_start : row.source_end] == row.source


def test_curly_quotes_are_read_as_quotes():
    article = Article.from_text("T\n\n\u201cWe will win,\u201d she said. \u201cNo doubt.\u201d")
    row = find_attributions(article).iloc[0]
    assert row.is_quote and article.text[row.content_start : row.content_end] == (
        "We will win,\u201d she said. \u201cNo doubt.")  # the quotation resumed after her


def test_an_article_without_attributions_gives_an_empty_typed_frame():
    frame = find_attributions(Article.from_text("T\n\nThe sky is blue."))
    assert frame.empty and list(frame.columns) == ATTRIBUTION_COLUMNS


words = st.sampled_from(
    ["said", "says", "told", "according", "to", "the", "source", "Smith", "He", "that", ",",
     ".", '"', "\u201c", "\u201d", ":", "\u2014", "reportedly", "by", "was", "reported",
     "critics", "claims", "of", "\n\n", "who", "asked", "not", "be", "named", "video", "showed"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(words, min_size=1, max_size=40).map(" ".join))
def test_every_span_reproduces_its_text(text):
    if not text.strip():
        return
    article = Article.from_text(text, has_title=False)
    frame = find_attributions(article)
    for row in frame.itertuples():
        assert article.text[row.cue_start : row.cue_end] == row.cue
        assert row.cue_start < row.cue_end
        if pd.notna(row.source_start):
            assert article.text[row.source_start : row.source_end] == row.source
        if pd.notna(row.content_start):
            assert 0 <= row.content_start < row.content_end <= len(article.text)


NESTED = ('Vote\n\n"I think we will win, and we believe the voters agree," the mayor said. '
          'Critics said she was wrong.')


def test_a_cue_inside_a_quotation_is_nested_under_the_quotations_attribution():
    """The standard's convention: "'I think it is important,' she said" is one attribution
    (cue *said*); the quoted speaker's *think* is kept as a nested row, with its parent."""
    from analysis import Article, find_attributions

    frame = find_attributions(Article.from_text(NESTED))
    assert frame[["cue", "nested"]].values.tolist() == [
        ["think", True], ["believe", True], ["agree", True], ["said", False], ["said", False]]
    assert frame.parent.tolist()[:3] == [3, 3, 3] and frame.parent.isna().tolist()[3:] == [True] * 2
    assert frame.loc[3, "source"] == "the mayor"


def test_nested_attributions_are_in_no_count():
    from analysis import Article, analyze, article_summary
    from analysis.layers.attribution import ATTRIBUTIONS, counted

    result = analyze(Article.from_text(NESTED))
    assert result.sentences.n_attributions.tolist() == [0, 1, 1]
    assert result.paragraphs.n_attributions.tolist() == [0, 2]
    assert result.paragraphs.n_named_person.sum() == 1 and result.paragraphs.n_pronoun.sum() == 0
    assert article_summary(result)["n_attributions"] == 2
    columns = counted(ATTRIBUTIONS.columns_of(result.attributions))
    assert columns["cue"] == ["said", "said"]


# --- quote linking: the rule read literally, the reference of the bisected version --------

def reference_link_quotes(f, toks, sent, index, sentences, k, word_starts=None):
    """``_link_quotes`` as it was before issue 25: every quotation of the sentence tried for
    every cue, the tokens between them walked each time (with the later rules: a colon after
    a quotation makes it introduce what follows, not be the clause's content; a colon before
    a quotation after the cue makes it the content; a quotation resumed after the cue is the
    same content)."""
    from analysis.layers.attribution.extract import _set_quote

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
            _set_quote(f, q, index)
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
            _set_quote(f, q, index)


QUOTE_WORDS = st.sampled_from(['"', '"', ",", ":", ".", "said", "Smith", "that", "told",
                               "reporters", "according", "to", "police", "x", "—", "asked"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(QUOTE_WORDS, min_size=1, max_size=25), min_size=1, max_size=4))
def test_a_cue_is_linked_to_the_quotation_the_literal_rule_links(paragraphs):
    """The quotation before a cue's clause or after its cue is bisected for, not searched:
    on random sentences of quotation marks, cues and sources, the same rows as the rule
    read literally."""
    from analysis.layers.attribution import extract

    text = "Title\n\n" + "\n\n".join(" ".join(words) for words in paragraphs)
    article = Article.from_text(text)
    ours = find_attributions(article)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(extract, "_link_quotes", reference_link_quotes)
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
