"""Invariants of the spine on arbitrary text (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis import Article, sentence_table

# Text that looks like prose often enough to exercise Punkt: words, abbreviations, sentence
# punctuation, quotes of both kinds, every line-break style, and any other character too.
pieces = st.sampled_from(
    ["The", "source", "said", "Mr.", "U.S.", "p.m.", "No.", "3.", "J.", ".", "!", "?", "...",
     "\u2026", '"', "\u201c", "\u201d", "\u2019", "'", "(", ")", ":", ";", ",", " ", "  ",
     "\n", "\n\n", "\r\n", "\r", "\n \n", "\t", "\u00a0", "\u2028", "\x0c", "\x85", "a", "Z"]
)
prose = st.lists(st.one_of(pieces, st.text(max_size=3)), max_size=60).map("".join)


def check_sentences(article: Article) -> None:
    text = article.text
    table = sentence_table(article)
    previous_end = 0
    covered = bytearray(len(text))
    for row in table.itertuples():
        assert text[row.start_char : row.end_char] == row.text
        assert row.text and not row.text[0].isspace() and not row.text[-1].isspace()
        assert row.start_char >= previous_end  # ordered, no overlap
        previous_end = row.end_char
        covered[row.start_char : row.end_char] = b"\x01" * (row.end_char - row.start_char)
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i], f"character {ch!r} at {i} is in no sentence"
    for p in article.paragraphs:
        assert text[p.start_char : p.end_char] == p.text
    assert table.sentence_id.tolist() == list(range(len(table)))


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(prose, st.booleans())
@example("Title\n\nMr. Smith said: \u201cGo.\u201d He left.", True)
@example("a.\u2028b", False)
@example("\u2019\u2019", False)  # a two-character quotation mark alone: '"' and a space
@example("3.\u2019\u2019The", False)  # one closing a sentence, before the next
def test_sentences_reproduce_order_and_cover_the_text(text, has_title):
    if not text.strip():
        return
    check_sentences(Article.from_text(text, has_title=has_title))


@settings(max_examples=200)
@given(st.text(min_size=1))
def test_any_unicode_text(text):
    if not text.strip():
        return
    check_sentences(Article.from_text(text, has_title=False))
