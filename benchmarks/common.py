"""What every benchmark shares: timing, and a table printed and written as CSV."""

from __future__ import annotations

import csv
import time
from pathlib import Path

#: Where every benchmark writes its figures (raw, not committed); ``publish.py`` turns them
#: into ``docs/benchmarks.md`` and the README's figures.
RESULTS = Path(__file__).resolve().parent / "results"


def timed(fn) -> float:
    """Seconds one call of ``fn`` takes."""
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def best_of(runs: int, fn) -> float:
    """The fastest of ``runs`` calls of ``fn``, in seconds."""
    return min(timed(fn) for _ in range(runs))


def median_of(runs: int, fn, *, prepare=None) -> float:
    """The median time of ``runs`` calls of ``fn``, in seconds. With ``prepare``, each call is
    ``fn(prepare())`` and only ``fn`` is timed (fresh inputs for every run)."""
    times = []
    for _ in range(runs):
        if prepare is None:
            times.append(timed(fn))
        else:
            value = prepare()
            times.append(timed(lambda value=value: fn(value)))
    return sorted(times)[runs // 2]


def report(rows: list[tuple[str, object, str]], path: Path) -> None:
    """Print ``(measure, value, unit)`` rows as a table and write them to ``path`` (CSV)."""
    width = max(len(r[0]) for r in rows)
    for name, value, unit in rows:
        print(f"{name:<{width}}  {value:>10}  {unit}")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["measure", "value", "unit"])
        writer.writerows(rows)
