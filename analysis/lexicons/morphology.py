"""English verb inflection by rule, for the cue lexicons (irregular forms are listed in them)."""

from __future__ import annotations


def inflect(lemma: str) -> dict[str, str]:
    """The regular inflections of an English verb: ``{"base", "s", "ed", "ing"}`` forms.

    >>> inflect("deny")
    {'base': 'deny', 's': 'denies', 'ed': 'denied', 'ing': 'denying'}
    """
    if lemma.endswith("ee"):
        return {"base": lemma, "s": lemma + "s", "ed": lemma + "d", "ing": lemma + "ing"}
    if lemma.endswith("e"):
        return {"base": lemma, "s": lemma + "s", "ed": lemma + "d", "ing": lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return {"base": lemma, "s": lemma[:-1] + "ies", "ed": lemma[:-1] + "ied",
                "ing": lemma + "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return {"base": lemma, "s": lemma + "es", "ed": lemma + "ed", "ing": lemma + "ing"}
    return {"base": lemma, "s": lemma + "s", "ed": lemma + "ed", "ing": lemma + "ing"}
