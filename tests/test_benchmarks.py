"""The benchmarks run (on a tiny corpus: the suite checks they work, not how fast)."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd

from tests.conftest import ROOT


def test_the_benchmark_runs_on_a_tiny_corpus(tmp_path, monkeypatch):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_corpus.py"), "--tiny",
                          "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(tmp_path / "corpus-tiny.csv").set_index("measure")
    assert table.loc["sentences", "value"] > 0
    assert {"ratio_full_to_vader", "speedup_two_workers", "peak_memory_main_mb",
            "stage_framing_s", "ratio_framing_to_full", "ratio_one_by_one_to_vader",
            "ratio_one_by_one_to_corpus", "ratio_every_table_to_corpus"} <= set(table.index)
    # each stage is a part of the whole: its share is a real fraction of the one-core time
    assert 0 < table.loc["ratio_framing_to_full", "value"] < 1
    # analyze() one by one is timed beside the corpus path, on the same sentences
    assert table.loc["one_by_one_sentences_per_s", "value"] > 0
    assert table.loc["ratio_one_by_one_to_corpus", "value"] > 0
    # the README's line carries the measured ratios (publish.py reads what the run wrote)
    publish = _publish()
    monkeypatch.setattr(publish, "RESULTS", tmp_path)
    results = {"corpus": publish.read("corpus-tiny"), "sentences": {}, "sentiment": {},
               "scaling": {}}
    line = next(x for x in publish.key_figures(results) if "One article at a time" in x)
    for measure in ("ratio_one_by_one_to_corpus", "ratio_one_by_one_to_vader",
                    "ratio_full_to_vader", "ratio_every_table_to_vader",
                    "ratio_every_table_to_corpus"):
        assert re.search(rf"(?<![\d.]){re.escape(results['corpus'][measure][0])}(?!\d)", line)


def _publish():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import publish
    finally:
        sys.path.pop(0)
    return publish


def test_the_readmes_figures_are_the_published_ones():
    """The README's benchmark block is written by `make bench` (benchmarks/publish.py), never
    retyped: it must be the block of the generated docs/benchmarks.md."""
    readme_block = _publish().readme_block
    readme = readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    published = readme_block((ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8"))
    assert readme is not None and readme == published, "run make bench (it writes both)"
