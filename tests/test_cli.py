from __future__ import annotations

import io
import json
import subprocess
import sys

import pandas as pd
import pytest

from analysis.cli import main
from tests.conftest import SEED


def test_sentences_csv(capsys):
    assert main(["sentences", str(SEED)]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert len(table) == 25
    assert table.text.iloc[3].startswith("According to the source")


def test_sentences_json(capsys):
    assert main(["sentences", str(SEED), "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["is_title"] is True and rows[1]["paragraph_id"] == 1
    assert "\u2019" in rows[5]["text"]  # not escaped to ASCII


@pytest.mark.parametrize(
    "args, message",
    [
        (["sentences", "no/such/file.txt"], "error: no/such/file.txt: no such file\n"),
        (["sentences", "tests"], "error: tests: is a directory; read_corpus() reads folders\n"),
        (["sentences", str(SEED), "--format", "xml"], "invalid choice: 'xml'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: command"),
    ],
)
def test_errors_are_one_line_and_exit_2(args, message, capsys):
    try:
        code = main(args)
    except SystemExit as stop:  # argparse exits itself
        code = stop.code
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert err.count("\n") == 1


def test_report_goes_on_after_a_bad_article(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code = main(["report", str(empty), str(SEED), "--out", str(tmp_path / "out")])
    captured = capsys.readouterr()
    assert code == 2
    assert captured.err == f"error: {empty}: no text: it is empty or white space only\n"
    assert "24 paragraphs, 24 sentences" in captured.out
    assert (tmp_path / "out" / SEED.stem / "sentences.csv").is_file()


def test_module_entry_point_has_no_traceback(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    run = subprocess.run([sys.executable, "-m", "analysis", "sentences", str(binary)],
                         capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert run.stderr == f"error: {binary}: looks like binary content, not text (NUL bytes)\n"
    assert run.stdout == ""
