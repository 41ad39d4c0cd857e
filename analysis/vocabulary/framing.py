"""What counts as loaded language, on the layer's side and on the annotators'.

The framing layer's *loaded-language* categories, and the labels annotators give loaded
language and name calling in the standoff span files (SemEval-2020 Task 11's ``L`` and ``N``):
what is compared with what when the layer is scored (``evaluate framing``) or its misses are
listed (:func:`analysis.views.framing.framing_against`).
"""

from __future__ import annotations

LOADED = ("label", "emotive")
GOLD_LOADED = ("L", "N")
