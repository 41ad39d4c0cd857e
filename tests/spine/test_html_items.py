"""The walk that escapes what html.parser would find incomplete: the parser's reading kept,
real pages untouched, the work linear on crafted HTML."""

from __future__ import annotations

import contextlib
import functools
import html
import random
from html.parser import HTMLParser

import pytest

from analysis.spine import html_items
from analysis.spine.html_items import MarkupError, escape_incomplete
from analysis.spine.markup import html_text_and_furniture
from tests.conftest import ROOT
from tests.work import growth

#: Crafted HTML, each unit repeated: every kind of item the parser would rescan the rest of
#: the text for, and the shapes that cost work in the reader's own handlers.
CRAFTED = {
    "start tags": "<a ",
    "lone <": "<",
    "comments": "<!--",
    "cdata sections": "<![CDATA[",
    "declarations": "<!",
    "end tags": "</",
    "processing instructions": "<?",
    "a tag name as long as the text": "<a",
    "unclosed attribute quotes": '<a title="',
    "quoted > in unclosed tags": "<a b=\">\" ",
    "quoted > and an open quote": "<a b='>' c=",
    "conditional comments": "<![if ",
    "doctypes": "<!DOCTYPE ",
}


def _crafted(unit: str, k: int) -> str:
    return unit * k


def _long_attribute_list(k: int) -> str:
    return "<p " + "b " * k + ">x</p>"


def _nested(k: int) -> str:
    return "<div><span>" * k + "x" + "</span></div>" * k


def _marks_never_closed(k: int) -> str:
    return "<address>" * k + "</p>" * k


SHAPES = {**{name: functools.partial(_crafted, unit) for name, unit in CRAFTED.items()},
          "a long attribute list": _long_attribute_list, "nested tags": _nested,
          "furniture marks never closed": _marks_never_closed}


class _Events(HTMLParser):
    """What the parser reports, text runs joined (their chunks are the parser's business)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple] = []

    def _add(self, *event) -> None:
        if event[0] == "data" and self.events and self.events[-1][0] == "data":
            self.events[-1] = ("data", self.events[-1][1] + event[1])
        else:
            self.events.append(event)

    def handle_starttag(self, tag, attrs):
        self._add("start", tag, tuple(attrs))

    def handle_startendtag(self, tag, attrs):
        self._add("startend", tag, tuple(attrs))

    def handle_endtag(self, tag):
        self._add("end", tag)

    def handle_data(self, data):
        self._add("data", data)

    def handle_comment(self, data):
        self._add("comment", data)

    def handle_decl(self, decl):
        self._add("decl", decl)

    def handle_pi(self, data):
        self._add("pi", data)

    def unknown_decl(self, data):
        self._add("section", data)


def _events(text: str) -> list[tuple] | str:
    parser = _Events()
    try:
        parser.feed(text)
        parser.close()
    except AssertionError:
        return "cannot read"
    return parser.events


def _escaped_events(text: str) -> list[tuple] | str:
    try:
        return _events(escape_incomplete(text))
    except MarkupError:
        return "cannot read"


ATOMS = ["<", "<a", "<a ", "<p>", "</p>", "</", "<!--", "-->", "--", ">", "<!", "<![",
         "<![CDATA[", "]]>", "]>", "<![if ", "<?", "'", '"', "=", "/", "/>", " ", "\n", "x",
         "&amp;", "&", "<script>", "</script>", "<style>", "</style >", "<!doctype", "\x00",
         "\v", "\xa0", "a=", 'title="', "<br/>", "&lt", ";"]


def test_the_parser_reads_the_escaped_text_as_it_reads_the_original():
    """Random text of markup's pieces: the same tags, attributes, comments and text (or the
    same refusal) from the original and from the walk's escaped text; and the walk's test of
    a start tag is the parser's own, at every '<' + letter."""
    rng = random.Random(25)
    for _ in range(3000):
        text = "".join(rng.choice(ATOMS) for _ in range(rng.randrange(1, 30)))
        assert _escaped_events(text) == _events(text), repr(text)
        walk, parser = html_items._Walk(text), HTMLParser()
        parser.rawdata = text
        for i in range(len(text) - 1):
            if text[i] == "<" and text[i + 1].isascii() and text[i + 1].isalpha():
                assert walk.start_tag_end(i) == parser.check_for_whole_start_tag(i), repr(text)


def _page(title: str, paragraphs: list[str]) -> str:
    """A page as a news site serves one: head, script and style with '<' in them, comments
    (one conditional), a byline, links with '<' and '>' in quoted attributes, a figure, page
    furniture and JSON-LD."""
    body = "\n".join(
        f'<p class="para" data-note=\'a<b>c\'>{html.escape(p[:40])} '
        f'<a href="/wiki/x?a=1&amp;b=2" title="see &quot;more&quot; > here">{html.escape(p[40:80])}'
        f"</a> <em>{html.escape(p[80:])}</em><!-- check <b>this</b> --></p>"
        for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} - News</title>
<script>if (a<b && c>d) {{ x = "<p>not text</p>"; }}</script>
<style>p > a {{ color: red }}</style><!--[if IE]><p>old</p><![endif]-->
</head><body><nav><ul><li><a href="/">Home</a></li></ul></nav>
<article><h1 class="headline">{html.escape(title)}</h1>
<p class="byline">By <span itemprop="author">Staff</span></p>
{body}
<figure><img src="x.jpg" alt="a > b"/><figcaption>Photo: AP</figcaption></figure>
<p>Fell to &lt;5 &deg;C &mdash; x < y, 3<4 &amp; <![CDATA[raw]]> <?php echo 1 ?></p><br/><hr>
</article><aside>Related</aside><footer>&copy; <form><button>Go</button></form></footer>
<script type="application/ld+json">{{"a": "</p>"}}</script></body></html>
"""


def test_real_looking_pages_pass_the_walk_unchanged():
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        title, *paragraphs = path.read_text(encoding="utf-8").split("\n\n")
        page = _page(title, [p for p in paragraphs if p.strip()])
        assert escape_incomplete(page) == page, path.name
        text, marked = html_text_and_furniture(page)
        assert text.startswith(title.strip() + "\n\nBy Staff\n\n") and "not text" not in text
        assert text.endswith("Photo: AP\n\nFell to <5 °C — x < y, 3<4 &")
        assert list(marked.values()) == ["byline", "caption"]


def test_a_marked_section_the_parser_cannot_read_is_one_markup_error_naming_the_line():
    for text in ("<p>x</p>\n<![a]>y", "<![" * 1000, "<![a b"):
        with pytest.raises(MarkupError, match=r"^line \d+: '<!\[.*' begins no marked section"):
            html_text_and_furniture(text)
    assert html_text_and_furniture("<p>x</p>\n<![a]>y".replace("a]", "CDATA[a]]"))[0] == "x\n\ny"


@pytest.mark.parametrize("shape", SHAPES)
def test_after_the_walk_the_parser_meets_no_unclosed_item_on_crafted_html(shape, monkeypatch):
    """An item the parser finds unclosed is what makes it rescan the rest of the text: after
    the walk there is none (each of the parser's tests of an item is counted)."""
    unclosed = []
    for name in ("check_for_whole_start_tag", "parse_endtag", "parse_comment", "parse_pi",
                 "parse_html_declaration", "parse_marked_section", "parse_bogus_comment"):
        test = getattr(HTMLParser, name)

        def counted(self, i, *args, _test=test, _name=name):
            end = _test(self, i, *args)
            if end < 0:
                unclosed.append(_name)
            return end
        monkeypatch.setattr(HTMLParser, name, counted)
    html_text_and_furniture(SHAPES[shape](2000))
    assert unclosed == []


class _Scans:
    """Stands for a pattern and adds up the characters each of its scans passes over."""

    def __init__(self, pattern, counter: list[int]) -> None:
        self.pattern, self.counter = pattern, counter

    def search(self, text, pos):
        found = self.pattern.search(text, pos)
        self.counter[0] += (found.end() if found else len(text)) - pos
        return found

    def match(self, text, pos):
        found = self.pattern.match(text, pos)
        self.counter[0] += found.end() - pos if found else 1
        return found


@pytest.mark.parametrize("shape", SHAPES)
def test_reading_crafted_html_grows_linearly_in_lines_run_and_characters_scanned(shape,
                                                                                 monkeypatch):
    """4x the crafted text: about 4x the lines of the walk and the reader run, and about 4x
    the characters the walk's scans pass over (a scan run again for every item, as the
    parser did, would be 16x)."""
    def make(k):
        text = SHAPES[shape](k * 20)
        return lambda: _read(text)

    assert growth(make, ["spine/html_items.py", "spine/markup.py"]) <= 4.5
    scanned = [0]
    for name in ("_ATTRIBUTE", "_SPACES", "_SPACES_AND_SLASHES"):
        monkeypatch.setattr(html_items, name, _Scans(getattr(html_items, name), scanned))
    original = html_items._Next.__init__

    def counting(self, text, pattern):
        original(self, text, _Scans(pattern, scanned))
    monkeypatch.setattr(html_items._Next, "__init__", counting)
    counts = []
    for k in (500, 2000):
        scanned[0] = 0
        _read(SHAPES[shape](k))
        counts.append(scanned[0])
    assert counts[1] <= 4.5 * max(counts[0], 1)


def _read(text: str) -> None:
    with contextlib.suppress(MarkupError):
        html_text_and_furniture(text)
