"""Sources found, typed right and merged right: the gold ``Source`` spans of one text against
the sources the workbook gives, whatever cue they hang on.

- a gold source is **found** when some predicted source span of the same text overlaps it by at
  least one character. Its prediction is the first such attribution whose cue overlaps a cue
  the gold source speaks by, else the first in text order;
- it is **typed right** when that prediction's ``counts_as`` is the annotator's type (a pronoun
  counts as whom it resolves to; the annotator types it the same way);
- **named people weakened**: of the found gold ``named_person`` sources, those counted as
  ``anonymous`` or ``vague``;
- **entities**, over the found sources of a text whose gold has ``Entity`` lines: two mentions
  are one gold entity when their ids are equal, one predicted entity when their ``entity``
  values are equal after :func:`entity_key` (a mention with no entity is one alone). Scored by
  pairs of mentions (precision, recall, F1) and by B-cubed (each mention's share of its
  predicted entity that is its gold entity, and of its gold entity that is its predicted one).

Counts are summed over texts (and annotators); every share is taken of the sums.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from analysis.evaluate.brat import Annotation
from analysis.evaluate.metrics import EMPTY, PRF
from analysis.vocabulary.sources import SourceType, entity_key

#: Character fragments of one span: ``((start, end), …)``.
Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    """One attribution as fragments: its cue, its source and its content (empty if none)."""

    cue: Fragments
    source: Fragments = ()
    content: Fragments = ()
    #: The source's type: the annotator's, or the one the workbook counts it as.
    source_type: str | None = None
    #: Who the source is: the annotator's entity id, or the workbook's ``entity``.
    entity: str | None = None
#: What a named person must never be counted as (the issue's goal: at most 1% of them).
WEAK_TYPES = frozenset({SourceType.ANONYMOUS.value, SourceType.VAGUE.value})


def overlaps(a: Fragments, b: Fragments) -> bool:
    """Whether two spans share at least one character."""
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


@dataclass(frozen=True)
class GoldSource:
    """One gold ``Source`` span: the cues it speaks by, its type and its entity id."""

    span: Fragments
    cues: tuple[Fragments, ...] = ()
    source_type: str | None = None
    entity: str | None = None


def gold_sources(ann: Annotation) -> list[GoldSource]:
    """Every ``Source`` span of one annotation, in text order."""
    cues: dict[str, list[Fragments]] = {}
    for event in ann.events:
        cue = ann.spans.get(event.get("cue", ""))
        if cue is not None:
            cues.setdefault(event.get("source", ""), []).append(cue.fragments)
    return sorted((GoldSource(span.fragments, tuple(cues.get(ident, ())), ann.types.get(ident),
                              ann.entities.get(ident))
                   for ident, span in ann.spans.items() if span.label == "Source"),
                  key=lambda g: g.span)


@dataclass(frozen=True)
class SourceScores:
    """Counts behind the found-source measures, summed over texts."""

    gold: int = 0
    found: int = 0
    #: ``(gold type, counted as)`` → how many found, typed gold sources.
    types: Counter = field(default_factory=Counter)
    named_people: int = 0
    named_people_weak: int = 0
    #: Pairs of found mentions: predicted together and right / predicted together / right and
    #: predicted together / together in the gold.
    pairs: PRF = EMPTY
    mentions: int = 0
    bcubed_precision_sum: float = 0.0
    bcubed_recall_sum: float = 0.0
    entity_texts: int = 0

    def __add__(self, other: SourceScores) -> SourceScores:
        return SourceScores(
            self.gold + other.gold, self.found + other.found, self.types + other.types,
            self.named_people + other.named_people,
            self.named_people_weak + other.named_people_weak, self.pairs + other.pairs,
            self.mentions + other.mentions,
            self.bcubed_precision_sum + other.bcubed_precision_sum,
            self.bcubed_recall_sum + other.bcubed_recall_sum,
            self.entity_texts + other.entity_texts)

    @property
    def typed_right(self) -> int:
        """How many found gold sources count as the annotator's type."""
        return sum(n for (g, p), n in self.types.items() if g == p)

    @property
    def found_share(self) -> float:
        """The share of gold sources found."""
        return self.found / self.gold if self.gold else 0.0

    @property
    def found_and_typed_right(self) -> float:
        """The share of gold sources found and counted as the annotator's type."""
        return self.typed_right / self.gold if self.gold else 0.0

    @property
    def type_accuracy(self) -> float:
        """The share of found, typed gold sources counted as the annotator's type."""
        total = sum(self.types.values())
        return self.typed_right / total if total else 0.0

    @property
    def named_people_weak_share(self) -> float:
        """The share of found named people counted as anonymous or vague."""
        return self.named_people_weak / self.named_people if self.named_people else 0.0

    @property
    def bcubed(self) -> tuple[float, float, float]:
        """B-cubed precision, recall and F1 of the found mentions' entities."""
        if not self.mentions:
            return 0.0, 0.0, 0.0
        p, r = self.bcubed_precision_sum / self.mentions, self.bcubed_recall_sum / self.mentions
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def score_sources(predicted: list[Attribution], gold: list[GoldSource], *,
                  with_entities: bool) -> SourceScores:
    """The found-source counts of one text: ``gold`` against the ``predicted`` attributions
    (their ``source``, ``cue``, ``source_type`` read as what they count as, and ``entity``);
    entity counts only ``with_entities`` (the gold has entity ids)."""
    types: Counter = Counter()
    named = weak = 0
    merged: list[tuple[str | None, str | None]] = []  # (gold id, predicted key) per found one
    for g in gold:
        hits = [p for p in predicted if p.source and overlaps(p.source, g.span)]
        if not hits:
            continue
        p = next((p for p in hits if any(overlaps(p.cue, c) for c in g.cues)), hits[0])
        if g.source_type and p.source_type:
            types[g.source_type, p.source_type] += 1
        if g.source_type == SourceType.NAMED_PERSON.value:
            named += 1
            weak += p.source_type in WEAK_TYPES
        merged.append((g.entity, entity_key(p.entity)))
    found = len(merged)
    if not with_entities:
        return SourceScores(len(gold), found, types, named, weak)
    pairs, bp, br = _entities(merged)
    return SourceScores(len(gold), found, types, named, weak, pairs, found, bp, br, 1)


def _entities(merged: list[tuple[str | None, str | None]]) -> tuple[PRF, float, float]:
    """Pair counts and summed B-cubed precision and recall of mentions given as (gold id,
    predicted key); a ``None`` is an entity of one mention."""
    gold = [g if g is not None else ("alone", k) for k, (g, _) in enumerate(merged)]
    pred = [p if p is not None else ("alone", k) for k, (_, p) in enumerate(merged)]
    together_gold = together_pred = both = 0
    for i, j in combinations(range(len(merged)), 2):
        g, p = gold[i] == gold[j], pred[i] == pred[j]
        together_gold += g
        together_pred += p
        both += g and p
    precision = recall = 0.0
    for i in range(len(merged)):
        same_gold = {j for j in range(len(merged)) if gold[j] == gold[i]}
        same_pred = {j for j in range(len(merged)) if pred[j] == pred[i]}
        common = len(same_gold & same_pred)
        precision += common / len(same_pred)
        recall += common / len(same_gold)
    return PRF(both, together_pred, both, together_gold), precision, recall
