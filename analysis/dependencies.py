"""The packages the workbook ports or reaches into, pinned to the versions it was verified
against.

Three parts of the workbook depend on another package's internals, not only its public API:
the sentence splitter runs NLTK's Punkt step by step (:mod:`analysis.spine.sentences`), the
sentiment layer is a port of ``vaderSentiment``'s rule chain that must give its scores to the
last digit (:mod:`analysis.layers.sentiment.vader`), and the part-of-speech tagger loads the
data files of the Brill tagger TextBlob ships (:mod:`analysis.spine.tagging`). Each was
verified against one release; :func:`require` refuses, at import, any other release with one
clear line, rather than let a changed internal give silently different results.
"""

from __future__ import annotations

from importlib import metadata

from analysis.errors import DependencyError

#: The release each reference was verified against (the same pins as requirements.txt and
#: pyproject.toml; ``tests/test_dependencies.py`` keeps the three equal).
VERIFIED = {"nltk": "3.10.4", "vaderSentiment": "3.3.2", "textblob": "0.20.1"}
_WHAT = {"nltk": "the sentence splitter runs NLTK's Punkt internals",
         "vaderSentiment": "the sentiment layer is a port of vaderSentiment's rules",
         "textblob": "the part-of-speech tagger loads TextBlob's Brill tagger files"}


def require(package: str, *, installed: str | None = None) -> None:
    """Raise :class:`DependencyError` unless ``package`` is installed at its verified release
    (``installed`` stands in for the installed version, for tests)."""
    wanted = VERIFIED[package]
    if installed is None:
        try:
            installed = metadata.version(package)
        except metadata.PackageNotFoundError:
            raise DependencyError(f"{package} is not installed; the workbook needs "
                                  f"{package}=={wanted}: pip install {package}=={wanted}"
                                  ) from None
    if installed != wanted:
        raise DependencyError(
            f"{package} {installed} is installed, but {_WHAT[package]}, verified against "
            f"{package} {wanted} only: pip install {package}=={wanted}")
