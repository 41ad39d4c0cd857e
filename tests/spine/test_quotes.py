from __future__ import annotations

from analysis import Article, normalize
from analysis.spine.quotes import find_quotes


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
