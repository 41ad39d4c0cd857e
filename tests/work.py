"""Work counted, not timed: how many lines of given modules a call runs.

Speed belongs in ``benchmarks/``; what a test can hold without a clock is how the work grows.
:func:`lines_run` counts the Python lines a call executes inside the named source files (a
loop's body once per turn, a generator expression once per item), so a rule that tries every
earlier cue for each cue shows up as lines growing with the square of the cues. The counts
are exact and the same on every run.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

import analysis
from analysis.spine.language import LanguageWarning

PACKAGE = Path(analysis.__file__).resolve().parent


def lines_run(fn: Callable[[], object], files: Iterable[str]) -> int:
    """How many lines of ``files`` (paths under ``analysis/``, e.g.
    ``layers/attribution/extract.py``) one call of ``fn`` runs."""
    wanted = {str(PACKAGE / f) for f in files}
    count = 0

    def local(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename in wanted else None

    previous = sys.gettrace()
    sys.settrace(calls)
    try:
        fn()
    finally:
        sys.settrace(previous)
    return count


def growth(make: Callable[[int], object], files: Iterable[str], *, k: int = 40) -> float:
    """How many times the lines of ``files`` grow when the input ``make(k)`` grows to
    ``make(4 * k)``: about 4 for linear work, about 16 for quadratic."""
    files = list(files)
    make(k)()  # lexicons and tables loaded on first use are no part of the growth
    small, large = (lines_run(make(n), files) for n in (k, 4 * k))
    return large / max(small, 1)


def analysis_of(text_of: Callable[[int], str]) -> Callable[[int], Callable[[], object]]:
    """For :func:`growth`: ``analyze`` of one paragraph ``text_of(k)`` under a title (the
    article made before the count starts)."""
    def make(k: int) -> Callable[[], object]:
        article = analysis.Article.from_text("Title\n\n" + text_of(k))

        def run() -> None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", LanguageWarning)  # crafted text is no English
                analysis.analyze(article)
        return run
    return make
