"""The reading guide: what the analysis shows, stated with its numbers and nothing else.

Every line is a count, a share or a quotation of the article's own words, so a reader can
check it. The guide does not judge: it never says an article is biased or unreliable.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

import pandas as pd

from analysis.errors import AN_ANALYSIS, expect
from analysis.pipeline.analyze import ArticleAnalysis
from analysis.pipeline.profile import unattributed_runs
from analysis.spine.furniture import BODY, TITLE
from analysis.views.attributions import within
from analysis.vocabulary.sentiment import NEGATIVE, is_negative
from analysis.vocabulary.sources import NAMED_TYPES, SourceType, effective_types, rests_on


@dataclass(frozen=True)
class Guide:
    """The guide's findings, one line each; prints as a list, renders as one in a notebook."""

    lines: tuple[str, ...]

    def __str__(self) -> str:
        return "\n".join(f"- {line}" for line in self.lines)

    def _repr_html_(self) -> str:
        return "<ul>" + "".join(f"<li>{html.escape(line)}</li>" for line in self.lines) + "</ul>"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def reading_guide(analysis: ArticleAnalysis) -> Guide:
    """A short summary of the analysis: who is cited and how often, by type; the longest
    stretch without attribution; unattributed assertions; anonymous reliance; the most boosted
    and the most negative paragraphs."""
    expect(analysis, ArticleAnalysis, function="reading_guide", wanted=AN_ANALYSIS)
    s = analysis.sentences
    body = s[s.paragraph_kind == BODY]
    profile = analysis.paragraphs[analysis.paragraphs.paragraph_kind == BODY]
    furniture = analysis.paragraphs.paragraph_kind[
        ~analysis.paragraphs.paragraph_kind.isin([BODY, TITLE])].tolist()
    counted = analysis.attributions[~analysis.attributions.nested]  # nested: not counted
    in_body = counted.sentence_id.isin(body.sentence_id)
    attributions = counted[in_body]
    kinds = pd.Series(effective_types(attributions.resolved_source_type,
                                      attributions.source_type), index=attributions.index,
                      dtype=object)
    in_title = int((~in_body).sum())
    lines = [f"{_plural(len(body), 'sentence')} in {_plural(len(profile), 'paragraph')} "
             f"after the title; {_plural(len(attributions), 'attribution')} in them"
             + (f" (and {in_title} in the title)." if in_title else ".")]
    if furniture:
        lines[0] += (" Not counted as the article's text: its "
                     + " and ".join(dict.fromkeys(furniture)) + ".")

    counts = kinds.value_counts()
    if len(counts):
        parts = [f"{counts[t.value]} {t.short}" for t in SourceType if t.value in counts]
        named = int(sum(counts.get(t, 0) for t in NAMED_TYPES))
        line = "Attributions by source type: " + ", ".join(parts) + "."
        if named == 0:
            line += " No person, organization or outlet is named as a source."
        lines.append(line)
        lines += _source_lines(analysis.sources, len(attributions))
    else:
        lines.append("No attribution was found: nobody is cited.")
    nested = analysis.attributions[analysis.attributions.nested
                                   & analysis.attributions.sentence_id.isin(body.sentence_id)]
    if len(nested):
        shown = [f"“{r.cue}” {within(analysis.attributions, r)}"
                 for r in nested.head(3).itertuples()]
        lines.append(f"{_plural(len(nested), 'cue')} inside someone else's words "
                     "(nested, shown but not counted): " + "; ".join(shown)
                     + ("; …" if len(nested) > 3 else "") + ".")

    rests = body.source_types.map(rests_on)
    attributed = int(body.attributed.sum())
    anonymous = int((rests == SourceType.ANONYMOUS).sum())
    if attributed:
        lines.append(f"{anonymous} of {attributed} attributed body sentences "
                     f"({anonymous / attributed:.0%}) rest on an anonymous source; "
                     f"{int((rests == SourceType.VAGUE).sum())} on a vague one.")
    assertions = int(body.unattributed_assertion.sum())
    share = assertions / max(1, len(body))
    lines.append(f"{assertions} of {len(body)} body sentences ({share:.0%}) "
                 "are unattributed assertions: statements with no source.")
    runs = unattributed_runs(analysis.paragraphs)
    if len(runs):
        r = runs.iloc[0]
        span = (f"paragraph {r['first']}" if r["length"] == 1
                else f"paragraphs {r['first']}–{r['last']} ({r['length']} in a row)")
        lines.append(f"The longest stretch without any attribution: {span}.")

    cues = analysis.hedges[analysis.hedges.sentence_id.isin(body.sentence_id)]
    all_boosters = cues[(cues.kind == "booster") & ~cues.negated]
    hedges = cues[cues.kind == "hedge"]
    weasels = hedges[hedges.category == "weasel"]
    lines.append(f"{_plural(len(all_boosters), 'booster')} and {_plural(len(hedges), 'hedge')}"
                 + (f", {len(weasels)} of them weasel words" if len(weasels) else "") + ".")
    if len(weasels):
        terms = list(dict.fromkeys(weasels.term))
        lines.append("Weasel words (vague sources and quantities that give a claim weight "
                     "without saying whose it is): " + ", ".join(f"“{t}”" for t in terms[:6])
                     + (", …" if len(terms) > 6 else "") + ".")
    other = hedges[~hedges.category.isin(("weasel", "evidential", "approximator"))]
    if len(other):
        terms = list(dict.fromkeys(other.term.str.lower()))
        lines.append("Other hedges (words that lower the writer's commitment): "
                     + ", ".join(f"“{t}”" for t in terms[:6])
                     + (", …" if len(terms) > 6 else "") + ".")
    quoted = all_boosters[all_boosters.in_quote]
    boosters = all_boosters[~all_boosters.in_quote]  # the article's own voice
    if len(boosters):
        para_of = s.set_index("sentence_id")["paragraph_id"]
        by_para = boosters.groupby(boosters.sentence_id.map(para_of))["term"].agg(list)
        best = max(by_para.index, key=lambda p: (len(by_para[p]), -p))
        silent = set(profile.paragraph_id[profile.n_attributed == 0])
        in_silent = sum(len(v) for p, v in by_para.items() if p in silent)
        lines.append(f"Most boosted in the article's own voice: paragraph {best} ("
                     + ", ".join(f"“{t}”" for t in by_para[best]) + "); boosters of its own "
                     f"voice in paragraphs that cite no one: {in_silent} of {len(boosters)}"
                     + (f"; inside quotations (the speakers' words): {len(quoted)} more"
                        if len(quoted) else "") + ".")
    elif len(quoted):
        lines.append(f"Every booster ({len(quoted)}) stands inside a quotation: the speakers' "
                     "words, not the article's.")
    lines += _framing_lines(analysis, body, profile)
    hearsay = hedges[hedges.category == "evidential"].term.tolist()
    if hearsay:
        lines.append("Hearsay markers: " + ", ".join(f"“{t}”" for t in hearsay) + ".")
    if len(profile):
        worst = profile.loc[profile.sentiment_mean.idxmin()]
        if worst.sentiment_mean <= NEGATIVE:
            lines.append(f"Most negative: paragraph {int(worst.paragraph_id)} "
                         f"(mean sentence sentiment {worst.sentiment_mean:+.2f}); the article's "
                         f"sentences average {body.compound.mean():+.2f}, "
                         f"{is_negative(body.compound).mean():.0%} of them negative.")
    return Guide(tuple(lines))


#: The most named sources the guide lists by name.
MAX_NAMED = 8
#: One entity that carries at least this share of at least :data:`DEPENDENCE_MIN` counted
#: attributions, and at least :data:`DEPENDENCE_LEAD` times as many as any other, is a
#: dependence the guide names (the seed: one anonymous source, 6 of 13, the next 3).
DEPENDENCE_SHARE, DEPENDENCE_MIN, DEPENDENCE_LEAD = 0.4, 3, 2


def _source_lines(sources: pd.DataFrame, n_attributions: int) -> list[str]:
    """Who speaks, from the ``sources`` table: the named entities with their attributions
    (one each, by entity), and the article's dependence on one source, if one entity carries
    a large share of at least three counted attributions and far more than any other."""
    lines = []
    named = sources[sources.source_type.isin(NAMED_TYPES)]
    if len(named):
        listed = [f"{r.entity} ({r.n_attributions})" for r in named.head(MAX_NAMED).itertuples()]
        lines.append("Named sources: " + ", ".join(listed)
                     + (f" and {len(named) - MAX_NAMED} more" if len(named) > MAX_NAMED else "")
                     + ".")
    if len(sources) and n_attributions >= DEPENDENCE_MIN:
        top = sources.iloc[0]
        alone = len(sources) == 1 or (
            top.n_attributions >= DEPENDENCE_LEAD * sources.iloc[1].n_attributions)
        if alone and top.n_attributions >= DEPENDENCE_SHARE * n_attributions:
            lines.append(f"One {SourceType(top.source_type).short}, “{top.entity}”, carries "
                         f"{top.n_attributions} of the {n_attributions} attributions.")
    return lines


def _framing_lines(analysis: ArticleAnalysis, body: pd.DataFrame, profile: pd.DataFrame
                   ) -> list[str]:
    """Where the framing is: how many marks, how many in the article's own voice, how many of
    those in paragraphs that cite no one, and the paragraph with the most (counts only)."""
    marks = analysis.framing[analysis.framing.sentence_id.isin(body.sentence_id)]
    if not len(marks):
        return ["No framing marks (loaded words, labels, scare quotes, loaded verbs of saying, "
                "exaggeration) were found."]
    own = marks[marks.voice == "own"]
    line = (f"{_plural(len(marks), 'framing mark')} (loaded words, labels, doubt, "
            f"editorializing, loaded verbs of saying, exaggeration); in the article's own voice: "
            f"{len(own)} of {len(marks)}")
    if len(own):
        para_of = analysis.sentences.set_index("sentence_id")["paragraph_id"]
        by_para = own.groupby(own.sentence_id.map(para_of))["term"].agg(list)
        silent = set(profile.paragraph_id[profile.n_attributed == 0])
        in_silent = sum(len(v) for p, v in by_para.items() if p in silent)
        best = max(by_para.index, key=lambda p: (len(by_para[p]), -p))
        line += (f", {in_silent} of them in paragraphs that cite no one. Most framed in its "
                 f"own voice: paragraph {best} ("
                 + ", ".join(f"“{t}”" for t in by_para[best][:5]) + ")")
    return [line + "."]


def guide_frame(analysis: ArticleAnalysis) -> pd.DataFrame:
    """The guide as a one-column frame (for CSV export)."""
    return pd.DataFrame({"finding": list(reading_guide(analysis).lines)})
