"""Recall and precision of the default redactor on the frozen blind corpora, per kind.

Each corpus (``tests/data/blind/redaction_blind_v1.jsonl`` to ``redaction_blind_v26.jsonl``; the
third with many e-mail addresses) was
written from the annotation guide alone, by someone who had not read the detectors (a different
writer for each); they are measurements, never tuning sets. This
script prints, per kind and overall, the labelled and predicted spans, recall (a labelled span
counts only when every letter and digit of it is hidden by a prediction of the same kind) and
precision (a prediction counts when it overlaps a labelled span of the same kind), then the
same per style of text, and the number of texts without personal data in which something was
hidden anyway.

With ``--all`` it first prints the same per-kind table for the in-sample and development
corpora (``tests/data/redaction_*.jsonl``), so one run shows every corpus before and after a
change.

Run: ``.venv/bin/python benchmarks/blind_redaction.py [--all]``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from pengaduan.redaction import Redactor
from pengaduan.redaction.evaluation import KindScore, LabelledSpan, evaluate, load_corpus

if TYPE_CHECKING:
    from collections.abc import Callable

DATA = Path(__file__).resolve().parent.parent / "tests/data"
BLIND = {
    "v1": DATA / "blind/redaction_blind_v1.jsonl",
    "v2": DATA / "blind/redaction_blind_v2.jsonl",
    "v3": DATA / "blind/redaction_blind_v3.jsonl",
    "v4": DATA / "blind/redaction_blind_v4.jsonl",
    "v5": DATA / "blind/redaction_blind_v5.jsonl",
    "v6": DATA / "blind/redaction_blind_v6.jsonl",
    "v7": DATA / "blind/redaction_blind_v7.jsonl",
    "v8": DATA / "blind/redaction_blind_v8.jsonl",
    "v9": DATA / "blind/redaction_blind_v9.jsonl",
    "v10": DATA / "blind/redaction_blind_v10.jsonl",
    "v11": DATA / "blind/redaction_blind_v11.jsonl",
    "v12": DATA / "blind/redaction_blind_v12.jsonl",
    "v13": DATA / "blind/redaction_blind_v13.jsonl",
    "v14": DATA / "blind/redaction_blind_v14.jsonl",
    "v15": DATA / "blind/redaction_blind_v15.jsonl",
    "v16": DATA / "blind/redaction_blind_v16.jsonl",
    "v17": DATA / "blind/redaction_blind_v17.jsonl",
    "v18": DATA / "blind/redaction_blind_v18.jsonl",
    "v19": DATA / "blind/redaction_blind_v19.jsonl",
    "v20": DATA / "blind/redaction_blind_v20.jsonl",
    "v21": DATA / "blind/redaction_blind_v21.jsonl",
    "v22": DATA / "blind/redaction_blind_v22.jsonl",
    "v23": DATA / "blind/redaction_blind_v23.jsonl",
    "v24": DATA / "blind/redaction_blind_v24.jsonl",
    "v25": DATA / "blind/redaction_blind_v25.jsonl",
    "v26": DATA / "blind/redaction_blind_v26.jsonl",
    "v27": DATA / "blind/redaction_blind_v27.jsonl",
    "v28": DATA / "blind/redaction_blind_v28.jsonl",
}
DEVELOPMENT = {
    "in-sample": DATA / "redaction_corpus.jsonl",
    "dev": DATA / "redaction_dev.jsonl",
    "dev2": DATA / "redaction_dev2.jsonl",
    "dev3": DATA / "redaction_dev3.jsonl",
    "dev4": DATA / "redaction_dev4.jsonl",
    "dev5": DATA / "redaction_dev5.jsonl",
    "dev6": DATA / "redaction_dev6.jsonl",
    "dev7": DATA / "redaction_dev7.jsonl",
    "dev8": DATA / "redaction_dev8.jsonl",
    "dev9": DATA / "redaction_dev9.jsonl",
    "dev10": DATA / "redaction_dev10.jsonl",
    "dev11": DATA / "redaction_dev11.jsonl",
    "dev12": DATA / "redaction_dev12.jsonl",
    "dev13": DATA / "redaction_dev13.jsonl",
    "dev14": DATA / "redaction_dev14.jsonl",
    "dev15": DATA / "redaction_dev15.jsonl",
    "dev16": DATA / "redaction_dev16.jsonl",
    "dev17": DATA / "redaction_dev17.jsonl",
    "dev18": DATA / "redaction_dev18.jsonl",
    "dev19": DATA / "redaction_dev19.jsonl",
    "dev20": DATA / "redaction_dev20.jsonl",
    "dev21": DATA / "redaction_dev21.jsonl",
    "dev22": DATA / "redaction_dev22.jsonl",
    "dev23": DATA / "redaction_dev23.jsonl",
    "dev24": DATA / "redaction_dev24.jsonl",
    "dev25": DATA / "redaction_dev25.jsonl",
    "dev26": DATA / "redaction_dev26.jsonl",
    "dev27": DATA / "redaction_dev27.jsonl",
    "dev28": DATA / "redaction_dev28.jsonl",
    "dev29": DATA / "redaction_dev29.jsonl",
    "dev30": DATA / "redaction_dev30.jsonl",
    "dev31": DATA / "redaction_dev31.jsonl",
    "dev32": DATA / "redaction_dev32.jsonl",
    "dev33": DATA / "redaction_dev33.jsonl",
    "dev34": DATA / "redaction_dev34.jsonl",
    "dev35": DATA / "redaction_dev35.jsonl",
    "dev36": DATA / "redaction_dev36.jsonl",
    "dev37": DATA / "redaction_dev37.jsonl",
    "dev38": DATA / "redaction_dev38.jsonl",
    "dev39": DATA / "redaction_dev39.jsonl",
    "dev40": DATA / "redaction_dev40.jsonl",
    "dev41": DATA / "redaction_dev41.jsonl",
    "dev42": DATA / "redaction_dev42.jsonl",
    "dev43": DATA / "redaction_dev43.jsonl",
    "dev44": DATA / "redaction_dev44.jsonl",
    "dev45": DATA / "redaction_dev45.jsonl",
    "dev46": DATA / "redaction_dev46.jsonl",
    "dev47": DATA / "redaction_dev47.jsonl",
    "dev48": DATA / "redaction_dev48.jsonl",
    "dev49": DATA / "redaction_dev49.jsonl",
    "dev50": DATA / "redaction_dev50.jsonl",
    "dev51": DATA / "redaction_dev51.jsonl",
    "dev52": DATA / "redaction_dev52.jsonl",
    "dev53": DATA / "redaction_dev53.jsonl",
    "dev54": DATA / "redaction_dev54.jsonl",
    "dev55": DATA / "redaction_dev55.jsonl",
    "dev56": DATA / "redaction_dev56.jsonl",
    "dev57": DATA / "redaction_dev57.jsonl",
    "dev58": DATA / "redaction_dev58.jsonl",
    "dev59": DATA / "redaction_dev59.jsonl",
    "dev60": DATA / "redaction_dev60.jsonl",
    "dev61": DATA / "redaction_dev61.jsonl",
    "dev62": DATA / "redaction_dev62.jsonl",
    "dev63": DATA / "redaction_dev63.jsonl",
    "dev64": DATA / "redaction_dev64.jsonl",
    "dev65": DATA / "redaction_dev65.jsonl",
    "dev66": DATA / "redaction_dev66.jsonl",
    "dev67": DATA / "redaction_dev67.jsonl",
    "dev68": DATA / "redaction_dev68.jsonl",
}


def overall(scores: dict[str, KindScore]) -> KindScore:
    """The scores of every kind summed into one row."""
    rows = scores.values()
    return KindScore(
        kind="overall",
        labelled=sum(s.labelled for s in rows),
        recalled=sum(s.recalled for s in rows),
        predicted=sum(s.predicted for s in rows),
        correct=sum(s.correct for s in rows),
    )


def row(score: KindScore, label: str | None = None) -> str:
    return (
        f"{label or score.kind:<14}{score.labelled:>9}{score.recalled:>9}{score.predicted:>10}"
        f"{score.correct:>9}{score.recall:>9.3f}{score.precision:>11.3f}"
    )


def main() -> None:
    redactor = Redactor.default()

    def predict(text: str) -> list[LabelledSpan]:
        return [LabelledSpan(kind=f.kind, start=f.start, end=f.end) for f in redactor.find(text)]

    header = (
        f"{'kind':<14}{'labelled':>9}{'recalled':>9}{'predicted':>10}"
        f"{'correct':>9}{'recall':>9}{'precision':>11}"
    )
    if "--all" in sys.argv[1:]:
        for label, path in DEVELOPMENT.items():
            part_scores = evaluate(predict, load_corpus(path))
            print(f"{label} corpus ({path.name})")
            print(header)
            for score in part_scores.values():
                print(row(score))
            print(row(overall(part_scores)))
            print()

    for version, path in BLIND.items():
        blind(version, path, predict, header)


def blind(
    version: str, path: Path, predict: Callable[[str], list[LabelledSpan]], header: str
) -> None:
    """Print one blind corpus's figures: per kind, overall, per style, clean texts flagged."""
    corpus = load_corpus(path)
    started = time.perf_counter()
    scores = evaluate(predict, corpus)
    elapsed = time.perf_counter() - started
    print(f"blind corpus {version} ({path.name}): {len(corpus)} texts, {elapsed:.2f} s")
    print(header)
    for score in scores.values():
        print(row(score))
    print(row(overall(scores)))

    styles: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        styles.setdefault(record["style"], []).append(record["id"])
    print("\nper style (all kinds together)")
    print("style" + header[4:])
    for style, ids in sorted(styles.items()):
        wanted = set(ids)
        part = [item for item in corpus if item.id in wanted]
        print(row(overall(evaluate(predict, part)), style))

    empty = [item for item in corpus if not item.spans]
    flagged = [item for item in empty if predict(item.text)]
    print(
        f"\ntexts without personal data: {len(empty)}, with something hidden anyway: {len(flagged)}"
    )
    print()


if __name__ == "__main__":
    main()
