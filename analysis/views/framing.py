"""Readable view of the framing layer, for notebooks and reports."""

from __future__ import annotations

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.vocabulary.framing import GOLD_LOADED, LOADED

#: What a reader calls each voice.
VOICES = {"own": "the article's own voice", "quoted": "a quotation",
          "attributed": "what someone is reported to say"}


def framing_view(analysis: ArticleAnalysis) -> pd.DataFrame:
    """One row per framing mark: paragraph, the words, their category, their intensity and
    whose voice they stand in."""
    expect(analysis, ArticleAnalysis, function="framing_view", wanted=AN_ANALYSIS)
    para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
    rows = [{"paragraph": int(para_of[r.sentence_id]), "words": r.term,
             "category": r.category.replace("_", " "), "intensity": r.intensity,
             "voice": VOICES[r.voice]} for r in analysis.framing.itertuples()]
    return pd.DataFrame(rows, columns=["paragraph", "words", "category", "intensity", "voice"])


#: What a reader calls each outcome of a comparison with annotators' spans.
FOUND, MISSED, FALSE_ALARM = "found", "missed", "false alarm"


def framing_against(analysis: ArticleAnalysis, spans: list[tuple[str, int, int]], *,
                    categories: tuple[str, ...] = LOADED,
                    labels: tuple[str, ...] = GOLD_LOADED) -> pd.DataFrame:
    """The layer's loaded-language marks held against annotators' ``spans`` of the same text
    (``(label, start, end)``, as :func:`analysis.evaluate.framing.read_spans` reads them), one
    row per span in text order: ``paragraph, words, outcome`` (found, missed or false alarm),
    the annotators' ``label`` and the layer's ``category``.

    A gold span is *found* when a mark overlaps it, as ``evaluate framing`` scores it; a mark
    that overlaps no gold span is a *false alarm*. Only marks of ``categories`` and spans of
    ``labels`` are compared.
    """
    text = analysis.article.text
    sentences = analysis.sentences
    starts, paragraphs = sentences.start_char.to_numpy(), sentences.paragraph_id.to_numpy()

    def paragraph(at: int) -> int:
        return int(paragraphs[max(0, int(starts.searchsorted(at, side="right")) - 1)])

    marks = analysis.framing[analysis.framing.category.isin(categories)]
    found = list(zip(marks.start_char, marks.end_char, marks.category, strict=True))
    gold = sorted((s, e, label) for label, s, e in spans if label in labels)
    rows = []
    for s, e, label in gold:
        hit = [c for ms, me, c in found if ms < e and s < me]
        rows.append((s, paragraph(s), text[s:e], FOUND if hit else MISSED, label,
                     hit[0].replace("_", " ") if hit else ""))
    for ms, me, c in found:
        if not any(ms < e and s < me for s, e, _ in gold):
            rows.append((ms, paragraph(ms), text[ms:me], FALSE_ALARM, "", c.replace("_", " ")))
    rows.sort(key=lambda r: r[0])
    return pd.DataFrame([r[1:] for r in rows],
                        columns=["paragraph", "words", "outcome", "label", "category"])
