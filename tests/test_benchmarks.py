"""The benchmarks run (on a tiny corpus: the suite checks they work, not how fast)."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd

from tests.conftest import ROOT


def test_the_benchmark_runs_on_a_tiny_corpus(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_corpus.py"), "--tiny",
                          "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(tmp_path / "corpus-tiny.csv").set_index("measure")
    assert table.loc["sentences", "value"] > 0
    assert {"ratio_full_to_vader", "speedup_two_workers", "peak_memory_main_mb"} <= set(
        table.index)
