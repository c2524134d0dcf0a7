"""What a trained routing model keeps of the people in its training texts, and what keeping
less costs in accuracy.

On the training data only (``tests/data/routing_corpus.jsonl`` and
``tests/data/routing_dev.jsonl``; never the blind corpus), for the options models were trained
with before (every word with a non-zero weight kept), for each guard alone, for the default
(``min_df=3``, no words with a digit) and for the default with redaction (what
``pengaduan route train`` does):

* **accuracy**: 5 stratified folds, every option on the same folds, held-out texts read as they
  are (``choose_options``);
* **what leaks**: one text in five gets a made-up reporter's identity added ("nama saya ..., HP
  ..., NIK ..., email ..."): a unique name, phone number, NIK and e-mail address each, and one
  frequent reporter whose identity is in 4 texts. The model trained on those texts is saved,
  and the script counts the identities whose name, e-mail local part, or any digit group of the
  phone or NIK is a feature of the file (a word, or a character n-gram holding it whole);
* the size of the file and its number of features.

Run: ``.venv/bin/python benchmarks/bench_learned_privacy.py`` (needs the ``learn`` extra).
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path

from pengaduan.redaction import Drop, Redactor
from pengaduan.routing import Normalizer
from pengaduan.routing.learned import (
    Example,
    Labelled,
    TrainingOptions,
    choose_options,
    train_model,
)

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"

_REDACTOR = Redactor.default(fallback=Drop())


def redact(text: str) -> str:
    """The default redactor, what it finds cut out (as ``pengaduan route train`` does)."""
    return _REDACTOR.redact(text).text


VARIANTS = {
    "before (min_df=1, digits, no redaction)": TrainingOptions(min_df=1, keep_digits=True),
    "no words with a digit": TrainingOptions(min_df=1),
    "redaction only": TrainingOptions(min_df=1, keep_digits=True, redact=redact),
    "min_df=2 and no digits": TrainingOptions(min_df=2),
    "default: min_df=3 and no digits": TrainingOptions(),
    "default and redaction (route train)": TrainingOptions(redact=redact),
}

_SYLLABLES = ("ka", "lo", "mi", "ru", "te", "wa", "no", "se", "di", "ya", "bu", "ge", "ho", "ze")


def training_data() -> Labelled:
    return Labelled.from_examples(
        Example(text=e.text, unit=e.unit)
        for name in ("routing_corpus.jsonl", "routing_dev.jsonl")
        for e in Labelled.from_jsonl(DATA / name).examples
    )


def identity(rng: random.Random) -> dict[str, str]:
    """A made-up person: a name no corpus word is likely to hold, a phone, a NIK, an e-mail."""
    first = "".join(rng.choice(_SYLLABLES) for _ in range(4))
    last = "".join(rng.choice(_SYLLABLES) for _ in range(4))
    phone = f"08{rng.randrange(11, 99)}-{rng.randrange(1000, 9999)}-{rng.randrange(1000, 9999)}"
    nik = f"5371{rng.randrange(10**11, 10**12)}"
    return {
        "name": f"{first.title()} {last.title()}",
        "phone": phone,
        "nik": nik,
        "email": f"{first}.{last}@gmail.com",
    }


def with_identities(data: Labelled, seed: int = 7) -> tuple[Labelled, list[dict[str, str]]]:
    """``data`` with an identity added to one text in five (one frequent reporter in 4 texts)."""
    rng = random.Random(seed)
    frequent = identity(rng)
    people: list[dict[str, str]] = [frequent]
    examples = []
    frequent_left = 4
    for index, example in enumerate(data.examples):
        text = example.text
        if index % 5 == 0:
            if frequent_left:
                person = frequent
                frequent_left -= 1
            else:
                person = identity(rng)
                people.append(person)
            text += (
                f" Nama saya {person['name']}, HP {person['phone']}, NIK {person['nik']}, "
                f"email {person['email']}."
            )
        examples.append(Example(text=text, unit=example.unit))
    return Labelled.from_examples(examples), people


def leaked(features: set[str], person: dict[str, str]) -> bool:
    """Whether a feature of the model holds a part of ``person`` whole."""
    parts = [*person["name"].lower().split(), person["email"].split("@")[0]]
    parts += re.findall(r"\d{3,}", person["phone"] + " " + person["nik"])
    return any(part in feature for part in parts for feature in features)


def main() -> None:
    data = training_data()
    normalizer = Normalizer.kupang()
    accuracy = dict(choose_options(data, normalizer=normalizer, candidates=list(VARIANTS.values())))
    marked, people = with_identities(data)
    print(
        f"{len(data.examples)} training texts; {len(people)} made-up reporters in "
        f"{sum(1 for e in marked.examples if 'Nama saya' in e.text)} of them (one in 4)"
    )
    print(f"{'options':42} {'5-fold':>7} {'leaked':>9} {'frequent':>9} {'features':>9} {'KiB':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for label, options in VARIANTS.items():
            model = train_model(marked, name="probe", normalizer=normalizer, options=options)
            path = Path(folder) / "model.json"
            model.save(path)
            features = {f[2:] for f in json.loads(path.read_text(encoding="utf-8"))["features"]}
            found = sum(leaked(features, p) for p in people[1:])
            frequent = "yes" if leaked(features, people[0]) else "no"
            print(
                f"{label:42} {100 * accuracy[options]:6.1f}% {found:4} of {len(people) - 1:<3}"
                f" {frequent:>8} {len(features):9} {path.stat().st_size / 1024:6.0f}"
            )


if __name__ == "__main__":
    main()
