"""The report benchmark (``make bench``): the ``report`` command on two large ordinary inputs.

Two files are made in a temporary folder from real Wikinews sentences (the body sentences of
``../shared/corpora/wikinews/wikinews_2019.csv`` and ``_2020.csv``, CC BY 2.5, Wikinews
contributors; without them, the bundled articles, with a message):

- **one 5 MB paragraph**: a title, then body sentences one after another in one paragraph;
- **50,000 short paragraphs (about 640 KB)**: a title, then the first words of each body
  sentence (at most 15 characters), one per line — a line is a paragraph in a text with no
  blank line.

Each file goes through ``python -m analysis report FILE --out DIR`` in a process of its own:
its wall time and peak memory (the child's own resource usage, ``os.wait4``) are recorded, and
it is stopped past ``--timeout`` seconds or ``--memory-cap`` GB (the row then says "did not
finish in N s", or that it hit the cap, with the time and memory until then: an unbounded
report must not hang the benchmark, nor take the machine's memory). The analysis alone runs
the same way on the same file — ``analyze``, every table read, what the report's tables need
— and the ratio "report time / analysis time" says what the report adds (a lower bound, ``>``,
when the report did not finish).

Prints and writes ``benchmarks/results/report.csv``. ``--tiny`` makes small files (what the
test suite checks).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, report, resource  # noqa: E402

import analysis  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora" / "wikinews"
#: The two inputs: (label, what it is, size in bytes or number of paragraphs), full and tiny.
PARAGRAPH_BYTES, TINY_PARAGRAPH_BYTES = 5_000_000, 20_000
SHORT_PARAGRAPHS, TINY_SHORT_PARAGRAPHS = 50_000, 100
SHORT_CHARS = 15  # a short paragraph: a sentence's first words, at most this many characters
#: What the analysis child does: the work behind the report's tables, and their sizes.
ANALYSIS = """
import json, sys, warnings
warnings.simplefilter("ignore")
from analysis import analyze, read_article
from analysis.pipeline.analyze import TABLES
result = analyze(read_article(sys.argv[1]))
print(json.dumps({name: len(getattr(result, name)) for name in TABLES}))
"""


@dataclass(frozen=True)
class Run:
    """How a command in a process of its own ended: ``finished`` (exit 0), its wall time and
    peak memory (until it was stopped, if it was), and what stopped it or went wrong."""

    finished: bool
    seconds: float
    peak_mb: float
    problem: str
    stdout: str


def run_limited(command: list[str], *, timeout: float, memory_cap_gb: float) -> Run:
    """Run ``command``, stopping it past ``timeout`` seconds; its address space is capped at
    ``memory_cap_gb`` (an allocation past it fails in the child)."""
    cap = int(memory_cap_gb * 1e9)

    def limit() -> None:  # in the child, before it runs the command (POSIX only)
        if resource is not None:
            resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err, preexec_fn=limit, cwd=ROOT)
        stopped = False
        while True:
            pid, status, usage = os.wait4(child.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start >= timeout:
                child.kill()
                _, status, usage = os.wait4(child.pid, 0)
                stopped = True
                break
            time.sleep(0.01)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    peak_mb = usage.ru_maxrss / 1024  # KB on Linux
    if stopped:
        problem = f"did not finish in {timeout:g} s"
    elif child.returncode != 0 and "MemoryError" in stderr:
        problem = f"stopped at the {memory_cap_gb:g} GB memory cap after {seconds:.0f} s"
    elif child.returncode != 0:
        last = stderr.strip().splitlines()[-1] if stderr.strip() else "no message"
        problem = f"failed (exit {child.returncode}): {last}"
    else:
        problem = ""
    return Run(not problem, seconds, peak_mb, problem, stdout)


def sentences(tiny: bool) -> list[str]:
    """Real body sentences, in corpus order."""
    paths = [CORPORA / "wikinews_2019.csv", CORPORA / "wikinews_2020.csv"]
    if all(p.is_file() for p in paths):
        articles = [a for p in paths for a in analysis.read_corpus(p)]
    else:
        print(f"(no corpora at {CORPORA}: using the bundled articles)")
        articles = [analysis.read_article(p) for p in sorted((ROOT / "data" / "articles")
                                                               .glob("*.txt"))]
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for article in articles[:20] if tiny else articles:
            doc = analysis.prepare(article)
            out += [article.text[s.start_char:s.end_char] for s in doc.sentences
                    if s.paragraph_id > 0]
    return [" ".join(s.split()) for s in out if s.strip()]


def one_paragraph(texts: list[str], size: int) -> str:
    """A title, then sentences one after another in one paragraph of ``size`` bytes or more."""
    parts, total, k = [], 0, 0
    while total < size:
        sentence = texts[k % len(texts)]
        parts.append(sentence)
        total += len(sentence.encode("utf-8")) + 1
        k += 1
    return "One long paragraph\n\n" + " ".join(parts) + "\n"


def short_paragraphs(texts: list[str], n: int) -> str:
    """A title, then ``n`` paragraphs of one line each: the first words of each sentence, at
    most :data:`SHORT_CHARS` characters (at least one word)."""
    lines = []
    k = 0
    while len(lines) < n:
        words = texts[k % len(texts)].split()
        line = words[0]
        for word in words[1:]:
            if len(line) + 1 + len(word) > SHORT_CHARS:
                break
            line += " " + word
        lines.append(line)
        k += 1
    return "Many short paragraphs\n" + "\n".join(lines) + "\n"


def measure(label: str, path: Path, what: str, out: Path, *, timeout: float,
            memory_cap_gb: float) -> list[tuple[str, object, str]]:
    """The rows of one input: the report, the analysis alone, the ratio."""
    size = path.stat().st_size
    page = out / "page"
    made = run_limited([sys.executable, "-m", "analysis", "report", str(path), "--out",
                        str(page)], timeout=timeout, memory_cap_gb=memory_cap_gb)
    alone = run_limited([sys.executable, "-c", ANALYSIS, str(path)], timeout=timeout,
                        memory_cap_gb=memory_cap_gb)
    tables = json.loads(alone.stdout) if alone.finished else {}
    pages = list(page.glob("*/report.html"))
    rows = [
        (f"report_{label}_input_bytes", size,
         f"bytes: {what}, from real Wikinews sentences"
         + (f" ({_count(tables['paragraphs'] - 1, 'body paragraph')}, "
            f"{_count(tables['sentences'], 'sentence')})" if tables else "")),
        (f"report_{label}_s", round(made.seconds, 2) if made.finished else made.problem,
         "seconds, wall: python -m analysis report, a process of its own"
         + ("" if made.finished else f" (stopped after {made.seconds:.0f} s)")),
        (f"report_{label}_peak_mb", round(made.peak_mb),
         "MB, the report's peak memory" + ("" if made.finished else " until it was stopped")),
        (f"report_{label}_page_mb",
         round(pages[0].stat().st_size / 1e6, 2) if made.finished and pages else "—",
         "MB, report.html"),
        (f"analysis_{label}_s", round(alone.seconds, 2) if alone.finished else alone.problem,
         "seconds, wall: analyze and every table, a process of its own"),
        (f"analysis_{label}_peak_mb", round(alone.peak_mb), "MB, the analysis's peak memory"),
    ]
    if made.finished and alone.finished:
        ratio, unit = round(made.seconds / alone.seconds, 2), "report time / analysis time"
    elif alone.finished:
        ratio = f"> {made.seconds / alone.seconds:.0f}"
        unit = "report time / analysis time: a lower bound, the report did not finish"
    else:
        ratio, unit = "—", f"the analysis alone {alone.problem}"
    rows.append((f"ratio_report_to_analysis_{label}", ratio, unit))
    return rows


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="small files: a smoke test")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds each command may run (default: 300)")
    parser.add_argument("--memory-cap", type=float, default=6, metavar="GB",
                        help="the address space each command may use (default: 6)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    texts = sentences(args.tiny)
    size = TINY_PARAGRAPH_BYTES if args.tiny else PARAGRAPH_BYTES
    n = TINY_SHORT_PARAGRAPHS if args.tiny else SHORT_PARAGRAPHS
    inputs = [("long_paragraph", one_paragraph(texts, size), 1, "one paragraph"),
              ("short_paragraphs", short_paragraphs(texts, n), n,
               f"{n:,} short paragraphs (a sentence's first words, at most {SHORT_CHARS} "
               "characters)")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, text, paragraphs, what in inputs:
            folder = Path(tmp) / label
            folder.mkdir()
            path = folder / f"{label}.txt"
            path.write_text(text, encoding="utf-8")
            rows.append((f"report_{label}_paragraphs", paragraphs, "body paragraphs written"))
            rows += measure(label, path, what, folder, timeout=args.timeout,
                            memory_cap_gb=args.memory_cap)
    report(rows, args.out / ("report-tiny.csv" if args.tiny else "report.csv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
