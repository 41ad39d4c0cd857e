from __future__ import annotations

import subprocess
import sys

import pandas as pd

from analysis.cli import main
from tests.conftest import ROOT


def test_corpus_command_writes_tables_parquet_and_a_summary(tmp_path, capsys):
    (tmp_path / "in").mkdir()
    for p in (ROOT / "data" / "articles").glob("teaching-*.txt"):
        (tmp_path / "in" / p.name).write_text(p.read_text())
    (tmp_path / "in" / "broken.txt").write_bytes(b"\x00\x01binary")
    out = tmp_path / "out"
    code = main(["corpus", str(tmp_path / "in"), "--out", str(out), "--workers", "1",
                 "--quiet"])
    captured = capsys.readouterr()
    assert code == 0
    assert captured.out.startswith("read 4 articles, analysed 4, failed 1 (1 unreadable")
    assert "see" in captured.err and "errors.csv" in captured.err
    summary = pd.read_csv(out / "summary.csv")
    assert len(summary) == 4
    assert pd.read_parquet(out / "parquet" / "attributions").shape[0] == pd.read_csv(
        out / "attributions.csv").shape[0]
    errors = pd.read_csv(out / "errors.csv")
    assert errors.stage.tolist() == ["read"] and "binary" in errors.error.iloc[0]
    page = (out / "corpus.html").read_text()
    assert "4 analysed" in page and "<script" not in page.lower()


def test_corpus_command_bad_path_exits_2(tmp_path, capsys):
    code = main(["corpus", str(tmp_path / "nothing"), "--out", str(tmp_path / "o")])
    assert code == 2
    assert capsys.readouterr().err.startswith("error: ")


def test_scheduler_needs_dask(tmp_path, capsys):
    assert main(["corpus", str(ROOT / "data" / "articles"), "--out", str(tmp_path),
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "goes with --engine dask" in capsys.readouterr().err


def test_the_benchmark_runs_on_a_tiny_corpus(tmp_path):
    run = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bench_corpus.py"), "--tiny",
                          "--out", str(tmp_path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    table = pd.read_csv(tmp_path / "corpus-tiny.csv").set_index("measure")
    assert table.loc["sentences", "value"] > 0
    assert {"ratio_full_to_vader", "speedup_two_workers", "peak_memory_main_mb"} <= set(
        table.index)
