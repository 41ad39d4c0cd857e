"""``python -m analysis evaluate hedging --sentences FILE``: is this sentence hedged?

A sentence is predicted *uncertain* when :func:`analysis.find_hedges` finds in it a hedge of
any category but ``approximator`` (as in CoNLL-2010, *about 300 km* does not make a sentence
uncertain; ``--count-approximators`` changes that) — which includes weasel attributions such
as *critics say* or *some historians believe*. Labels come from a CSV with ``text,label``
columns (1 = uncertain) or, with ``--format conll``, from CoNLL-2010 XML
(``<sentence certainty="uncertain">``).
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from analysis.errors import InputError
from analysis.evaluate.metrics import PRF, prf
from analysis.layers.attribution import attribution_columns
from analysis.layers.hedges import hedge_columns
from analysis.spine.article import Article
from analysis.spine.document import prepare


@dataclass(frozen=True)
class HedgingScores:
    """Sentence-level precision, recall and F1 of the hedging layer, and per category of its
    hedges the precision of the sentences it fires in (which cues earn their place)."""

    scores: PRF
    n: int
    n_uncertain: int
    categories: dict[str, tuple[int, int]] = field(default_factory=dict)

    def report(self) -> str:
        """The scores, then one line per category: uncertain sentences of those it fires in."""
        lines = [f"{self.n} sentences, {self.n_uncertain} labelled uncertain "
                 f"({self.n_uncertain / self.n:.0%})", self.scores.line("sentence is hedged"),
                 "precision by category (sentences labelled uncertain / sentences it fires in):"]
        for category, (right, fired) in sorted(self.categories.items(),
                                               key=lambda kv: -kv[1][1]):
            lines.append(f"  {category:<26} {right / fired:.3f}   ({right}/{fired})")
        return "\n".join(lines)


def read_labelled(path: str | Path, *, fmt: str = "csv") -> list[tuple[str, int]]:
    """``(text, label)`` of every sentence of a CSV (``text,label``) or CoNLL-2010 XML file."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such file")
    if fmt == "conll":
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as err:
            raise InputError(path, f"not valid XML: {err}") from None
        out = []
        for node in root.iter():
            if node.tag.lower() == "sentence":
                text = " ".join("".join(node.itertext()).split())
                out.append((text, int(node.get("certainty", "certain") == "uncertain")))
        if not out:
            raise InputError(path, "no <sentence> elements: is it CoNLL-2010 XML?")
        return out
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        if not {"text", "label"} <= set(reader.fieldnames or []):
            raise InputError(path, f"needs 'text' and 'label' columns; has {reader.fieldnames}")
        out = []
        for row in reader:
            label = row["label"].strip().lower()
            if label not in ("0", "1", "certain", "uncertain"):
                raise InputError(f"{path}:row {reader.line_num}",
                                 f"label must be 0/1 or certain/uncertain, got {row['label']!r}")
            out.append((row["text"], int(label in ("1", "uncertain"))))
        return out


def hedge_categories(text: str, *, count_approximators: bool = False) -> set[str]:
    """The categories of the hedges the layer finds in ``text`` (approximators only with
    ``count_approximators``: CoNLL-2010 does not count *about 300* as uncertainty)."""
    if not text.strip():
        return set()
    doc = prepare(Article.from_text(text, has_title=False))
    hedges = hedge_columns(doc, attribution_columns(doc))
    return {category for kind, category in zip(hedges["kind"], hedges["category"], strict=True)
            if kind == "hedge" and (count_approximators or category != "approximator")}


def is_hedged(text: str, *, count_approximators: bool = False) -> bool:
    """Whether the hedging layer finds a hedge in ``text`` (an approximator only with
    ``count_approximators``)."""
    return bool(hedge_categories(text, count_approximators=count_approximators))


def evaluate_hedging(path: str | Path, *, fmt: str = "csv",
                     count_approximators: bool = False) -> HedgingScores:
    """Score :func:`is_hedged` against the sentences labelled in ``path``."""
    items = read_labelled(path, fmt=fmt)
    found = [hedge_categories(text, count_approximators=count_approximators)
             for text, _ in items]
    predicted = {k for k, categories in enumerate(found) if categories}
    gold = {k for k, (_, label) in enumerate(items) if label}
    by_category: dict[str, tuple[int, int]] = {}
    for k, categories in enumerate(found):
        for category in categories:
            right, fired = by_category.get(category, (0, 0))
            by_category[category] = (right + (k in gold), fired + 1)
    return HedgingScores(prf(predicted, gold), len(items), len(gold), by_category)
