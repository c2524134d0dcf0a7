"""Train the learned second opinion on whose phone number it is (``data/phone_owner.json``).

Reads the in-sample and development redaction corpora (``tests/data/redaction_corpus.jsonl``,
``tests/data/redaction_dev*.jsonl`` but those `HELD_OUT`; never a blind corpus), runs the
redactor's rules alone (``learned_phone_owner=False``) on every text, and takes each phone the
rules find as one case:
*a person's* where it overlaps a labelled phone, *not a person's* where it does not. A
logistic model (scikit-learn, ``C=1``, classes balanced) is fitted on the features of
``pengaduan.redaction._phone_learned``; a corpus's feature is kept only where texts of at least
three corpora (three writers) hold it, so no corpus's own names or templates are learned.

The annotation guide's own examples, as the rule tests hold them, are cases too, each weighing
``SPEC_WEIGHT`` development cases, so the model learns where the guide has decided and does not
overrule it: the texts with their expected redaction in ``tests/test_redaction_guide_rules.py``
(a phone the rules find is a person's where its value no longer shows in the expected text), the
texts it expects untouched, the offices' and persons' lines of
``tests/test_redaction_phone_owner.py``, and the numbers of the first rules' tests
(``tests/test_redaction_dev4_rules.py``) and the phones ``tests/test_redaction_owner_rules.py``
expects untouched. Their features are all kept: the guide's examples are
the specification, and their words are the project's own.

``--cv`` prints, instead, what the model would do on corpora it did not see: the corpora are
dealt into ten folds, each fold is judged by a model trained on the other nine, and the cases
removed at each threshold are counted. The shipped threshold was chosen on that table alone
(the guide's examples are in every fold's training: they are the specification, not a corpus).

Run: ``.venv/bin/python tools/train_phone_owner.py [--cv]`` (needs the ``learn`` extra); re-run
it after a change to the number rules, and commit the model with the change.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from pengaduan.redaction import Redactor
from pengaduan.redaction._fold import fold
from pengaduan.redaction._phone_learned import phone_cases
from pengaduan.redaction.evaluation import load_corpus
from pengaduan.redaction.redactor import redaction_tags

if TYPE_CHECKING:
    from collections.abc import Callable

    from pengaduan.redaction import Finding

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MODEL = ROOT / "src" / "pengaduan" / "redaction" / "data" / "phone_owner.json"
THRESHOLD = 0.9
MIN_CORPORA = 3
FOLDS = 10
C = 1.0
SPEC_WEIGHT = 10.0
SPEC = "the annotation guide's examples"
Case = tuple[frozenset[str], bool]  # (features, a person's number)


#: Development corpora the model does not learn from, and why. The fifty-fifth (NPWPs and NIKs
#: in every writing) holds few phones: a model trained with it dropped three more labelled
#: phones on a blind corpus (its floor failed), so it stays out of the training, as a rule that
#: fails a blind floor is not kept. The fifty-sixth (small businesses and the people behind
#: them) likewise: a model trained with it dropped labelled phones on the same blind corpus
#: (its phone floor failed); and the fifty-seventh (community bodies and their officers): a
#: model trained with it failed the second blind corpus's phone floor; and the sixtieth
#: (everyday money and utilities, scams' numbers among them): a model trained with it failed
#: the twenty-seventh blind corpus's phone floor; the sixty-second (everyday trade and
#: services) and the sixty-third (whose number, told in prose): a model trained with either
#: failed the twenty-sixth blind corpus's phone floor. The sixty-fourth (complaints as they
#: arrive, every service and writer), the sixty-fifth (whose tax number), the sixty-sixth
#: (whose phone number), the sixty-seventh (tax and identity numbers in prose) and the
#: sixty-eighth (whose phone number, in prose) are held out from the start: checks of the model
#: on text it did not learn from.
HELD_OUT = frozenset(
    {
        "redaction_dev55.jsonl",
        "redaction_dev56.jsonl",
        "redaction_dev57.jsonl",
        "redaction_dev60.jsonl",
        "redaction_dev62.jsonl",
        "redaction_dev63.jsonl",
        "redaction_dev64.jsonl",
        "redaction_dev65.jsonl",
        "redaction_dev66.jsonl",
        "redaction_dev67.jsonl",
        "redaction_dev68.jsonl",
    }
)


def corpora() -> list[Path]:
    """The corpora the model may learn from, in a fixed order (not those `HELD_OUT`)."""
    return [
        DATA / "redaction_corpus.jsonl",
        *sorted(path for path in DATA.glob("redaction_dev*.jsonl") if path.name not in HELD_OUT),
    ]


def cases(path: Path, redactor: Redactor) -> list[Case]:
    """Every phone the rules find in the corpus at ``path``, with its features and label."""
    found: list[Case] = []
    for item in load_corpus(path):
        if not fold(item.text).identity:  # the model reads folded text: offsets would move
            continue
        gold = [s for s in item.spans if s.kind == "phone"]
        found += [
            (own, any(g.start < f.end and f.start < g.end for g in gold))
            for f, _value, own in _judged(item.text, redactor)
        ]
    return found


def _judged(text: str, redactor: Redactor) -> list[tuple[Finding, str, frozenset[str]]]:
    """Each phone the rules find in ``text`` (folded), its value and its features."""
    findings = redactor.find(text)
    shared, numbers = phone_cases(text, findings, redaction_tags(text))
    words = {f"t:{w}" for w in shared}
    return [
        (findings[i], text[findings[i].start : findings[i].end], frozenset(own) | words)
        for i, _digits, own in numbers
    ]


def spec_cases(redactor: Redactor) -> list[Case]:
    """The annotation guide's examples as the rule tests hold them (see the module's doc)."""
    sys.path.insert(0, str(ROOT))
    guide = importlib.import_module("tests.test_redaction_guide_rules")
    owners = importlib.import_module("tests.test_redaction_phone_owner")
    first = importlib.import_module("tests.test_redaction_dev4_rules")
    owner_rules = importlib.import_module("tests.test_redaction_owner_rules")
    found: list[Case] = []

    def add(text: str, person: Callable[[Finding, str], bool]) -> None:
        if fold(text).identity:
            found.extend((own, person(f, value)) for f, value, own in _judged(text, redactor))

    for name in ("NUMBERS", "NAMES", "EMAILS", "PLATES_AND_ADDRESSES", "LATER_ROUNDS"):
        for param in getattr(guide, name):
            text, expected = param.values[:2]
            add(text, lambda _f, value, expected=expected: value not in expected)
    for param in first.NUMBERS:  # the first rules' numbers (``telp tu 0380 ...``)
        text, expected = param.values[:2]
        add(text, lambda _f, value, expected=expected: value not in expected)
    untouched = [
        *guide.NOT_NUMBERS,
        *guide.OFFICES_ON_PAPER,
        *owners.OFFICES,
        *first.NOT_NUMBERS,
        *owner_rules.NOT_PHONES,
    ]
    for param in untouched:
        add(param if isinstance(param, str) else param.values[0], lambda _f, _v: False)
    for param in owners.PERSONS:
        text, number = param.values[:2]
        add(text, lambda _f, value, number=number: number in value)
    return found


def fit(
    by_corpus: dict[str, list[Case]],
) -> tuple[LogisticRegression, DictVectorizer]:
    """A model fitted on the cases of ``by_corpus`` (the corpora's features of three corpora or
    more, and every feature of the guide's examples)."""
    spread: Counter[str] = Counter()
    for items in by_corpus.values():
        spread.update({f for features, _ in items for f in features})
    kept = {f for f, n in spread.items() if n >= MIN_CORPORA}
    rows = [
        ({f: 1 for f in features if f in kept or name == SPEC}, person, name)
        for name, items in by_corpus.items()
        for features, person in items
    ]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([row for row, _, _ in rows])
    labels = [0 if person else 1 for _, person, _ in rows]
    weights = [SPEC_WEIGHT if name == SPEC else 1.0 for _, _, name in rows]
    model = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    model.fit(matrix, labels, sample_weight=weights)
    return model, vectorizer


def cross_validate(by_corpus: dict[str, list[Case]]) -> None:
    """Print the leave-corpora-out table (ten folds of corpora)."""
    names = [name for name in by_corpus if name != SPEC]
    judged: list[tuple[float, bool]] = []
    for fold_number in range(FOLDS):
        held = set(names[fold_number::FOLDS])
        model, vectorizer = fit({n: cases for n, cases in by_corpus.items() if n not in held})
        items = [case for n in names if n in held for case in by_corpus[n]]
        matrix = vectorizer.transform([dict.fromkeys(features, 1) for features, _ in items])
        probabilities = model.predict_proba(matrix)[:, 1]
        judged += [(float(p), person) for p, (_, person) in zip(probabilities, items, strict=True)]
    persons = sum(1 for _, person in judged if person)
    others = len(judged) - persons
    print(f"{len(judged)} phones the rules find: {persons} a person's, {others} not")
    print("threshold | not a person's removed | a person's removed | precision")
    for threshold in (0.5, 0.7, 0.8, 0.9, 0.95):
        lost = sum(1 for p, person in judged if p >= threshold and person)
        gained = sum(1 for p, person in judged if p >= threshold and not person)
        precision = (persons - lost) / (persons - lost + others - gained)
        print(
            f"{threshold:9} | {gained:22} | {lost:18} ({lost / persons:.2%}) | "
            f"{persons / len(judged):.4f} -> {precision:.4f}"
        )


def collect() -> dict[str, list[Case]]:
    """Every case, by corpus, and the guide's examples under ``SPEC``."""
    redactor = Redactor.default(learned_phone_owner=False)
    by_corpus = {path.name: cases(path, redactor) for path in corpora()}
    by_corpus[SPEC] = spec_cases(redactor)
    return by_corpus


def main(argv: list[str]) -> int:
    by_corpus = collect()
    if "--cv" in argv:
        cross_validate(by_corpus)
        return 0
    model, vectorizer = fit(by_corpus)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if round(float(w), 4)
    }
    MODEL.write_text(
        json.dumps(
            {
                "about": "Whose phone number: a logistic model of 'not a person's number', "
                "written by tools/train_phone_owner.py.",
                "threshold": THRESHOLD,
                "bias": round(float(model.intercept_[0]), 4),
                "trained_on": {
                    path.name: hashlib.sha256(path.read_bytes()).hexdigest()[:16]
                    for path in corpora()
                },
                "cases": sum(len(items) for items in by_corpus.values()),
                "guide_examples": len(by_corpus[SPEC]),
                "weights": dict(sorted(weights.items())),
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{MODEL.relative_to(ROOT)}: {len(weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
