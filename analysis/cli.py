"""The command line: ``python -m analysis COMMAND ...``.

Bad input never shows a traceback: it is one line on standard error and exit code 2.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import sys
import textwrap
import warnings
from collections.abc import Sequence
from pathlib import Path

from analysis.corpus.engines import SCHEDULER_TIMEOUT
from analysis.corpus.run import DEFAULT_BATCH, DEFAULT_BATCH_CHARS
from analysis.errors import DependencyError, InputError, printable
from analysis.outputs import project_version
from analysis.spine.language import LanguageWarning
from analysis.spine.reading import BadInputWarning

DESCRIPTION = """\
How is a news article sourced and framed? Who is cited, by which words, how sure the text
sounds, how emotive it is, and where it frames in its own voice: sentence by sentence, with
exact character offsets. Every command reads files (.txt, .md, .html; many articles as a
folder, a CSV or JSON lines) and works offline."""

EPILOG = """\
examples:
  python -m analysis report article.txt                 one report: reports/article/report.html
  python -m analysis sentences article.html --format json
  python -m analysis corpus archive.jsonl.gz --out run  every table, and run/corpus.html
  python -m analysis COMMAND --help                     the options of one command

exit codes: 0 done; 2 bad input, an output that cannot be written (a folder, or standard
output on a full disk) or a run that could not finish (one line on standard error saying
which file, folder or address, and why); 130 interrupted by Ctrl-C (a corpus run keeps what
finished, and says where); 141 standard output closed early (`... | head`), quietly."""

EXIT_BAD_INPUT = 2
#: A run stopped by a signal exits with 128 + its number, as a shell reports it (130: Ctrl-C).
EXIT_SIGNAL_BASE = 128
#: Standard output closed before everything was written (``... | head``): quietly, with the
#: code of a Unix tool ended by SIGPIPE (128 + 13), on every platform.
EXIT_PIPE_CLOSED = EXIT_SIGNAL_BASE + 13


class _StdoutFailed(Exception):
    """Standard output cannot be written (a full disk, a closed pipe): ``error`` says why."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


def _write(text: str) -> None:
    """Write ``text`` to standard output now (flushed, so that nothing is left to fail at
    exit); a failure is raised as :class:`_StdoutFailed`, for :func:`main` to say."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as err:
        raise _StdoutFailed(err) from None


def _say(*lines: object) -> None:
    """Print ``lines`` to standard output, as :func:`_write` writes, each as
    :func:`~analysis.errors.printable` shows it (a file name that is not UTF-8 as ``\\xNN``)."""
    _write("".join(f"{printable(line)}\n" for line in lines))


def _stdout_failed(failed: _StdoutFailed) -> int:
    """The end of a command whose standard output failed: a closed pipe quietly, as a Unix
    tool ends (141), anything else one line and exit code 2. Standard output then goes to the
    null device, so that what is left in its buffer cannot fail again at exit."""
    with contextlib.suppress(AttributeError, OSError, ValueError):  # not a real file: tests
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    if isinstance(failed.error, BrokenPipeError):
        return EXIT_PIPE_CLOSED
    why = ("no space left on the device" if failed.error.errno == errno.ENOSPC
           else (failed.error.strerror or str(failed.error)).lower())
    print(f"error: cannot write to standard output: {why}", file=sys.stderr)
    return EXIT_BAD_INPUT


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        about = kwargs.get("description")
        if about and "\n" not in about:  # one sentence or three, wrapped as help is
            kwargs["description"] = textwrap.fill(about, width=88)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # one line, not argparse's usage block
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see --help)\n")

    def _print_message(self, message: str, file=None) -> None:  # --help, --version
        if message and (file is None or file is sys.stdout):
            _write(message)
        else:
            super()._print_message(message, file)


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and examples as written; every option's default said after its help."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        if (action.default not in (None, False, True, argparse.SUPPRESS) and action.option_strings
                and "default" not in text):
            text += " (default: %(default)s)"
        return text


def build_parser() -> argparse.ArgumentParser:
    """The parser of every command and its options."""
    parser = _Parser(prog="python -m analysis", description=DESCRIPTION, epilog=EPILOG)
    parser.add_argument("--version", action="version",
                        version=f"%(prog)s {project_version()}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser,
                                     metavar="COMMAND", title="commands",
                                     help="what to do (each has its own --help)")

    sentences = commands.add_parser(
        "sentences", help="print an article's sentence table (CSV or JSON) to standard output",
        description="One row per sentence: paragraph, text, exact character offsets, the "
                    "title flag. Redirect it to a file: ... sentences a.txt > a.csv")
    sentences.add_argument("path", metavar="ARTICLE", help="an article: .txt, .md or .html")
    sentences.add_argument("--format", choices=("csv", "json"), default="csv",
                           help="the output format")
    _article_options(sentences)
    sentences.set_defaults(run=_run_sentences)

    report = commands.add_parser(
        "report", help="write a self-contained HTML report of each article",
        description="Analyse each article and write DIR/<article name>/report.html (charts "
                    "embedded, nothing fetched) with the CSV of every table and a run.json "
                    "beside it. Each report is written aside and swapped in whole; a name "
                    "another file's report holds is passed over (sub2/art.txt beside "
                    "sub1/art.txt gets DIR/sub2-art/). One bad file is reported and the others "
                    "still get their reports.")
    report.add_argument("paths", nargs="+", metavar="ARTICLE",
                        help="one or more articles: .txt, .md or .html")
    report.add_argument("--out", default="reports", metavar="DIR",
                        help="the folder the report folders go in, created if need be")
    _article_options(report)
    report.set_defaults(run=_run_report)

    compare = commands.add_parser(
        "compare", help="put two or more articles side by side on one page",
        description="Analyse each article, write its report, and write DIR/compare.html: the "
                    "measures of every article as a table (each linked to its report) and one "
                    "chart panel per measure. The first article stands out on the chart.")
    compare.add_argument("paths", nargs="+", metavar="ARTICLE",
                         help="two or more articles: .txt, .md or .html, the one under "
                              "discussion first")
    compare.add_argument("--out", default="comparison", metavar="DIR",
                         help="the folder for the page and the reports")
    _article_options(compare)
    compare.set_defaults(run=_run_compare)

    corpus = commands.add_parser(
        "corpus", help="analyse many articles: every table, a summary per article, a page",
        description="Analyse every article of a folder, a glob, a CSV or a JSON-lines file, "
                    "in batches on several processes (or a Dask cluster). Writes DIR/*.csv, "
                    "DIR/parquet/, DIR/errors.csv (records that could not be read or "
                    "analysed, with the reason), DIR/run.json (the inputs with their SHA-256, "
                    "the options, the counts, the times) and DIR/corpus.html. The run is "
                    "written beside DIR and swapped in when complete: a run that fails or is "
                    "interrupted leaves an earlier run in DIR untouched and keeps what it "
                    "finished in DIR.partial-TIME/. One run at a time per DIR.")
    corpus.add_argument("path", metavar="PATH",
                        help="a folder, a glob, a CSV (title,text) or a .jsonl[.gz]")
    corpus.add_argument("--out", required=True, metavar="DIR",
                        help="the folder to write: new, empty, or an earlier run (replaced "
                             "when this one completes)")
    corpus.add_argument("--workers", type=_at_least_one, default=None, metavar="N",
                        help="processes to use (default: all cores)")
    corpus.add_argument("--engine", choices=("processes", "dask"), default="processes",
                        help="local processes, or a Dask cluster")
    corpus.add_argument("--scheduler", metavar="ADDRESS",
                        help="an existing Dask scheduler, e.g. tcp://10.0.0.5:8786 (checked "
                             "before the run: it must answer as a Dask scheduler within "
                             f"{SCHEDULER_TIMEOUT} s)")
    corpus.add_argument("--batch-size", type=_at_least_one, default=DEFAULT_BATCH, metavar="N",
                        help="at most N articles per batch")
    corpus.add_argument("--batch-chars", type=_at_least_one, default=DEFAULT_BATCH_CHARS,
                        metavar="N", help="a batch closes at N characters of text")
    corpus.add_argument("--reports", action="store_true",
                        help="also write each article's report (DIR/reports/<article_id>/), "
                             "linked from the page's tables; slower")
    corpus.add_argument("--quiet", action="store_true", help="no progress bar")
    _article_options(corpus)
    corpus.set_defaults(run=_run_corpus)

    columns = commands.add_parser("columns", help="print the column reference of every table "
                                  "(Markdown)",
                                  description="Every table's columns, their types and meanings.")
    columns.set_defaults(run=_run_columns)

    evaluate = commands.add_parser(
        "evaluate", help="score a layer against human annotations",
        description="Precision, recall and F1 of one layer against annotations you bring.")
    layers = evaluate.add_subparsers(dest="layer", required=True, parser_class=_Parser,
                                     metavar="LAYER", title="layers",
                                     help="the layer to score (each has its own --help)")
    attribution = layers.add_parser("attribution", help="against brat standoff annotations")
    attribution.add_argument("--brat", required=True, metavar="DIR",
                             help="a folder of .ann files (texts beside them or in text/)")
    attribution.add_argument("--has-title", action="store_true",
                             help="the first paragraph of each text is a title")
    attribution.set_defaults(run=_run_evaluate_attribution)
    hedging = layers.add_parser("hedging", help="against sentences labelled uncertain or not")
    hedging.add_argument("--sentences", required=True, metavar="FILE",
                         help="a CSV with text,label columns (1 = uncertain), or CoNLL-2010 XML")
    hedging.add_argument("--format", choices=("csv", "conll"), default="csv",
                         help="the file's format")
    hedging.add_argument("--count-approximators", action="store_true",
                         help="let 'about 300' make a sentence uncertain (CoNLL-2010 does not)")
    hedging.set_defaults(run=_run_evaluate_hedging)
    framing = layers.add_parser("framing", help="against spans (article_id, label, start, end)")
    framing.add_argument("--spans", required=True, metavar="FILE",
                         help="tab-separated article_id, label, start, end")
    framing.add_argument("--texts", required=True, metavar="DIR",
                         help="a folder with each article's text as <article_id>.txt")
    framing.set_defaults(run=_run_evaluate_framing)
    sentiment = layers.add_parser("sentiment", help="against human ratings (VADER's layout)")
    sentiment.add_argument("--ratings", required=True, metavar="FILE",
                           help="tab-separated id, mean rating (-4 … +4), text")
    sentiment.add_argument("--neutral-band", type=float, default=0.5, metavar="R",
                           help="ratings within ±R count as neutral")
    sentiment.set_defaults(run=_run_evaluate_sentiment)
    return parser


def _article_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--no-title", dest="has_title", action="store_false",
        help="the first paragraph is body text, not a title",
    )
    parser.add_argument("--encoding", metavar="NAME",
                        help="the file's encoding if not UTF-8 (e.g. cp1252); UTF-16 and UTF-32 "
                             "with a byte-order mark are recognised")


def _at_least_one(text: str) -> int:
    """A whole number of at least 1 (argparse's type for counts and sizes)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def _print(*parts: object, file=None) -> None:
    """A line to standard error (what standard output carries goes through :func:`_say`),
    with what cannot be written as UTF-8 — a file name that is not UTF-8 — shown as
    :func:`~analysis.errors.printable` shows it (``caf\\xe9.txt``), never a traceback."""
    print(*(printable(part) for part in parts), file=file or sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (the process's arguments by default); return the
    exit code: 0, 2 for bad input or a run that could not finish (one line on standard error,
    never a traceback), or 128 + the signal's number for an interruption (130: Ctrl-C).
    Standard output that cannot be written (a full disk) is one line and exit code 2; closed
    early (``... | head``), the command ends quietly with code 141."""
    try:
        return _main(argv)
    except _StdoutFailed as failed:
        return _stdout_failed(failed)


def _main(argv: Sequence[str] | None) -> int:
    args = build_parser().parse_args(argv)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", LanguageWarning)
        warnings.simplefilter("always", BadInputWarning)
        try:
            code = args.run(args)
        except (InputError, DependencyError) as err:
            _print(f"error: {err}", file=sys.stderr)
            code = EXIT_BAD_INPUT
        except KeyboardInterrupt as stop:  # Ctrl-C: one line, the shell's exit code
            _print(f"interrupted: {getattr(stop, 'message', 'stopped by Ctrl-C')}",
                  file=sys.stderr)
            return EXIT_SIGNAL_BASE + getattr(stop, "signum", signal.SIGINT)
    for warning in caught:  # one line each, after the command's own output
        if issubclass(warning.category, (LanguageWarning, BadInputWarning)):
            _print(f"warning: {warning.message}", file=sys.stderr)
    return code


def _run_sentences(args: argparse.Namespace) -> int:
    from analysis.spine.document import prepare
    from analysis.spine.reading import read_article
    from analysis.spine.table import sentence_table

    doc = prepare(read_article(args.path, has_title=args.has_title, encoding=args.encoding))
    doc.warn_if_not_english()  # as every other command does: the splitter is English too
    table = sentence_table(doc)
    if args.format == "csv":
        _write(table.to_csv(index=False))
    else:
        _write(table.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    return 0


def _run_corpus(args: argparse.Namespace) -> int:
    from analysis.corpus.job import CorpusOptions, run_corpus_job

    if args.engine != "dask" and args.scheduler:
        raise InputError("--scheduler", "goes with --engine dask")
    outcome = run_corpus_job(CorpusOptions(
        path=args.path, out=args.out, engine=args.engine, workers=args.workers,
        scheduler=args.scheduler, batch_size=args.batch_size, batch_chars=args.batch_chars,
        has_title=args.has_title, encoding=args.encoding, reports=args.reports,
        progress=False if args.quiet else None))
    folder, counts = outcome.folder, outcome.counts
    for kept in outcome.recovered:
        _print(f"warning: an earlier run into {folder} was killed before it finished; what it "
              f"wrote is kept in {kept}", file=sys.stderr)
    _say(f"  tables: {folder}/*.csv and {folder}/parquet/; manifest: {folder}/run.json\n"
         f"  summary: {outcome.page}" + (f"\n  reports: {folder}/reports/" if args.reports
                                         else ""))
    _say(counts.line())  # the last line: the counts the page and run.json state
    if counts.failed:
        _print(f"warning: {counts.failed} records or articles failed; see {folder}/errors.csv",
              file=sys.stderr)
    if outcome.not_english:
        from analysis.spine.language import THRESHOLD

        _print(f"warning: {outcome.not_english} articles do not look like English "
              f"(english_share below {THRESHOLD:.0%} in summary.csv); the lexicons are English",
              file=sys.stderr)
    return 0 if counts.analysed or not counts.failed else EXIT_BAD_INPUT  # nothing analysable


def _run_columns(args: argparse.Namespace) -> int:
    from analysis.reference import column_reference

    _write(column_reference())
    return 0


def _run_evaluate_attribution(args: argparse.Namespace) -> int:
    from analysis.evaluate.attribution import evaluate_attribution

    _say(evaluate_attribution(args.brat, has_title=args.has_title).report())
    return 0


def _run_evaluate_hedging(args: argparse.Namespace) -> int:
    from analysis.evaluate.hedging import evaluate_hedging

    scores = evaluate_hedging(args.sentences, fmt=args.format,
                              count_approximators=args.count_approximators)
    _say(scores.report())
    return 0


def _run_evaluate_framing(args: argparse.Namespace) -> int:
    from analysis.evaluate.framing import evaluate_framing

    _say(evaluate_framing(args.spans, args.texts).report())
    return 0


def _run_evaluate_sentiment(args: argparse.Namespace) -> int:
    from analysis.evaluate.sentiment import evaluate_sentiment

    _say(evaluate_sentiment(args.ratings, neutral_band=args.neutral_band).report())
    return 0


def _run_compare(args: argparse.Namespace) -> int:
    from analysis.views.comparison import write_comparison

    result = write_comparison(args.paths, args.out, has_title=args.has_title,
                              encoding=args.encoding)
    _say(f"compared {len(result.reports)} articles\n  page: {result.page}")
    return 0


def _run_report(args: argparse.Namespace) -> int:
    from analysis.outputs import ensure_folder
    from analysis.views.report import write_report

    out = ensure_folder(Path(args.out))  # a file or a read-only place: one line, not one each
    claimed: dict[str, str] = {}  # sub1/art.txt and sub2/art.txt: two folders, not one
    failed = 0
    for path in args.paths:
        try:
            result = write_report(path, out, has_title=args.has_title, encoding=args.encoding,
                                  claimed=claimed)
        except InputError as err:  # one bad article: say so, go on with the rest
            _print(f"error: {err}", file=sys.stderr)
            failed += 1
            continue
        _say(result.summary)
    return EXIT_BAD_INPUT if failed else 0
