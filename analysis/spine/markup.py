"""Visible text out of HTML and Markdown, as paragraphs separated by blank lines."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption",
    "dt", "dd", "td", "th", "caption", "article", "section", "div", "br", "tr", "header",
}
_INVISIBLE = {"script", "style", "noscript", "template", "svg", "math", "head", "iframe"}
# Page furniture around an article, not part of it.
_FURNITURE = {"nav", "footer", "aside", "form", "button", "select"}
_SPACE = re.compile(r"\s+")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.current: list[str] = []
        self.hidden = 0
        self.title: list[str] = []
        self.in_title = False
        self.h1: str | None = None
        self.in_h1 = False

    def _flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self.current)).strip()
        if text:
            self.blocks.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _INVISIBLE or tag in _FURNITURE:
            self.hidden += 1
        elif tag in _BLOCKS:
            self._flush()
            self.in_h1 = tag == "h1" and self.h1 is None and not self.hidden

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _INVISIBLE or tag in _FURNITURE:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            if self.in_h1:
                self.h1 = _SPACE.sub(" ", "".join(self.current)).strip()
                self.current = []
                self.in_h1 = False
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self.current.append(data)


def html_to_text(html: str) -> str:
    """The visible text of ``html``: one paragraph per block element, the first ``<h1>`` (or
    else the ``<title>``) first as the title. Scripts, styles, comments and page furniture
    (``nav``, ``footer``, ``aside``, forms) are dropped, never run."""
    parser = _TextCollector()
    parser.feed(html)
    parser.close()
    parser._flush()
    title = parser.h1 or _SPACE.sub(" ", "".join(parser.title)).strip()
    return "\n\n".join(([title] if title else []) + parser.blocks)


_MD_RULES = [
    (re.compile(r"<!--.*?-->", re.S), ""),
    (re.compile(r"^```.*?^```[ \t]*$", re.S | re.M), ""),  # code fences
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M), r"\1"),  # headings
    (re.compile(r"^[ \t]{0,3}(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: keep the alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: keep the text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$", re.M), ""),  # rules
]


def markdown_to_text(md: str) -> str:
    """Markdown with its markup removed: headings, emphasis, links (their text kept), list
    and quote markers, code fences and comments."""
    for pattern, repl in _MD_RULES:
        md = pattern.sub(repl, md)
    return md
