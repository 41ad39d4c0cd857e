"""The benchmarks run (on a tiny corpus: the suite checks they work, not how fast)."""

from __future__ import annotations

import importlib
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
            "ratio_one_by_one_to_corpus", "ratio_let_go_to_vader", "ratio_let_go_to_corpus",
            "ratio_every_table_to_vader", "ratio_every_table_to_corpus"} <= set(table.index)
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
                    "ratio_full_to_vader", "ratio_let_go_to_corpus",
                    "ratio_every_table_to_corpus"):
        assert re.search(rf"(?<![\d.]){re.escape(results['corpus'][measure][0])}(?!\d)", line)


def _benchmark(name: str):
    """A script of benchmarks/, imported as a module."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


def _publish():
    return _benchmark("publish")


def test_the_readmes_figures_are_the_published_ones():
    """The README's benchmark block is written by `make bench` (benchmarks/publish.py), never
    retyped: it must be the block of the generated docs/benchmarks.md."""
    readme_block = _publish().readme_block
    readme = readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    published = readme_block((ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8"))
    assert readme is not None and readme == published, "run make bench (it writes both)"


def _bench_report():
    return _benchmark("bench_report")


def test_the_report_benchmark_runs_on_small_files(tmp_path, monkeypatch):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_report.py"), "--tiny",
                          "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(tmp_path / "report-tiny.csv", dtype={"value": str}).set_index("measure")
    for label in ("long_paragraph", "short_paragraphs"):
        # both finished: times are numbers, the page was written, the ratio is a number
        for measure in (f"report_{label}_s", f"analysis_{label}_s", f"report_{label}_page_mb",
                        f"ratio_report_to_analysis_{label}", f"report_{label}_peak_mb"):
            assert float(table.loc[measure, "value"]) > 0, measure
    assert table.loc["report_short_paragraphs_paragraphs", "value"] == "100"
    assert "100 body paragraphs" in table.loc["report_short_paragraphs_input_bytes", "unit"]
    assert "1 body paragraph," in table.loc["report_long_paragraph_input_bytes", "unit"]
    # the README's line: publish.py reads report.csv and states each figure
    publish = _publish()
    monkeypatch.setattr(publish, "RESULTS", tmp_path)
    (tmp_path / "report.csv").write_text((tmp_path / "report-tiny.csv").read_text())
    results = {name: publish.read(name) for name in publish.FILES}
    line = next(x for x in publish.key_figures(results) if "Reports of large articles" in x)
    for label in ("long_paragraph", "short_paragraphs"):
        for measure in (f"report_{label}_s", f"analysis_{label}_s",
                        f"ratio_report_to_analysis_{label}"):
            assert f"{table.loc[measure, 'value']}" in line


def test_a_command_past_its_time_is_stopped_and_says_so():
    bench = _bench_report()
    run = bench.run_limited([sys.executable, "-c", "import time; time.sleep(60)"], timeout=0.5,
                            memory_cap_gb=2)
    assert not run.finished and run.problem == "did not finish in 0.5 s"
    assert run.seconds < 30  # stopped, not waited for


def test_a_command_past_its_memory_cap_or_failing_says_so():
    bench = _bench_report()
    run = bench.run_limited([sys.executable, "-c", "block = bytearray(3 * 10**9)"],
                            timeout=60, memory_cap_gb=1)
    assert not run.finished and run.problem.startswith("stopped at the 1 GB memory cap after")
    run = bench.run_limited([sys.executable, "-c", "raise SystemExit('no such article')"],
                            timeout=60, memory_cap_gb=2)
    assert not run.finished and run.problem == "failed (exit 1): no such article"
    run = bench.run_limited([sys.executable, "-c", "print('fine')"], timeout=60, memory_cap_gb=2)
    assert run.finished and run.problem == "" and run.stdout == "fine\n" and run.peak_mb > 0


def test_a_report_that_did_not_finish_is_recorded_as_such(tmp_path, monkeypatch):
    """The rows of a report stopped at the time limit: what stopped it, the memory until then,
    and the ratio as a lower bound (the commands' ends are given; the rows are the test)."""
    bench = _bench_report()
    ends = {"-m": bench.Run(False, 300.4, 5120.0, "did not finish in 300 s", ""),
            "-c": bench.Run(True, 2.5, 400.0, "",
                            '{"sentences": 9, "paragraphs": 3, "attributions": 0}\n')}
    monkeypatch.setattr(bench, "run_limited", lambda command, **_: ends[command[1]])
    path = tmp_path / "article.txt"
    path.write_text("Title\n\nOne. Two.\n")
    rows = {m: (value, unit) for m, value, unit in bench.measure(
        "long_paragraph", path, "one paragraph", tmp_path, timeout=300, memory_cap_gb=6)}
    assert rows["report_long_paragraph_s"][0] == "did not finish in 300 s"
    assert "stopped after 300 s" in rows["report_long_paragraph_s"][1]
    assert rows["report_long_paragraph_peak_mb"] == (5120, "MB, the report's peak memory until "
                                                           "it was stopped")
    assert rows["report_long_paragraph_page_mb"][0] == "—"
    assert rows["ratio_report_to_analysis_long_paragraph"] == (
        "> 120", "report time / analysis time: a lower bound, the report did not finish")
    assert "(2 body paragraphs, 9 sentences)" in rows["report_long_paragraph_input_bytes"][1]


def test_the_hostile_benchmark_runs_quickly_and_records_a_ratio_per_pattern(tmp_path,
                                                                            monkeypatch):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_hostile.py"),
                          "--quick", "--out", str(tmp_path)], capture_output=True, text=True,
                         check=False)
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(tmp_path / "hostile-quick.csv", dtype={"value": str}).set_index(
        "measure")
    bench = _benchmark("bench_hostile")
    for name in bench.PATTERNS:
        assert float(table.loc[f"ratio_{name}", "value"]) > 0, name
    # the README's line: publish.py reads hostile.csv and states the worst ratio and its bound
    publish = _publish()
    monkeypatch.setattr(publish, "RESULTS", tmp_path)
    (tmp_path / "hostile.csv").write_text((tmp_path / "hostile-quick.csv").read_text())
    results = {name: publish.read(name) for name in publish.FILES}
    line = next(x for x in publish.key_figures(results) if "Linear time on crafted text" in x)
    assert f"at most {table.loc['worst_ratio', 'value']}× the time" in line
    assert f"on {table.loc['worst_pattern', 'value']};" in line and "the bound 6×" in line
    assert f"on {len(bench.PATTERNS)} patterns" in line


def test_a_pattern_past_the_bound_fails_the_hostile_benchmark_and_is_named(tmp_path, capsys):
    """4x the text at 16x the time (quadratic) on one pattern: exit status 1, the pattern
    named on stderr. The times are given (1 ms per KB, squared for that pattern), not
    measured."""
    bench = _benchmark("bench_hostile")

    def timer(kind, text, *, runs, seconds):
        kb = len(text) / 1000
        return (kb * kb if text.startswith("according") else kb) / 1000

    assert bench.main(["--out", str(tmp_path)], timer=timer) == 1
    err = capsys.readouterr().err
    assert "not linear" in err and "according" in err and "quote_said" not in err
    table = pd.read_csv(tmp_path / "hostile.csv", dtype={"value": str}).set_index("measure")
    assert table.loc["worst_pattern", "value"] == "according"
    assert float(table.loc["ratio_according", "value"]) == 16
    assert float(table.loc["ratio_quote_said", "value"]) == 4


def test_the_hostile_benchmark_passes_when_every_pattern_is_linear(tmp_path):
    bench = _benchmark("bench_hostile")
    assert bench.main(["--out", str(tmp_path)],
                      timer=lambda kind, text, *, runs, seconds: len(text) / 1e6) == 0
