"""Are the tables the same as before a change? Snapshot them, then compare two snapshots.

    python benchmarks/tables.py snapshot OUT      # every table of analyze_corpus on the three
                                                  # Wikinews files, as Parquet, into OUT
    python benchmarks/tables.py compare OLD NEW   # identical row for row, dtypes included?

It uses the public API only (``read_corpus``, ``analyze_corpus``), so the same script snapshots
an older checkout: ``PYTHONPATH=path/to/old python benchmarks/tables.py snapshot old``. Reads
``../shared/corpora/wikinews/``.
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews"
FILES = ("wikinews_2019.csv", "wikinews_2020.csv", "wikinews_2004_2018.jsonl.gz")
TABLES = ("sentences", "attributions", "hedges", "sentiment", "paragraphs", "summary", "errors")


def snapshot(out: Path) -> None:
    import analysis

    print(f"analysis from {Path(analysis.__file__).parent}")
    out.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")
    for name in FILES:
        errors: list = []
        result = analysis.analyze_corpus(analysis.read_corpus(CORPORA / name,
                                                              on_error=errors.append),
                                         workers=2, progress=False, read_errors=errors)
        stem = name.split(".")[0]
        for table in TABLES:
            getattr(result, table).to_parquet(out / f"{stem}.{table}.parquet")
        print(f"{name}: {len(result.sentences)} sentences, {len(result.attributions)} "
              f"attributions, {len(result.hedges)} hedges, {len(result.errors)} errors")


def compare(old: Path, new: Path) -> int:
    different = 0
    for path in sorted(old.glob("*.parquet")):
        a, b = pd.read_parquet(path), pd.read_parquet(new / path.name)
        try:
            pd.testing.assert_frame_equal(a, b, check_exact=True)
            print(f"identical  {path.name:45} {len(a):>7} rows")
        except AssertionError as err:
            different += 1
            print(f"DIFFERENT  {path.name:45} {len(a):>7} → {len(b)} rows: "
                  f"{' '.join(str(err).split())[:160]}")
    return 1 if different else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("snapshot").add_argument("out", type=Path)
    both = commands.add_parser("compare")
    both.add_argument("old", type=Path)
    both.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        snapshot(args.out)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
