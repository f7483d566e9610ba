"""Reading articles: every format, and bad input reported with file, line and reason."""

import gc
import json

from etl.ingest import FREEZE_EVERY, MAX_TEXT_CHARS, Article, InputError, read_inputs

OK_TEXT = "A survey by Example Polling found that 41% of adults back the plan."


def articles_and_errors(*paths):
    items = list(read_inputs(paths))
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputError)]


def test_jsonl_bad_lines_are_reported_and_good_lines_kept(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "a1", "url": "https://example.org/a1", "outlet": "Example", "text": OK_TEXT}),
        '{"id": "a2", "text": ',  # malformed
        json.dumps({"id": "a3", "text": "   "}),  # empty
        json.dumps({"id": "a4", "text": "x" * (MAX_TEXT_CHARS + 1)}),  # too large
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "a6", "published": "2024-03-02", "text": OK_TEXT}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles, errors = articles_and_errors(path)
    assert [a.id for a in articles] == ["a1", "a6"]
    assert articles[0].url == "https://example.org/a1" and articles[1].published == "2024-03-02"
    assert [e.line for e in errors] == [2, 3, 4, 5]
    assert all(str(e).startswith(f"{path}:") for e in errors)
    assert "malformed JSON" in errors[0].reason
    assert "no text" in errors[1].reason
    assert "limit" in errors[2].reason
    assert "JSON object" in errors[3].reason


def test_jsonl_without_id_gets_file_and_line_id(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": OK_TEXT}) + "\n", encoding="utf-8")
    articles, _ = articles_and_errors(path)
    assert articles[0].id == "feed-1"


def test_txt_headers_are_metadata_and_offsets_refer_to_the_body(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text(f"Title: Plan poll\nURL: https://example.org/p\nPublished: 2024-05-01\n\n{OK_TEXT}\n")
    (article,), errors = articles_and_errors(path)
    assert not errors
    assert (article.id, article.title, article.url, article.published) == (
        "draft", "Plan poll", "https://example.org/p", "2024-05-01")
    assert article.text.startswith("A survey by")


def test_txt_without_headers_is_kept_whole(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Note: this is body text.\n\nMore text.")
    (article,), _ = articles_and_errors(path)
    assert article.text.startswith("Note: this is body text.")


def test_undecodable_and_missing_files_are_errors(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 poll".encode("latin-1"))
    articles, errors = articles_and_errors(bad, tmp_path / "missing.txt")
    assert not articles
    assert "not UTF-8" in errors[0].reason and errors[0].source == str(bad)
    assert "no such file" in errors[1].reason


def test_html_main_text_without_comments(tmp_path):
    page = tmp_path / "story.html"
    body = " ".join([OK_TEXT] * 4)
    page.write_text(
        "<html><head><title>Plan poll</title></head><body><article><h1>Plan poll</h1>"
        f"<p>{body}</p><p>{body}</p></article>"
        '<div class="comments"><p>Reader comment: totally fake 99% figure.</p></div></body></html>'
    )
    (article,), errors = articles_and_errors(page)
    assert not errors
    assert "41% of adults" in article.text
    assert "99%" not in article.text


def test_html_tables_are_kept_as_pipe_rows_and_their_figures_described(tmp_path):
    from etl.extract import extract_articles

    page = tmp_path / "trust.html"
    page.write_text(
        "<html><head><title>Trust poll</title></head><body><article><h1>Army most trusted, courts least</h1>"
        f"<p>{OK_TEXT} A survey of 1,000 adults by the Harbour Institute in May measured trust in institutions.</p>"
        "<table><tr><th>Institution</th><th>Trust</th><th>Distrust</th></tr>"
        "<tr><td>Army</td><td>90%</td><td>7%</td></tr><tr><td>Courts</td><td>15%</td><td>80%</td></tr></table>"
        "<p>The Harbour Institute said the survey was conducted face to face in all regions of the country.</p>"
        "</article></body></html>"
    )
    (article,), _ = articles_and_errors(page)
    assert "Army | 90% | 7%" in article.text
    said = {c["value_text"]: c["statement"] for c in extract_articles([article]) if c["kind"] == "share"}
    assert said["7%"] == "Army: Distrust" and said["15%"] == "Courts: Trust"


def test_html_without_body_is_an_error(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Nothing</title></head></html>")
    articles, errors = articles_and_errors(page)
    assert not articles and "no article text" in errors[0].reason


def test_folders_are_walked_in_sorted_order(tmp_path):
    (tmp_path / "b.txt").write_text(OK_TEXT)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(OK_TEXT)
    (tmp_path / "ignored.csv").write_text("x")
    articles, errors = articles_and_errors(tmp_path)
    assert [a.id for a in articles] == ["b", "a"] and not errors


def test_a_long_batch_freezes_what_it_keeps_and_thaws_when_done(tmp_path):
    path = tmp_path / "many.jsonl"
    path.write_text("".join(json.dumps({"id": f"a{n}", "text": f"Item {n}."}) + "\n"
                            for n in range(FREEZE_EVERY + 5)), encoding="utf-8")
    frozen_during = []
    for n, _ in enumerate(read_inputs([path]), start=1):
        if n == FREEZE_EVERY + 1:
            frozen_during.append(gc.get_freeze_count())
    assert frozen_during[0] > 0
    assert gc.get_freeze_count() == 0
