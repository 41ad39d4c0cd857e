"""The spine's first vertebra: an article and its paragraphs, with exact character offsets.

An :class:`Article` is pure data — the text as decoded, its paragraphs, where it came from.
Everything computed from it (the normalized copy, sentences, tokens, quotations) lives in the
prepared :class:`~analysis.spine.document.Document`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from analysis.errors import A_TEXT, SURROGATE, InputError, expect, printable
from analysis.spine.furniture import BODY, paragraph_kinds
from analysis.spine.paragraphs import split_paragraphs


@dataclass(frozen=True)
class Paragraph:
    """One block of text. ``paragraph_id`` is 0 for the title, 1, 2, … for the body;
    ``kind`` is ``title``, ``body`` or page furniture (``byline``, ``dateline``, ``credit``:
    see :mod:`analysis.spine.furniture`)."""

    paragraph_id: int
    start_char: int
    end_char: int
    is_title: bool
    text: str
    kind: str = BODY


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
        marked: Mapping[int, str] | None = None,
    ) -> Article:
        """Make an article of ``text``.

        Paragraphs are separated by blank lines; in a text with no blank line, by single line
        breaks. With ``has_title`` the first paragraph is the title (``paragraph_id`` 0).
        ``article_id`` defaults to a stable hash of the text. ``marked``: page furniture the
        markup of the source named (an HTML byline), as the kind of the paragraph that starts
        at each offset. ``source`` is kept as it can be shown (:func:`~analysis.errors.printable`:
        a file name's bytes that are not UTF-8 as ``\\xNN``). Raises :class:`InputError` for a
        text with nothing but white space in it, and for a text or an id holding a lone
        surrogate (``lone_surrogate``: half of a UTF-16 pair, which no output can hold; it is
        refused, never silently altered).
        """
        expect(text, str, function="Article.from_text", wanted=A_TEXT,
               hint="for a file use analysis.read_article(path)")
        source = None if source is None else printable(source)
        blocks = split_paragraphs(text)
        if not blocks:
            raise InputError(source or "<text>", "no text: it is empty or white space only",
                             reason="empty")
        _refuse_surrogates(source or "<text>", text, article_id,
                           title_end=blocks[0][1] if has_title else 0)
        texts = [text[s:e] for s, e in blocks]
        kinds = paragraph_kinds(texts, has_title=has_title,
                                marked=[marked.get(s) for s, _ in blocks] if marked else None)
        first = 1 if has_title else 0
        paragraphs = [Paragraph(0 if k < first else k + 1 - first, s, e, k < first, texts[k],
                                kinds[k]) for k, (s, e) in enumerate(blocks)]
        return cls(
            article_id=article_id if article_id is not None else text_id(text),
            title=paragraphs[0].text if has_title else None,
            text=text,
            paragraphs=tuple(paragraphs),
            source=source,
            metadata=dict(metadata or {}),
        )

    def __reduce__(self) -> tuple:
        """Pickle (for a worker process) the text and the paragraphs' offsets only, not the
        paragraphs' copies of the text: a quarter of the bytes to send to a worker."""
        bounds = tuple((p.paragraph_id, p.start_char, p.end_char, p.is_title, p.kind)
                       for p in self.paragraphs)
        return _unpickle_article, (self.article_id, self.title, self.text, bounds, self.source,
                                   self.metadata)

    def __repr__(self) -> str:
        title = (self.title or self.text)[:50]
        return (
            f"Article(article_id={self.article_id!r}, title={title!r}, "
            f"{len(self.paragraphs)} paragraphs, {len(self.text)} chars)"
        )


def _refuse_surrogates(where: str, text: str, article_id: str | None, *, title_end: int
                       ) -> None:
    """Refuse a text or an id with a lone surrogate (U+D800 to U+DFFF: a JSON ``\\ud800``
    escape, a UTF-7 or ``unicode_escape`` text), naming the first one and where it is."""
    for what, value in (("text", text), ("article_id", article_id)):
        if not value or value.isascii():
            continue
        found = SURROGATE.search(value)
        if found is None:
            continue
        at = found.start()
        if what == "text" and at < title_end:
            what = "title"
        place = f"at character {at:,} of its {what}" if what != "article_id" else (
            f"in its article_id '{printable(value)}'")
        raise InputError(where, f"holds a lone surrogate (U+{ord(found.group()):04X}) {place}: "
                         "half of a UTF-16 pair, not a character, which no output can hold "
                         "(a JSON \\ud800 escape? a text cut inside a pair?); it is refused "
                         "rather than altered", reason="lone_surrogate")


def _unpickle_article(article_id: str, title: str | None, text: str, bounds: tuple,
                      source: str | None, metadata: dict) -> Article:
    paragraphs = tuple(Paragraph(k, s, e, t, text[s:e], kind) for k, s, e, t, kind in bounds)
    return Article(article_id, title, text, paragraphs, source, metadata)


def text_id(text: str) -> str:
    """A stable, short id for a text: the first 12 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
