"""The corpus benchmark (``make bench``): speed of the full analysis, stage by stage.

Prints and writes to ``benchmarks/results/corpus.csv``:
- sentences/s of the full analysis on one core, next to vaderSentiment alone on the same
  sentences in the same process (the ratio is what travels between machines: the median of
  five runs of each, paired, every run of the analysis starting cold — Punkt's remembered
  decisions forgotten, as for a new corpus), and how many sentences our VADER scores
  differently from the package (it must be 0);
- the same articles through ``analyze()`` one by one, in the same rounds: its ratio to
  ``analyze_corpus`` per sentence, beside each one's ratio to vaderSentiment alone — every
  analysis kept, each analysis let go, and every table of every analysis read (tables are
  made when first read);
- the time of each stage (sentences, attribution, hedges, sentiment, framing, summaries);
- the grammar's cost: how many sentences the attribution layer has tagged (it tags only the
  sentences that can hold a cue), and the full analysis against tagging every sentence with
  the same tagger (Pattern's, :mod:`analysis.spine.tagging`) — the reference the attribution
  issue asks for;
- the speed-up of 2 workers over 1, and the peak memory of this process and its workers;
- the time of the whole 7,327-record Wikinews JSON-lines set with all cores and with one (the
  speed-up on an archive: medians of three paired runs), and through the ``corpus`` command
  (which writes every table).

Reads ``../shared/corpora/wikinews/``; without it, a generated corpus (the bundled articles,
repeated) with a message. ``--tiny`` runs a few articles only (what the test suite checks).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, median_of, peak_mb, report, timed  # noqa: E402
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

import analysis  # noqa: E402
from analysis.cli import main as main_cli  # noqa: E402
from analysis.corpus.batch import no_cycle_collection  # noqa: E402
from analysis.corpus.engines import default_workers  # noqa: E402
from analysis.layers.attribution import attribution_columns  # noqa: E402
from analysis.layers.framing import framing_columns  # noqa: E402
from analysis.layers.hedges import hedge_columns  # noqa: E402
from analysis.layers.sentiment.scores import analyzer, sentiment_columns  # noqa: E402
from analysis.pipeline.analyze import TABLES  # noqa: E402
from analysis.spine.language import LanguageWarning  # noqa: E402
from analysis.spine.sentences import _splitter  # noqa: E402
from analysis.spine.tagging import tag  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora" / "wikinews"



def generated(n: int) -> list[analysis.Article]:
    paths = sorted((ROOT / "data" / "articles").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    return [analysis.Article.from_text(f"{texts[k % len(texts)]}\n\nCopy {k}.") for k in range(n)]


def load(tiny: bool) -> tuple[list[analysis.Article], Path | None]:
    csvs = [CORPORA / "wikinews_2019.csv", CORPORA / "wikinews_2020.csv"]
    if all(p.exists() for p in csvs):
        articles = [a for p in csvs for a in analysis.read_corpus(p)]
        big = CORPORA / "wikinews_2004_2018.jsonl.gz"
        return (articles[:6] if tiny else articles), (None if tiny else big)
    print(f"(no corpora at {CORPORA}: using a generated corpus of the bundled articles)")
    return generated(6 if tiny else 300), None


def fresh(articles):
    return [analysis.Article.from_text(a.text, article_id=a.article_id) for a in articles]


def cold(articles):
    """Fresh articles, and Punkt's remembered decisions forgotten: a timed run starts as a
    new corpus would (the same articles again would find every decision remembered)."""
    _splitter()._decided.cache_clear()
    return fresh(articles)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tiny", action="store_true", help="a few articles: a smoke test")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    articles, big = load(args.tiny)

    # one core, stage by stage, on fresh articles (nothing cached), as a batch runs them:
    # the layers' columns, with the cycle collector off
    docs: list[analysis.Document] = []
    with no_cycle_collection():
        t_spine = timed(lambda: docs.extend(analysis.prepare(a) for a in fresh(articles)))
        # the entity model, built once per document when the attribution layer first reads
        # it (with the part-of-speech tags it reads): timed apart, then cached for the stage
        warm = analysis.prepare(articles[0]).entities  # the word lists and tagger, loaded once
        del warm
        t_entities = timed(lambda: [d.entities for d in docs])
        t_attr = median_of(3, lambda: [attribution_columns(d) for d in docs])
        attributions = [attribution_columns(d) for d in docs]
        t_hedge = median_of(3, lambda: [hedge_columns(d, f)
                                        for d, f in zip(docs, attributions, strict=True)])
        t_sent = median_of(3, lambda: [sentiment_columns(d) for d in docs])
        t_frame = median_of(3, lambda: [framing_columns(d, f)
                                        for d, f in zip(docs, attributions, strict=True)])
    n = sum(len(d.sentences) for d in docs)
    n_tagged = sum(t._tags is not None for d in docs for t in d.tokens)  # the lazy tags read
    every_sentence = [t.texts for d in docs for t in d.tokens]
    t_tag_all = median_of(3, lambda: [tag(texts) for texts in every_sentence])
    # what the sentiment layer scores: each sentence's normalized copy
    sentences = [d.normalized[s.start_char : s.end_char] for d in docs for s in d.sentences]
    vader = SentimentIntensityAnalyzer()  # the package itself: the reference
    reference = [vader.polarity_scores(s) for s in sentences]
    ours = analyzer()
    differences = sum(ours.polarity_scores(s) != r for s, r in zip(sentences, reference,
                                                                      strict=True))
    # the documents of the stages are not kept into the timed runs below: the loops that keep
    # their analyses would pay for the collector walking this benchmark's leftovers too
    for leftover in (docs, attributions, every_sentence, reference):
        leftover.clear()
    gc.collect()
    # the whole analysis through analyze_corpus: one core in this process, then 2 workers;
    # the articles are made outside the timing, and every run starts cold (see cold()).
    # VADER alone runs right before each one-core run: the ratio is the median of the pairs'
    # ratios, so a slow spell of the machine weighs on both sides of it.
    def whole(workers: int):
        return lambda batch: analysis.analyze_corpus(batch, workers=workers, progress=False)

    def pair(run) -> tuple[float, float]:
        t_alone = timed(lambda: [vader.polarity_scores(s) for s in sentences])
        batch = cold(articles)
        return t_alone, timed(lambda: run(batch))

    # analyze() article by article, timed in the same rounds, each after its own VADER run:
    # every analysis kept (documents and all, as a notebook keeps them: the cycle collector,
    # which the corpus path switches off, walks what is kept), each analysis let go (as the
    # corpus path lets go of each document), and every analysis kept with its six tables read
    # (analyze makes a table when it is first read). The order turns each round (the corpus
    # first in one, last in the next); each loop's ratio to the corpus is the median of the
    # rounds' ratios.
    def quiet(run):
        def loop(batch):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", LanguageWarning)
                return run(batch)
        return loop

    def let_go(batch):
        for article in batch:
            analysis.analyze(article)

    def every_table(batch):
        analyses = [analysis.analyze(a) for a in batch]
        for result in analyses:
            for name in TABLES:
                getattr(result, name)
        return analyses

    runs = {"corpus": whole(1),
            "one_by_one": quiet(lambda batch: [analysis.analyze(a) for a in batch]),
            "let_go": quiet(let_go), "every_table": quiet(every_table)}
    rounds = []
    for k in range(5):
        order = list(runs) if k % 2 == 0 else list(reversed(runs))
        rounds.append({name: pair(runs[name]) for name in order})
    pairs = [r["corpus"] for r in rounds]
    t_vader = statistics.median(v for v, _ in pairs)
    t_full = statistics.median(f for _, f in pairs)
    ratio = statistics.median(v / f for v, f in pairs)

    def ratios(name: str) -> tuple[float, float]:
        """A loop's ratio to VADER alone, and to the corpus path (each round's ratio to VADER
        over the corpus's in the same round)."""
        to_vader = [v / t for v, t in (r[name] for r in rounds)]
        return statistics.median(to_vader), statistics.median(
            mine / (v / f) for mine, (v, f) in zip(to_vader, pairs, strict=True))

    one_to_vader, one_to_corpus = ratios("one_by_one")
    let_go_to_vader, let_go_to_corpus = ratios("let_go")
    every_to_vader, every_to_corpus = ratios("every_table")
    t_one = statistics.median(t for _, t in (r["one_by_one"] for r in rounds))
    t_two = median_of(3, whole(2), prepare=lambda: cold(articles))
    t_big_one = t_big = t_command = big_n = big_sentences = big_speedup = None
    if big is not None:
        def archive(workers: int) -> float:
            nonlocal big_n, big_sentences
            _splitter()._decided.cache_clear()  # cold, as a new corpus
            start = time.perf_counter()
            result = analysis.analyze_corpus(analysis.read_corpus(big, on_error=lambda e: None),
                                             workers=workers, progress=False)
            big_n, big_sentences = len(result.summary), len(result.sentences)
            return time.perf_counter() - start

        # all cores, then one, three times: the speed-up is the median of the pairs' ratios
        big_pairs = [(archive(default_workers()), archive(1)) for _ in range(3)]
        t_big = statistics.median(a for a, _ in big_pairs)
        t_big_one = statistics.median(b for _, b in big_pairs)
        big_speedup = statistics.median(b / a for a, b in big_pairs)
        with tempfile.TemporaryDirectory() as out, contextlib.redirect_stdout(io.StringIO()), \
                contextlib.redirect_stderr(io.StringIO()):
            _splitter()._decided.cache_clear()
            start = time.perf_counter()
            main_cli(["corpus", str(big), "--out", out, "--quiet"])
            t_command = time.perf_counter() - start
    own, children = peak_mb()

    rows = [
        ("articles", len(articles), "count"),
        ("sentences", n, "count"),
        ("vader_alone_sentences_per_s", round(n / t_vader), "sentences/s, one core"),
        ("full_analysis_sentences_per_s", round(n / t_full), "sentences/s, one core"),
        ("ratio_full_to_vader", round(ratio, 3),
         "target >= 0.5 (median of 5 paired runs, cold: nothing remembered)"),
        ("one_by_one_sentences_per_s", round(n / t_one),
         "sentences/s, one core: analyze() article by article, every analysis kept"),
        ("ratio_one_by_one_to_vader", round(one_to_vader, 3),
         "the same sentences, against vaderSentiment alone (median of 5 paired runs, cold)"),
        ("ratio_one_by_one_to_corpus", round(one_to_corpus, 3),
         "analyze() one by one per sentence, as a share of analyze_corpus(workers=1)'s speed, "
         "target >= 0.9 (median of 5 rounds)"),
        ("ratio_let_go_to_vader", round(let_go_to_vader, 3),
         "the same loop letting each analysis go, against vaderSentiment alone"),
        ("ratio_let_go_to_corpus", round(let_go_to_corpus, 3),
         "the same loop letting each analysis go (as the corpus path lets go of each "
         "document), as a share of analyze_corpus(workers=1)'s speed"),
        ("ratio_every_table_to_vader", round(every_to_vader, 3),
         "keeping every analysis and reading its six tables (a table is made when first "
         "read), against vaderSentiment alone"),
        ("ratio_every_table_to_corpus", round(every_to_corpus, 3),
         "keeping every analysis and reading its six tables, as a share of "
         "analyze_corpus(workers=1)'s speed"),
        ("sentiment_differences_from_vader", differences,
         "sentences whose scores differ from vaderSentiment's (must be 0)"),
        ("stage_sentences_and_tokens_s", round(t_spine, 3),
         "seconds (prepare: Punkt, tokens, quotations)"),
        ("stage_entities_s", round(t_entities, 3),
         "seconds (the entity model, with the part-of-speech tags it reads)"),
        ("ratio_entities_to_full", round(t_entities / t_full, 3),
         "the entity model as a share of the full analysis"),
        ("stage_attribution_s", round(t_attr, 3), "seconds (the entity model built)"),
        ("sentences_tagged", n_tagged, f"of {n}: the sentences the attribution layer tags "
                                       "(those that can hold a cue)"),
        ("tag_every_sentence_s", round(t_tag_all, 3), "seconds: Pattern's tagger on every "
                                                      "sentence, the reference"),
        ("ratio_tag_every_sentence_to_full", round(t_tag_all / t_full, 3),
         "tagging every sentence alone, as a share of the full analysis (every layer)"),
        ("stage_hedges_s", round(t_hedge, 3), "seconds"),
        ("stage_sentiment_s", round(t_sent, 3), "seconds"),
        ("stage_framing_s", round(t_frame, 3), "seconds"),
        ("ratio_framing_to_full", round(t_frame / t_full, 3),
         "the framing layer as a share of the full analysis, target <= 0.2"),
        ("stage_summaries_and_frames_s", round(max(0.0, t_full - t_spine - t_entities - t_attr
                                                   - t_hedge - t_sent - t_frame), 3),
         "seconds (the rest)"),
        ("one_worker_s", round(t_full, 3), "seconds"),
        ("two_workers_s", round(t_two, 3), "seconds"),
        ("speedup_two_workers", round(t_full / t_two, 2), "target >= 1.8 (these articles)"),
        ("peak_memory_main_mb", round(own), "MB"),
        ("peak_memory_worker_mb", round(children), "MB (largest worker)"),
    ]
    if t_big is not None:
        rows += [("wikinews_2004_2018_articles", big_n, "analysed (empty records reported)"),
                 ("wikinews_2004_2018_sentences", big_sentences, "count"),
                 ("wikinews_2004_2018_one_core_s", round(t_big_one, 1), "seconds, one core"),
                 ("wikinews_2004_2018_speedup", round(big_speedup, 2),
                  f"{default_workers()} cores over one, target >= 1.8 (the archive; median "
                  "of 3 paired runs)"),
                 ("wikinews_2004_2018_command_s", round(t_command, 1),
                  f"seconds, {default_workers()} cores: the corpus command, writing CSV, "
                  "Parquet and corpus.html"),
                 ("wikinews_2004_2018_s", round(t_big, 1), f"seconds, {default_workers()} cores, "
                                                           "target <= 15")]
        rows[-2] = (*rows[-2][:2], rows[-2][2] + ", target <= 45")
    report(rows, args.out / ("corpus-tiny.csv" if args.tiny else "corpus.csv"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
