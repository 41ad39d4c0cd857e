from __future__ import annotations

import re

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
    assert _splitter().spans(text, punkt_only=True) == list(_PUNKT.span_tokenize(text)), text


def test_spans_are_punkts_spans_on_the_bundled_articles():
    ours = _splitter()
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        article = analysis.read_article(path)
        for text in (analysis.normalize(article.text), *(analysis.normalize(p.text)
                                           for p in article.paragraphs)):
            assert ours.spans(text, punkt_only=True) == list(_PUNKT.span_tokenize(text))
            assert ours.spans(text) == _without_goes_on(text, ours.spans(text, punkt_only=True))


# --- where the sentence goes on past Punkt's break ------------------------------------------

# Written independently of the splitter's own patterns: the text just before a break and
# just after it, for each of the two shapes.
_ENDS_IN_INITIALISM = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")
_MARKS_AND_QUOTES = re.compile(r"[?!\"'\u2019\u201d\xbb]*")
_QUOTED_MARK = re.compile(r"[?!]+[\"'\u2019\u201d\xbb]+$")
_LOWER_NEXT = re.compile(r"[ \t\n\r\f\v]+[^\W\d_]")


def _goes_on_at(text, at):
    """Whether the break at ``at`` falls in one of the two shapes, seen from the text alone."""
    after = text[at:]
    if _ENDS_IN_INITIALISM.search(text[:at]):
        lower = _LOWER_NEXT.match(after)
    else:  # the break within or after a run of marks then quotes: "?!|' said", "?'| said"
        tail = len(text[:at]) - len(text[:at].rstrip("?!\"'\u2019\u201d\xbb"))
        head = _MARKS_AND_QUOTES.match(after).end()
        run = _QUOTED_MARK.search(text[at - tail : at + head])
        if run is None or run.start() >= tail:  # the break is not past a mark of the run
            return False
        lower = _LOWER_NEXT.match(after, head)
    return bool(lower) and lower.group()[-1].islower()


def _without_goes_on(text, punkt):
    """Punkt's spans joined across every break of one of the two shapes, and only there."""
    out = []
    for start, end in punkt:
        if out and _goes_on_at(text, out[-1][1]):
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


_GOES_ON_PIECES = ["F.B.I.", "L.P.", "U.S.", "A.", "said", "asked", "The", "the", "?", "!",
                   "?'", '!"', "?!'", "'", '"', "\u201d", "\u2019", "end.", "Why?", "in",
                   "é", "É", "3", "(", "he"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_GOES_ON_PIECES + _PIECES),
                          st.sampled_from([" ", "", "\n", "  "])), max_size=12))
@example([("F.B.I.", " "), ("agents", "")])
@example([("Why?'", " "), ("asked", " "), ("he.", " "), ("The", "")])
def test_the_sentence_goes_on_exactly_at_the_two_shapes(pieces):
    text = "".join(p + s for p, s in pieces)
    ours = _splitter()
    assert ours.spans(text) == _without_goes_on(text, ours.spans(text, punkt_only=True)), text


# Real sentences, verbatim, each split in two before. Wikinews contributors (CC BY 2.5),
# https://en.wikinews.org/wiki/ + Actor_Doris_Day_dies_at_97,
# UK_Prime_Minister_Johnson_suspends_parliament_for_five_weeks_as_Brexit_deadline_approaches,
# Arrests_made_in_theft_of_gold_toilet_in_England, Joe_Biden_projected_US_president-elect,
# Zara_Kay_tells_Wikinews_about_her_non-profit_organisation_Faithless_Hijabi; and records of
# the 2004-2018 archive (wikinews_2004_2018.jsonl.gz lines 463, 1043, 1550, 1764, 2071).
@pytest.mark.parametrize(
    "text",
    [
        # an initialism before a lower-case word
        "Others are proposing bills that would step up funding for border security and require "
        "U.S. government-issued I.D. cards.",
        "The cutoff for mental retardation in some states, a mitigating factor in some capital "
        "cases, is an I.Q. of 75.",
        "Atwah, also known as Abdul Rahman Al-Muhajir, Muhammad K.A. and Abdel Rahman, is "
        "accused of being responsible for the bombings of the American embassies in Kenya  and "
        "Tanzania  on August 7, 1998 which killed 20 Americans and at least 200 Africans.",
        "Mr. Libby was obliged to step down after he was indicted on charges that he lied about "
        "his role in exposing the identity of Valerie Plame Wilson , a C.I.A. operative, to the "
        "journalist Robert Novak  in July 2003.",
        "Plan B was endorsed by a F.D.A. committee three years ago but had been denied approval "
        "for OTC sale by higher officials in the FDA.",
        # a quoted question or exclamation before a lower-case cue
        "Many people would ask me, 'Is Rock Hudson really gay?' and I said, 'It's something "
        "that I will not discuss.",
        "Members of the House of Commons protested by shouting \"shame on you!\" and holding "
        "signs which read \"silenced\" during Monday's final session.",
        "\"At first, when they woke me up this morning with the news, I thought it was a prank: "
        "Who's so stupid to steal a toilet?\" wrote Cattelan, the artist, in an e-mail to The "
        "New York Times.",
        "President Trump has yet to concede, saying earlier in the morning before the call for "
        "Biden, \"I WON THIS ELECTION, BY A LOT!\" on Twitter.",
        "Some people went like \"Are you a Shi'a or Sunni?\" and I said, \"No, I am a "
        "Muslim\".",
    ],
)
def test_real_sentences_that_go_on(text):
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the issue's own shapes, one rule each
        ("Officials of the U.N. agency said it would help. Then it left.",
         ["Officials of the U.N. agency said it would help.", "Then it left."]),
        ("N.Y.P.D. officers said so. The N.Y.P.D. was blamed.",
         ["N.Y.P.D. officers said so.", "The N.Y.P.D. was blamed."]),
        ("'Where are they?' asked a neighbour.", ["'Where are they?' asked a neighbour."]),
        ("\u201cStop!\u201d shouted the officer. He ran.",
         ["\u201cStop!\u201d shouted the officer.", "He ran."]),
        # and what still ends a sentence: a capital after the initialism or the quotation
        ("It is run by the N.Y.P.D. The mayor said so.",
         ["It is run by the N.Y.P.D.", "The mayor said so."]),
        ("He asked, \"Why?\" Nobody answered.", ['He asked, "Why?"', "Nobody answered."]),
        ("Why? because.", ["Why?", "because."]),  # no quotation: Punkt's break stands
        ("He left. the end.", ["He left.", "the end."]),  # a word, not an initialism
        ("Ask J. smith.", ["Ask J. smith."]),  # one initial: Punkt's own rule
    ],
)
def test_the_two_shapes_one_rule_each(text, expected):
    assert split(text) == expected
