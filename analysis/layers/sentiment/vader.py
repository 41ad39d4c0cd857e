"""The reference VADER, doing only the work that can change its result.

``vaderSentiment.SentimentIntensityAnalyzer.polarity_scores`` spends most of its time on work
that cannot move the score: it copies the text character by character to replace emojis (most
sentences have none); it runs its rule chain for every word, although a word that is not in
the lexicon always gets valence 0; and inside the chain it lower-cases the whole sentence again
for every check of every lexicon word. :class:`Vader` is the same analyzer — the package's own
lexicon, booster and negation lists, constants and ``score_valence`` — with that work removed:

- a text with no emoji character is not copied (the copy would equal the text);
- a sentence with no lexicon word gets the package's scores for all-zero valences at once;
- the words are lower-cased once per sentence;
- the rule chain (``sentiment_valence`` with its negation, booster, capitals, idiom and
  *least* checks) runs only for lexicon words that are not boosters and not *kind* of *kind
  of*: exactly the words for which the package's chain can return anything but 0. It is a
  line-for-line port of the package's chain, in the same order of floating-point operations;
- the contrastive *but* rule, called when the sentence has *but*, scales the same valences
  by the same factors as the package's method, without its search of the whole list for
  each word (quadratic in the sentence's length: a sentence of 10,000 words took seconds).

A text with an emoji, or anything that is not a ``str``, goes through the package's own method
unchanged. The scores are the package's to the last digit: ``tests/test_vader.py`` compares the
two on real sentences and on generated ones built from every word the rules look for, and the
corpus benchmark counts the differences on every Wikinews sentence (0).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import operator
import string

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentimentIntensityAnalyzer,
    normalize,
    scalar_inc_dec,
)

from analysis.dependencies import require

require("vaderSentiment")  # the port below is verified against one release, digit for digit

_NEGATE = frozenset(NEGATE)
#: Every word of the idioms and of the boosters of more than one word.
_IDIOM_WORDS = frozenset(word for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key
                         for word in key.split())
_PUNCTUATION = string.punctuation
_AT_MOST_TWO = (2).__ge__  # _AT_MOST_TWO(k): k <= 2


def _negated(word: str) -> bool:
    """The package's ``negated([word])``: a negation word, or a word with ``n't``."""
    word = word.lower()
    return word in _NEGATE or "n't" in word


class Vader(SentimentIntensityAnalyzer):
    """``vaderSentiment``'s analyzer with the same results, faster (see the module text)."""

    def __init__(self) -> None:
        super().__init__()
        # The package replaces a character when it is a key of its emoji table; keys longer
        # than one character can never equal one character.
        self._emoji_chars = frozenset(k for k in self.emojis if len(k) == 1)
        self._no_ascii_emoji = not any(c.isascii() for c in self._emoji_chars)
        # The words whose valence the package's rule chain computes: lexicon words, except
        # boosters (polarity_scores gives those 0 before the chain runs).
        self._scored = frozenset(w for w in self.lexicon if w not in BOOSTER_DICT)

    def polarity_scores(self, text: str) -> dict[str, float]:
        """The package's ``polarity_scores`` of ``text``, to the last digit."""
        if not isinstance(text, str) or (
                not (self._no_ascii_emoji and text.isascii())  # most texts: no emoji at all
                and not self._emoji_chars.isdisjoint(text)):
            return super().polarity_scores(text)
        text = text.strip()
        # SentiText's words: split on white space; strip punctuation unless that leaves two
        # characters or fewer (an emoticon such as ":)" is kept whole). C loops (map) over the
        # words; Python only for the short ones that lost punctuation ("a," stays "a,").
        tokens = text.split()
        words = list(map(str.strip, tokens, itertools.repeat(_PUNCTUATION)))
        n = len(words)
        for i in itertools.compress(range(n), map(operator.and_, map(_AT_MOST_TWO, map(len, words)),
                                                  map(operator.ne, words, tokens))):
            words[i] = tokens[i]
        lowers = list(map(str.lower, words))
        scored = self._scored
        if scored.isdisjoint(lowers):
            # every valence is 0: score_valence gives neu 1.0 and the rest 0.0 (all 0.0 for
            # no words), whatever the punctuation and the but rule
            return {"neg": 0.0, "neu": 1.0 if words else 0.0, "pos": 0.0, "compound": 0.0}
        upper = sum(map(str.isupper, words))
        is_cap_diff = 0 < n - upper < n  # allcap_differential
        last = n - 1
        sentiments = [0] * n
        for i in itertools.compress(range(n), map(scored.__contains__, lowers)):
            if not (lowers[i] == "kind" and i < last and lowers[i + 1] == "of"):
                sentiments[i] = self._valence(words, lowers, i, is_cap_diff)
        if "but" in lowers:
            sentiments = self._but_check(words, sentiments)
        return self.score_valence(sentiments, text)

    def score_valence(self, sentiments: list[float], text: str) -> dict[str, float]:
        """The package's ``score_valence``, line for line, with its punctuation emphasis
        (``_amplify_ep``, ``_amplify_qm``) inline: the same operations in the same order."""
        if sentiments:
            sum_s = float(sum(sentiments))
            ep_count = text.count("!")
            if ep_count > 4:
                ep_count = 4
            ep_amplifier = ep_count * 0.292
            qm_count = text.count("?")
            qm_amplifier = 0
            if qm_count > 1:
                qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
            punct_emph_amplifier = ep_amplifier + qm_amplifier
            if sum_s > 0:
                sum_s += punct_emph_amplifier
            elif sum_s < 0:
                sum_s -= punct_emph_amplifier
            compound = normalize(sum_s)
            pos_sum, neg_sum, neu_count = self._sift_sentiment_scores(sentiments)
            if pos_sum > math.fabs(neg_sum):
                pos_sum += punct_emph_amplifier
            elif pos_sum < math.fabs(neg_sum):
                neg_sum -= punct_emph_amplifier
            total = pos_sum + math.fabs(neg_sum) + neu_count
            pos = math.fabs(pos_sum / total)
            neg = math.fabs(neg_sum / total)
            neu = math.fabs(neu_count / total)
        else:
            compound = pos = neg = neu = 0.0
        return {"neg": round(neg, 3), "neu": round(neu, 3), "pos": round(pos, 3),
                "compound": round(compound, 4)}

    @staticmethod
    def _sift_sentiment_scores(sentiments):
        """The package's method, over the non-zero valences only (most are 0): same sums,
        added in the same order."""
        pos_sum = 0.0
        neg_sum = 0.0
        valenced = 0
        for score in filter(None, sentiments):
            valenced += 1
            if score > 0:
                pos_sum += (float(score) + 1)
            if score < 0:
                neg_sum += (float(score) - 1)
        return pos_sum, neg_sum, len(sentiments) - valenced

    @staticmethod
    def _but_check(words_and_emoticons, sentiments):
        """The package's ``_but_check``, to the last digit, in ``n log n`` rather than ``n²``.

        The package walks the valences and, for each, scales the *first* valence in the list
        that equals it (``list.index``, on the list as scaled so far) by 0.5 before the first
        *but* and 1.5 after it, popping and inserting in the list; on a sentence of thousands
        of words that is millions of steps. Here each value keeps a heap of the positions that
        hold it, so the first one is the top of its heap: the same positions are scaled by the
        same factors, in the same order."""
        lowers = [str(w).lower() for w in words_and_emoticons]
        if "but" not in lowers:
            return sentiments
        bi = lowers.index("but")
        holding: dict[float, list[int]] = {}  # each value: the positions holding it now
        for k, value in enumerate(sentiments):
            holding.setdefault(value, []).append(k)  # ascending: already a heap
        for p in range(len(sentiments)):
            value = sentiments[p]  # never scaled yet: scaling reaches back, never forward
            si = holding[value][0]
            if si == bi:
                continue
            scaled = value * 0.5 if si < bi else value * 1.5
            heapq.heappop(holding[value])
            heapq.heappush(holding.setdefault(scaled, []), si)
            sentiments[si] = scaled
        return sentiments

    def _valence(self, words: list[str], lowers: list[str], i: int, is_cap_diff: bool):
        """The package's ``sentiment_valence`` for lexicon word ``i``."""
        lexicon = self.lexicon
        low = lowers[i]
        valence = lexicon[low]
        if low == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lowers[i - 1] == "no") \
                or (i > 1 and lowers[i - 2] == "no") \
                or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ["or", "nor"]):
            valence = lexicon[low] * N_SCALAR
        if words[i].isupper() and is_cap_diff:
            if valence > 0:
                valence += C_INCR
            else:
                valence -= C_INCR
        for start_i in range(0, 3):
            if i > start_i and lowers[i - (start_i + 1)] not in lexicon:
                # the package's scalar_inc_dec, which gives 0.0 to a word that is no booster
                s = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff) \
                    if lowers[i - (start_i + 1)] in BOOSTER_DICT else 0.0
                if start_i == 1 and s != 0:
                    s = s * 0.95
                if start_i == 2 and s != 0:
                    s = s * 0.9
                valence = valence + s
                valence = _negation_check(valence, lowers, start_i, i)
                if start_i == 2:
                    valence = _special_idioms_check(valence, lowers, i)
        # _least_check
        if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                valence = valence * N_SCALAR
        elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
            valence = valence * N_SCALAR
        return valence


def _negation_check(valence, lowers: list[str], start_i: int, i: int):
    """The package's ``_negation_check`` on the lower-cased words."""
    if start_i == 0 and _negated(lowers[i - (start_i + 1)]):
        valence = valence * N_SCALAR
    if start_i == 1:
        if lowers[i - 2] == "never" and (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            valence = valence
        elif _negated(lowers[i - (start_i + 1)]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if (lowers[i - 3] == "never" and (lowers[i - 2] == "so" or lowers[i - 2] == "this")) or \
                (lowers[i - 1] == "so" or lowers[i - 1] == "this"):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            valence = valence
        elif _negated(lowers[i - (start_i + 1)]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence, lowers: list[str], i: int):
    """The package's ``_special_idioms_check`` on the lower-cased words (called with
    ``i >= 3``). Every sequence it looks up lies in ``lowers[i - 3 : i + 3]``; when none of
    those words is part of an idiom or a two-word booster, none can match."""
    if _IDIOM_WORDS.isdisjoint(lowers[i - 3 : i + 3]):
        return valence
    onezero = f"{lowers[i - 1]} {lowers[i]}"
    twoonezero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    twoone = f"{lowers[i - 2]} {lowers[i - 1]}"
    threetwoone = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    threetwo = f"{lowers[i - 3]} {lowers[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lowers) - 1 > i:
        zeroone = f"{lowers[i]} {lowers[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lowers) - 1 > i + 1:
        zeroonetwo = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


@functools.cache
def vader() -> Vader:
    """The one analyzer of this process (the lexicon is read once)."""
    return Vader()
