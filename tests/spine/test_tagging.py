"""The part-of-speech tags of the spine's tokens: one per token, from the verified files."""

from __future__ import annotations

import pytest

from analysis.errors import PackageDataError
from analysis.spine import tagging
from analysis.spine.tokens import tokens


def test_one_tag_per_token_in_treebank_tags_on_a_real_sentence():
    # Wikinews, "Judge rules male-only US military draft unconstitutional" (2019)
    toks = tokens("U.S. District Judge Gray Miller ruled the male-only draft violated the "
                  "Due Process Clause.")
    assert len(toks.tags) == len(toks)
    tags = dict(zip(toks.texts, toks.tags, strict=True))
    assert tags["ruled"] == "VBD" and tags["violated"].startswith("VB")
    assert tags["draft"] == "NN" and tags["the"] == "DT" and tags["."] == "."


def test_the_same_word_is_a_noun_or_a_verb_by_its_neighbours():
    noun = tokens("Under her plan, the city would pay.")
    verb = tokens("The city would pay, she said.")
    assert noun.tags[noun.texts.index("plan")] == "NN"
    assert verb.tags[verb.texts.index("pay")] == "VB"  # after a modal


def test_a_known_weakness_of_the_lexicon_tagger():
    # the tag a word has most often wins where no contextual rule corrects it: "plan" after
    # a pronoun stays a noun. The attribution rules read tags together with the words around
    # (see analysis.layers.attribution.detect), never a tag alone.
    toks = tokens("They plan to appeal the ruling.")
    assert toks.tags[toks.texts.index("plan")] == "NN"


def test_tags_are_computed_once_and_only_when_asked():
    toks = tokens("Officials said the fire was contained.")
    assert toks._tags is None
    first = toks.tags
    assert toks.tags is first


def test_an_empty_sentence_has_no_tags():
    assert tagging.tag([]) == [] and tokens("").tags == ()


def test_a_changed_data_file_is_one_clear_line(tmp_path):
    path = tmp_path / "en-lexicon.txt"
    path.write_text("said VBD\n")
    with pytest.raises(PackageDataError) as caught:
        tagging.check_file(path, tagging.FILES["lexicon"][1])
    assert "\n" not in str(caught.value) and "en-lexicon.txt" in str(caught.value)
    assert "reinstall textblob==0.20.1" in str(caught.value)


def test_the_installed_files_are_the_verified_ones():
    from importlib import resources
    for name, digest in tagging.FILES.values():
        tagging.check_file(resources.files("textblob.en") / name, digest)  # no error
