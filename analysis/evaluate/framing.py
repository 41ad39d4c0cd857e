"""``python -m analysis evaluate framing --spans FILE --texts DIR``: framing marks against
annotated spans.

The spans are in the common standoff format of the propaganda-technique corpora: one line per
span, ``article_id<TAB>label<TAB>start<TAB>end`` (offsets into ``DIR/<article_id>.txt``). By
default the layer's *loaded-language* marks (categories ``label`` and ``emotive``) are scored
against the annotators' loaded language and name calling (labels ``L`` and ``N``), as the
SemEval-2020 Task 11 measure does:

- **span overlap** — a mark is correct when it overlaps a gold span (precision); a gold span
  is found when a mark overlaps it (recall);
- **characters** — precision and recall of the marked characters;
- **sentences** — does the sentence hold loaded language?

and for every category of the layer, the share of its marks that overlap a gold span of any
label (which categories earn their place).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import InputError
from analysis.evaluate.metrics import PRF, overlap_prf, prf
from analysis.layers.attribution import attribution_columns
from analysis.layers.framing import framing_columns
from analysis.layers.framing.lexicon import CATEGORIES
from analysis.spine.article import Article
from analysis.spine.decoding import decode
from analysis.spine.document import prepare
from analysis.vocabulary.framing import GOLD_LOADED, LOADED

Span = tuple[int, int]


@dataclass(frozen=True)
class FramingScores:
    """Span-overlap, character and sentence scores, and the precision of each category."""

    spans: PRF
    characters: PRF
    sentences: PRF
    n_texts: int
    n_gold: int
    categories: dict[str, tuple[int, int]] = field(default_factory=dict)
    voices: dict[str, int] = field(default_factory=dict)

    def report(self) -> str:
        """The scores, one measure a line."""
        lines = [f"{self.n_texts} texts, {self.n_gold} gold spans scored",
                 self.spans.line("span overlap"), self.characters.line("characters"),
                 self.sentences.line("sentence has loaded language"),
                 "precision by category (marks overlapping a gold span of any label / marks):"]
        for category in CATEGORIES:
            if category in self.categories:
                right, fired = self.categories[category]
                lines.append(f"  {category:<26} {right / fired:.3f}   ({right}/{fired})")
        if self.voices:
            lines.append("gold spans by the voice the layer gives their place: " + ", ".join(
                f"{voice} {n}" for voice, n in sorted(self.voices.items())))
        return "\n".join(lines)


def read_spans(path: str | Path) -> dict[str, list[tuple[str, int, int]]]:
    """``article_id`` → ``[(label, start, end)]`` of a standoff span file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    out: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t"), start=1):
            if not row or not "".join(row).strip():
                continue
            if len(row) != 4:
                raise InputError(f"{path}:{number}", "a span line is article_id<TAB>label<TAB>"
                                                     f"start<TAB>end; got {len(row)} fields")
            try:
                start, end = int(row[2]), int(row[3])
            except ValueError:
                raise InputError(f"{path}:{number}", "start and end must be whole numbers, got "
                                                     f"{row[2]!r} {row[3]!r}") from None
            if not 0 <= start < end:
                raise InputError(f"{path}:{number}", f"span {start}-{end} is empty or negative")
            out[row[0]].append((row[1], start, end))
    return out


def evaluate_framing(spans_path: str | Path, texts: str | Path, *,
                     categories: tuple[str, ...] = LOADED,
                     labels: tuple[str, ...] = GOLD_LOADED) -> FramingScores:
    """Score the framing layer against the spans of ``spans_path`` over the texts in
    ``texts`` (every ``*.txt`` there is scored, with or without spans)."""
    folder = Path(texts)
    if not folder.is_dir():
        raise InputError(folder, "no such folder of texts")
    gold_all = read_spans(spans_path)
    paths = sorted(folder.glob("*.txt"))
    known = {p.stem for p in paths}
    missing = sorted(set(gold_all) - known)
    if missing:
        raise InputError(spans_path, f"spans for {missing[0]}, which has no text in {folder}")
    span_prf = char_prf = sent_prf = PRF(0, 0, 0, 0)
    by_category: dict[str, tuple[int, int]] = {}
    voices: dict[str, int] = defaultdict(int)
    n_gold = 0
    for path in paths:
        text = decode(path.read_bytes(), path)
        doc = prepare(Article.from_text(text, article_id=path.stem, has_title=True))
        marks = framing_columns(doc, attribution_columns(doc))
        gold_here = gold_all.get(path.stem, [])
        for _, start, end in gold_here:
            if end > len(text):
                raise InputError(spans_path, f"span {start}-{end} lies outside {path.name} "
                                             f"({len(text)} characters)")
        gold = [(s, e) for label, s, e in gold_here if label in labels]
        every_gold = [(s, e) for _, s, e in gold_here]
        n_gold += len(gold)
        predicted = [(s, e) for c, s, e in zip(marks["category"], marks["start_char"],
                                               marks["end_char"], strict=True) if c in categories]
        span_prf += overlap_prf(predicted, gold, _overlaps)
        char_prf += prf(_characters(predicted), _characters(gold))
        bounds = [(s.start_char, s.end_char) for s in doc.sentences]
        sent_prf += prf(_sentences(predicted, bounds), _sentences(gold, bounds))
        for c, s, e in zip(marks["category"], marks["start_char"], marks["end_char"],
                           strict=True):
            right, fired = by_category.get(c, (0, 0))
            by_category[c] = (right + any(_overlaps((s, e), g) for g in every_gold), fired + 1)
        for s, e in gold:
            voices[_voice_at(marks, doc, s, e)] += 1
    return FramingScores(span_prf, char_prf, sent_prf, len(paths), n_gold, by_category,
                         dict(voices))


def _voice_at(marks, doc, start: int, end: int) -> str:
    """The voice of a gold span: that of the mark on it, or what the layer would say there."""
    for s, e, voice in zip(marks["start_char"], marks["end_char"], marks["voice"], strict=True):
        if s < end and start < e:
            return voice
    return "quoted" if doc.quotes.contains(start, end) else "not quoted"


def _overlaps(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _characters(spans: list[Span]) -> set[int]:
    return {k for s, e in spans for k in range(s, e)}


def _sentences(spans: list[Span], bounds: list[Span]) -> set[int]:
    return {k for s, e in spans for k, (a, b) in enumerate(bounds) if s < b and e > a}
