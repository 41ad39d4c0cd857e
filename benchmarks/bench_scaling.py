"""Scaling checks (not tests): run time linear in text size, memory bounded by a batch.

1. One paragraph of 0.5, 1, 2 and 5 MB through every layer: seconds and MB/s (linear time
   means MB/s stays flat).
2. 100,000 tiny paragraphs through every layer.
3. Generated corpora of 10,000 and 100,000 tiny articles streamed through the ``corpus``
   command, each in its own process: peak memory (it should not grow with the corpus).

Prints a table and writes ``benchmarks/results/scaling.csv``. ``--quick`` uses small sizes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, peak_mb, report  # noqa: E402

import analysis  # noqa: E402

UNIT = "The committee, officials said, met again on Tuesday and greatly disagreed. "


def one_paragraph(size: int) -> tuple[float, int]:
    text = "Title\n\n" + UNIT * (size // len(UNIT))
    start = time.perf_counter()
    result = analysis.analyze(analysis.Article.from_text(text))
    return time.perf_counter() - start, len(result.sentences)


def tiny_paragraphs(n: int) -> float:
    text = "\n\n".join(f"Item {k} said no." for k in range(n))
    start = time.perf_counter()
    analysis.analyze(analysis.Article.from_text(text, has_title=False))
    return time.perf_counter() - start


def corpus_child(n: int) -> None:
    """In a child process: stream n generated articles through the corpus command."""
    from analysis.cli import main

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        with open(path, "w", encoding="utf-8") as handle:
            for k in range(n):
                record = {"id": str(k), "title": f"Item {k}",
                          "text": f"Officials said item {k} was ready. It may open soon."}
                handle.write(json.dumps(record) + "\n")
        start = time.perf_counter()
        main(["corpus", str(path), "--out", str(Path(tmp) / "out"), "--workers", "2",
              "--quiet", "--batch-size", "64"])
        elapsed = time.perf_counter() - start
    own, workers = peak_mb()
    print(json.dumps({"n": n, "seconds": elapsed, "main_mb": own, "worker_mb": workers}))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        corpus_child(args.child)
        return 0
    sizes = [50_000, 100_000] if args.quick else [500_000, 1_000_000, 2_000_000, 5_000_000]
    rows = []
    for size in sizes:
        seconds, n = one_paragraph(size)
        rows.append((f"paragraph_{size // 1000}kB", round(seconds, 2),
                     f"s, {n} sentences, {size / seconds / 1e6:.3f} MB/s"))
    n_tiny = 2_000 if args.quick else 100_000
    seconds = tiny_paragraphs(n_tiny)
    rows.append((f"tiny_paragraphs_{n_tiny}", round(seconds, 2),
                 f"s, {n_tiny / seconds:.0f} paragraphs/s"))
    for n in ([200, 2_000] if args.quick else [10_000, 100_000]):
        run = subprocess.run([sys.executable, __file__, "--child", str(n)], capture_output=True,
                             text=True, check=True)
        m = json.loads(run.stdout.strip().splitlines()[-1])
        rows.append((f"corpus_{n}_articles", round(m["seconds"], 1),
                     f"s; peak memory: main {m['main_mb']:.0f} MB, "
                     f"largest worker {m['worker_mb']:.0f} MB"))
    out = RESULTS
    report(rows, out / ("scaling-quick.csv" if args.quick else "scaling.csv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
