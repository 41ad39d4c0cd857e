"""Precision, recall and F1, and their one-line report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class PRF:
    """Counts behind precision and recall. For exact matching the two numerators are the same
    (true positives); for overlap matching they differ: how many predictions hit some gold
    item, and how many gold items some prediction hits."""

    pred_correct: int
    pred: int
    gold_found: int
    gold: int

    @property
    def precision(self) -> float:
        return self.pred_correct / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.gold_found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.pred_correct + other.pred_correct, self.pred + other.pred,
                   self.gold_found + other.gold_found, self.gold + other.gold)

    def line(self, name: str) -> str:
        return (f"{name:<28} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}"
                f"   ({self.pred_correct}/{self.pred} predicted correct, "
                f"{self.gold_found}/{self.gold} gold found)")


EMPTY = PRF(0, 0, 0, 0)


def prf(predicted: set, gold: set) -> PRF:
    """Exact-match counts of two sets."""
    both = len(predicted & gold)
    return PRF(both, len(predicted), both, len(gold))


def overlap_prf(predicted: list, gold: list, overlaps: Callable[[Any, Any], bool]) -> PRF:
    """Overlap-match counts: ``overlaps(p, g)`` says whether a prediction meets a gold item."""
    hit = sum(1 for p in predicted if any(overlaps(p, g) for g in gold))
    found = sum(1 for g in gold if any(overlaps(p, g) for p in predicted))
    return PRF(hit, len(predicted), found, len(gold))
