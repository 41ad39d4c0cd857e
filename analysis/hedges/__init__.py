"""The hedging layer: how sure does the text pretend to be?"""

from analysis.hedges.concordance import concordance
from analysis.hedges.extract import HEDGE_COLUMNS, find_hedges

__all__ = ["HEDGE_COLUMNS", "concordance", "find_hedges"]
