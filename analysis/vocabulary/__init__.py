"""One vocabulary per concept, shared by the layers, the pipeline and the views.

- :mod:`~analysis.vocabulary.sources` — the source types (label, colour, priority), the type an
  attribution counts as, the type a sentence rests on, and the words that type a source;
- :mod:`~analysis.vocabulary.cues` — the attribution cues, and the reporting verbs derived
  from them;
- :mod:`~analysis.vocabulary.sentiment` — the thresholds that label a sentence's sentiment;
- :mod:`~analysis.vocabulary.grammar` — the closed classes of English the rules read;
"""
