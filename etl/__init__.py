"""Polltrace ETL: news articles in, a tidy, checked survey-figure data package out."""

__version__ = "0.1.0"
