"""Evaluation a user can run: the workbook's layers against human annotations."""

from analysis.evaluate.metrics import PRF, overlap_prf, prf

__all__ = ["PRF", "overlap_prf", "prf"]
