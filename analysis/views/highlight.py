"""The highlighted article: every layer marked inline, in plain HTML that survives sanitizing.

``highlight(analysis)`` returns a :class:`Highlight` that JupyterLab renders (``_repr_html_``)
and that serializes to an HTML fragment or a standalone page. Only inline ``style`` and
``title`` attributes are used, so it looks the same in an untrusted notebook (whose output
JupyterLab sanitizes, dropping ``<style>`` and every script). Article text is untrusted: every
piece of it is escaped with :func:`html.escape`.

Marks, each in its layer's colour family (:mod:`analysis.views.palette`): a **cue** has a pale
blue wash; a **source** is underlined in its type's ink — solid where a reader can check it,
dashed or dotted where not (anonymous, vague, unnamed); **hedges** are orange italics,
**boosters** bold dark orange; **framing** has a wavy purple underline (dark: the article's own
voice; light: words it cites); a sentence that asserts with no source is framed by a thin
dashed line. Sentiment stays out of the text: each paragraph has a thin margin bar in the
sentiment colours (pink negative, green positive, none when neutral), and every sentence's score
is in its hover title. Every mark's text keeps a contrast of at least 4.5:1, and every mark has
a hover title saying what it is.
"""

from __future__ import annotations

import bisect
import html
import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.views.attributions import within
from analysis.views.page import document
from analysis.views.palette import (
    BOOSTER_TEXT,
    CUE_BACKGROUND,
    FRAMING_CITED_COLOR,
    FRAMING_OWN_COLOR,
    HEDGE_TEXT,
    NEGATIVE_COLOR,
    NO_SOURCE_INK,
    POSITIVE_COLOR,
    QUIET_TEXT,
    SOURCE_LABELS,
    SOURCE_STYLES,
    TEXT,
    mix,
)
from analysis.vocabulary.sentiment import is_neutral, label
from analysis.vocabulary.sources import SourceType, effective_type

LAYERS = ("attribution", "hedge", "booster", "framing", "sentiment")
_KIND_ORDER = {"cue": 0, "source": 1, "framing": 2, "hedge": 3, "booster": 4}


@dataclass(frozen=True)
class Mark:
    """One mark on the text: its span, what it marks, its inline style and hover title."""
    start: int
    end: int
    kind: str  # cue, source, framing, hedge, booster
    style: str
    title: str


@dataclass(frozen=True)
class Highlight:
    """A highlighted article. ``html`` is a fragment; :meth:`page` a standalone document."""

    html: str
    title: str

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"Highlight({self.title[:60]!r}, {len(self.html):,} characters of HTML)"

    def page(self) -> str:
        """A complete HTML document: the workbook's page (UTF-8, no scripts, a policy that
        forbids them) around the fragment."""
        return document(self.title, self.html)

    def save(self, path: str | Path) -> None:
        """Write :meth:`page` to ``path``."""
        Path(path).write_text(self.page(), encoding="utf-8")


def highlight(analysis: ArticleAnalysis, *, layers: Iterable[str] = LAYERS,
              max_chars: int | None = None) -> Highlight:
    """Mark the chosen ``layers`` of an :class:`~analysis.ArticleAnalysis` on its text; with
    ``max_chars``, only the sentences that start within the first ``max_chars`` characters
    (and a note that says where the marked text stops)."""
    expect(analysis, ArticleAnalysis, function="highlight", wanted=AN_ANALYSIS)
    layers = tuple(layers)
    unknown = set(layers) - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layer(s) {sorted(unknown)}; choose from {LAYERS}")
    article = analysis.article
    marks = sorted(_marks(analysis, layers), key=lambda m: m.start)
    starts = [m.start for m in marks]  # marks never cross a sentence: bisect, not scan
    sentences = analysis.sentences
    cut = max_chars is not None and len(article.text) > max_chars
    if cut:
        sentences = sentences[sentences.start_char < max_chars]
    parts = [_legend(layers)]
    # one pass over the rows, paragraph by paragraph (sentences come in reading order)
    for paragraph_id, rows in itertools.groupby(sentences.itertuples(),
                                                key=lambda r: r.paragraph_id):
        rows = list(rows)
        inner = []
        for row in rows:
            inside = marks[bisect.bisect_left(starts, row.start_char):
                           bisect.bisect_left(starts, row.end_char)]
            body = _render(article.text, row.start_char, row.end_char, inside)
            inner.append(_sentence(row, body, layers))
        title = paragraph_id == 0 and all(r.is_title for r in rows)
        name = "title" if title else f"¶{paragraph_id}"
        tag, size = ("h2", "1.35em") if title else ("p", "1em")
        mean = sum(r.compound for r in rows) / len(rows)
        bar, note = "transparent", f"paragraph {paragraph_id}"
        if "sentiment" in layers:
            bar = margin_colour(mean)
            note += f": mean sentiment {mean:+.2f} ({label(mean)})"
        parts.append(
            f'<{tag} style="font-size:{size};margin:0.2em 0 0.8em 0;line-height:1.8;'
            f'border-left:5px solid {bar};padding-left:0.6em" title="{html.escape(note)}">'
            f'<span style="color:{QUIET_TEXT};font-size:0.75em;font-family:sans-serif;'
            f'margin-right:0.6em">{name}</span>' + " ".join(inner) + f"</{tag}>")
    if cut:
        shown = int(sentences.end_char.max()) if len(sentences) else 0
        parts.append(f'<p style="font-family:sans-serif;color:{QUIET_TEXT}">The marked text '
                     f"stops here, after {shown:,} of its {len(article.text):,} characters "
                     f"({len(sentences):,} of {len(analysis.sentences):,} sentences): a page "
                     "longer than this cannot be read. The tables and the CSV files hold the "
                     "whole article.</p>")
    fragment = ('<div style="font-family:Georgia,\'Times New Roman\',serif;max-width:48em;'
                f'overflow-wrap:anywhere;color:{TEXT}">' + "".join(parts) + "</div>")
    return Highlight(fragment, article.title or article.article_id)


def _marks(analysis: ArticleAnalysis, layers: tuple[str, ...]) -> list[Mark]:
    marks: list[Mark] = []
    if "attribution" in layers:
        for r in analysis.attributions.itertuples():
            kind = effective_type(r.resolved_source_type, r.source_type)
            source_note = f" — source: {r.source}" if pd.notna(r.source) else " — source not named"
            if r.nested:
                source_note += f" — nested: {within(analysis.attributions, r)}, not counted"
            marks.append(Mark(int(r.cue_start), int(r.cue_end), "cue",
                              f"background-color:{CUE_BACKGROUND}",
                              f"attribution cue ({r.cue_category}){source_note}"))
            if pd.notna(r.source_start):
                style = SOURCE_STYLES[kind]
                name = SOURCE_LABELS[kind]
                if r.source_type == SourceType.PRONOUN and pd.notna(r.resolved_source):
                    name += f" (refers to: {r.resolved_source})"
                marks.append(Mark(int(r.source_start), int(r.source_end), "source",
                                  f"border-bottom:3px {style.line} {style.ink}",
                                  f"source: {name}"))
    for r in analysis.hedges.itertuples():
        if r.kind == "hedge" and "hedge" in layers:
            note = ", negated" if r.negated else ""
            note += ", inside a quotation" if r.in_quote else ""
            marks.append(Mark(int(r.start_char), int(r.end_char), "hedge",
                              f"color:{HEDGE_TEXT};font-style:italic",
                              (f"weasel word ({r.entry}){note}" if r.category == "weasel"
                               else f"hedge: {r.category.replace('_', ' ')}{note}")))
        elif r.kind == "booster" and "booster" in layers:
            note = " (negated: boosts nothing)" if r.negated else ""
            note += ", inside a quotation" if r.in_quote else ""
            marks.append(Mark(int(r.start_char), int(r.end_char), "booster",
                              f"color:{BOOSTER_TEXT};font-weight:bold",
                              f"booster: {r.category}{note}"))
    if "framing" in layers:
        for r in analysis.framing.itertuples():
            own = r.voice == "own"
            colour = FRAMING_OWN_COLOR if own else FRAMING_CITED_COLOR
            voice = {"own": "the article's own voice", "quoted": "inside a quotation",
                     "attributed": "in what someone is reported to say"}[r.voice]
            marks.append(Mark(int(r.start_char), int(r.end_char), "framing",
                              f"text-decoration:underline wavy {colour};"
                              "text-decoration-thickness:2px;text-underline-offset:3px",
                              f"framing: {r.category.replace('_', ' ')} ({voice})"))
    return marks


def _render(text: str, start: int, end: int, marks: list[Mark]) -> str:
    """Escape ``text[start:end]``, wrapping each stretch covered by the same set of marks in
    one ``<span>`` whose style and title combine them (overlaps are split, not nested)."""
    cuts = {start, end}
    for m in marks:
        cuts.add(min(max(m.start, start), end))
        cuts.add(min(max(m.end, start), end))
    bounds = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(bounds):
        if a == b:
            continue
        piece = html.escape(text[a:b], quote=True)
        active = sorted((m for m in marks if m.start <= a and b <= m.end),
                        key=lambda m: _KIND_ORDER[m.kind])  # later styles win: boosters last
        if not active:
            out.append(piece)
            continue
        style = ";".join(dict.fromkeys(m.style for m in active))
        title = " · ".join(dict.fromkeys(m.title for m in active))
        out.append(f'<span style="{html.escape(style)}" title="{html.escape(title)}">'
                   f"{piece}</span>")
    return "".join(out)


def _sentence(row, body: str, layers: tuple[str, ...]) -> str:
    styles, notes = ["padding:0.05em 0.1em", "border-radius:3px"], []
    if "sentiment" in layers:
        notes.append(f"sentiment {row.compound:+.2f} ({row.label})")
    if "attribution" in layers:
        if row.unattributed_assertion:
            styles.append(f"border:1px dashed {NO_SOURCE_INK}")
            notes.append("asserted with no source")
        elif row.carried:
            notes.append(f"attributed by another sentence ({row.source_types})")
        elif row.attributed:
            notes.append(f"attributed: {row.source_types.replace(';', ', ')}")
    title = f"sentence {row.sentence_id}: " + "; ".join(notes)
    return (f'<span style="{";".join(styles)}" title="{html.escape(title)}">{body}</span>')


def margin_colour(compound: float) -> str:
    """The margin bar of a paragraph of mean sentiment ``compound``: none when neutral, else
    pink (negative) or green (positive), stronger the further from zero."""
    if is_neutral(compound):
        return "transparent"
    base = NEGATIVE_COLOR if compound < 0 else POSITIVE_COLOR
    return mix(base, 0.35 + 0.65 * min(1.0, abs(compound)))


def _legend(layers: tuple[str, ...]) -> str:
    items = []
    chip = ('<span style="font-family:sans-serif;font-size:0.8em;margin-right:1.1em;'
            'white-space:nowrap">')
    if "attribution" in layers:
        items.append(f'{chip}<span style="background-color:{CUE_BACKGROUND}">said</span> '
                     "attribution cue</span>")
        for kind in (SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION,
                     SourceType.MEDIA_OUTLET, SourceType.DOCUMENT, SourceType.ANONYMOUS,
                     SourceType.VAGUE, SourceType.UNNAMED):
            style = SOURCE_STYLES[kind]
            items.append(f'{chip}<span style="border-bottom:3px {style.line} {style.ink}">'
                         f"source</span> {html.escape(SourceType(kind).short)}</span>")
        items.append(f'{chip}<span style="border:1px dashed {NO_SOURCE_INK};padding:0 0.2em">'
                     "sentence</span> asserted with no source</span>")
    if "hedge" in layers:
        items.append(f'{chip}<span style="color:{HEDGE_TEXT};font-style:italic">may</span> '
                     "hedge</span>")
    if "booster" in layers:
        items.append(f'{chip}<span style="color:{BOOSTER_TEXT};font-weight:bold">immense'
                     "</span> booster</span>")
    if "framing" in layers:
        wavy = "text-decoration:underline wavy {};text-decoration-thickness:2px"
        items.append(f'{chip}<span style="{wavy.format(FRAMING_OWN_COLOR)}">swoops</span> '
                     "framing, the article's own voice</span>")
        items.append(f'{chip}<span style="{wavy.format(FRAMING_CITED_COLOR)}">outrage</span> '
                     "framing it quotes or attributes</span>")
    if "sentiment" in layers:
        items.append(f'{chip}<span style="border-left:5px solid {margin_colour(-0.8)};'
                     f'padding-left:0.3em">negative</span> / <span style="border-left:5px solid '
                     f'{margin_colour(0.8)};padding-left:0.3em">positive</span> paragraph '
                     "(margin bar: mean sentiment)</span>")
    return ('<div style="border:1px solid #ddd;border-radius:6px;padding:0.5em 0.8em;'
            'margin-bottom:1em;line-height:2">' + " ".join(items) + " "
            + f'<span style="font-family:sans-serif;font-size:0.8em;color:{QUIET_TEXT}">'
              "Hover over a mark or a paragraph to see what it is.</span></div>")
