"""Publish the figures of the last ``make bench``: ``docs/benchmarks.md`` and the README's.

Reads what the benchmarks wrote to ``benchmarks/results/*.csv`` and writes
``docs/benchmarks.md`` — every figure, and the block of key figures the README shows — then puts
that same block into ``README.md`` between its two ``benchmarks`` markers. Nobody retypes a
figure: ``tests/test_benchmarks.py`` fails when the README's block is not the published one.
"""

from __future__ import annotations

import csv
import datetime
import os
import platform
import re
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS  # noqa: E402

PAGE = ROOT / "docs" / "benchmarks.md"
README = ROOT / "README.md"
BEGIN, END = "<!-- benchmarks: begin (written by make bench) -->", "<!-- benchmarks: end -->"
FILES = ("corpus", "sentences", "sentiment", "scaling", "report", "hostile")


def read(name: str) -> dict[str, tuple[str, str]]:
    """``measure → (value, unit)`` of ``results/<name>.csv``, or nothing."""
    path = RESULTS / f"{name}.csv"
    if not path.is_file():
        return {}
    with open(path, newline="", encoding="utf-8") as handle:
        return {r["measure"]: (r["value"], r["unit"]) for r in csv.DictReader(handle)}


def number(text: str) -> str:
    """A figure as a reader reads it: ``12492`` → ``12,492``."""
    try:
        value = float(text)
    except ValueError:
        return text
    return f"{value:,.0f}" if value.is_integer() and abs(value) >= 1000 else text


def key_figures(r: dict[str, dict[str, tuple[str, str]]]) -> list[str]:
    """The README's lines, from what was measured (a line is left out when its run was)."""
    c, s, t, g = r["corpus"], r["sentences"], r["sentiment"], r["scaling"]
    p = r.get("report", {})

    def v(table: dict, key: str) -> str:
        return number(table[key][0])

    def seconds(table: dict, key: str) -> str:
        """A time in seconds, or what stopped the command ("did not finish in 300 s")."""
        value = v(table, key)
        return f"{value} s" if _is_number(value) else value

    lines = []
    if c:
        lines.append(
            f"- **The full analysis** (every layer and every table, through `analyze_corpus`, "
            f"each run starting cold): {v(c, 'full_analysis_sentences_per_s')} sentences/s on "
            f"{v(c, 'articles')} Wikinews articles ({v(c, 'sentences')} sentences), "
            f"{v(c, 'ratio_full_to_vader')} of `vaderSentiment` alone on the same sentences "
            f"(median of five paired runs). Of its {v(c, 'one_worker_s')} s: preparing the "
            f"documents (sentences, tokens, quotations) {v(c, 'stage_sentences_and_tokens_s')} s, "
            + (f"the entity model {v(c, 'stage_entities_s')} s "
               f"({v(c, 'ratio_entities_to_full')} of the whole), "
               if "stage_entities_s" in c else "")
            + f"attribution {v(c, 'stage_attribution_s')} s, hedges {v(c, 'stage_hedges_s')} s, "
            f"sentiment {v(c, 'stage_sentiment_s')} s, "
            + (f"framing {v(c, 'stage_framing_s')} s "
               f"({v(c, 'ratio_framing_to_full')} of the whole), "
               if "stage_framing_s" in c else "")
            + "tables and summaries the rest.")
        if "ratio_one_by_one_to_corpus" in c:
            lines.append(
                f"- **One article at a time:** `analyze()` over the same articles one by one, "
                f"every analysis kept, runs at {v(c, 'ratio_one_by_one_to_corpus')} of "
                f"`analyze_corpus`'s speed per sentence (target ≥ 0.9; "
                f"{v(c, 'ratio_one_by_one_to_vader')} of `vaderSentiment` alone against the "
                f"corpus path's {v(c, 'ratio_full_to_vader')}, in the same rounds); letting "
                f"each analysis go, {v(c, 'ratio_let_go_to_corpus')}; reading all six tables "
                f"of each, {v(c, 'ratio_every_table_to_corpus')} (an analysis makes a table "
                f"when it is first read).")
        if "tag_every_sentence_s" in c:
            lines.append(
                f"- **The grammar's cost:** the attribution layer tags "
                f"{v(c, 'sentences_tagged')} of the {v(c, 'sentences')} sentences (those that "
                f"can hold a cue); tagging every sentence would take "
                f"{v(c, 'tag_every_sentence_s')} s, {v(c, 'ratio_tag_every_sentence_to_full')} "
                f"of the whole analysis's time.")
        if "wikinews_2004_2018_s" in c:
            lines.append(
                f"- **Corpora:** the {v(c, 'wikinews_2004_2018_articles')} articles of the "
                f"7,327-record Wikinews archive ({v(c, 'wikinews_2004_2018_sentences')} "
                f"sentences) take {v(c, 'wikinews_2004_2018_s')} s on 2 cores, "
                f"{v(c, 'wikinews_2004_2018_one_core_s')} s on one "
                f"({v(c, 'wikinews_2004_2018_speedup')}×); the `corpus` command, writing every "
                f"table as CSV and Parquet, {v(c, 'wikinews_2004_2018_command_s')} s.")
    if g and "corpus_100000_articles" in g:
        lines.append(
            f"- **Memory is bounded by a batch:** 10,000 and 100,000 generated articles through "
            f"the command take {v(g, 'corpus_10000_articles')} s and "
            f"{v(g, 'corpus_100000_articles')} s ({g['corpus_100000_articles'][1].split('; ')[-1]}"
            f").")
    h = r.get("hostile", {})
    if "worst_ratio" in h:
        ratios = [k for k in h if k.startswith("ratio_")]
        size = float(h["size_chars"][0])
        lines.append(
            f"- **Linear time on crafted text:** on {len(ratios)} patterns — the crafted ones "
            f"of an adversarial probe (`according to sources, critics say …`, "
            f"`\"w1\" said \"w2\" said …`, one very long sentence, runs of `**`, `[`, `![` "
            f"and `<!--` in Markdown, runs of unclosed tags, comments, `<![` and quotes in "
            f"HTML …) and ordinary text — 4× the text took at most "
            f"{v(h, 'worst_ratio')}× the time (on {v(h, 'worst_pattern')}; linear is 4×, the "
            f"bound {v(h, 'max_ratio')}×), from {size / 1000:g} KB to {4 * size / 1000:g} KB; "
            f"a paragraph of `\"w1\" said …` takes {v(h, 'quote_said_s')} s at "
            f"{size / 1000:g} KB and {v(h, 'quote_said_4x_s')} s at {4 * size / 1000:g} KB.")
    if "report_long_paragraph_s" in p and "report_short_paragraphs_s" in p:
        def row(label: str) -> str:
            took, peak = v(p, f"report_{label}_s"), v(p, f"report_{label}_peak_mb")
            made = (f"took {took} s and {peak} MB at its peak" if _is_number(took)
                    else f"{took} ({peak} MB at its peak)")  # "did not finish in 300 s"
            return (f"it {made}, the analysis alone {seconds(p, f'analysis_{label}_s')} "
                    f"(report / analysis: {v(p, f'ratio_report_to_analysis_{label}')})")

        size = float(p["report_long_paragraph_input_bytes"][0]) / 1e6
        short = float(p["report_short_paragraphs_input_bytes"][0]) / 1e3
        lines.append(
            f"- **Reports of large articles**, the `report` command in a process of its own: "
            f"on one {size:.3g} MB paragraph {row('long_paragraph')}; on "
            f"{v(p, 'report_short_paragraphs_paragraphs')} short paragraphs ({short:.3g} KB), "
            f"{row('short_paragraphs')}.")
    if t:
        differences = v(c, "sentiment_differences_from_vader") if c else "—"
        lines.append(
            f"- **Sentiment:** the scores are `vaderSentiment`'s to the last digit "
            f"({differences} sentences differ), computed {v(t, 'ratio_to_vader_alone')}× as "
            f"fast as the package itself.")
    if s:
        lines.append(
            f"- **Sentences and tokens:** Punkt with our parameters "
            f"{v(s, 'punkt_sentences_per_s')} sentences/s; the sentence table "
            f"{v(s, 'sentence_table_sentences_per_s')} sentences/s; word tokens "
            f"{v(s, 'word_tokens_speedup_over_nltk')}× as fast as `NLTKWordTokenizer`; one "
            f"paragraph of 1 MB and 4 MB at {v(s, 'sentence_table_1MB_paragraph_MB_per_s')} "
            f"and {v(s, 'sentence_table_4MB_paragraph_MB_per_s')} MB/s (linear).")
    return lines


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", ""))
    except ValueError:
        return False
    return True


def block(lines: list[str], when: str) -> str:
    wrapped = [textwrap.fill(line, width=95, subsequent_indent="  ", break_on_hyphens=False)
               for line in lines]
    return "\n".join([BEGIN, f"Figures of `make bench` on {when} (all of them: "
                      "[docs/benchmarks.md](docs/benchmarks.md)):", "", *wrapped, END])


def page(results: dict, readme_block: str, when: str) -> str:
    out = ["# Benchmarks", "",
           f"Written by `make bench` (`benchmarks/publish.py`) on {when}, on a machine with "
           f"{os.cpu_count()} cores, Python {platform.python_version()} "
           f"({platform.machine()}). Speed is measured here, never in tests; ratios against a "
           "reference run in the same process travel between machines, absolute times do not.",
           "", "## In the README", "", readme_block, ""]
    for name in FILES:
        rows = results[name]
        if not rows:
            continue
        out += [f"## `benchmarks/results/{name}.csv`", "", "| measure | value | unit |",
                "| --- | --- | --- |"]
        out += [f"| {m} | {number(value)} | {unit} |" for m, (value, unit) in rows.items()]
        out.append("")
    return "\n".join(out)


def readme_block(text: str) -> str | None:
    """The benchmark block of a README's text, if it has one."""
    m = re.search(re.escape(BEGIN) + r".*?" + re.escape(END), text, re.S)
    return m.group(0) if m else None


def main() -> int:
    results = {name: read(name) for name in FILES}
    if not any(results.values()):
        print(f"no results in {RESULTS}: run make bench first", file=sys.stderr)
        return 1
    # the run's date: when its last figures were written, not when they were published
    written = max((RESULTS / f"{name}.csv").stat().st_mtime for name in FILES
                  if (RESULTS / f"{name}.csv").is_file())
    when = datetime.datetime.fromtimestamp(written, datetime.timezone.utc).strftime(
        "%Y-%m-%d %H:%M UTC")
    new_block = block(key_figures(results), when)
    PAGE.write_text(page(results, new_block, when), encoding="utf-8")
    readme = README.read_text(encoding="utf-8")
    old = readme_block(readme)
    if old is None:
        print(f"README.md has no {BEGIN!r} … {END!r} block to fill", file=sys.stderr)
        return 1
    README.write_text(readme.replace(old, new_block), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(ROOT)} and the figures of README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
