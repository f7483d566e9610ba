"""Test helper: texts extracted and linked as articles of one batch, and one share picked out of the result."""

from etl.extract import extract_articles
from etl.ingest import Article
from etl.link import link_citations


def linked_texts(*texts: str, published: str = "2026-03-12") -> list[dict]:
    articles = [Article(id=f"s{n}", url=f"https://example.org/{n}", outlet=f"Outlet {n}", title="t",
                        published=published, text=text) for n, text in enumerate(texts)]
    return link_citations(extract_articles(articles))


def share_of(linked: list[dict], article: str, value: float) -> dict:
    return next(c for c in linked if c["article_id"] == article and c["kind"] == "share" and c["value"] == value)
