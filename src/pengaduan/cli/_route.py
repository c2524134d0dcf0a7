"""``pengaduan route``: the unit for a complaint text; ``route train`` and ``route evaluate``
for the learned model."""

from __future__ import annotations

import json
import re
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pengaduan._core.lines import bounded_lines
from pengaduan._core.paths import open_regular
from pengaduan._i18n import format_number, format_percent
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import (
    MAX_TEXT_BYTES,
    _DataError,
    _FileError,
    _readable_file,
    _reason,
    _say,
    _UsageError,
    _writable,
    _write_file,
)
from pengaduan.cli._exit import EXIT_OK

if TYPE_CHECKING:
    import argparse
    from collections.abc import Iterator, Sequence

__all__ = ["add_route"]


def add_route(commands: Any) -> None:
    """Add the ``route`` command to the ``pengaduan`` parser's subcommands."""
    route = commands.add_parser(
        "route",
        help=_("decide which unit (OPD) handles a complaint text"),
        description=_("decide which unit (OPD) handles a complaint text"),
    )
    route.add_argument(
        "text",
        metavar=_("TEXT"),
        help=_("a complaint text, a UTF-8 file with one text per line, or train/evaluate"),
    )
    route.add_argument(
        "labelled",
        nargs="?",
        metavar=_("LABELLED"),
        help=_("for train/evaluate: a labelled JSON-lines file"),
    )
    route.add_argument("--json", action="store_true", help=_("one JSON object per text"))
    route.add_argument("--model", help=_("a model file (route with rules and the model)"))
    route.add_argument(
        "--precedence", choices=["rules", "model"], default="rules", help=_("who decides first")
    )
    route.add_argument("--output", help=_("train: where to write the model file"))
    route.add_argument("--name", default="model", help=_("train: the model's name"))
    route.add_argument("--folds", type=int, default=5, help=_("train/evaluate: folds (2-20)"))
    route.add_argument(
        "--min-df",
        type=int,
        default=3,
        help=_("train/evaluate: keep a word only if this many distinct texts have it (1-10000)"),
    )
    route.add_argument("--html", help=_("evaluate: also write a self-contained HTML report here"))
    route.add_argument(
        "--choose",
        action="store_true",
        help=_("train: compare classifiers and features by cross-validation, keep the best"),
    )
    route.add_argument(
        "--histories",
        action="store_true",
        help=_("train/evaluate: the file is an export of complaint histories (last disposition)"),
    )
    route.set_defaults(run=_route)


_FILE_NAME = re.compile(r"[\w./-]+\.(?:txt|jsonl|json|csv|tsv|gz)\Z", re.IGNORECASE)


def _looks_like_a_file_name(argument: str) -> bool:
    """One word ending in a file extension (never a sentence someone wrote)."""
    return len(argument) < 4096 and bool(_FILE_NAME.match(argument))


def _route(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.audit._cells import terminal_safe  # noqa: PLC0415
    from pengaduan.routing import Normalizer, UnitDirectory, default_router  # noqa: PLC0415
    from pengaduan.routing.learned import LearnedRouter, load_model  # noqa: PLC0415

    if args.labelled is not None:
        if args.text == "train":
            return _route_train(args, out)
        if args.text == "evaluate":
            return _route_evaluate(args, out)
        raise _UsageError(
            _("a second argument is only for: route train|evaluate {labelled}").format(
                labelled=_("LABELLED")
            )
        )
    if args.text in {"train", "evaluate"} and not _is_file(args.text):
        raise _UsageError(
            _("route train|evaluate needs a labelled file: {labelled}").format(
                labelled=_("LABELLED")
            )
        )
    normalizer = Normalizer.kupang()
    router = default_router(normalizer=normalizer, directory=UnitDirectory.kota_kupang())
    model = None
    if args.model is not None:
        model = load_model(_readable_file(Path(args.model), "--model"), normalizer=normalizer)
    combined = LearnedRouter(router=router, model=model, precedence=args.precedence)
    # Only an existing file is read: anything else is the complaint text itself (and must never
    # be echoed back in an "unreadable file" message). Files are read line by line. A single
    # word that names a file (``keluhan.txt``, ``data/masuk.jsonl``) but does not exist is a
    # missing file, not a complaint: routing it as text would hide the mistake (a directory or
    # a pipe of that name is told as such).
    from_file = len(args.text) < 4096 and "\n" not in args.text and _is_file(args.text)
    if not from_file and _looks_like_a_file_name(args.text):
        _readable_file(Path(args.text))
        raise _FileError(
            _("cannot read the input file ({reason})").format(reason=_("no such file"))
        )
    for item in _route_lines(args.text, args.lang) if from_file else iter([args.text]):
        if not args.json and from_file and not item.strip():
            continue
        decision = combined.route(item)
        if args.json:
            ruled = decision.rules
            record = {
                "unit": decision.unit,
                "source": decision.source.value,
                "confidence": (
                    None if decision.confidence is None else round(decision.confidence, 4)
                ),
                "rule": decision.rule,
                "model": decision.model,
                "words": list(ruled.words),
                "co_units": list(ruled.co_units) if decision.source == "rule" else [],
                "runners_up": [[c.unit, c.rule, c.score] for c in ruled.runners_up],
                "review": [str(r) for r in ruled.review]
                + (["model-unsure"] if decision.source == "model" and decision.review else []),
                "offered": list(decision.offered),
            }
            if decision.prediction is not None:
                record["ranked"] = [[u, round(p, 4)] for u, p in decision.prediction.ranked]
                record["features"] = [[w, v] for w, v in decision.prediction.features]
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            continue
        review = "  [" + _("needs review") + "]" if decision.review else ""
        by = decision.rule or "-"
        words = (
            decision.rules.words
            if decision.prediction is None or decision.source != "model"
            else tuple(w for w, _ in decision.prediction.features)
        )
        line = (
            _("Unit: {unit}  Model: {model}  Words that weighed most: {words}")
            if decision.source == "model"
            else _("Unit: {unit}  Rule: {rule}  Trigger words: {words}")
        )
        out.write(
            terminal_safe(
                line.format(
                    unit=decision.unit, rule=by, model=decision.model, words=", ".join(words) or "-"
                )
                + review
            )
            + "\n"
        )
    return EXIT_OK


def _route_lines(name: str, lang: str) -> Iterator[str]:
    """The lines of a UTF-8 file, streamed (a file of any size; each line at most 16 MiB)."""
    failure: Exception | None = None
    try:
        with open_regular(name) as stream:  # a FIFO swapped in after the check: refused
            for number, (whole, _size) in enumerate(bounded_lines(stream, MAX_TEXT_BYTES), start=1):
                raw = whole.removesuffix(b"\n").removesuffix(b"\r")
                if len(raw) > MAX_TEXT_BYTES:
                    failure = _DataError(
                        _("line {number}: the input is larger than {limit} bytes").format(
                            number=number, limit=MAX_TEXT_BYTES
                        )
                    )
                    break
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    failure = _DataError(
                        _("line {number}: the input is not UTF-8 text").format(number=number)
                    )
                    break
                yield line.rstrip("\r\n")
    except OSError as error:
        failure = _FileError(
            _("cannot read the input file ({reason})").format(reason=_reason(error))
        )
    if failure is not None:
        raise failure


def _skipped_note(skipped: Sequence[Any]) -> str:
    shown = ", ".join(f"{s.line} ({s.reason})" for s in skipped[:20])
    if len(skipped) > 20:
        return _("skipped lines: {lines} and {more} more").format(
            lines=shown, more=format_number(len(skipped) - 20)
        )
    return _("skipped lines: {lines}").format(lines=shown)


def _route_training(args: argparse.Namespace) -> tuple[Any, Any]:
    from pengaduan.routing import Normalizer  # noqa: PLC0415
    from pengaduan.routing.learned import Labelled, TrainingOptions  # noqa: PLC0415

    if type(args.folds) is not int or not 2 <= args.folds <= 20:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--folds", low=format_number(2), high=format_number(20)
            )
        )
    if type(args.min_df) is not int or not 1 <= args.min_df <= 10_000:
        raise _UsageError(
            _("{arg} must be from {low} to {high}").format(
                arg="--min-df", low=format_number(1), high=format_number(10_000)
            )
        )
    source = _readable_file(Path(args.labelled))
    data = Labelled.from_export(source) if args.histories else Labelled.from_jsonl(source)
    if data.skipped:
        _say(f"pengaduan: {_skipped_note(data.skipped)}")
    options = TrainingOptions(folds=args.folds, min_df=args.min_df, redact=_training_redactor())
    return data, (Normalizer.kupang(), options)


def _training_redactor() -> Any:
    """The default redactor as a function of a text: what it finds is cut out before training."""
    from pengaduan.redaction import Drop, Redactor  # noqa: PLC0415

    redactor = Redactor.default(fallback=Drop())

    def redact(text: str) -> str:
        return redactor.redact(text).text

    return redact


@contextmanager
def _training_quietly() -> Iterator[None]:
    """Training without the training library's own warnings on the terminal (English, with a
    source line): a classifier that did not converge is told in the reader's language; other
    warnings of the library concern its developers, not this command's reader."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    if any(w.category.__name__ == "ConvergenceWarning" for w in caught):
        _say(
            "pengaduan: "
            + _(
                "note: the classifier did not converge within its iteration limit; the model "
                "works but may be less accurate (more or more varied examples help)"
            )
        )


def _route_train(args: argparse.Namespace, out: IO[str]) -> int:
    import attrs  # noqa: PLC0415

    from pengaduan.routing.learned import train_model  # noqa: PLC0415

    if not args.output:
        raise _UsageError(_("route train needs --output MODEL.json"))
    if type(args.name) is not str or not args.name.isprintable() or not 0 < len(args.name) <= 100:
        raise _UsageError(_("--name must be a short printable name"))
    data, (normalizer, options) = _route_training(args)
    if args.choose:
        from pengaduan.routing.learned import choose_options  # noqa: PLC0415
        from pengaduan.routing.learned._train import CANDIDATES  # noqa: PLC0415

        candidates = [
            attrs.evolve(c, min_df=options.min_df, redact=options.redact) for c in CANDIDATES
        ]
        with _training_quietly():
            ranked = choose_options(
                data, normalizer=normalizer, candidates=candidates, folds=options.folds
            )
        for candidate, accuracy in ranked:
            grams = "-".join(map(str, candidate.char_ngrams))
            out.write(
                f"  {candidate.classifier.value} C={candidate.c:g} char {grams}: "
                f"{format_percent(100 * accuracy)}\n"
            )
        options = attrs.evolve(ranked[0][0], folds=options.folds)
    with _training_quietly():
        model = train_model(data, name=args.name, normalizer=normalizer, options=options)
    model.save(_writable(Path(args.output), args.lang))
    metrics = model.metadata["metrics"]
    out.write(
        _(
            "model {version}: {examples} examples, {units} units, {folds}-fold accuracy {accuracy}"
        ).format(
            version=model.version,
            examples=format_number(len(data.examples)),
            units=len(model.labels),
            folds=metrics["folds"],
            accuracy=format_percent(100 * metrics["cv_accuracy"]),
        )
        + "\n"
    )
    return EXIT_OK


def _route_evaluate(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.routing.learned import evaluate_model  # noqa: PLC0415

    data, (normalizer, options) = _route_training(args)
    with _training_quietly():
        evaluation = evaluate_model(data, normalizer=normalizer, options=options)
    if args.html:
        _write_file(_writable(Path(args.html), args.lang), evaluation.to_html(), args.lang)
    out.write((evaluation.to_json() if args.json else evaluation.to_text()) + "\n")
    return EXIT_OK


def _is_file(name: str) -> bool:
    try:
        return Path(name).is_file()
    except (OSError, ValueError):
        return False
