from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from importlib.metadata import version

import pandas as pd
import pytest

from analysis.cli import build_parser, main
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
        (["sentences", "tests"], "error: tests: is a folder: analyse its articles with the "
                                 "corpus command (python -m analysis corpus PATH --out DIR)"),
        (["sentences", "https://en.wikinews.org/wiki/Main_Page"],
         "error: https://en.wikinews.org/wiki/Main_Page: is a web address, and the workbook "
         "reads files (offline): save the page (as .html) and pass the file\n"),
        (["corpus", "data", "--out", "x", "--batch-size", "0"],
         "argument --batch-size: must be at least 1, got 0"),
        (["corpus", "data", "--out", "x", "--batch-chars", "-1"],
         "argument --batch-chars: must be at least 1, got -1"),
        (["corpus", "data", "--out", "x", "--workers", "two"],
         "argument --workers: 'two' is not a whole number"),
        (["sentences", str(SEED), "--format", "xml"], "invalid choice: 'xml'"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        ([], "the following arguments are required: COMMAND"),
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


@pytest.mark.parametrize("name, content, what", [
    ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "is a PDF, not text"),
    ("story.docx", b"PK\x03\x04\x14\x00\x06\x00", "is a zip archive"),
    ("story.txt", b"{\\rtf1\\ansi Hello}", "is an RTF document"),
])
def test_documents_that_are_not_text_are_named_and_refused(tmp_path, capsys, name, content,
                                                           what):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["sentences", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {path}: {what}") and "export its text" in err
    assert err.count("\n") == 1 and "--encoding" not in err


@pytest.mark.parametrize("name", ["records.csv", "archive.jsonl.gz", "archive.jsonl"])
def test_a_corpus_file_given_to_sentences_names_the_corpus_command(tmp_path, capsys, name):
    path = tmp_path / name
    path.write_bytes(b"title,text\nA,Officials said the port closed.\n")
    assert main(["sentences", str(path)]) == 2
    err = capsys.readouterr().err
    assert "holds many articles" in err and "python -m analysis corpus" in err


def test_the_language_warning_is_given_by_sentences_as_by_report(tmp_path, capsys):
    german = tmp_path / "bericht.txt"
    german.write_text("Neue Regeln\n\nDie Regierung hat am Montag neue Regeln für die "
                      "Einberufung beschlossen. Nach Angaben des Ministeriums sollen die Männer "
                      "ab 25 Jahren eingezogen werden. Kritiker sagen, das Gesetz sei "
                      "verfassungswidrig und gefährde die Familien.\n", encoding="utf-8")
    for command in (["sentences", str(german)],
                    ["report", str(german), "--out", str(tmp_path / "out")]):
        assert main(command) == 0
        err = capsys.readouterr().err
        assert err.startswith(f"warning: {german}: does not look like English"), command


def test_help_explains_every_command_and_option(capsys):
    parser = build_parser()
    commands = parser._subparsers._group_actions[0].choices
    parsers = [*commands.values(),
               *commands["evaluate"]._subparsers._group_actions[0].choices.values()]
    for command in parsers:
        for option in command._actions:
            assert option.help, f"{command.prog} {option.dest} has no help"
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    out = capsys.readouterr().out
    assert "report.html" in out and "(default: reports)" in out
    assert "``" not in out  # a description for people, not a docstring


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out.strip() == f"python -m analysis {version('analysis')}"


def test_an_interruption_is_one_line_and_the_shell_s_exit_code(monkeypatch, capsys):
    import analysis.cli as cli

    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_run_sentences", interrupted)
    assert main(["sentences", str(SEED)]) == 130
    assert capsys.readouterr().err == "interrupted: stopped by Ctrl-C\n"


def test_corpus_help_states_what_a_run_promises(capsys):
    with pytest.raises(SystemExit):
        main(["corpus", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "run.json" in out and "DIR.partial-TIME/" in out and "--reports" in out
    assert "One run at a time per DIR" in out


# Every command that writes to standard output, and what it needs besides.
STDOUT_COMMANDS = {
    "sentences": lambda out: ["sentences", str(SEED)],
    "sentences json": lambda out: ["sentences", str(SEED), "--format", "json"],
    "columns": lambda out: ["columns"],
    "help": lambda out: ["--help"],
    "a command's help": lambda out: ["corpus", "--help"],
    "version": lambda out: ["--version"],
    "report": lambda out: ["report", str(SEED), "--out", str(out)],
    "compare": lambda out: ["compare", str(SEED), str(SEED), "--out", str(out)],
}


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("case", STDOUT_COMMANDS)
def test_a_full_standard_output_is_one_line_and_exit_2(tmp_path, case):
    with open("/dev/full", "w") as full:
        run = subprocess.run([sys.executable, "-m", "analysis",
                              *STDOUT_COMMANDS[case](tmp_path / "out")],
                             stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == "error: cannot write to standard output: no space left on the device\n"


@pytest.mark.parametrize("case", STDOUT_COMMANDS)
def test_a_closed_pipe_ends_the_command_quietly_as_a_unix_tool_does(tmp_path, case):
    """``... | head`` that has read what it wanted: no traceback, no "Exception ignored" at
    exit, the code of a tool ended by SIGPIPE."""
    from analysis.cli import EXIT_PIPE_CLOSED

    running = subprocess.Popen([sys.executable, "-m", "analysis",
                                *STDOUT_COMMANDS[case](tmp_path / "out")],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    running.stdout.close()  # the reader is gone before the command writes a byte
    stderr = running.stderr.read()
    running.stderr.close()
    assert running.wait(timeout=120) == EXIT_PIPE_CLOSED == 141
    assert stderr == ""
