"""One answer remembered: for what every cue of a sentence, or every source of an article, asks.

A sentence's cues are read one after the other, and each may ask the same question of the
sentence (its last words, whether it is in headline case); an article's sources are typed one
after the other, and each may ask the same of the article. :func:`last_one` remembers the answer
for the object it was last asked about (by identity), so the question is answered once per
sentence or article, and the work stays linear however many ask.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


def last_one(function: Callable[[T], R]) -> Callable[[T], R]:
    """``function`` of one argument, its answer kept for the argument it was last given (held,
    so it cannot be freed and its identity reused). The pair is one tuple, replaced whole, so
    no thread sees one object with another's answer."""
    last: list[tuple[object, object]] = [(None, None)]

    @functools.wraps(function)
    def remembered(obj: T) -> R:
        read, answer = last[0]
        if read is obj and obj is not None:
            return answer  # type: ignore[return-value]
        answer = function(obj)
        last[0] = (obj, answer)
        return answer  # type: ignore[return-value]

    return remembered
