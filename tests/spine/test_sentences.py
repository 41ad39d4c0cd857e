from __future__ import annotations

import pytest

from analysis import SENTENCE_COLUMNS, Article, sentence_table
from analysis.spine.sentences import split_spans


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_spans(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Mr. Smith said the U.S. Army's Lt. Col. Jones arrived at 5 p.m. on Jan. 3. "
            "Then he left.",
            ["Mr. Smith said the U.S. Army's Lt. Col. Jones arrived at 5 p.m. on Jan. 3.",
             "Then he left."],
        ),
        ('He said: "We will go." She didn\'t.', ['He said: "We will go."', "She didn't."]),
        # curly quotes: Punkt reads the normalized copy, the spans give back the original
        ("He said: \u201cWe will go.\u201d She didn\u2019t.",
         ["He said: \u201cWe will go.\u201d", "She didn\u2019t."]),
        ("He fell ill. The doctor came.", ["He fell ill.", "The doctor came."]),
        ("It happened in the U.S. The president left.",
         ["It happened in the U.S.", "The president left."]),
        ("Gov. Newsom of Calif. spoke, i.e. briefly, e.g. twice.",
         ["Gov. Newsom of Calif. spoke, i.e. briefly, e.g. twice."]),
        ("He lives at No. 10 Downing Street. It is old.",
         ["He lives at No. 10 Downing Street.", "It is old."]),
        ("J. R. R. Tolkien wrote it. Plan B. Then nothing.",
         ["J. R. R. Tolkien wrote it.", "Plan B.", "Then nothing."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("no sentence punctuation at all", ["no sentence punctuation at all"]),
        ("Wait\u2026 What happened", ["Wait\u2026", "What happened"]),
    ],
)
def test_sentence_splits(text, expected):
    assert split(text) == expected


def test_seed_has_a_title_and_24_one_sentence_paragraphs(seed):
    table = sentence_table(seed)
    assert list(table.columns) == SENTENCE_COLUMNS
    assert table.is_title.tolist() == [True] + [False] * 24
    body = table[~table.is_title]
    assert body.paragraph_id.tolist() == list(range(1, 25))
    assert (body.sent_in_para == 0).all()
    assert table.sentence_id.tolist() == list(range(25))
    assert table.iloc[2].text == (
        "This was reported to RIA Novosti by sources in the Ukrainian anti-fascist underground."
    )
    assert table.iloc[2].n_tokens == 13


def test_every_sentence_offset_is_exact(seed):
    for row in sentence_table(seed).itertuples():
        assert seed.text[row.start_char : row.end_char] == row.text


def test_sentences_never_cross_paragraphs():
    article = Article.from_text("Title\n\nOne ends here, Mr\n\nSmith. Two.", has_title=True)
    table = sentence_table(article)
    assert table.text.tolist() == ["Title", "One ends here, Mr", "Smith.", "Two."]
    assert table.paragraph_id.tolist() == [0, 1, 2, 2]
    assert table.sent_in_para.tolist() == [0, 0, 0, 1]


def test_column_types(seed):
    table = sentence_table(seed)
    for column in ["sentence_id", "paragraph_id", "sent_in_para", "start_char", "end_char",
                   "n_tokens"]:
        assert table[column].dtype == "int64", column
    assert table.is_title.dtype == bool


def test_a_one_megabyte_paragraph_is_split_completely():
    sentence = "The committee met again on Tuesday and talked for a long time. "
    text = "Title\n\n" + sentence * (1_000_000 // len(sentence))
    table = sentence_table(Article.from_text(text))
    assert len(table) == 1 + 1_000_000 // len(sentence)
    assert table.end_char.iloc[-1] == len(text.rstrip())


def test_a_one_megabyte_paragraph_without_punctuation_is_one_sentence():
    text = "word " * 200_000
    table = sentence_table(Article.from_text(text, has_title=False))
    assert len(table) == 1
    assert table.n_tokens.iloc[0] == 200_000


def test_sentence_frame_equals_the_concatenated_tables(seed):
    import pandas as pd

    from analysis import sentence_frame

    other = Article.from_text("Another\n\nOne. Two.")
    expected = pd.concat([sentence_table(seed), sentence_table(other)], ignore_index=True)
    pd.testing.assert_frame_equal(sentence_frame([seed, other]), expected)
    empty = sentence_frame([])
    assert list(empty.columns) == SENTENCE_COLUMNS and len(empty) == 0


# --- the Punkt shortcut decides as Punkt does ------------------------------------------------

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from nltk.tokenize.punkt import PunktSentenceTokenizer  # noqa: E402

import analysis  # noqa: E402
from analysis.spine.sentences import _PLAIN_BREAK, _splitter  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

_PUNKT = PunktSentenceTokenizer(_splitter()._params)  # NLTK's own, the same parameters
_BEFORE = ["said", "Mr", "mr", "U.S", "J", "e.g", "vs", "No", "Inc", "Co", "St", "Gen",
           "3", "1,000", "pp", "al", "Jan", "x", "II", "well-known", "co-op", "Müller", '"said',
           "(AP", "end", "END", "a.m"]
_AFTER = ["The", "the", "He", "he", '"We', "(AP)", "3", "...", ".", "Then", "in", "J.", "U.S.",
          "Monday", "but", "It's", "¿Qué", "A", "a"]


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(_BEFORE), st.sampled_from([".", "?", "!", "..", ".)"]),
       st.sampled_from([" ", "  ", "\n", " \t"]), st.sampled_from(_AFTER))
def test_the_shortcut_decides_every_context_as_punkt(before, mark, space, after):
    context = before + mark + space + after
    assert _splitter().text_contains_sentbreak(context) == \
        _PUNKT.text_contains_sentbreak(context), context


# contexts that end in punctuation instead of a next token ('said."'), and marks inside words
_CLOSING = ['"', "'", ")", "]", "}", ";", ":", "*", "@", "(", "[", "{", "\u2018", "\u2019",
            "\u201c", "\u201d", "\xab", "\xbb", "!", "?", "&", ",", "-", "a", "&quot;", ".",
            " The", "  x", "", "\x1cThe", "\x85The", "\xa0The"]


@settings(max_examples=800, deadline=None)
@given(st.sampled_from(_BEFORE), st.sampled_from([".", "?", "!", "?!", "..", "!?"]),
       st.sampled_from(_CLOSING), st.sampled_from(_CLOSING))
@example("said", ".", "", "\x1cThe")  # white space to Python's re, not to Punkt's regex
@example("end", "?", "", "\x1cThe")
@example("U.S", "?", "&quot;", "")  # the ? is not cut off: "?&quot" is one token to Punkt
def test_the_shortcut_decides_closing_punctuation_as_punkt(before, mark, first, second):
    context = before + mark + first + second
    assert _splitter().text_contains_sentbreak(context) == \
        _PUNKT.text_contains_sentbreak(context), context


def test_the_shortcut_agrees_with_punkt_on_the_bundled_articles():
    ours = _splitter()
    contexts = [context for path in sorted((ROOT / "data" / "articles").glob("*.txt"))
                for para in analysis.read_article(path).paragraphs
                for _, context in _PUNKT._match_potential_end_contexts(
                    analysis.normalize(para.text))]
    assert sum(bool(_PLAIN_BREAK.fullmatch(c)) for c in contexts) >= 5  # the shortcut is used
    assert [ours.text_contains_sentbreak(c) for c in contexts] == \
        [_PUNKT.text_contains_sentbreak(c) for c in contexts]
    for paragraph in ("Mr. Smith met Gen. Lee on Jan. 3. Then he left.",
                      "It cost $3.5 bn. That was U.S. policy. The end."):
        assert list(ours.span_tokenize(paragraph)) == list(_PUNKT.span_tokenize(paragraph))


# --- spans(): Punkt's span_tokenize without its generators ----------------------------------

_PIECES = ["The", "said", "Mr.", "U.S.", "J.", "3.5", "end.", "end?", "end!", "end!!", "...",
           '."', '"', "'", ")", "(", "]", "}", "--", "—", "’", "”", "«", "»", ".)", "?!", ":",
           "a", "Then", "x.y", ".", "!", "?"]
_SPACES = [" ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c", "\x85", ""]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SPACES)), max_size=14))
def test_spans_are_punkts_spans(pieces):
    text = "".join(p + s for p, s in pieces)
    assert _splitter().spans(text) == list(_PUNKT.span_tokenize(text)), text


def test_spans_are_punkts_spans_on_the_bundled_articles():
    ours = _splitter()
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        article = analysis.read_article(path)
        for text in (analysis.normalize(article.text), *(analysis.normalize(p.text)
                                           for p in article.paragraphs)):
            assert ours.spans(text) == list(_PUNKT.span_tokenize(text))
