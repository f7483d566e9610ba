"""Issue #6's measured target, held by a test: with every corpus article as a draft against the package built
from the corpus and the pollsters' primary figures, the desk flags every known disagreement (✖ or ⚠) and at
most 5% of the correctly cited figures."""

from __future__ import annotations

import pytest

from bench.check_quality import build_package, check_corpus, score_desk
from etl.desk_data import load_dataset
from tests.conftest import PRIMARY, require_corpus


@pytest.mark.corpus
def test_the_desk_flags_every_known_disagreement_and_few_correct_figures(tmp_path):
    require_corpus()
    assert PRIMARY.exists(), f"primary figures not found at {PRIMARY}"
    build_package(tmp_path / "package")
    articles, predictions = check_corpus(load_dataset(tmp_path / "package"))
    score = score_desk(articles, predictions)

    assert len(score.flagged) >= 20, "the corpus holds at least 20 known disagreements"
    assert [(g["article_id"], g["value_text"]) for g, _ in score.missed] == []
    assert len(score.alarms) <= 0.05 * score.correct_found
    assert score.correct_found >= 600
