"""What every benchmark shares: timing, and a table printed and written as CSV."""

from __future__ import annotations

import csv
import time
from pathlib import Path

try:  # peak memory and address-space caps: POSIX only
    import resource
except ImportError:  # Windows: the memory figures are left out (NaN), nothing is capped
    resource = None

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


def peak_mb() -> tuple[float, float]:
    """The peak memory, in MB, of this process and of its largest finished child (NaN where
    the system does not say: Windows)."""
    if resource is None:
        return float("nan"), float("nan")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children
