"""The hedging layer: how sure does the text pretend to be?

:func:`hedge_columns` finds every hedge and booster of a prepared document, given its
attributions (a vague source is a weasel);
:func:`~analysis.layers.hedges.summary.hedge_sentence_columns` counts them per sentence.
"""

from analysis.layers.hedges.extract import HEDGE_COLUMNS, HEDGES, hedge_columns

__all__ = ["HEDGES", "HEDGE_COLUMNS", "hedge_columns"]
