"""Why a sentence scores as it does: VADER's valence, word by word.

:func:`explain_sentiment` runs VADER's own steps — its tokenization, ``sentiment_valence`` for
each word (lexicon valence, negation, booster words, capitals, idioms) and the contrastive
``but`` rule — so each word's ``valence`` is exactly what VADER sums, and the frame's
``compound`` attribute equals ``polarity_scores(text)["compound"]``.

**Where it is an approximation:** the *reasons* columns (``negated``, ``booster``,
``but_factor``, ``capitals``) are found by re-reading the rule conditions around each word;
VADER does not record why it changed a valence. Idioms (*kiss of death*), *least* and the
*never so* amplification change ``valence`` without a reason column saying so, and VADER's own
quirk in the *but* rule (it finds a valence by value, so a repeated value can be scaled twice
or not at all) shows as a ``but_factor`` other than 0.5 or 1.5.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd
from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText, negated, normalize

from analysis.errors import A_TEXT, expect
from analysis.layers.sentiment.scores import analyzer
from analysis.spine.article import Article
from analysis.spine.document import Document, as_document
from analysis.spine.normalize import normalize as normalize_text

EXPLAIN_COLUMNS = ["position", "token", "lexicon_valence", "valence", "negated", "booster",
                   "but_factor", "capitals"]


def explain_sentiment(text: str, *, all_tokens: bool = False) -> pd.DataFrame:
    """The words of ``text`` that carry valence (every word with ``all_tokens``).

    Columns: ``position`` (VADER's token index), ``token``; ``lexicon_valence`` — the word's
    entry in VADER's lexicon (0 if absent); ``valence`` — what VADER adds up for it after its
    rules; ``negated`` — a negation (*not, never, no, n't* …) within three words before;
    ``booster`` — the booster or dampener word before it (*very, extremely, slightly*), if
    any; ``but_factor`` — how the *but* rule scaled it (0.5 before *but*, 1.5 after);
    ``capitals`` — emphasised in capitals. ``frame.attrs`` holds ``compound`` (equal to
    VADER's) and ``punctuation`` (the !/? amplifier VADER adds to the sum).
    """
    expect(text, str, function="explain_sentiment", wanted=A_TEXT)
    vader = analyzer()
    prepared = _emoji_to_text(normalize_text(text))
    sentitext = SentiText(prepared)
    words = sentitext.words_and_emoticons
    before_but: list[float] = []
    for i, item in enumerate(words):
        low = item.lower()
        if low in BOOSTER_DICT or (low == "kind" and i + 1 < len(words)
                                   and words[i + 1].lower() == "of"):
            before_but.append(0)
            continue
        before_but = vader.sentiment_valence(0, sentitext, item, i, before_but)
    final = vader._but_check(words, list(before_but))
    lows = [w.lower() for w in words]
    rows = []
    for i, item in enumerate(words):
        lexical = vader.lexicon.get(lows[i], 0.0)
        if not all_tokens and lexical == 0 and final[i] == 0:
            continue
        window = lows[max(0, i - 3) : i]
        rows.append({
            "position": i, "token": item, "lexicon_valence": lexical, "valence": final[i],
            "negated": lexical != 0 and (any(negated([w]) for w in window)
                                         or "no" in window[-3:]),
            "booster": next((w for w in reversed(window) if w in BOOSTER_DICT), ""),
            "but_factor": round(final[i] / before_but[i], 4) if before_but[i] else 1.0,
            "capitals": item.isupper() and sentitext.is_cap_diff and lexical != 0,
        })
    frame = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)
    total = float(sum(final))
    punctuation = vader._punctuation_emphasis(prepared) if total else 0.0
    total += punctuation if total > 0 else -punctuation
    frame.attrs["compound"] = round(normalize(total), 4) if total else 0.0
    frame.attrs["punctuation"] = punctuation
    return frame


def _emoji_to_text(text: str) -> str:
    """VADER's first step: emojis become their descriptions (as in ``polarity_scores``)."""
    emojis = analyzer().emojis
    out, prev_space = [], True
    for ch in text:
        if ch in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[ch])
            prev_space = False
        else:
            out.append(ch)
            prev_space = ch == " "
    return "".join(out).strip()


def word_contributions(article: Article | Document) -> pd.DataFrame:
    """Which words carry an article's sentiment: every valenced word of every sentence, summed
    by word (``word``, ``count``, ``lexicon_valence``, ``total_valence``), most negative
    total first."""
    totals: dict[str, list[float]] = {}
    for sentence in as_document(article, function="word_contributions").sentences:
        for row in explain_sentiment(sentence.text).itertuples():
            entry = totals.setdefault(row.token.lower(), [0, row.lexicon_valence, 0.0])
            entry[0] += 1
            entry[2] += row.valence
    frame = pd.DataFrame(
        [(w, c, lex, round(total, 4)) for w, (c, lex, total) in totals.items()],
        columns=["word", "count", "lexicon_valence", "total_valence"])
    return frame.sort_values(["total_valence", "word"], ignore_index=True)


def lexicon_valence(words: list[str]) -> pd.DataFrame:
    """Whether VADER's lexicon knows each word, and its valence there (``word``,
    ``in_lexicon``, ``valence``)."""
    expect(words, Iterable, function="lexicon_valence", wanted="a list of words (str)",
           refuse=(str, bytes))
    lexicon = analyzer().lexicon
    return pd.DataFrame([(w, w.lower() in lexicon, lexicon.get(w.lower(), 0.0)) for w in words],
                        columns=["word", "in_lexicon", "valence"])
