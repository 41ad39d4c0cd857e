"""The spine's first vertebra: an article and its paragraphs, with exact character offsets."""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from analysis.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from analysis.attribution.quotes import QuoteIndex
    from analysis.sentences import Sentence
    from analysis.tokens import Tokens

# Every line break str.splitlines() knows, CRLF first so it counts as one break.
_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


@dataclass(frozen=True)
class Paragraph:
    """One block of text. ``paragraph_id`` is 0 for the title, 1, 2, … for the body."""

    paragraph_id: int
    start_char: int
    end_char: int
    is_title: bool
    text: str


@dataclass(frozen=True, eq=False)
class Article:
    """An article: its text exactly as decoded, and its paragraphs as offsets into it.

    Build one with :meth:`from_text` or :func:`analysis.read_article`. ``text[p.start_char:
    p.end_char] == p.text`` holds for every paragraph, and the same holds for every sentence
    and every span any layer returns.
    """

    article_id: str
    title: str | None
    text: str
    paragraphs: tuple[Paragraph, ...]
    source: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        article_id: str | None = None,
        has_title: bool = True,
        source: str | None = None,
        metadata: dict[str, Any] | None = None,
    ) -> Article:
        """Make an article of ``text``.

        Paragraphs are separated by blank lines; in a text with no blank line, by single line
        breaks. With ``has_title`` the first paragraph is the title (``paragraph_id`` 0).
        ``article_id`` defaults to a stable hash of the text. Raises :class:`InputError` for
        a text with nothing but white space in it.
        """
        if not isinstance(text, str):
            raise InputError(source or "<text>", f"expected str, got {type(text).__name__}")
        blocks = split_paragraphs(text)
        if not blocks:
            raise InputError(source or "<text>", "no text: it is empty or white space only")
        paragraphs = []
        first_body = 0
        if has_title:
            s, e = blocks[0]
            paragraphs.append(Paragraph(0, s, e, True, text[s:e]))
            first_body = 1
        for number, (s, e) in enumerate(blocks[first_body:], start=1):
            paragraphs.append(Paragraph(number, s, e, False, text[s:e]))
        return cls(
            article_id=article_id if article_id is not None else text_id(text),
            title=paragraphs[0].text if has_title else None,
            text=text,
            paragraphs=tuple(paragraphs),
            source=source,
            metadata=dict(metadata or {}),
        )

    @functools.cached_property
    def normalized(self) -> str:
        """The normalized copy of ``text`` (:func:`analysis.normalize.normalize`), computed
        once: every layer matches and scores on it; its offsets are the text's."""
        from analysis.normalize import normalize

        return normalize(self.text)

    @functools.cached_property
    def english_share(self) -> float:
        """The share of its first words that are English function words (see
        :mod:`analysis.language`), computed once from the sentences' word tokens."""
        from analysis.language import function_word_share

        return function_word_share(itertools.chain.from_iterable(
            toks.word_lows() for toks in self.sentence_tokens))

    @functools.cached_property
    def sentence_tokens(self) -> tuple[Tokens, ...]:
        """The tokens of each sentence (on the normalized copy, absolute offsets), computed
        once for every layer that needs them (with the sentences, which count their words)."""
        if "sentences" not in self.__dict__:
            self.sentences  # noqa: B018 - segmenting stores the tokens too
            return self.__dict__["sentence_tokens"]
        from analysis.tokens import tokens

        norm = self.normalized
        return tuple(tokens(norm[s.start_char : s.end_char], offset=s.start_char)
                     for s in self.sentences)

    @functools.cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences, computed once (see :mod:`analysis.sentences`)."""
        from analysis.sentences import segment

        sentences, tokens = segment(self)
        self.__dict__["sentence_tokens"] = tokens
        return sentences

    @functools.cached_property
    def quote_index(self) -> QuoteIndex:
        """The direct quotations, found once for every layer that needs them (see
        :mod:`analysis.attribution.quotes`)."""
        from analysis.attribution.quotes import QuoteIndex, find_quotes

        return QuoteIndex(find_quotes(self))

    def __reduce__(self):
        """Pickle (for a worker process) the text and the paragraphs' offsets only: not the
        paragraphs' copies of the text, nor what was computed and cached (sentences, tokens),
        which the worker computes again. A quarter of the bytes to send to a worker."""
        bounds = tuple((p.paragraph_id, p.start_char, p.end_char, p.is_title)
                       for p in self.paragraphs)
        return _unpickle_article, (self.article_id, self.title, self.text, bounds, self.source,
                                   self.metadata)

    def __repr__(self) -> str:
        title = (self.title or self.text)[:50]
        return (
            f"Article(article_id={self.article_id!r}, title={title!r}, "
            f"{len(self.paragraphs)} paragraphs, {len(self.text)} chars)"
        )


def _unpickle_article(article_id, title, text, bounds, source, metadata) -> Article:
    paragraphs = tuple(Paragraph(k, s, e, t, text[s:e]) for k, s, e, t in bounds)
    return Article(article_id, title, text, paragraphs, source, metadata)


def text_id(text: str) -> str:
    """A stable, short id for a text: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of every paragraph, trimmed of surrounding white space.

    A paragraph is a run of non-blank lines; blank lines (empty or white space only) separate
    paragraphs. If the text has no blank line between two non-blank lines, every line break
    separates paragraphs instead. Linear in the length of the text.
    """
    lines: list[tuple[int, int]] = []  # (start, end) of each non-blank line, trimmed
    pos = 0
    for m in _LINE_BREAK.finditer(text):
        _add_line(text, pos, m.start(), lines)
        pos = m.end()
    _add_line(text, pos, len(text), lines)
    if not lines:
        return []
    # Two consecutive non-blank lines belong to one block unless a blank line lies between
    # them, i.e. the white space between them holds more than one line break.
    blocks = []
    start, end = lines[0]
    for s, e in lines[1:]:
        if _has_blank_line(text[end:s]):
            blocks.append((start, end))
            start = s
        end = e
    blocks.append((start, end))
    return blocks if len(blocks) > 1 else lines


def _add_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    segment = text[start:end]
    stripped = segment.strip()
    if stripped:
        lead = len(segment) - len(segment.lstrip())
        out.append((start + lead, start + lead + len(stripped)))


def _has_blank_line(gap: str) -> bool:
    breaks = _LINE_BREAK.finditer(gap)
    return next(breaks, None) is not None and next(breaks, None) is not None
