"""Part-of-speech tags for the spine's own tokens: the grammatical backbone.

The tagger is the Brill tagger of Pattern (De Smedt & Daelemans, *Pattern for Python*, JMLR
2012; BSD licence), as TextBlob 0.20.1 ships it: a lexicon of 100,000 words with their most
frequent Penn Treebank tag (trained on the WSJ and on Wikipedia), morphological rules for
unknown words and contextual rules that correct a tag by its neighbours. Four plain-text data
files and a reader of them: no pickle, no model weights, nothing that executes beyond reading
text. Their SHA-256 digests are checked when they are loaded (:data:`FILES`), so a changed file
is a clear error, not a silently different tag.

Why this one (measured on the attribution development data, ``docs/architecture.md``): spaCy
3.8 installs from the package index but none of its English pipelines does (they are published
only on GitHub, which this project cannot reach); NLTK's perceptron tagger needs ``nltk_data``,
a run-time download; this tagger tagged the 32 development articles (13,873 tokens) in 14 ms,
less than preparing their documents took (18 ms), and it reads our tokens as they are
(Treebank-style, ``did`` + ``n't``) so every tag lines up with a token and its offsets.

Tags are computed lazily: :attr:`analysis.spine.tokens.Tokens.tags` tags a sentence the first
time a layer asks for them, so only the sentences that can hold a cue are tagged.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Protocol

from analysis.dependencies import require
from analysis.errors import PackageDataError

#: The tagger's data files in the ``textblob.en`` package and their SHA-256 digests in the
#: verified release (``analysis.dependencies.VERIFIED``).
FILES = {
    "lexicon": ("en-lexicon.txt",
                "9545c71faf16e4461d0bff1d9948fe92b2cf94766af118a6c69c37b43363d5d2"),
    "morphology": ("en-morphology.txt",
                   "4032100aab324739d0f26fd32d13e2e0f58018066e9b76a0e4cd065bbfc0b248"),
    "context": ("en-context.txt",
                "d78dc6807bdaacc8e69e3a3635ce2cee548a243eacce8aacbf1fe65093980131"),
    "entities": ("en-entities.txt",
                 "568873e0ab9a807ad69640e5f0504e733983c424a3665425e07c24c8fa5bb51e"),
}
#: The tags an unknown word gets: a noun, a capitalized noun, a number (Pattern's defaults).
DEFAULTS = ("NN", "NNP", "CD")


class _Tagger(Protocol):
    def find_tags(self, tokens: list[str], **kwargs) -> list[list[str]]: ...


def check_file(path: Traversable, digest: str) -> None:
    """Raise :class:`PackageDataError` (one line naming the file) unless the file at ``path``
    has the SHA-256 ``digest``."""
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != digest:
        raise PackageDataError(path, f"the tagger's data file has changed (SHA-256 "
                               f"{actual[:12]}…, verified {digest[:12]}…); reinstall "
                               f"textblob==0.20.1")


@functools.cache
def tagger() -> _Tagger:
    """The tagger, loaded once per process from the verified data files."""
    require("textblob")
    from textblob._text import Lexicon, Parser

    folder = resources.files("textblob.en")
    paths = {}
    for key, (name, digest) in FILES.items():
        path = folder / name
        check_file(path, digest)
        paths[key] = str(path)
    lexicon = Lexicon(path=paths["lexicon"], morphology=paths["morphology"],
                      context=paths["context"], entities=paths["entities"], language="en")
    return Parser(lexicon=lexicon, default=DEFAULTS, language="en")


def tag(texts: list[str]) -> list[str]:
    """The Penn Treebank tag of each token of ``texts`` (words and punctuation, in order)."""
    if not texts:
        return []
    return [t for _, t in tagger().find_tags(list(texts), map=None)]

