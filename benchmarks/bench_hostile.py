"""Linear time on crafted text (``make bench``): 4× the text costs at most 6× the time.

Each pattern is one paragraph repeated to ``n`` and to ``4n`` characters: the crafted ones an
adversarial probe used (issue 25: ``according to sources, critics say …``, ``"w1" said "w2"
said …``, runs of ``**``, ``[``, ``![`` and ``<!--`` in Markdown, one very long sentence, runs of
unclosed tags, comments, ``<![``, ``</``, ``<?`` and attribute quotes in HTML, long attribute
lists, deeply nested tags …) and ordinary ones (full stops, quotation marks, capitals,
parentheses, one long word, real news text). Each text goes through ``analyze`` — a Markdown
or HTML one is written to a ``.md`` or ``.html`` file and read with ``read_article`` first — in
this process, best of several runs (the garbage
collector off while a run is timed, as ``timeit`` does). The ratio of the two times is
printed and recorded; linear time is a ratio of 4, and a ratio above :data:`MAX_RATIO` makes
the benchmark exit with status 1, naming the pattern (quadratic time would be 16).

Writes ``benchmarks/results/hostile.csv``. ``--quick`` uses small sizes and one run, and
gives no verdict (what the test suite runs: it checks the benchmark works, not how fast).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, report  # noqa: E402

import analysis  # noqa: E402

#: The bound: 4× the text may cost at most this many times the time.
MAX_RATIO = 6.0
#: The smaller size (characters); the larger is four times it.
SIZE, QUICK_SIZE = 32_000, 1_000
#: A timed size runs at least this many times, and until this many seconds are spent on it.
MIN_RUNS, MIN_SECONDS, MAX_RUNS = 3, 0.3, 20
ARTICLES = ROOT / "data" / "articles"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: (unit * (size // len(unit) + 1))[:size]


def _numbered_quotes(size: int) -> str:
    """``"w0" said "w1" said …``: every quotation differs, as in the probe."""
    out, k, length = [], 0, 0
    while length < size:
        piece = f'"w{k}" said '
        out.append(piece)
        length += len(piece)
        k += 1
    return "".join(out)[:size]


def _nested(size: int) -> str:
    """``<div><span>a <div><span>a …`` to half the size, then as many end tags."""
    half = _repeat("<div><span>a ")(size // 2)
    return half + "</span></div>" * (half.count("<div>"))


def _news(one_sentence: bool) -> Callable[[int], str]:
    """The bundled articles' paragraphs, one after another (with ``one_sentence``, every
    full stop, colon and semicolon made a comma: one sentence as long as the text)."""
    def make(size: int) -> str:
        body = " ".join(" ".join(p.read_text(encoding="utf-8").split("\n\n")[1:])
                        for p in sorted(ARTICLES.glob("*.txt")))
        body = " ".join(body.split())
        if one_sentence:
            body = re.sub(r"[.!?;:]", ",", body)
        return _repeat(body + " ")(size)
    return make


#: name → (text, markdown or html, what it is, the text of a given size).
PATTERNS: dict[str, tuple[str, str, Callable[[int], str]]] = {
    # crafted: what the probe of issue 25 tried, and what profiling found after it
    "according": ("text", "according to sources, critics say …",
                  _repeat("according to sources, critics say ")),
    "quote_said": ("text", '"w1" said "w2" said …', _numbered_quotes),
    "long_sentence": ("text", "news text with its full stops made commas: one sentence",
                      _news(one_sentence=True)),
    "nested_quotes": ("text", '"a" Smith said "b said c" …',
                      _repeat('"a" Smith said "b said c" ')),
    "coordinated_cues": ("text", "Smith said and claimed …", _repeat("Smith said and claimed ")),
    "noun_cues": ("text", "reports of claims by critics of …",
                  _repeat("reports of claims by critics of ")),
    "vague_sources": ("text", "critics said experts claimed …",
                      _repeat("critics said experts claimed ")),
    "weasels": ("text", "some people say many experts …",
                _repeat("some people say many experts ")),
    "loaded_verbs": ("text", "Smith claimed the regime …", _repeat("Smith claimed the regime ")),
    "but": ("text", "good but bad and great … (VADER's but rule)",
            _repeat("good but bad and great ")),
    "md_bold": ("markdown", "**a **a … (Markdown)", _repeat("**a ")),
    "md_italics": ("markdown", "*a *a … and _a _a …", _repeat("*a _a ")),
    "md_brackets": ("markdown", "[[[[ … (Markdown)", _repeat("[")),
    "md_images": ("markdown", "![![![ … (Markdown)", _repeat("![")),
    "md_comments": ("markdown", "<!--<!-- … (Markdown)", _repeat("<!--")),
    "md_code": ("markdown", "``a ``a … (Markdown)", _repeat("``a ")),
    "md_heading": ("markdown", "# a, then blanks, then b (Markdown)",
                   lambda size: "# a" + " " * max(0, size - 4) + "b"),
    "html_tags": ("html", "<a <a <a … (HTML: unclosed start tags)", _repeat("<a ")),
    "html_lt": ("html", "<<<< … (HTML)", _repeat("<")),
    "html_comments": ("html", "<!--<!-- … (HTML: unclosed comments)", _repeat("<!--")),
    "html_sections": ("html", "<![CDATA[<![CDATA[ … (HTML)", _repeat("<![CDATA[")),
    "html_declarations": ("html", "<!<!<! … (HTML)", _repeat("<!")),
    "html_end_tags": ("html", "</</</ … (HTML)", _repeat("</")),
    "html_instructions": ("html", "<?<?<? … (HTML)", _repeat("<?")),
    "html_tag_name": ("html", "<a<a<a … (HTML: one tag name as long as the text)",
                      _repeat("<a")),
    "html_quotes": ("html", '<a title="<a title=" … (HTML: unclosed quotes)',
                    _repeat('<a title="')),
    "html_quoted_gt": ("html", "<a b='>' c=<a b='>' c= … (HTML)", _repeat("<a b='>' c=")),
    "html_attributes": ("html", "<p b b b … >x</p> (HTML: one tag, a long attribute list)",
                        lambda size: "<p " + _repeat("b ")(max(0, size - 9)) + ">x</p>"),
    "html_nested": ("html", "<div><span>a … then their end tags (HTML: nested)", _nested),
    "html_marks": ("html", "<address>a … then </p> … (HTML: furniture left open)",
                   lambda size: _repeat("<address>a ")(size // 2) + _repeat("</p>")(size // 2)),
    # ordinary
    "periods": ("text", "A. b. A. b. …", _repeat("A. b. ")),
    "quotes": ("text", '" " " …', _repeat('" ')),
    "capitals": ("text", "SMITH Jones Said BROWN …", _repeat("SMITH Jones Said BROWN ")),
    "parentheses": ("text", "(said (critics) …", _repeat("(said (critics) ")),
    "long_word": ("text", "one word of n letters", _repeat("x")),
    "news": ("text", "the bundled articles' paragraphs", _news(one_sentence=False)),
}


#: kind → the suffix of its file, and the title before the text.
FILES = {"markdown": (".md", "# Title\n\n"), "html": (".html", "<h1>Title</h1>\n")}


def time_analysis(kind: str, text: str, *, runs: int, seconds: float) -> float:
    """The best time of ``analyze`` on ``text`` as one paragraph under a title, or, for a
    Markdown or HTML ``kind``, of ``read_article`` of a ``.md`` or ``.html`` file holding it,
    then ``analyze``."""
    with tempfile.TemporaryDirectory() as tmp:
        if kind in FILES:
            suffix, heading = FILES[kind]
            path = Path(tmp) / f"article{suffix}"
            path.write_text(heading + text, encoding="utf-8")
            return best_time(lambda: analysis.analyze(analysis.read_article(path)), runs=runs,
                             seconds=seconds)
        article = analysis.Article.from_text("Title\n\n" + text)
        return best_time(lambda: analysis.analyze(article), runs=runs, seconds=seconds)


def best_time(fn: Callable[[], object], *, runs: int, seconds: float) -> float:
    """The fastest of at least ``runs`` calls of ``fn`` (more until ``seconds`` are spent, up
    to :data:`MAX_RUNS`), the garbage collector off while each is timed."""
    times: list[float] = []
    while len(times) < runs or (sum(times) < seconds and len(times) < MAX_RUNS):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def measure(size: int, *, runs: int, seconds: float, timer=time_analysis
            ) -> list[tuple[str, float, float]]:
    """``(pattern, seconds at size, seconds at 4 × size)`` for every pattern, timed by
    ``timer(kind, text, runs=, seconds=)``."""
    timer("text", PATTERNS["news"][2](size), runs=1, seconds=0)  # lexicons, tagger: loaded
    out = []
    for name, (kind, _, make) in PATTERNS.items():
        small = timer(kind, make(size), runs=runs, seconds=seconds)
        large = timer(kind, make(4 * size), runs=runs, seconds=seconds)
        out.append((name, small, large))
    return out


def rows_and_verdict(measured: list[tuple[str, float, float]], size: int
                     ) -> tuple[list[tuple[str, object, str]], list[str]]:
    """The rows of ``hostile.csv``, and the patterns whose ratio passes :data:`MAX_RATIO`."""
    rows, failed = [], []
    for name, small, large in measured:
        ratio = large / small if small > 0 else float("inf")
        rows.append((f"ratio_{name}", round(ratio, 2),
                     f"4x the text: {small:.4f} s at {size:,} chars, {large:.4f} s at "
                     f"{4 * size:,} ({PATTERNS[name][1]})"))
        if ratio > MAX_RATIO:
            failed.append(name)
    worst = max(measured, key=lambda m: m[2] / m[1] if m[1] > 0 else float("inf"))
    rows.append(("worst_ratio", round(worst[2] / worst[1], 2) if worst[1] > 0 else "inf",
                 f"the largest ratio of the {len(measured)} patterns (bound {MAX_RATIO:g})"))
    rows.append(("worst_pattern", worst[0], "the pattern of the largest ratio"))
    rows.append(("max_ratio", f"{MAX_RATIO:g}", "the bound: past it, the benchmark fails"))
    quoted = next(m for m in measured if m[0] == "quote_said")
    rows.append(("quote_said_s", round(quoted[1], 3),
                 f's: one paragraph of {size:,} chars of "w1" said "w2" said …'))
    rows.append(("quote_said_4x_s", round(quoted[2], 3),
                 f's: one paragraph of {4 * size:,} chars of "w1" said "w2" said …'))
    rows.append(("size_chars", size, "the smaller size; the larger is four times it"))
    return rows, failed


def main(argv=None, *, timer=time_analysis) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, no verdict")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # crafted text is not English: the warning says so
    size = QUICK_SIZE if args.quick else SIZE
    measured = measure(size, runs=1 if args.quick else MIN_RUNS,
                       seconds=0 if args.quick else MIN_SECONDS, timer=timer)
    rows, failed = rows_and_verdict(measured, size)
    report(rows, args.out / ("hostile-quick.csv" if args.quick else "hostile.csv"))
    if failed and not args.quick:
        print(f"error: 4x the text cost more than {MAX_RATIO:g}x the time on "
              f"{', '.join(failed)}: not linear", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
