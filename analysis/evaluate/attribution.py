"""``python -m analysis evaluate attribution --brat DIR``: the attribution layer against brat.

Two measures, micro-averaged over every (text, annotator) pair:
- **sentence level** — does this sentence contain an attribution? A sentence is positive in
  the gold standard when a ``Cue`` span overlaps it, and in the prediction when
  :func:`analysis.find_attributions` gives it a row;
- **cue overlap** — a predicted cue is correct when it overlaps a gold cue (precision), a gold
  cue is found when a predicted cue overlaps it (recall).
Where a text has several annotators, their agreement on the same measures is printed too: it
is the ceiling a system can be held to.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations
from pathlib import Path

from analysis.evaluate.brat import Annotation, iter_texts
from analysis.evaluate.metrics import EMPTY, PRF, overlap_prf, prf
from analysis.layers.attribution import find_attributions
from analysis.spine.article import Article
from analysis.spine.document import prepare


@dataclass(frozen=True)
class AttributionScores:
    """Sentence-level and cue-overlap scores, and the annotators' agreement where a text has
    several."""
    sentences: PRF
    cues: PRF
    agreement_sentences: PRF | None
    agreement_cues: PRF | None
    n_texts: int
    n_annotations: int

    def report(self) -> str:
        lines = [f"{self.n_texts} texts, {self.n_annotations} annotations",
                 self.sentences.line("sentence has attribution"),
                 self.cues.line("cue overlap")]
        if self.agreement_sentences is not None:
            lines += ["annotators against each other:",
                      self.agreement_sentences.line("  sentence has attribution"),
                      self.agreement_cues.line("  cue overlap")]
        return "\n".join(lines)


def evaluate_attribution(folder: str | Path, *, has_title: bool = False) -> AttributionScores:
    """Score :func:`analysis.find_attributions` against every annotation under ``folder``."""
    sentences = cues = EMPTY
    agree_s = agree_c = None
    n_texts = n_ann = 0
    for _, text, anns in iter_texts(folder):
        n_texts += 1
        doc = prepare(Article.from_text(text, has_title=has_title))
        spans = [(s.start_char, s.end_char) for s in doc.sentences]
        frame = find_attributions(doc)
        predicted_cues = [((int(s), int(e)),) for s, e in zip(frame.cue_start, frame.cue_end,
                                                               strict=True)]
        predicted_sentences = set(frame.sentence_id.astype(int))
        for ann in anns:
            n_ann += 1
            gold = [c.fragments for c in ann.of("Cue")]
            sentences += prf(predicted_sentences, _sentences_with(gold, spans))
            cues += overlap_prf(predicted_cues, gold, _overlaps)
        for a, b in permutations(anns, 2):
            if a is b:
                continue
            s_prf, c_prf = _pair(a, b, spans)
            agree_s = s_prf if agree_s is None else agree_s + s_prf
            agree_c = c_prf if agree_c is None else agree_c + c_prf
    return AttributionScores(sentences, cues, agree_s, agree_c, n_texts, n_ann)


def _pair(a: Annotation, b: Annotation, spans) -> tuple[PRF, PRF]:
    gold = [c.fragments for c in a.of("Cue")]
    pred = [c.fragments for c in b.of("Cue")]
    return (prf(_sentences_with(pred, spans), _sentences_with(gold, spans)),
            overlap_prf(pred, gold, _overlaps))


def _sentences_with(cues, spans) -> set[int]:
    out = set()
    for fragments in cues:
        for start, end in fragments:
            for k, (s, e) in enumerate(spans):
                if start < e and end > s:
                    out.add(k)
    return out


def _overlaps(a, b) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)
