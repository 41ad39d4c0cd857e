"""Throughput of the spine on real news: paragraphs -> sentences -> sentence table.

Reads the Wikinews CSVs from ../shared/corpora (falls back to the bundled articles with a
message). Reports sentences per second on one core for: Punkt with our parameters alone, the
whole sentence table, and, as the reference in the same process, NLTK's word tokenizer on the
same sentences. Benchmarks are not tests; numbers vary with the machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, best_of, report  # noqa: E402
from nltk.tokenize import NLTKWordTokenizer  # noqa: E402

import analysis  # noqa: E402
from analysis.spine.sentences import _splitter, split_spans  # noqa: E402
from analysis.spine.tokens import count_words  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora" / "wikinews"


def load_articles() -> list[analysis.Article]:
    sources = [CORPORA / "wikinews_2019.csv", CORPORA / "wikinews_2020.csv"]
    if all(p.exists() for p in sources):
        return [a for p in sources for a in analysis.read_corpus(p)]
    print(f"(no corpora at {CORPORA}: using the bundled articles, repeated)")
    return [analysis.read_article(p) for p in sorted((ROOT / "data" / "articles").glob("*.txt"))]


def cold(fn):
    """``fn``, with Punkt's memory of decisions emptied first."""
    def run():
        _splitter()._decided.cache_clear()
        return fn()
    return run


def main() -> None:
    articles = load_articles()
    paragraphs = [p.text for a in articles for p in a.paragraphs]
    fresh = [analysis.Article.from_text(a.text) for a in articles]
    n_sent = sum(len(analysis.sentence_table(a)) for a in fresh)
    sentences = [s.text for a in fresh for s in analysis.prepare(a).sentences]
    chars = sum(len(a.text) for a in articles)
    print(f"{len(articles)} articles, {len(paragraphs)} paragraphs, {n_sent} sentences, "
          f"{chars / 1e6:.1f} M characters")

    # Punkt remembers its decisions (analysis.spine.sentences._Punkt): every run starts cold, as a
    # first pass over a corpus does
    t_punkt = best_of(3, cold(lambda: [split_spans(p) for p in paragraphs]))
    t_table = best_of(3, cold(lambda: [analysis.sentence_table(analysis.Article.from_text(
        a.text)) for a in articles]))
    t_frame = best_of(3, cold(lambda: analysis.sentence_frame(
        [analysis.Article.from_text(a.text) for a in articles])))
    t_ours = best_of(3, lambda: [count_words(s) for s in sentences])
    nltk_tok = NLTKWordTokenizer()
    t_nltk = best_of(1, lambda: [nltk_tok.tokenize(s) for s in sentences])
    rows = [
        ("sentences", n_sent, "count"),
        ("punkt_sentences_per_s", round(n_sent / t_punkt), "sentences/s: Punkt, our parameters"),
        ("sentence_table_sentences_per_s", round(n_sent / t_table),
         "sentences/s: the sentence table, from text, one article at a time"),
        ("sentence_frame_sentences_per_s", round(n_sent / t_frame),
         "sentences/s: the sentence table of every article, one frame"),
        ("word_tokens_sentences_per_s", round(n_sent / t_ours), "sentences/s: our token regex"),
        ("word_tokens_nltk_sentences_per_s", round(n_sent / t_nltk),
         "sentences/s: NLTKWordTokenizer"),
        ("word_tokens_speedup_over_nltk", round(t_nltk / t_ours, 1), "times"),
    ]
    # Linear time on one huge paragraph: 1 MB and 4 MB should take ~4x as long.
    unit = "The committee met again on Tuesday, said Mr. Smith of the U.S. Senate. "
    for size in (1_000_000, 4_000_000):
        text = "Title\n\n" + unit * (size // len(unit))
        t = best_of(1, lambda text=text: analysis.sentence_table(analysis.Article.from_text(text)))
        rows.append((f"sentence_table_{size // 1_000_000}MB_paragraph_MB_per_s",
                     round(size / t / 1e6, 2), "MB/s"))
    report(rows, RESULTS / "sentences.csv")


if __name__ == "__main__":
    main()
