"""What the sentence rules return (``found.py``): every ``Found`` of a real text points inside
its sentence's tokens, and its source holds its head."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.layers.attribution.detect import find_in_sentence
from analysis.spine.article import Article
from analysis.spine.document import prepare

DEV = Path(__file__).parents[2] / "fixtures" / "genres_attribution" / "dev"
KINDS = {"verb", "phrase", "noun", "adverb", "quote", "label"}


@pytest.mark.parametrize("path", sorted(DEV.glob("*/*.txt"))[::4], ids=lambda p: p.stem)
def test_every_found_points_inside_its_sentence(path):
    doc = prepare(Article.from_text(path.read_text(encoding="utf-8"), has_title=True))
    seen = 0
    for sent, toks in zip(doc.sentences, doc.tokens, strict=True):
        low = doc.normalized[sent.start_char : sent.end_char].lower()
        for f in find_in_sentence(toks, low):
            seen += 1
            assert 0 <= f.cue_first <= f.cue_last < len(toks) and f.kind in KINDS
            if f.source is not None:
                assert 0 <= f.source.first <= f.source.head <= f.source.last < len(toks)
            if f.content is not None:
                assert f.content[0] < f.content[1] <= len(doc.article.text)
    assert seen > 0
