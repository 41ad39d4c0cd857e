from __future__ import annotations

import pytest

from analysis.cli import main
from analysis.evaluate.attribution import Attribution, evaluate_attribution
from analysis.evaluate.brat import read_ann
from analysis.evaluate.metrics import PRF
from analysis.evaluate.sources import gold_sources, score_sources
from analysis.vocabulary.sources import entity_key
from tests.conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "brat"


def test_annotator_agreement_is_reported_where_there_are_two():
    scores = evaluate_attribution(FIXTURES / "two_annotators")
    assert scores.n_texts == 2 and scores.n_annotations == 4
    # annotator B left out one attribution in each text: 18 of 20 cues in common
    assert scores.agreement_cues.precision < 1 and scores.agreement_cues.recall < 1


def test_held_out_scores_stay_at_the_level_measured(capsys):
    """A regression guard, not a benchmark: the held-out fixtures scored F1 0.96 / 0.97 after
    the error analysis; a change that loses more than a few cues should be looked at."""
    scores = evaluate_attribution(FIXTURES / "held_out")
    assert scores.sentences.f1 >= 0.90 and scores.cues.f1 >= 0.90
    assert scores.sentences.precision >= 0.95


def test_cli(capsys):
    assert main(["evaluate", "attribution", "--brat", str(FIXTURES / "news")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("6 texts, 6 annotations\nsentence has attribution")
    assert "cue overlap" in out


def test_cli_bad_folder(capsys):
    assert main(["evaluate", "attribution", "--brat", "no/such/dir"]) == 2
    assert capsys.readouterr().err == "error: no/such/dir: no such folder of brat annotations\n"


def test_span_measures_on_matched_cues(tmp_path):
    text = '"We will win," Smith said. Prices rose, officials said.'
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "a.ann").write_text(
        "T1\tContent 1 12\tWe will win\nT2\tCue 21 25\tsaid\nT3\tSource 15 20\tSmith\n"
        "E1\tCue:T2 Source:T3 Content:T1\n"
        "T4\tContent 27 38\tPrices rose\nT5\tCue 50 54\tsaid\nT6\tSource 40 49\tofficials\n"
        "E2\tCue:T5 Source:T6 Content:T4\n")
    scores = evaluate_attribution(tmp_path)
    assert scores.cues.f1 == 1.0 and scores.spans.source_overlap == 1.0
    # the detector keeps the comma inside the quotation, the guideline does not
    assert scores.spans.sources == 2 and scores.spans.content == PRF(22, 23, 22, 22)
    assert "source overlap (matched)     1.000   (2/2" in scores.report()
    assert not scores.spans.types  # no SourceType lines: no confusion to print


def test_the_confusion_of_source_types(tmp_path):
    """Gold types against the type each matched attribution counts as: *he* resolved to Smith
    counts as a named person; *officials* is vague where the annotator typed a government."""
    text = "Smith said it rained. He said it would stop. Prices rose, officials said."
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "a.ann").write_text(
        "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nE1\tCue:T2 Source:T1\n"
        "T3\tSource 22 24\tHe\nT4\tCue 25 29\tsaid\nE2\tCue:T4 Source:T3\n"
        "T5\tSource 57 66\tofficials\nT6\tCue 67 71\tsaid\nE3\tCue:T6 Source:T5\n"
        "A1\tSourceType T1 named_person\nA2\tSourceType T3 named_person\n"
        "A3\tSourceType T5 named_organization\n")
    scores = evaluate_attribution(tmp_path)
    assert scores.spans.types == {("named_person", "named_person"): 2,
                                  ("named_organization", "vague"): 1}
    assert abs(scores.spans.type_accuracy - 2 / 3) < 1e-9
    report = scores.report()
    assert "source type (matched sources): 0.667" in report
    # one confusion, over the found sources (here the same three)
    assert report.count("named_organization") == 1
    row = next(line for line in report.splitlines() if "named_organization" in line)
    assert row.split() == ["named_organization", "1", "0"]


def test_the_real_wikinews_development_set_is_read_whole():
    """32 Wikinews articles annotated under the guideline beside them (their own README says
    what the detector scored); the test guards against a fall below that level."""
    scores = evaluate_attribution(ROOT / "tests" / "fixtures" / "wikinews_attribution" / "dev",
                                  has_title=True)
    assert (scores.n_texts, scores.cues.gold) == (32, 304)
    assert scores.sentences.f1 >= 0.89 and scores.cues.f1 >= 0.83
    # cues by structure (issue 26/27) raised recall from 0.727 at no cost in precision (0.874)
    assert scores.cues.precision >= 0.89 and scores.cues.recall >= 0.79
    # quotations carried over sentences and resumed after their cue raised content F1 from
    # 0.838 to 0.858
    assert scores.spans.source_overlap >= 0.90 and scores.spans.content.f1 >= 0.85
    # the found sources typed by their entities (0.814 and 6 of 78 weakened before issue 26's
    # entity rules; 0.940 and 0 after)
    assert scores.sources.type_accuracy >= 0.92 and scores.sources.named_people_weak <= 1


#: The opening of a real development text (a VOA story): eight gold sources, all named people
#: but the headline's, of two entities (the three chiefs together, and Clapper).
VOA = ROOT / "tests/fixtures/genres_attribution/dev/news-story"
VOA_STEM = "05-voa-us-intelligence-russian-officials-election"


def copy_voa(folder, *, entities=True):
    text = (VOA / f"{VOA_STEM}.txt").read_text(encoding="utf-8")[:1391]
    assert text.endswith("in 2015.")
    lines = (VOA / f"{VOA_STEM}.ann").read_text(encoding="utf-8").splitlines()
    if not entities:
        lines = [line for line in lines if "\tEntity " not in line]
    (folder / "voa.txt").write_text(text, encoding="utf-8")
    (folder / "voa.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder / "voa.ann"


def said(cue, source=None, counts_as="unnamed", entity=None):
    return Attribution((cue,), (source,) if source else (), (), counts_as, entity)


#: What the workbook gave on that passage when this test was written: it misses the headline's
#: source and the last *Clapper* (no source), cuts the three chiefs to *Marcel Lettre*, and counts
#: *Top U.S. intelligence officials*, *They* and *the intelligence chiefs* as vague.
VOA_PREDICTED = [
    said((114, 117), (82, 113), "vague", "Top U.S. intelligence officials"),
    said((618, 622), (561, 617), "named_person",
         "Undersecretary of Defense for Intelligence Marcel Lettre"),
    said((729, 735), (724, 728), "vague", "Top U.S. intelligence officials"),
    said((829, 835), (805, 828), "vague", "the intelligence chiefs"),
    said((899, 904), (891, 898), "named_person", "Clapper"),
    said((1123, 1127), (1120, 1122), "named_person", "Clapper"),
    said((1148, 1151)),
]


def test_sources_found_typed_and_merged_counted_by_hand(tmp_path):
    """Found: 6 of 8 (not the headline's *US Intelligence*, not the last *Clapper*). Typed
    right: 3 (the named people counted as vague are not). Entities over the six found: the gold
    has 6 + 1 pairs, the workbook merges 2, both right; B-cubed recall (2+1+2+1+4+4)/4/6."""
    ann = read_ann(copy_voa(tmp_path), tmp_path / "voa.txt", "a")
    scores = score_sources(VOA_PREDICTED, gold_sources(ann), with_entities=True)
    assert (scores.gold, scores.found, scores.typed_right) == (8, 6, 3)
    assert scores.found_share == 0.75 and scores.found_and_typed_right == 3 / 8
    assert scores.type_accuracy == 0.5
    assert scores.types == {("named_person", "named_person"): 3, ("named_person", "vague"): 3}
    assert (scores.named_people, scores.named_people_weak) == (6, 3)
    assert scores.named_people_weak_share == 0.5
    assert scores.pairs == PRF(2, 2, 2, 7) and abs(scores.pairs.f1 - 4 / 9) < 1e-9
    precision, recall, f1 = scores.bcubed
    assert precision == 1.0 and abs(recall - 7 / 12) < 1e-9 and abs(f1 - 14 / 19) < 1e-9


def test_a_found_source_is_typed_by_the_attribution_of_its_own_cue(tmp_path):
    """Two predicted sources overlap the gold *Top U.S. intelligence officials*: the one whose
    cue is the gold cue (*say*) gives its type, whatever comes first."""
    ann = read_ann(copy_voa(tmp_path), tmp_path / "voa.txt", "a")
    gold = [g for g in gold_sources(ann) if g.span == ((82, 113),)]
    elsewhere = said((300, 304), (82, 95), "vague", "Top U.S.")
    own = said((114, 117), (82, 113), "named_person", "Clapper")
    assert score_sources([elsewhere, own], gold, with_entities=False).typed_right == 1
    assert score_sources([elsewhere], gold, with_entities=False).typed_right == 0


@pytest.mark.parametrize("a, b, one", [
    ("The CIA", "the CIA", True),
    ("the Taliban", "Taliban", True),
    ("CBS News", "cbs  news", True),
    ("CBS News", "CBS", False),
    ("the", "The", True),  # a word alone is kept, not emptied
])
def test_entity_names_are_compared_without_case_or_a_leading_the(a, b, one):
    assert (entity_key(a) == entity_key(b)) is one


def test_the_report_prints_the_found_source_measures_where_the_gold_has_them(tmp_path):
    copy_voa(tmp_path)
    scores = evaluate_attribution(tmp_path, has_title=True)
    found = scores.sources
    assert found.gold == 8 and 0 < found.typed_right <= found.found <= 8
    report = scores.report()
    assert f"sources found                {found.found_share:.3f}   ({found.found}/8 gold" in report
    assert f"found and typed right        {found.found_and_typed_right:.3f}   (" in report
    assert f"source type (found)          {found.type_accuracy:.3f}   (" in report
    assert "named people anon. or vague" in report
    assert "mentions merged (pairs)      P" in report and "mentions merged (B-cubed)" in report
    # no entity ids in the gold: no entity measures, the rest unchanged
    copy_voa(tmp_path, entities=False)
    without = evaluate_attribution(tmp_path, has_title=True)
    assert without.sources.entity_texts == 0 and "mentions merged" not in without.report()
    assert without.sources.types == found.types


def test_found_source_figures_on_the_genre_development_set_are_shares_and_agree():
    scores = evaluate_attribution(ROOT / "tests" / "fixtures" / "genres_attribution" / "dev",
                                  has_title=True)
    found = scores.sources
    assert found.gold > 100 and found.entity_texts > 30
    assert 0 <= found.typed_right <= found.found <= found.gold
    assert found.named_people_weak <= found.named_people <= found.found
    assert found.mentions <= found.found and sum(found.types.values()) <= found.found
    for share in (found.found_share, found.found_and_typed_right, found.type_accuracy,
                  found.named_people_weak_share, found.pairs.precision, found.pairs.recall,
                  *found.bcubed):
        assert 0 <= share <= 1
    assert found.found_and_typed_right <= found.found_share
    # issue 26's goals on the found sources, and the merging it must not lose (0.957, 3 of 69
    # weakened and B-cubed F1 0.935 before its entity rules; 0.991, 0 and 0.965 after)
    assert found.type_accuracy >= 0.95 and found.named_people_weak <= 1
    assert found.bcubed[2] >= 0.95


def test_cues_on_the_genre_development_set_are_found_without_losing_precision():
    """Cues by structure (issue 26/27) raised the genre dev set's cue recall from 0.727 and its
    sources found from 0.722, and precision from 0.812: a guard against a fall back."""
    scores = evaluate_attribution(ROOT / "tests" / "fixtures" / "genres_attribution" / "dev",
                                  has_title=True)
    assert scores.cues.precision >= 0.89 and scores.cues.recall >= 0.86
    assert scores.sources.found_share >= 0.86


def test_quotations_over_sentences_are_content_and_their_cues_nested_on_the_genre_dev_set():
    """A statement after 'said:' nests the cues in it (cue precision 0.855 -> 0.876), and a
    quotation resumed after its cue is its content (content characters F1 0.898 -> 0.927): a
    guard against a fall back."""
    scores = evaluate_attribution(ROOT / "tests" / "fixtures" / "genres_attribution" / "dev",
                                  has_title=True)
    assert scores.cues.precision >= 0.86 and scores.spans.content.f1 >= 0.91


def test_no_pairs_to_merge_is_said_not_scored_zero(tmp_path):
    """A text whose found sources are each an entity alone has no pairs: the report says so
    rather than print a pairwise F1 of 0."""
    (tmp_path / "a.txt").write_text("Smith said it rained.", encoding="utf-8")
    (tmp_path / "a.ann").write_text("T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\n"
                                    "E1\tCue:T2 Source:T1\nA1\tSourceType T1 named_person\n"
                                    "A2\tEntity T1 Smith\n", encoding="utf-8")
    scores = evaluate_attribution(tmp_path)
    assert scores.sources.pairs == PRF(0, 0, 0, 0) and scores.sources.bcubed == (1.0, 1.0, 1.0)
    assert "mentions merged (pairs)      none   (no two found sources of 1 texts" in \
        scores.report()
