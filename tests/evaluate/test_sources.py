"""The found-source scores: a gold source is found by any predicted source that overlaps it,
whatever the cue; its type and entity are read from the attribution of its own cue."""

from __future__ import annotations

from analysis.evaluate.sources import Attribution, GoldSource, overlaps, score_sources


def test_spans_overlap_by_one_shared_character_never_by_touching():
    assert overlaps(((0, 5),), ((4, 9),))
    assert not overlaps(((0, 5),), ((5, 9),))
    assert overlaps(((0, 2), (10, 12)), ((11, 20),))  # a piece of a discontinuous span


def test_a_source_is_found_typed_and_merged_as_counted_by_hand():
    # "Ms. Ortiz said … She added … Critics say …": the two mentions of Ortiz are one entity
    gold = [GoldSource(((0, 9),), (((10, 14),),), "named_person", "Ana_Ortiz"),
            GoldSource(((30, 33),), (((34, 39),),), "named_person", "Ana_Ortiz"),
            GoldSource(((60, 67),), (((68, 71),),), "vague", "critics")]
    predicted = [Attribution(((10, 14),), ((0, 9),), (), "named_person", "Ana Ortiz"),
                 Attribution(((34, 39),), ((30, 33),), (), "vague", "She")]
    scores = score_sources(predicted, gold, with_entities=True)
    assert (scores.found_share, scores.typed_right) == (2 / 3, 1)
    assert scores.named_people_weak_share == 1 / 2  # "She" counted vague
    assert scores.bcubed[2] < 1  # the two mentions of Ortiz were not merged
