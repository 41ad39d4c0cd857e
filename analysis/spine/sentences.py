"""Sentence segmentation: the spine every layer hangs from.

Sentences never cross paragraphs (DESIGN decision 4): each paragraph is split on its own by
NLTK's Punkt, run with the project's own :class:`~nltk.tokenize.punkt.PunktParameters`
(abbreviations and sentence starters from ``analysis/lexicons/``) — no ``nltk_data``, no
training, no download. Punkt reads the *normalized* copy of the paragraph (curly quotes made
straight, one character for one) so it keeps a closing quote with its sentence; the offsets it
returns index the original text unchanged.

Two shapes of news prose that Punkt breaks are kept whole (:func:`goes_on`): an initialism
before a lower-case word (*the F.D.A. committee*, *Bloomberg L.P. said*: an abbreviated name
before its noun or verb, whether or not the abbreviation is in the lexicon), and a quoted
question or exclamation followed by a lower-case word (*'Where are they?' asked a neighbour*,
*"Stop!" shouted the officer*). Everywhere else the splits are Punkt's, to the character.
"""

from __future__ import annotations

import functools
import re
import string
from typing import NamedTuple

from nltk.tokenize.punkt import (
    _ORTHO_BEG_UC,
    _ORTHO_MID_LC,
    PunktParameters,
    PunktSentenceTokenizer,
)

import analysis.lexicons as lexicons
from analysis.dependencies import require
from analysis.errors import A_TEXT, expect
from analysis.spine.article import Article
from analysis.spine.normalize import normalize
from analysis.spine.tokens import Tokens

require("nltk")  # the splitter below runs Punkt's internals, verified on one release


class Sentence(NamedTuple):
    """One sentence: ``article.text[start_char:end_char] == text``."""

    sentence_id: int
    paragraph_id: int
    sent_in_para: int
    is_title: bool
    start_char: int
    end_char: int
    text: str
    n_tokens: int


_new_sentence = tuple.__new__


def punkt_parameters() -> PunktParameters:
    """Punkt's parameters built from the lexicons: abbreviations and sentence starters."""
    params = PunktParameters()
    # Punkt stores an abbreviation lower-cased, without its final period: "u.s", "lt".
    params.abbrev_types = {a.lower().rstrip(".") for a in lexicons.terms("abbreviations")}
    params.sent_starters = {w.lower() for w in lexicons.terms("sentence_starters")}
    # Punkt's orthographic heuristic needs to know that these words are seen in lower case
    # inside sentences; then "Plan B. Then ..." ends at "B." while "J. Smith" does not.
    for word in params.sent_starters:
        params.add_ortho_context(word, _ORTHO_MID_LC | _ORTHO_BEG_UC)
    return params


#: A candidate break whose decision is known without Punkt's machinery: a word of two or
#: more ASCII letters, a period, and white space and a next token (``said. The``) or closing
#: punctuation (``said."``). White space is ASCII only: Python's ``\s`` takes a few characters
#: for white space that Punkt's ``regex`` patterns do not (U+001C to U+001F).
_PLAIN_BREAK = re.compile(r"([A-Za-z]{2,})\.(?:[ \t\n\r\f\v]+\S+|[\"'\u2019\u201d)\]]+)")
#: ... or a question or exclamation mark that Punkt's word tokenizer cuts off as a token of
#: its own (ASCII white space or one of its closing characters follows) with a token after
#: it.
_QUESTION_BREAK = re.compile(
    r"[?!](?:[ \t\n\r\f\v]+\S|[)\";}\]*:@'({\[\u2018\u2019\u201c\u201d\xab\xbb!?])")


#: An initialism at the end of the token before a period: two or more capital letters, each with
#: its period (``F.B.I.``, ``L.P.``), not the tail of a longer word.
_INITIALISM = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.){2,}$")
#: After a question or exclamation mark: more marks, closing quotes, white space and a word.
_QUOTE_GOES_ON = re.compile(r"[?!]*[\"'\u2019\u201d\xbb]+[ \t\n\r\f\v]+(\w)")
_QUOTES = frozenset("\"'\u2019\u201d\xbb?!")


def goes_on(text: str, match: re.Match, word: str) -> bool:
    """Whether the sentence goes on past a break Punkt found: ``match`` is Punkt's match of the
    end mark in ``text`` (with its ``after_tok`` and ``next_tok`` groups), ``word`` the token
    before the mark.

    - an initialism before a lower-case word: *the F.D.A. committee*, *Total S.A. of*;
    - a question or exclamation mark closing a quotation before a lower-case word: *'Is it
      true?' and I said*, *"Stop!" shouted the officer*.

    A sentence that starts in lower case after either is rare in news; a name or a new
    sentence after them starts with a capital and is still a break.
    """
    mark = match.group()
    if mark == ".":
        following = match.group("next_tok")
        return bool(following) and following[0].islower() and \
            _INITIALISM.search(word + ".") is not None
    after = match.group("after_tok")
    if mark in "?!" and after and after[0] in _QUOTES:
        goes = _QUOTE_GOES_ON.match(text, match.end())
        return goes is not None and goes.group(1).islower()
    return False


class _Punkt(PunktSentenceTokenizer):
    """Punkt, deciding its commonest case at once and remembering the others.

    Whether a candidate break (the context ``"said. The"``) is a sentence break depends on
    that context string and the fixed parameters only. For a plain word before the period
    that is not an abbreviation, Punkt's first pass marks a break and its second pass cannot
    undo it (we have no collocations, and the undoing rules are for abbreviations, initials
    and numbers), so the answer is yes: two thirds of the contexts in news are decided so
    (``tests/test_sentences.py`` checks the shortcut against Punkt). Every other context is
    decided by Punkt, once: contexts come back again and again in a corpus."""

    def text_contains_sentbreak(self, text: str) -> bool:
        plain = _PLAIN_BREAK.fullmatch(text)
        if plain is not None and plain.group(1).lower() not in self._params.abbrev_types:
            return True
        if _QUESTION_BREAK.search(text):
            return True
        return self._decided(text)

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one instance, kept for the process
    def _decided(self, text: str) -> bool:
        return super().text_contains_sentbreak(text)

    def spans(self, text: str, *, punkt_only: bool = False) -> list[tuple[int, int]]:
        """``list(self.span_tokenize(text))``, computed without Punkt's generators, and with
        the breaks where the sentence :func:`goes_on` taken out (unless ``punkt_only``).

        A port of Punkt's ``_match_potential_end_contexts``, ``_slices_from_text`` and
        ``_realign_boundaries``, step for step, on the same compiled patterns (called
        directly, not through NLTK's time-limit wrapper: both patterns run in linear time).
        ``tests/spine/test_sentences.py`` compares it, ``punkt_only``, with ``span_tokenize``,
        and checks that every break it takes out is one :func:`goes_on` names."""
        lang = self._lang_vars
        period = getattr(lang.period_context_re(), "_rx", lang.period_context_re())
        realignment = getattr(lang.re_boundary_realignment, "_rx", lang.re_boundary_realignment)
        # the candidate breaks, each with its context: the word before, the end character and
        # what follows (skipping a candidate whose word overlaps the next candidate's)
        candidates = []
        previous = None
        prev_start = prev_stop = 0
        for match in period.finditer(text):
            start = match.start()
            space = _last_whitespace(text[prev_stop:start])
            word_start = space + prev_stop + 1 if space else prev_start
            if previous is not None and prev_stop <= word_start:
                candidates.append((previous, text[prev_start:prev_stop]))
            previous, prev_start, prev_stop = match, word_start, start
        if previous is not None:
            candidates.append((previous, text[prev_start:prev_stop]))
        # the sentences between the breaks
        slices = []
        last_break = 0
        for match, word in candidates:
            context = word + match.group() + match.group("after_tok")
            if self.text_contains_sentbreak(context) and (
                    punkt_only or not goes_on(text, match, word)):
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last_break, len(text.rstrip())))
        # closing quotes and brackets after a break go with the sentence before it
        out = []
        realign = 0
        last = len(slices) - 1
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k == last:
                if start < stop:
                    out.append((start, stop))
                break
            next_start, next_stop = slices[k + 1]
            m = realignment.match(text[next_start:next_stop])
            if m:
                out.append((start, next_start + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if start < stop:
                    out.append((start, stop))
        return out


def _last_whitespace(text: str) -> int:
    """Punkt's ``_get_last_whitespace_index``: the index of the last ASCII white space
    character of ``text``, 0 if there is none."""
    return max(0, *map(text.rfind, string.whitespace))


@functools.cache
def _splitter() -> PunktSentenceTokenizer:
    return _Punkt(punkt_parameters())


def split_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of one paragraph of ``text`` (offsets into ``text``)."""
    return _spans(normalize(text))


def split_sentences(text: str) -> list[str]:
    """The sentences of one paragraph of ``text``, as strings.

    >>> split_sentences("Mr. Smith arrived at 5 p.m. on Jan. 3. Then he left.")
    ['Mr. Smith arrived at 5 p.m. on Jan. 3.', 'Then he left.']
    """
    expect(text, str, function="split_sentences", wanted=A_TEXT)
    return [text[s:e] for s, e in split_spans(text)]


def _spans(normalized: str) -> list[tuple[int, int]]:
    """Punkt's spans, trimmed of white space as Python defines it (``str.isspace``): Punkt's
    regexes miss a few such characters (U+001C to U+001F, U+0085), and a sentence must neither
    begin nor end with white space."""
    out = []
    for s, e in _splitter().spans(normalized):
        while s < e and normalized[s].isspace():
            s += 1
        while e > s and normalized[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def segment(article: Article, normalized: str) -> tuple[tuple[Sentence, ...], tuple[Tokens, ...]]:
    """Split every paragraph of ``article`` into sentences with absolute offsets; return them
    with their tokens (:class:`~analysis.spine.tokens.Tokens` of each sentence's copy in
    ``normalized``, the article's normalized text), which give ``n_tokens``: the sentence's word
    tokens."""
    text = article.text
    out: list[Sentence] = []
    toks: list[Tokens] = []
    for para in article.paragraphs:
        base = para.start_char
        for k, (s, e) in enumerate(_spans(normalized[base : para.end_char])):
            start, end = base + s, base + e
            # a two-character quotation mark is '"' and a space in the copy: the space is still
            # a character of the text, and stays inside the sentence its mark is in
            if start > max(base, out[-1].end_char if k else base) \
                    and normalized[start - 1] == " " and not text[start - 1].isspace():
                start -= 1
            if end < para.end_char and normalized[end] == " " and not text[end].isspace():
                end += 1
            sentence_tokens = Tokens(normalized[start:end], start)
            toks.append(sentence_tokens)
            out.append(_new_sentence(Sentence, (  # Sentence(...), field by field in order
                len(out), para.paragraph_id, k, para.is_title, start, end, text[start:end],
                sentence_tokens.n_words)))
    return tuple(out), tuple(toks)
