"""``python -m analysis evaluate attribution --brat DIR``: the attribution layer against brat.

The measures the attribution corpora report, micro-averaged over every (text, annotator) pair:
- **sentence level** — does this sentence contain an attribution? A sentence is positive in
  the gold standard when a ``Cue`` span overlaps it, and in the prediction when
  :func:`analysis.find_attributions` gives it a row;
- **cue overlap** — a predicted cue is correct when it overlaps a gold cue (precision), a gold
  cue is found when a predicted cue overlaps it (recall);
- for the **matched cues** (a predicted cue paired with the first gold cue it overlaps):
  **source overlap** — of the pairs whose gold attribution names a source, the share whose
  predicted source overlaps it; and **content characters** — precision, recall and F1 of the
  characters of the predicted content against the gold content;
- **source type (matched sources)** — for the matched cues whose gold source is typed
  (``SourceType`` lines) and whose predicted source overlaps it, the share counted as the
  annotator's type (``counts_as``: a pronoun resolved to an earlier source counts as that
  source's type);
- for every gold ``Source`` span, whatever cue found it (:mod:`analysis.evaluate.sources`):
  **sources found**, **found and typed right**, the **type accuracy of found sources** with the
  confusion of types (gold in rows, counted as in columns), **named people counted as
  anonymous or vague**, and, where the gold has ``Entity`` lines, **mentions merged right**
  (pairwise and B-cubed F1).
Nested attributions (a cue inside a quotation) are not predictions: the standard does not
annotate them.
Where a text has several annotators, their agreement on the same measures is printed too: it
is the ceiling a system can be held to.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import permutations
from pathlib import Path

from analysis.evaluate.brat import Annotation, iter_texts
from analysis.evaluate.metrics import EMPTY, PRF, overlap_prf, prf
from analysis.evaluate.sources import (
    Attribution,
    Fragments,
    SourceScores,
    gold_sources,
    overlaps,
    score_sources,
)
from analysis.layers.attribution import attribution_columns, counted
from analysis.schema import Columns
from analysis.spine.article import Article
from analysis.spine.document import prepare
from analysis.vocabulary.sources import BY_PRIORITY, GOLD_SOURCE_TYPES


@dataclass(frozen=True)
class SpanScores:
    """What the matched cues agree on: sources that overlap, content characters in common."""

    sources_matched: int = 0
    sources: int = 0
    content: PRF = EMPTY
    #: ``(gold type, predicted type)`` → how many matched sources.
    types: Counter = field(default_factory=Counter)

    def __add__(self, other: SpanScores) -> SpanScores:
        return SpanScores(self.sources_matched + other.sources_matched,
                          self.sources + other.sources, self.content + other.content,
                          self.types + other.types)

    @property
    def type_accuracy(self) -> float:
        """The share of typed, matched sources given the annotator's type."""
        total = sum(self.types.values())
        return sum(n for (g, p), n in self.types.items() if g == p) / total if total else 0.0

    @property
    def source_overlap(self) -> float:
        """The share of matched attributions with a gold source whose sources overlap."""
        return self.sources_matched / self.sources if self.sources else 0.0


@dataclass(frozen=True)
class AttributionScores:
    """Sentence-level, cue-overlap and matched-span scores, and the annotators' agreement where
    a text has several."""

    sentences: PRF
    cues: PRF
    spans: SpanScores
    agreement_sentences: PRF | None
    agreement_cues: PRF | None
    agreement_spans: SpanScores | None
    n_texts: int
    n_annotations: int
    #: Every gold source against the predicted sources, whatever cue found them.
    sources: SourceScores = field(default_factory=SourceScores)
    agreement_sources: SourceScores | None = None

    def report(self) -> str:
        """The scores, one measure a line."""
        lines = [f"{self.n_texts} texts, {self.n_annotations} annotations",
                 self.sentences.line("sentence has attribution"),
                 self.cues.line("cue overlap"), *_span_lines(self.spans, ""),
                 *_source_lines(self.sources, "")]
        if self.agreement_sentences is not None:
            lines += ["annotators against each other:",
                      self.agreement_sentences.line("  sentence has attribution"),
                      self.agreement_cues.line("  cue overlap"),
                      *_span_lines(self.agreement_spans, "  "),
                      *_source_lines(self.agreement_sources, "  ")]
        return "\n".join(lines)


def _span_lines(spans: SpanScores, indent: str) -> list[str]:
    lines = [f"{indent + 'source overlap (matched)':<28} {spans.source_overlap:.3f}"
             f"   ({spans.sources_matched}/{spans.sources} matched cues with a gold source)",
             spans.content.line(f"{indent}content characters")]
    if spans.types:
        lines.append(f"{indent}source type (matched sources): {spans.type_accuracy:.3f} the "
                     f"annotator's type ({sum(spans.types.values())} typed sources)")
    return lines


def _source_lines(sources: SourceScores, indent: str) -> list[str]:
    """The found-source measures, each with what it counts."""
    if not sources.gold:
        return []
    lines = [f"{indent + 'sources found':<28} {sources.found_share:.3f}   ({sources.found}/"
             f"{sources.gold} gold sources that a predicted source overlaps, whatever the cue)",
             f"{indent + 'found and typed right':<28} {sources.found_and_typed_right:.3f}   "
             f"({sources.typed_right}/{sources.gold} gold sources found and counted as the "
             "annotator's type)"]
    if sources.types:
        lines += [f"{indent + 'source type (found)':<28} {sources.type_accuracy:.3f}   "
                  f"({sources.typed_right}/{sum(sources.types.values())} found typed sources "
                  "counted as the annotator's type; gold in rows, counted as in columns)",
                  *_confusion(sources.types, indent)]
    if sources.named_people:
        lines.append(f"{indent + 'named people anon. or vague':<28} "
                     f"{sources.named_people_weak_share:.3f}   ({sources.named_people_weak}/"
                     f"{sources.named_people} found named people counted as anonymous or vague)")
    if sources.entity_texts:
        p, r, f1 = sources.bcubed
        pairs = sources.pairs
        where = f"found sources of {sources.entity_texts} texts with entity ids"
        lines += [f"{indent + 'mentions merged (pairs)':<28} P {pairs.precision:.3f}  "
                  f"R {pairs.recall:.3f}  F1 {pairs.f1:.3f}   ({pairs.pred_correct}/{pairs.pred} "
                  f"pairs merged are one gold entity, {pairs.gold_found}/{pairs.gold} gold pairs "
                  f"merged; {where})" if pairs.pred or pairs.gold else
                  f"{indent + 'mentions merged (pairs)':<28} none   (no two {where} are one "
                  "entity, in the gold or merged)",
                  f"{indent + 'mentions merged (B-cubed)':<28} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"
                  f"   (per found mention: its merged entity against its gold one, "
                  f"{sources.mentions} mentions)"]
    return lines


def _confusion(types: Counter, indent: str) -> list[str]:
    """The confusion of source types: a row per gold type, a column per predicted type."""
    predicted = [t for t in BY_PRIORITY if any(p == t for _, p in types)]
    width = max(len(t) for t in (*GOLD_SOURCE_TYPES, *predicted)) + 1
    lines = [indent + "  " + " " * width + "".join(f"{t[:10]:>11}" for t in predicted)]
    for g in GOLD_SOURCE_TYPES:
        row = [types.get((g, p), 0) for p in predicted]
        if any(row):
            lines.append(indent + "  " + f"{g:<{width}}" + "".join(f"{n:>11}" for n in row))
    return lines


def gold_attributions(ann: Annotation) -> list[Attribution]:
    """The attributions of one annotation: its ``E`` lines, and any cue no ``E`` line uses."""
    out, used = [], set()
    for event in ann.events:
        cue = ann.spans.get(event.get("cue", ""))
        if cue is None:
            continue
        used.add(event["cue"])
        source, content = ann.spans.get(event.get("source", "")), ann.spans.get(
            event.get("content", ""))
        out.append(Attribution(cue.fragments, source.fragments if source else (),
                               content.fragments if content else (),
                               ann.types.get(event.get("source", "")),
                               ann.entities.get(event.get("source", ""))))
    out += [Attribution(span.fragments) for ident, span in ann.spans.items()
            if span.label == "Cue" and ident not in used]
    return out


def predicted_attributions(columns: Columns) -> list[Attribution]:
    """The attributions of the attribution layer's columns, as fragments."""
    def span(start: int | None, end: int | None) -> Fragments:
        return () if start is None else ((start, end),)

    return [Attribution(((cs, ce),), span(ss, se), span(ts, te), kind, entity)
            for cs, ce, ss, se, ts, te, kind, entity in zip(
                columns["cue_start"], columns["cue_end"], columns["source_start"],
                columns["source_end"], columns["content_start"], columns["content_end"],
                columns["counts_as"], columns["entity"], strict=True)]


def evaluate_attribution(folder: str | Path, *, has_title: bool = False) -> AttributionScores:
    """Score :func:`analysis.find_attributions` against every annotation under ``folder``."""
    sentences = cues = EMPTY
    spans, sources = SpanScores(), SourceScores()
    agree_s = agree_c = agree_spans = agree_sources = None
    n_texts = n_ann = 0
    for _, text, anns in iter_texts(folder):
        n_texts += 1
        doc = prepare(Article.from_text(text, has_title=has_title))
        bounds = [(s.start_char, s.end_char) for s in doc.sentences]
        predicted = predicted_attributions(counted(attribution_columns(doc)))
        for ann in anns:
            n_ann += 1
            s, c, sp = _compare(predicted, gold_attributions(ann), bounds)
            sentences, cues, spans = sentences + s, cues + c, spans + sp
            sources += score_sources(predicted, gold_sources(ann),
                                     with_entities=bool(ann.entities))
        for a, b in permutations(anns, 2):
            s, c, sp = _compare(gold_attributions(b), gold_attributions(a), bounds)
            so = score_sources(gold_attributions(b), gold_sources(a),
                               with_entities=bool(a.entities))
            agree_s = s if agree_s is None else agree_s + s
            agree_c = c if agree_c is None else agree_c + c
            agree_spans = sp if agree_spans is None else agree_spans + sp
            agree_sources = so if agree_sources is None else agree_sources + so
    return AttributionScores(sentences, cues, spans, agree_s, agree_c, agree_spans, n_texts,
                             n_ann, sources, agree_sources)


def _compare(predicted: list[Attribution], gold: list[Attribution], bounds
             ) -> tuple[PRF, PRF, SpanScores]:
    sentence_prf = prf(_sentences_with([p.cue for p in predicted], bounds),
                       _sentences_with([g.cue for g in gold], bounds))
    cue_prf = overlap_prf([p.cue for p in predicted], [g.cue for g in gold], overlaps)
    spans = SpanScores()
    for p in predicted:
        g = next((g for g in gold if overlaps(p.cue, g.cue)), None)
        if g is None:
            continue
        if g.source:
            found = bool(p.source) and overlaps(p.source, g.source)
            spans += SpanScores(int(found), 1)
            if found and g.source_type and p.source_type:
                spans += SpanScores(types=Counter({(g.source_type, p.source_type): 1}))
        common = _characters(p.content) & _characters(g.content)
        spans += SpanScores(content=PRF(len(common), len(_characters(p.content)), len(common),
                                        len(_characters(g.content))))
    return sentence_prf, cue_prf, spans


def _characters(fragments: Fragments) -> set[int]:
    return {k for start, end in fragments for k in range(start, end)}


def _sentences_with(cues: list[Fragments], bounds) -> set[int]:
    out = set()
    for fragments in cues:
        for start, end in fragments:
            for k, (s, e) in enumerate(bounds):
                if start < e and end > s:
                    out.add(k)
    return out
