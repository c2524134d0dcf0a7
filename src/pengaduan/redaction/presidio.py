"""Run this library's detectors inside a Presidio pipeline.

For apps that already use `presidio-analyzer`: `presidio_recognizer()` wraps a
[`Redactor`][pengaduan.redaction.Redactor] as one Presidio ``EntityRecognizer``, and
`analyzer_engine()` builds an ``AnalyzerEngine`` around it that needs no spaCy model
(Presidio's ``NoOpNlpEngine``). Presidio is imported only when one of these is called; this
module imports cleanly without it, and the functions raise
[`OptionalDependencyError`][pengaduan.errors.OptionalDependencyError] with the install command when
it is missing.

Entity names follow Presidio's conventions where one exists (``PHONE_NUMBER``,
``EMAIL_ADDRESS``, ``PERSON``) and use an ``ID_`` prefix for Indonesian identifiers
(``ID_NIK``, ``ID_NPWP``...): see `PRESIDIO_ENTITIES`.
"""

from __future__ import annotations

import importlib
import math
import re
from typing import Any

from pengaduan._core.text import exact
from pengaduan._i18n import N_
from pengaduan.errors import ArgumentError, OptionalDependencyError, type_name
from pengaduan.redaction.detectors import KnownIdentity
from pengaduan.redaction.kinds import PiiKind
from pengaduan.redaction.redactor import Redactor

__all__ = [
    "PRESIDIO_ENTITIES",
    "analyzer_engine",
    "entity_for",
    "presidio_recognizer",
]

PRESIDIO_ENTITIES: dict[str, str] = {
    PiiKind.NIK: "ID_NIK",
    PiiKind.KK: "ID_KK",
    PiiKind.NPWP: "ID_NPWP",
    PiiKind.PHONE: "PHONE_NUMBER",
    PiiKind.EMAIL: "EMAIL_ADDRESS",
    PiiKind.BPJS: "ID_BPJS",
    PiiKind.BANK_ACCOUNT: "ID_BANK_ACCOUNT",
    PiiKind.PLATE: "ID_VEHICLE_PLATE",
    PiiKind.NAME: "PERSON",
    PiiKind.ADDRESS: "ADDRESS",
}


def _import(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise OptionalDependencyError(
            feature="presidio adapter", package="presidio-analyzer", extra="presidio"
        ) from None


# A language code as Presidio and spaCy take it (``id``, ``en``, ``pt-BR``): letters, then
# optional subtags; anything else (a space, an empty code) failed inside spaCy with a ValueError.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")


def _check(redactor: object, language: object, score: object = 0.5, known: object = None) -> None:
    """Refuse arguments of the wrong type before Presidio sees them."""
    problems = [
        ArgumentError(argument=name, rule=rule, given=type_name(value))
        for name, value, ok, rule in (
            ("redactor", redactor, isinstance(redactor, Redactor), "must be a Redactor"),
            (
                "language",
                language,
                isinstance(language, str)
                and len(language) <= 16
                and _LANGUAGE.fullmatch(str.__str__(language)) is not None,
                N_("must be a language code such as 'id'"),
            ),
            (
                "score",
                score,
                isinstance(score, int | float)
                and not isinstance(score, bool)
                and 0 <= score <= 1
                and math.isfinite(score),
                N_("must be a number from 0 to 1"),
            ),
            (
                "known",
                known,
                known is None or isinstance(known, KnownIdentity),
                "must be a KnownIdentity or None",
            ),
        )
        if not ok
    ]
    if problems:
        raise problems[0]


def entity_for(kind: str) -> str:
    """The Presidio entity name of a kind (app-defined kinds become ``kind.upper()``).

    Raises:
        ArgumentError: ``kind`` is not a str.
    """
    if not isinstance(kind, str):
        raise ArgumentError(argument="kind", rule="must be a str", given=type_name(kind))
    kind = exact(kind)
    return PRESIDIO_ENTITIES.get(kind, kind.upper())


def presidio_recognizer(
    redactor: Redactor,
    *,
    language: str = "id",
    score: float = 0.85,
    known: KnownIdentity | None = None,
) -> Any:
    """Wrap ``redactor`` as a Presidio ``EntityRecognizer``.

    The recognizer runs the redactor's detectors and overlap rule, and reports each span with
    the Presidio entity from `PRESIDIO_ENTITIES` and a fixed score.

    Args:
        redactor: the redactor whose detectors to run.
        language: the language code Presidio will call it for.
        score: the score given to every result (the detectors validate, they do not guess).
        known: a known identity to look for in every text.

    Returns:
        A ``presidio_analyzer.EntityRecognizer``.

    Raises:
        ArgumentError: an argument of the wrong type or out of range.
        OptionalDependencyError: presidio-analyzer is not installed.
    """
    _check(redactor, language, score, known)
    analyzer = _import("presidio_analyzer")
    kinds = [k for d in redactor.detectors for k in _kinds_of(d)]
    entities = sorted({entity_for(k) for k in kinds} | set(PRESIDIO_ENTITIES.values()))

    class PengaduanRecognizer(analyzer.EntityRecognizer):  # type: ignore[misc,name-defined]
        """Presidio recognizer running the pengaduan detectors."""

        def load(self) -> None:
            """Nothing to load: detectors are plain Python."""

        def analyze(
            self, text: str, entities: list[str], nlp_artifacts: object = None
        ) -> list[Any]:
            """Return Presidio results for the requested entities."""
            wanted = set(entities or self.supported_entities)
            return [
                analyzer.RecognizerResult(
                    entity_type=entity_for(f.kind),
                    start=f.start,
                    end=f.end,
                    score=score,
                    analysis_explanation=None,
                    recognition_metadata={
                        analyzer.RecognizerResult.RECOGNIZER_NAME_KEY: f"pengaduan.{f.detector}",
                        analyzer.RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    },
                )
                for f in redactor.find(text, known=known)
                if entity_for(f.kind) in wanted
            ]

    return PengaduanRecognizer(
        supported_entities=entities, supported_language=language, name="PengaduanRecognizer"
    )


def _kinds_of(detector: object) -> tuple[str, ...]:
    kinds = getattr(detector, "kinds", None)
    if kinds is not None:
        return tuple(str(k) for k in kinds)
    kind = getattr(detector, "kind", None)
    return (str(kind),) if kind is not None else ()


def analyzer_engine(redactor: Redactor, *, language: str = "id") -> Any:
    """A Presidio ``AnalyzerEngine`` running ``redactor``'s detectors, with no NLP model.

    It uses Presidio's ``NoOpNlpEngine``, so nothing is downloaded; add your own recognizers to
    ``engine.registry`` as usual.

    Args:
        redactor: the redactor whose detectors to run.
        language: the language code to register.

    Returns:
        A ``presidio_analyzer.AnalyzerEngine``.

    Raises:
        ArgumentError: ``redactor`` is not a Redactor or ``language`` not a language code.
        OptionalDependencyError: presidio-analyzer is not installed.
    """
    _check(redactor, language)
    analyzer = _import("presidio_analyzer")
    nlp = _import("presidio_analyzer.nlp_engine")
    engine = nlp.NoOpNlpEngine(models=[{"lang_code": language, "model_name": "none"}])
    registry = analyzer.RecognizerRegistry(supported_languages=[language])
    registry.add_recognizer(presidio_recognizer(redactor, language=language))
    return analyzer.AnalyzerEngine(
        registry=registry, nlp_engine=engine, supported_languages=[language]
    )
