"""Scoring the default redactor on a labelled corpus, for the corpus tests."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest

from pengaduan.redaction import Redactor
from pengaduan.redaction.evaluation import KindScore, LabelledSpan, evaluate, load_corpus

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path


def default_scores(corpus: Path) -> dict[str, KindScore]:
    """Recall and precision per kind (and ``overall``) of `Redactor.default()` on ``corpus``."""
    redactor = Redactor.default()

    def predict(text: str) -> list[LabelledSpan]:
        return [LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in redactor.find(text)]

    return evaluate(predict, load_corpus(corpus))


def assert_floor(
    scores: Mapping[str, KindScore], kind: str, floors: Mapping[str, tuple[float, float]]
) -> None:
    """``kind``'s recall and precision are at least its (recall, precision) floor (a kind
    neither labelled nor found any more has nothing to miss: no score, nothing to check)."""
    recall_floor, precision_floor = floors[kind]
    if kind not in scores:
        return
    score = scores[kind]
    assert score.recall >= recall_floor, f"{kind} recall {score.recall:.3f} < {recall_floor}"
    assert score.precision >= precision_floor, (
        f"{kind} precision {score.precision:.3f} < {precision_floor}"
    )


def assert_floor_keeps(first: tuple[float, float], floor: tuple[float, float], kind: str) -> None:
    """``kind``'s (recall, precision) floor keeps its first measurement on a corpus: floors are
    rounded down to two places, so at most 0.01 below the first figure."""
    assert floor[0] >= first[0] - 0.01, f"{kind} recall floor {floor[0]} < first {first[0]}"
    assert floor[1] >= first[1] - 0.01, f"{kind} precision floor {floor[1]} < first {first[1]}"


def assert_overall_floor(scores: Mapping[str, KindScore], floor: tuple[float, float]) -> None:
    """Recall and precision of every kind together are at least ``floor``."""
    rows = [score for kind, score in scores.items() if kind != "overall"]
    recall = sum(s.recalled for s in rows) / sum(s.labelled for s in rows)
    precision = sum(s.correct for s in rows) / sum(s.predicted for s in rows)
    assert recall >= floor[0], f"overall recall {recall:.3f} < {floor[0]}"
    assert precision >= floor[1], f"overall precision {precision:.3f} < {floor[1]}"


def flagged_clean_texts(corpus: Path) -> list[str]:
    """Ids of the texts without personal data in which `Redactor.default()` hides something."""
    redactor = Redactor.default()
    return [item.id for item in load_corpus(corpus) if not item.spans and redactor.find(item.text)]


def floor_tests(
    corpus: Path,
    floors: Mapping[str, tuple[float, float]],
    overall: tuple[float, float],
    first: Mapping[str, tuple[float, float]],
) -> tuple[Callable[[str], None], Callable[[], None], Callable[[str], None]]:
    """A development corpus's three floor tests, to assign to module names starting ``test_``:
    each kind at least its floor, every kind together at least ``overall``, and no floor more
    than 0.01 below the corpus's first measurement (scored once, on first use)."""
    scored: list[dict[str, KindScore]] = []

    def scores() -> dict[str, KindScore]:
        if not scored:
            scored.append(default_scores(corpus))
        return scored[0]

    @pytest.mark.parametrize("kind", sorted(floors))
    def test_kind_floor(kind: str) -> None:
        assert_floor(scores(), kind, floors)

    def test_overall_floor() -> None:
        assert_overall_floor(scores(), overall)

    @pytest.mark.parametrize("kind", sorted(first))
    def test_floor_is_not_below_the_first_measurement(kind: str) -> None:
        assert_floor_keeps(first[kind], floors[kind], kind)

    return test_kind_floor, test_overall_floor, test_floor_is_not_below_the_first_measurement


#: The kinds a development corpus's spans may have: the guide's ten.
GUIDE_KINDS = frozenset(
    {"nik", "kk", "npwp", "phone", "email", "bpjs", "bank_account", "plate", "name", "address"}
)


def shape_tests(
    corpus: Path,
    sha256: str,
    *,
    prefix: str,
    themes: set[str],
    styles: set[str],
    min_texts: int,
    min_per_theme: int,
    share_without_spans: tuple[float, float] = (0.3, 0.5),
) -> tuple[Callable[[], None], ...]:
    """A development corpus's shape tests, to assign to module names starting ``test_``: its
    hash is the one pinned; it holds at least ``min_texts`` texts, a share of them without a
    span inside ``share_without_spans`` (30 to 50 % unless said); ids are unique and open with
    ``prefix``; spans lie inside their text, in order, without overlaps or spaces at their
    ends, with a kind from the guide; every theme has at least ``min_per_theme`` texts and the
    styles are ``styles``; no text is there twice."""
    read: list[list[dict[str, Any]]] = []

    def records() -> list[dict[str, Any]]:
        if not read:
            lines = corpus.read_text(encoding="utf-8").splitlines()
            read.append([json.loads(line) for line in lines if line])
        return read[0]

    def test_hash_is_pinned() -> None:
        assert hashlib.sha256(corpus.read_bytes()).hexdigest() == sha256

    def test_size_and_share_without_spans() -> None:
        assert len(records()) >= min_texts
        without = sum(1 for r in records() if not r["spans"])
        low, high = share_without_spans
        assert low <= without / len(records()) <= high

    def test_ids_are_unique() -> None:
        ids = [r["id"] for r in records()]
        assert len(set(ids)) == len(ids)
        assert all(str(i).startswith(prefix) for i in ids)

    def test_spans_lie_inside_their_text() -> None:
        for record in records():
            text = record["text"]
            assert isinstance(text, str)
            last = 0
            for span in sorted(record["spans"], key=lambda s: s["start"]):
                assert span["kind"] in GUIDE_KINDS
                assert 0 <= span["start"] < span["end"] <= len(text)
                assert span["start"] >= last, record["id"]
                value = text[span["start"] : span["end"]]
                assert value == value.strip(), record["id"]
                last = span["end"]

    def test_themes_and_styles() -> None:
        counts = Counter(r["theme"] for r in records())
        assert set(counts) == themes
        assert all(count >= min_per_theme for count in counts.values())
        assert {r["style"] for r in records()} == styles

    def test_texts_are_not_repeated() -> None:
        texts = [r["text"] for r in records()]
        assert len(set(texts)) == len(texts)

    return (
        test_hash_is_pinned,
        test_size_and_share_without_spans,
        test_ids_are_unique,
        test_spans_lie_inside_their_text,
        test_themes_and_styles,
        test_texts_are_not_repeated,
    )


def blind_floor_tests(
    corpus: Path,
    floors: Mapping[str, tuple[float, float]],
    overall: tuple[float, float],
    max_flagged: int,
) -> tuple[Callable[..., None], ...]:
    """A blind corpus's floor tests, to assign to module names starting ``test_``: each kind at
    least its floor, every kind together at least ``overall``, and at most ``max_flagged`` texts
    without personal data with something hidden (scored once, on first use)."""
    scored: list[dict[str, KindScore]] = []

    def scores() -> dict[str, KindScore]:
        if not scored:
            scored.append(default_scores(corpus))
        return scored[0]

    @pytest.mark.parametrize("kind", sorted(floors))
    def test_kind_floor(kind: str) -> None:
        assert_floor(scores(), kind, floors)

    def test_overall_floor() -> None:
        assert_overall_floor(scores(), overall)

    def test_clean_texts_stay_mostly_untouched() -> None:
        assert len(flagged_clean_texts(corpus)) <= max_flagged

    return test_kind_floor, test_overall_floor, test_clean_texts_stay_mostly_untouched


def blind_shape_tests(
    corpus: Path,
    sha256: str,
    *,
    styles: set[str] | frozenset[str],
    min_texts: int,
    min_without: int,
    min_per_style: int,
    min_spans: int = 0,
    min_per_kind: int = 0,
) -> tuple[Callable[[], None], ...]:
    """A blind corpus's shape tests, to assign to module names starting ``test_``: its hash is
    the one pinned (it is frozen); it holds at least ``min_texts`` texts, ``min_without`` of them
    without a span, unique ids and texts, spans inside their text with every kind of the guide
    (at least ``min_spans`` in all and ``min_per_kind`` of each, names the most); its styles are
    ``styles``, each with at least ``min_per_style`` texts."""
    read: list[list[dict[str, Any]]] = []

    def records() -> list[dict[str, Any]]:
        if not read:
            lines = corpus.read_text(encoding="utf-8").splitlines()
            read.append([json.loads(line) for line in lines if line.strip()])
        return read[0]

    def test_the_corpus_is_the_frozen_one() -> None:
        assert hashlib.sha256(corpus.read_bytes()).hexdigest() == sha256

    def test_the_corpus_has_its_shape() -> None:
        items = load_corpus(corpus)
        assert len(items) >= min_texts
        assert len({item.id for item in items}) == len(items)
        assert len({item.text for item in items}) == len(items)
        assert sum(1 for item in items if not item.spans) >= min_without
        kinds: Counter[str] = Counter()
        for item in items:
            for span in item.spans:
                assert span.kind in GUIDE_KINDS, item.id
                assert 0 <= span.start < span.end <= len(item.text), item.id
                kinds[span.kind] += 1
        assert set(kinds) == GUIDE_KINDS
        assert sum(kinds.values()) >= min_spans
        assert min(kinds.values()) >= min_per_kind
        assert kinds.most_common(1)[0][0] == "name"

    def test_every_style_has_its_texts() -> None:
        counts = Counter(str(record["style"]) for record in records())
        assert set(counts) == styles
        assert min(counts.values()) >= min_per_style

    return (
        test_the_corpus_is_the_frozen_one,
        test_the_corpus_has_its_shape,
        test_every_style_has_its_texts,
    )
