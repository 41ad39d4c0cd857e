"""A run's manifest: its inputs by size and hash, the options, the times, and counts that are
the tables' own — the same in run.json, on the page and in the command's last line."""

from __future__ import annotations

import gzip
import hashlib
import json
from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest

import analysis.spine.records as records_module
from analysis.cli import main
from analysis.corpus.batch import read_reason
from analysis.corpus.manifest import RunCounts, input_files
from analysis.errors import REASONS, InputError
from analysis.outputs import project_version
from tests.conftest import ROOT

ARTICLES = ROOT / "data" / "articles"


def records(n: int) -> list[dict]:
    """``n`` JSON-lines records of the workbook's own articles, each with its own id."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    out = []
    for k in range(n):
        title, body = texts[k % len(texts)].split("\n\n", 1)
        out.append({"id": f"r{k}", "title": title, "text": body})
    return out


def test_the_counts_are_the_tables_and_say_each_reason():
    errors = pd.DataFrame({"stage": ["read", "read", "analyze", "report", "read"],
                           "reason": ["unreadable", "too_large", "analysis", "report",
                                      "unreadable"]})
    summary = pd.DataFrame({"article_id": ["a", "b", "c"]})
    counts = RunCounts.of(summary, errors, sentences=30, articles_read=6)
    assert counts == RunCounts(read=4, analysed=3, failed=5,
                               failed_by_reason={"analysis": 1, "report": 1, "too_large": 1,
                                                 "unreadable": 2},
                               sentences=30, unfinished=2)
    assert counts.line() == ("read 4 articles, analysed 3, failed 5 (1 analysis, 1 report, "
                             "1 too large, 2 unreadable); 30 sentences; 2 articles read but "
                             "not finished")
    nothing = RunCounts.of(summary.iloc[:0], errors.iloc[:0], sentences=0)
    assert nothing.line() == "read 0 articles, analysed 0, nothing failed; 0 sentences"


def test_a_read_error_counts_under_the_reader_s_reason_or_as_unreadable():
    plain = InputError("a.jsonl:line 3", "not valid JSON")
    assert read_reason(plain) == "unreadable"
    lost = InputError("a.jsonl.gz", "the archive ends early: the records after line 9 are lost")
    lost.reason = "truncated"
    assert read_reason(lost) == "truncated"


def test_the_inputs_are_the_files_the_reader_reads(tmp_path):
    (tmp_path / "b.txt").write_text("B\n\nText.")
    (tmp_path / "a.md").write_text("# A\n\nText.")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "c.txt").write_text("C\n\nText.")
    assert input_files(tmp_path) == [tmp_path / "a.md", tmp_path / "b.txt"]
    with pytest.raises(InputError, match="no such file or folder"):
        input_files(tmp_path / "missing")


def test_run_json_page_and_last_line_agree_with_the_tables(tmp_path, capsys, monkeypatch):
    """A folder with good articles, a binary file, an empty one, and a JSON-lines archive with
    a broken line, an empty record and a record its reader refuses with a reason of its own
    (here "too_large", as the size limit does): every failure is one row of errors.csv under
    its reason, and run.json, corpus.html and the last line say the same numbers."""
    folder = tmp_path / "in"
    folder.mkdir()
    for p in sorted(ARTICLES.glob("teaching-*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "empty.txt").write_text("")
    rows = records(6)
    rows[4]["text"] = rows[4]["text"] * 20  # r4: over the (lowered) limit of one record
    lines = [json.dumps(r) for r in rows]
    lines[2] = '{"id": "broken", "text": "no end'
    lines[3] = json.dumps({"id": "blank", "text": "  "})
    with gzip.open(folder / "archive.jsonl.gz", "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    monkeypatch.setattr(records_module, "MAX_ARTICLE_BYTES", 12_000)
    out = tmp_path / "run"
    code = main(["corpus", str(folder), "--out", str(out), "--workers", "1", "--quiet",
                 "--batch-size", "2"])
    captured = capsys.readouterr()
    assert code == 0
    manifest = json.loads((out / "run.json").read_text())
    summary = pd.read_csv(out / "summary.csv")
    errors = pd.read_csv(out / "errors.csv", keep_default_na=False)
    sentences = pd.read_csv(out / "sentences.csv")
    counts = manifest["counts"]
    by_reason = counts.pop("failed_by_reason")
    assert counts == {"read": 7, "analysed": 7, "failed": 5, "sentences": len(sentences),
                      "unfinished": 0}
    assert by_reason["too_large"] == 1 and sum(by_reason.values()) == 5
    assert set(by_reason) <= set(REASONS)  # the reader's own reasons, counted as given
    counts["failed_by_reason"] = by_reason
    assert counts["analysed"] == len(summary) and counts["failed"] == len(errors)
    assert errors.reason.value_counts().to_dict() == counts["failed_by_reason"]
    assert errors.loc[errors.reason == "too_large", "source"].tolist() == [
        f"{folder / 'archive.jsonl.gz'}:line 5"]
    assert manifest["tables"] == {name: len(pd.read_csv(out / f"{name}.csv"))
                                  for name in manifest["tables"]}
    line = captured.out.rstrip("\n").rsplit("\n", 1)[-1]
    assert line == RunCounts(**counts).line()
    assert line.startswith("read 7 articles, analysed 7, failed 5 (") and "1 too large" in line
    assert line in (out / "corpus.html").read_text()

    assert manifest["status"] == "complete" and manifest["command"] == "corpus"
    assert manifest["version"] == project_version()
    started, finished = (datetime.fromisoformat(manifest[k]) for k in ("started", "finished"))
    assert started <= finished and started.utcoffset().total_seconds() == 0
    assert manifest["options"] == {
        "path": str(folder), "out": str(out), "engine": "processes", "workers": 1,
        "scheduler": None, "batch_size": 2, "batch_chars": 50_000, "has_title": True,
        "encoding": None, "reports": False}
    assert [i["path"] for i in manifest["inputs"]] == [str(p) for p in sorted(
        folder.iterdir())]
    for entry in manifest["inputs"]:
        data = Path(entry["path"]).read_bytes()
        assert entry["bytes"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
