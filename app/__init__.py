"""Youyuntong Station (邮运通 · 村站): the offline-first station counter app."""

__version__ = "0.1.0"
