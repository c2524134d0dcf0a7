"""Valid sample calls for the hostile API sweep (``test_hostile_api_sweep.py``).

Every public callable of the package gets one call that succeeds: each argument is made from
its annotation (:func:`from_annotation`: ``str``, a ``datetime``, a ``Complaint``,
``Iterable[Complaint]``, an enumeration's first member...) or, where the annotation is not
enough, taken from :data:`ARGUMENTS` (a status that exists, a file to read, values that must
agree). Methods are called on the instance :data:`INSTANCES` names, else on what their class's
own sample call makes. The objects come from :class:`Samples`, fresh for each test.
"""

from __future__ import annotations

import contextlib
import enum
import inspect
import io
import json
import sys
from datetime import date, time, timedelta
from functools import cached_property
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from tests.helpers import T0, step, submission
from tests.legacy_store import write_legacy_store

from pengaduan.audit import Audit, ReadProblem, load_line
from pengaduan.audit.spill import SpillDirectory
from pengaduan.calendar import HolidayLayer, WorkingCalendar
from pengaduan.compliance import check
from pengaduan.intake import SmsGateway, from_counter, from_whatsapp, normalize_phone
from pengaduan.intake.tracking import new_tracking_id
from pengaduan.integrity import (
    KeyRing,
    MerkleTree,
    SigningKey,
    TransparencyLog,
    leaf_hash,
    sign_tree_head,
    verify_against_checkpoint,
)
from pengaduan.messages import Messenger, TemplateSet
from pengaduan.model import Actor
from pengaduan.privacy import ViewPolicy, view
from pengaduan.redaction import DetectionContext, Finding, KnownIdentity, Redactor, RegexDetector
from pengaduan.routing import Normalizer, default_router, default_taxonomy, default_units
from pengaduan.routing.learned import (
    Labelled,
    LearnedRouter,
    TrainingOptions,
    compare,
    train_model,
)
from pengaduan.serialization import to_dict, to_json
from pengaduan.sla import SlaPolicy, due_actions, evaluate
from pengaduan.store import AsyncRepository, Query, Repository, SqliteStore
from pengaduan.workflow import Workflow
from pengaduan.workflow.guards import GuardContext
from pengaduan.workflow.profiles import lapor_v3

if TYPE_CHECKING:
    import asyncio
    from collections.abc import Callable
    from pathlib import Path


class Samples:
    """The ordinary objects one test's sample calls are made of, each made on first use (and
    fresh for every test: a call that changes its object changes no other test's)."""

    def __init__(self, tmp_path: Path, runner: asyncio.Runner) -> None:
        self.tmp = tmp_path
        self.runner = runner
        self._closing: list[Callable[[], object]] = []

    def close(self) -> None:
        for close in reversed(self._closing):
            with contextlib.suppress(Exception):
                result = close()
                if inspect.iscoroutine(result):
                    self.runner.run(result)

    # values
    @cached_property
    def workflow(self) -> Any:

        return Workflow.default()

    @cached_property
    def definition(self) -> Any:

        return lapor_v3()

    @cached_property
    def policy(self) -> Any:

        return SlaPolicy.lapor(self.workflow)

    @cached_property
    def calendar(self) -> Any:

        return WorkingCalendar.indonesia(zone="Asia/Makassar", years=(2024, 2026))

    @cached_property
    def actor(self) -> Any:

        return Actor.admin("bag-organisasi")

    @cached_property
    def submission(self) -> Any:

        return submission()

    @cached_property
    def complaint(self) -> Any:

        return self.workflow.receive(
            self.submission, tracking_id="KPG-SWEEP-1", at=T0, actor=Actor.system("sms-1")
        )

    @cached_property
    def verified(self) -> Any:
        """The sample complaint one action later (verified, sent to ``dinkes``)."""
        return step(self.complaint, "verifikasi")

    @cached_property
    def other(self) -> Any:

        return self.workflow.receive(
            self.submission, tracking_id="KPG-SWEEP-2", at=T0, actor=Actor.system("sms-1")
        )

    @cached_property
    def event(self) -> Any:
        return self.complaint.history[0]

    @cached_property
    def inbound(self) -> Any:

        return from_counter(text="Jalan rusak di Oebobo", received_at=T0)

    @cached_property
    def reply(self) -> Any:

        return from_whatsapp(sender="081339001199", text="KPG-SWEEP-1 4", received_at=T0)

    @cached_property
    def reports(self) -> Any:

        return evaluate(self.complaint, policy=self.policy, calendar=self.calendar, now=T0)

    @cached_property
    def due(self) -> Any:

        late = T0 + timedelta(days=60)
        return due_actions(
            [self.complaint],
            policy=self.policy,
            calendar=self.calendar,
            workflow=self.workflow,
            now=late,
        )[0]

    @cached_property
    def audit(self) -> Any:

        audit = Audit(workflow=self.workflow, policy=self.policy, calendar=self.calendar, now=T0)
        audit.add(self.verified)
        return audit

    @cached_property
    def audit_report(self) -> Any:
        return self.audit.report()

    @cached_property
    def record(self) -> Any:

        return load_line(to_json(self.complaint), 1)

    @cached_property
    def problem(self) -> Any:

        return ReadProblem(line=1, kind="malformed", detail="not JSON")

    @cached_property
    def lines_file(self) -> Path:

        path = self.tmp / "complaints.jsonl"
        path.write_text(to_json(self.complaint) + "\n", encoding="utf-8")
        return path

    @cached_property
    def directory(self) -> Any:

        return default_units()

    @cached_property
    def router(self) -> Any:

        return default_router()

    @cached_property
    def ruleset(self) -> Any:

        return default_taxonomy()

    @cached_property
    def document(self) -> Any:
        return self.router.document(self.complaint)

    @cached_property
    def normalizer(self) -> Any:

        return Normalizer.default()

    @cached_property
    def labelled(self) -> Any:

        return Labelled.from_pairs(
            [
                (f"{words} nomor {i} mohon dibantu", unit)
                for unit, words in (("pupr", "jalan rusak"), ("dlh", "sampah bau"))
                for i in range(6)
            ]
        )

    @cached_property
    def model(self) -> Any:

        options = TrainingOptions(folds=2, min_per_unit=2, min_df=1)
        return train_model(self.labelled, name="uji", options=options)

    @cached_property
    def model_file(self) -> Path:
        path = self.tmp / "model.json"
        self.model.save(path)
        return path

    @cached_property
    def redactor(self) -> Any:

        return Redactor.default()

    @cached_property
    def known(self) -> Any:

        return KnownIdentity.from_reporter(self.complaint.reporter)

    @cached_property
    def key(self) -> Any:

        return SigningKey.generate()

    @cached_property
    def key_file(self) -> Path:
        path = self.tmp / "key.pem"
        self.key.save(path)
        return path

    @cached_property
    def keyring(self) -> Any:

        return KeyRing.of(self.key)

    @cached_property
    def keyring_file(self) -> Path:
        path = self.tmp / "keys.json"
        self.keyring.save(path)
        return path

    @cached_property
    def log(self) -> Any:

        log = TransparencyLog()
        log.append(self.complaint)
        log.append(self.other)
        return log

    @cached_property
    def log_file(self) -> Path:
        path = self.tmp / "log.jsonl"
        self.log.save(path)
        return path

    @cached_property
    def sth(self) -> Any:

        return sign_tree_head(self.log, self.key, at=T0, size=1)

    @cached_property
    def new_sth(self) -> Any:

        return sign_tree_head(self.log, self.key, at=T0 + timedelta(hours=1))

    @cached_property
    def inclusion(self) -> Any:
        return self.log.prove("KPG-SWEEP-1", size=1)

    @cached_property
    def consistency(self) -> Any:
        return self.log.consistency_proof(1)

    @cached_property
    def tree(self) -> Any:

        tree = MerkleTree()
        for entry in (b"a", b"b", b"c"):
            tree.append(leaf_hash(entry))
        return tree

    @cached_property
    def repository(self) -> Any:

        repo = Repository(
            f"sqlite:///{self.tmp / 'store.db'}", policy=self.policy, calendar=self.calendar
        )
        self._closing.append(repo.close)
        repo.add(self.complaint)
        return repo

    @cached_property
    def async_repository(self) -> Any:

        url = f"sqlite+aiosqlite:///{self.tmp / 'async.db'}"
        opening = AsyncRepository.open(url, policy=self.policy, calendar=self.calendar)
        repo = self.runner.run(opening)
        self._closing.append(repo.close)
        self.runner.run(repo.add(self.complaint))
        return repo

    @cached_property
    def transaction(self) -> Any:
        held = self.repository.transaction()
        opened = held.__enter__()
        self._closing.append(lambda: held.__exit__(None, None, None))
        return opened

    @cached_property
    def async_transaction(self) -> Any:
        held = self.async_repository.transaction()
        opened = self.runner.run(held.__aenter__())
        self._closing.append(lambda: held.__aexit__(None, None, None))
        return opened

    @cached_property
    def sqlite_store(self) -> Any:

        store = SqliteStore(self.tmp / "legacy.db")
        self._closing.append(store.close)
        store.add(self.complaint)
        return store

    @cached_property
    def message(self) -> Any:

        messenger = Messenger(workflow=self.workflow, policy=self.policy, calendar=self.calendar)
        return messenger.messages_for(self.complaint)[0]

    @cached_property
    def outbox(self) -> Any:
        outbox = self.repository.outbox
        outbox.enqueue([self.message])
        return outbox

    @cached_property
    def async_outbox(self) -> Any:
        outbox = self.async_repository.outbox
        self.runner.run(outbox.enqueue([self.message]))
        return outbox

    @cached_property
    def spill(self) -> Any:

        spill = SpillDirectory(self.tmp)
        self._closing.append(spill.close)
        return spill

    @cached_property
    def guard_context(self) -> Any:

        return GuardContext(
            complaint=self.complaint, action="verifikasi", actor=self.actor, at=T0, data={}
        )

    @cached_property
    def detection_context(self) -> Any:

        return DetectionContext("[NAMA] Telepon 081339001199", KnownIdentity(), [(0, 6)])


class _Ref:
    """A sample object named in the tables below, made when a test asks for it."""

    def __init__(self, make: Callable[[Samples], object]) -> None:
        self.make = make


class _S:
    """``S.complaint`` in a table: the sample complaint of the test that uses the table."""

    def __getattr__(self, name: str) -> _Ref:
        return _Ref(lambda samples: getattr(samples, name))


S = _S()


def made(make: Callable[[Samples], object]) -> _Ref:
    """A sample computed from the test's samples (``made(lambda s: [s.complaint])``)."""
    return _Ref(make)


def resolved(value: object, samples: Samples) -> object:
    return value.make(samples) if isinstance(value, _Ref) else value


# --- samples from annotations --------------------------------------------------------------


def _fresh_audit(samples: Samples) -> object:

    return Audit(
        workflow=samples.workflow,
        policy=samples.policy,
        calendar=samples.calendar,
        now=T0,
        skip_invalid=True,
    )


def _a_field(samples: Samples) -> object:
    return next(field for action in samples.definition.actions for field in action.fields)


#: The sample for each annotation naming one type.
_BY_TYPE: dict[str, object] = {
    "str": "x",
    "int": 1,
    "float": 1.0,
    "bool": False,
    "bytes": b"x",
    "datetime": T0,
    "date": date(2025, 3, 3),
    "time": time(8),
    "timedelta": timedelta(hours=1),
    "Path": made(lambda s: s.lines_file),
    "Complaint": S.complaint,
    "Event": S.event,
    "Workflow": S.workflow,
    "WorkflowDefinition": S.definition,
    "SlaPolicy": S.policy,
    "WorkingCalendar": S.calendar,
    "Actor": S.actor,
    "Submission": S.submission,
    "Inbound": S.inbound,
    "Reporter": made(lambda s: s.complaint.reporter),
    "Location": made(lambda s: s.complaint.location),
    "Record": S.record,
    "ReadProblem": S.problem,
    "AuditReport": S.audit_report,
    "AuditPart": made(lambda s: s.audit.part([s.complaint])),
    "Audit": made(_fresh_audit),
    "ClockReport": made(lambda s: s.reports[0]),
    "ClockRule": made(lambda s: s.policy.rules[0]),
    "Condition": made(lambda s: s.policy.rules[0].start),
    "DueAction": S.due,
    "LegalBasis": made(lambda s: s.policy.rules[0].basis),
    "Router": S.router,
    "RuleSet": S.ruleset,
    "Rule": made(lambda s: s.ruleset.rules[0]),
    "Document": S.document,
    "Normalizer": S.normalizer,
    "Lexicon": made(lambda s: s.normalizer.lexicons[0]),
    "UnitDirectory": S.directory,
    "Unit": made(lambda s: s.directory.get("dinkes")),
    "Routable": S.complaint,
    "Labelled": S.labelled,
    "LearnedModel": S.model,
    "Redactor": S.redactor,
    "KnownIdentity": S.known,
    "SigningKey": S.key,
    "KeyRing": S.keyring,
    "TransparencyLog": S.log,
    "SignedTreeHead": S.sth,
    "InclusionProof": S.inclusion,
    "ConsistencyProof": S.consistency,
    "Repository": S.repository,
    "AsyncRepository": S.async_repository,
    "Message": S.message,
    "Guard": made(
        lambda s: next(guard for action in s.definition.actions for guard in action.guards)
    ),
    "GuardContext": S.guard_context,
    "StatusSpec": made(lambda s: s.definition.statuses[0]),
    "ActionSpec": made(lambda s: s.definition.actions[0]),
    "FieldSpec": made(_a_field),
    "OfficeHours": made(lambda s: s.calendar.week.mon),
    "WeekSchedule": made(lambda s: s.calendar.week),
    "Holiday": made(lambda s: s.calendar.layers[0].holidays[0]),
    "HolidayLayer": made(lambda s: _layer()),
    "SpillDirectory": S.spill,
    "Query": made(lambda s: _query()),
    "IntakeError": made(lambda s: _intake_error()),
    "Finding": made(lambda s: _redaction_finding()),
    "IO[str]": made(lambda s: _io()),
}


def _query() -> object:

    return Query()


def _intake_error() -> object:

    try:
        normalize_phone("12")
    except Exception as error:
        return error
    raise AssertionError("normalize_phone accepted 12")


def _redaction_finding() -> object:

    return Finding(kind="phone", start=0, end=4, detector="numbers")


def _io() -> object:

    return io.StringIO()


MISSING = object()


def _enums() -> dict[str, type[enum.Enum]]:
    """The library's enumerations by name (a ``TimeUnit`` argument gets its first member)."""

    found: dict[str, type[enum.Enum]] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("pengaduan"):
            for value in vars(module).values():
                if inspect.isclass(value) and issubclass(value, enum.Enum) and len(value):
                    found.setdefault(value.__name__, value)
    return found


_ENUMS = _enums()


def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` outside brackets."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char == "[") - (char == "]")
        if char == separator and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def from_annotation(annotation: str) -> object:  # noqa: PLR0911 - one return per shape
    """A sample (or a ``_Ref`` to one) for a value of the annotated type, or ``MISSING``."""
    annotation = annotation.strip().strip("'\"")
    if annotation.startswith("ForwardRef("):
        return from_annotation(annotation[len("ForwardRef(") : -1])
    if annotation in _BY_TYPE:
        return _BY_TYPE[annotation]
    if annotation in _ENUMS:
        return next(iter(_ENUMS[annotation]))
    choices = _split(annotation, "|")
    if len(choices) > 1:
        for choice in choices:
            if choice != "None" and (found := from_annotation(choice)) is not MISSING:
                return found
        return None if "None" in choices else MISSING
    if "[" not in annotation:
        return MISSING
    head, inner = annotation.split("[", 1)
    items = _split(inner[:-1], ",")
    if head == "tuple" and items[-1] == "...":
        return _container(tuple, from_annotation(items[0]))
    if head == "tuple":
        found = [from_annotation(item) for item in items]
        return MISSING if MISSING in found else _bundle(tuple, found)
    if head in {"Iterable", "Sequence", "Collection", "list"}:
        return _container(list, from_annotation(items[0]))
    if head in {"frozenset", "set", "Container"}:
        return _container(frozenset, from_annotation(items[0]))
    if head in {"Mapping", "dict"}:
        return {}
    return MISSING


def _container(kind: Callable[[Any], object], item: object) -> object:
    return kind(()) if item is MISSING else _bundle(kind, [item])


def _bundle(kind: Callable[[Any], object], items: list[object]) -> object:
    if not any(isinstance(item, _Ref) for item in items):
        return kind(items)
    return made(lambda s: kind([resolved(item, s) for item in items]))


# --- the explicit table --------------------------------------------------------------------

_TOML_CALENDAR = 'zone = "Asia/Makassar"\nyears = [2025, 2025]\n'
_TOML_UNITS = '[[unit]]\nid = "dinkes"\nname = "Dinas Kesehatan"\nkind = "opd"\n'


def _ignored(problem: object) -> None:
    """An ``on_problem`` that keeps nothing."""


def _layer() -> object:

    return HolidayLayer.of(
        name="kota", kind="regional", holidays=[(date(2025, 4, 25), "HUT Kota", "City day")]
    )


def _templates() -> Any:

    return TemplateSet.default()


def _template() -> Any:
    return _templates().templates[0]


def _view_policy() -> Any:

    return ViewPolicy.default()


def _view(samples: Samples) -> object:

    return view(samples.complaint, "admin", viewer=samples.actor, at=T0)[0]


def _gateway() -> object:

    return SmsGateway(keywords={"KOTKUPANG": "kota-kupang"})


def _private_key() -> object:

    return Ed25519PrivateKey.generate()


def _json_line(samples: Samples) -> str:

    return to_json(samples.complaint)


def _document(samples: Samples) -> object:

    return to_dict(samples.complaint)


def _tracking_id() -> str:

    return new_tracking_id()


def _new_key() -> object:

    return SigningKey.generate()


def _verify(complaint: Any) -> Any:
    return step(complaint, "verifikasi")


_ROTATION = {"old_key": made(lambda s: b"o" * 32), "new_key": b"n" * 32}


def _csv_lines() -> list[str]:
    return ["id,received_at,unit", "KPG-CSV-1,2025-03-03T10:00:00+08:00,dinkes"]


def _ruleset_data() -> dict[str, Any]:
    return {
        "name": "uji",
        "fallback": "dinkes",
        "rule": [{"name": "r", "unit": "dinkes", "any": ["puskesmas"]}],
    }


def _options() -> object:

    return TrainingOptions(folds=2, min_per_unit=2, min_df=1)


def _labelled_file(samples: Samples) -> Path:
    path = samples.tmp / "labelled.jsonl"
    lines = [json.dumps({"text": text, "unit": unit}) for text, unit in _pairs(samples)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _pairs(samples: Samples) -> list[tuple[str, str]]:
    return [(example.text, example.unit) for example in samples.labelled.examples]


def _legacy_file(samples: Samples) -> Path:

    return write_legacy_store(samples.tmp / "old.db", [samples.complaint])


def _workflow_file(samples: Samples) -> Path:
    path = samples.tmp / "lapor.toml"
    path.write_text(_toml(samples.workflow.to_dict()), encoding="utf-8")
    return path


def _policy_file(samples: Samples) -> Path:
    path = samples.tmp / "policy.toml"
    path.write_text(_toml(samples.policy.to_dict()), encoding="utf-8")
    return path


def _corpus_file(samples: Samples) -> Path:
    path = samples.tmp / "corpus.jsonl"
    line = {
        "id": "a",
        "text": "Telepon 081339001199",
        "spans": [{"kind": "phone", "start": 8, "end": 20}],
    }
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    return path


def _toml(data: dict[str, Any]) -> str:
    """``data`` as TOML: every table inline, which TOML allows at the top level."""
    return "".join(
        f"{key} = {_toml_value(value)}\n" for key, value in data.items() if value is not None
    )


def _toml_value(value: object) -> str:
    if isinstance(value, dict):
        items = ", ".join(
            f"{json.dumps(k)} = {_toml_value(v)}" for k, v in value.items() if v is not None
        )
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def _coverage(samples: Samples) -> object:

    return verify_against_checkpoint(
        samples.complaint, samples.sth, samples.keyring, log=samples.log
    )


def _finding(samples: Samples) -> object:

    late = T0 + timedelta(days=60)
    return check(
        samples.complaint,
        workflow=samples.workflow,
        policy=samples.policy,
        calendar=samples.calendar,
        now=late,
    )[0]


def _regex_detector() -> object:

    return RegexDetector(name="kode", kind="code", pattern=r"KODE-\d+")


def _combined(samples: Samples) -> object:

    return LearnedRouter(router=samples.router, model=samples.model).route(samples.complaint)


def _compare(samples: Samples) -> object:

    return compare(samples.router, samples.router, [samples.complaint])


#: Sample arguments an annotation cannot give: a status or action that exists, a file to read,
#: values that must agree with each other. Keys are parameter names (``*name`` for a ``*args``
#: tuple, ``**`` for ``**kwargs``); anything not named here comes from the annotation.
ARGUMENTS: dict[str, dict[str, object]] = {
    "pengaduan.audit.ColumnMapping.column": {"field": "unit"},
    "pengaduan.audit.ColumnMapping.parse": {"items": ["unit=opd"]},
    "pengaduan.audit.ZoneThresholds.parse": {"text": "green=90,yellow=70"},
    "pengaduan.audit.UnitSummary.clock": {
        "name": made(lambda s: s.audit_report.overall.clocks[0].clock)
    },
    "pengaduan.audit.AuditReport.unit": {"unit": "dinkes"},
    "pengaduan.audit.audit_path": {"path": S.lines_file},
    "pengaduan.audit.dask.list_partitions": {"inputs": S.lines_file},
    "pengaduan.audit.detect_format": {"path": S.lines_file},
    "pengaduan.audit.parquet.write_parquet": {"directory": S.tmp},
    "pengaduan.audit.read_csv": {"stream": ["id,received_at"], "on_problem": _ignored},
    "pengaduan.audit.read_json_lines": {
        "lines": made(lambda s: [_json_line(s)]),
        "on_problem": _ignored,
    },
    "pengaduan.calendar.HolidayLayer.of": {"kind": "regional"},
    "pengaduan.calendar.OfficeHours.parse": {"*texts": ("07:30-12:00",)},
    "pengaduan.calendar.TimeWindow.parse": {"text": "07:30-12:00"},
    "pengaduan.calendar.WeekSchedule.from_dict": {"data": {"mon": ["07:30-12:00"]}},
    "pengaduan.calendar.WeekSchedule.with_day": {"weekday": "mon"},
    "pengaduan.calendar.WorkingCalendar.from_dict": {
        "data": {"zone": "Asia/Makassar", "years": [2025, 2025]}
    },
    "pengaduan.calendar.WorkingCalendar.from_toml": {"source": _TOML_CALENDAR},
    "pengaduan.calendar.WorkingCalendar.holidays_in": {"year": 2025},
    "pengaduan.calendar.WorkingCalendar.without_layers": {"*names": ("cuti_bersama",)},
    "pengaduan.identity.reporter_pseudonym": {"key": b"k" * 32},
    "pengaduan.intake.SmsGateway.format": {"keyword": "KOTKUPANG"},
    "pengaduan.intake.SmsGateway.from_keywords": {"keywords": {"KOTKUPANG": "kota-kupang"}},
    "pengaduan.intake.SmsGateway.parse": {"line": "KOTKUPANG jalan rusak"},
    "pengaduan.intake.SmsGateway.submission": {"line": "KOTKUPANG jalan rusak"},
    "pengaduan.intake.SmsGateway.reply": {"line": "KPG-SWEEP-1 4"},
    "pengaduan.intake.from_social_media": {"platform": "twitter", "handle": "@warga"},
    "pengaduan.intake.from_web_form": {"data": {"isi": "Jalan rusak di Oebobo"}},
    "pengaduan.intake.idempotency_key": {"channel": "sms"},
    "pengaduan.intake.normalize_phone": {"raw": "081339001199"},
    "pengaduan.intake.from_whatsapp": {"sender": "081339001199"},
    "pengaduan.intake.tracking.check_character": {"payload": "ABCDEFGHJK"},
    "pengaduan.intake.tracking.parse_tracking_id": {"text": made(lambda s: _tracking_id())},
    "pengaduan.intake.tracking.is_valid_tracking_id": {"text": made(lambda s: _tracking_id())},
    "pengaduan.integrity.ConsistencyProof.from_dict": {
        "data": made(lambda s: s.consistency.to_dict())
    },
    "pengaduan.integrity.ConsistencyProof.from_json": {
        "text": made(lambda s: s.consistency.to_json())
    },
    "pengaduan.integrity.InclusionProof.from_dict": {"data": made(lambda s: s.inclusion.to_dict())},
    "pengaduan.integrity.InclusionProof.from_json": {"text": made(lambda s: s.inclusion.to_json())},
    "pengaduan.integrity.SignedTreeHead.from_dict": {"data": made(lambda s: s.sth.to_dict())},
    "pengaduan.integrity.SignedTreeHead.from_json": {"text": made(lambda s: s.sth.to_json())},
    "pengaduan.integrity.KeyRing.from_dict": {"data": made(lambda s: s.keyring.to_dict())},
    "pengaduan.integrity.KeyRing.from_json": {"text": made(lambda s: s.keyring.to_json())},
    "pengaduan.integrity.KeyRing.load": {"path": S.keyring_file},
    "pengaduan.integrity.KeyRing.retire": {"key_id": made(lambda s: s.key.key_id)},
    "pengaduan.integrity.KeyRing.with_key": {"key": made(lambda s: _new_key())},
    "pengaduan.integrity.LogEntry.decode": {"data": made(lambda s: s.inclusion.entry.encode())},
    "pengaduan.integrity.MerkleTree.append": {"entry_hash": b"h" * 32},
    "pengaduan.integrity.SigningKey.from_pem": {"data": made(lambda s: s.key.to_pem())},
    "pengaduan.integrity.SigningKey.load": {"path": S.key_file},
    "pengaduan.integrity.TransparencyLog.append_head": {
        "tracking_id": "KPG-SWEEP-3",
        "head": "a" * 64,
    },
    "pengaduan.integrity.TransparencyLog.extend_heads": {
        "heads": [("KPG-SWEEP-3", 1, "a" * 64), ("KPG-SWEEP-4", 1, "b" * 64)],
    },
    "pengaduan.integrity.TransparencyLog.open": {"path": S.log_file},
    "pengaduan.integrity.TransparencyLog.prove": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.integrity.TransparencyLog.entries_for": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.integrity.TransparencyLog.latest": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.integrity.TrustedKey.from_pem": {"data": made(lambda s: s.key.trusted().to_pem())},
    "pengaduan.integrity.verify_against_checkpoint": {"log": S.log},
    "pengaduan.integrity.verify_consistency": {"new_sth": S.new_sth},
    "pengaduan.integrity.verify_consistency_path": {
        "old_size": 1,
        "new_size": 2,
        "old_root": made(lambda s: s.log.root(1)),
        "new_root": made(lambda s: s.log.root(2)),
        "path": made(lambda s: s.consistency.path),
    },
    "pengaduan.integrity.verify_inclusion_path": {
        "entry_hash": made(lambda s: s.tree.leaf(0)),
        "index": 0,
        "size": 3,
        "path": made(lambda s: s.tree.inclusion_path(0)),
        "root": made(lambda s: s.tree.root()),
    },
    "pengaduan.integrity.verify_export": {"sth": S.new_sth},
    "pengaduan.language.set_language": {"language": "id"},
    "pengaduan.language.use_language": {"language": "id"},
    "pengaduan.messages.Template.text": {"channel": made(lambda s: _template().texts[0][0][0])},
    "pengaduan.messages.TemplateSet.from_dict": {"data": made(lambda s: _templates().to_dict())},
    "pengaduan.messages.TemplateSet.from_toml": {
        "source": made(lambda s: _toml(_templates().to_dict()))
    },
    "pengaduan.messages.TemplateSet.get": {"name": made(lambda s: _template().name)},
    "pengaduan.messages.TemplateSet.overridden": {"source": {}},
    "pengaduan.messages.named_tracking_id": {"text": "KPG-SWEEP-1 4"},
    "pengaduan.messages.parse_satisfaction_reply": {"text": "KPG-SWEEP-1 4"},
    "pengaduan.messages.score_from_reply": {"text": "4"},
    "pengaduan.model.Actor": {"role": "admin"},
    "pengaduan.model.Attachment": {"media_type": "image/jpeg", "sha256": "a" * 64},
    "pengaduan.privacy.ViewPolicy.from_dict": {"data": made(lambda s: _view_policy().to_dict())},
    "pengaduan.messages.Messenger.messages_for_due": {"due": S.due},
    "pengaduan.privacy.Viewer.view": {"audience": "admin"},
    "pengaduan.privacy.view": {"audience": "admin"},
    "pengaduan.redaction.Pseudonym": {"secret": b"s" * 32},
    "pengaduan.redaction.DetectionContext.keep": {"start": 0, "end": 6},
    "pengaduan.redaction.evaluation.evaluate": {"predict": lambda text: ()},
    "pengaduan.routing.Lexicon.from_dict": {
        "data": {"name": "uji", "replacements": {"jln": "jalan"}}
    },
    "pengaduan.routing.Lexicon.from_toml": {
        "source": 'name = "uji"\n[replacements]\njln = "jalan"\n'
    },
    "pengaduan.routing.Normalizer.bundled_lexicon": {"name": "kupang"},
    "pengaduan.routing.RuleSet.from_dict": {"data": made(lambda s: _ruleset_data())},
    "pengaduan.routing.RuleSet.from_toml": {
        "source": 'name = "uji"\nfallback = "dinkes"\n[[rule]]\nname = "r"\nunit = "dinkes"\n'
        'any = ["puskesmas"]\n'
    },
    "pengaduan.routing.RuleSet.rule": {"name": made(lambda s: s.ruleset.rules[0].name)},
    "pengaduan.routing.Unit": {"kind": "opd"},
    "pengaduan.routing.UnitDirectory.children": {"unit_id": "dinkes"},
    "pengaduan.routing.UnitDirectory.escalation_path": {"unit_id": "dinkes"},
    "pengaduan.routing.UnitDirectory.specific_units": {"unit_id": "dinkes"},
    "pengaduan.routing.UnitDirectory.is_external": {"unit_id": "dinkes"},
    "pengaduan.routing.UnitDirectory.get": {"unit_id": "dinkes"},
    "pengaduan.routing.UnitDirectory.from_dict": {
        "data": {"name": "uji", "unit": [{"id": "dinkes", "name": "Dinkes", "kind": "opd"}]}
    },
    "pengaduan.routing.UnitDirectory.from_toml": {"source": 'name = "uji"\n' + _TOML_UNITS},
    "pengaduan.routing.all_of": {"*conditions": (made(lambda s: s.ruleset.rules[0].when),)},
    "pengaduan.routing.any_of": {"*conditions": (made(lambda s: s.ruleset.rules[0].when),)},
    "pengaduan.routing.not_": {"condition": made(lambda s: s.ruleset.rules[0].when)},
    "pengaduan.routing.channel_is": {"*values": ("sms",)},
    "pengaduan.routing.classification_is": {"*values": ("pengaduan",)},
    "pengaduan.routing.learned.Labelled.from_export": {"path": S.lines_file},
    "pengaduan.routing.learned.Labelled.from_jsonl": {"path": made(_labelled_file)},
    "pengaduan.routing.learned.LearnedModel.probabilities": {
        "scores": made(lambda s: [0.5] * len(s.model.labels))
    },
    "pengaduan.routing.learned.LearnedModel.from_dict": {"data": made(lambda s: s.model.to_dict())},
    "pengaduan.routing.learned.compare": {"old": S.router, "new": S.router},
    "pengaduan.routing.learned.evaluate_model": {
        "options": made(lambda s: _options()),
        "learning_curve": False,
    },
    "pengaduan.routing.learned.train_model": {"options": made(lambda s: _options())},
    "pengaduan.routing.learned.choose_options": {
        "candidates": made(lambda s: [_options()]),
        "folds": 2,
    },
    "pengaduan.routing.learned.load_model": {"source": S.model_file},
    "pengaduan.serialization.from_dict": {"document": made(_document)},
    "pengaduan.serialization.from_json": {"text": made(_json_line)},
    "pengaduan.serialization.iter_lines": {"stream": made(lambda s: [_json_line(s)])},
    "pengaduan.sla.LegalBasis": {"confidence": "official"},
    "pengaduan.sla.SlaPolicy.from_dict": {"data": made(lambda s: s.policy.to_dict())},
    "pengaduan.sla.SlaPolicy.rule": {"name": "verifikasi"},
    "pengaduan.sla.SlaPolicy.without_rules": {"*names": ("verifikasi",)},
    "pengaduan.sla.by_role": {"*roles": ("admin",)},
    "pengaduan.sla.confidence_label": {"confidence": "official"},
    "pengaduan.sla.in_category": {"category": "open"},
    "pengaduan.sla.leaves_category": {"category": "open"},
    "pengaduan.store.Repository": {"url": made(lambda s: f"sqlite:///{s.tmp / 'made.db'}")},
    "pengaduan.store.AsyncRepository.open": {
        "url": made(lambda s: f"sqlite+aiosqlite:///{s.tmp / 'made.db'}")
    },
    "pengaduan.store.Repository.add": {"complaint": S.other},
    "pengaduan.store.AsyncRepository.add": {"complaint": S.other},
    "pengaduan.store.Transaction.add": {"complaint": S.other},
    "pengaduan.store.AsyncTransaction.add": {"complaint": S.other},
    "pengaduan.store.SqliteStore.add": {"complaint": S.other},
    "pengaduan.store.Repository.append": {"complaint": S.verified, "expected_version": 1},
    "pengaduan.store.AsyncRepository.append": {"complaint": S.verified, "expected_version": 1},
    "pengaduan.store.Transaction.append": {"complaint": S.verified, "expected_version": 1},
    "pengaduan.store.AsyncTransaction.append": {"complaint": S.verified, "expected_version": 1},
    "pengaduan.store.SqliteStore.save": {"complaint": S.verified, "expected_version": 1},
    "pengaduan.store.Repository.get": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.store.AsyncRepository.get": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.store.Transaction.get": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.store.AsyncTransaction.get": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.store.SqliteStore.get": {"tracking_id": "KPG-SWEEP-1"},
    "pengaduan.store.Repository.update": {"tracking_id": "KPG-SWEEP-1", "change": _verify},
    "pengaduan.store.AsyncRepository.update": {"tracking_id": "KPG-SWEEP-1", "change": _verify},
    "pengaduan.store.Repository.import_csv": {"lines": made(lambda s: _csv_lines())},
    "pengaduan.store.AsyncRepository.import_csv": {"lines": made(lambda s: _csv_lines())},
    "pengaduan.store.Repository.import_lines": {"lines": made(lambda s: [_json_line(s)])},
    "pengaduan.store.AsyncRepository.import_lines": {"lines": made(lambda s: [_json_line(s)])},
    "pengaduan.store.Repository.catch_up_log": {"log": made(lambda s: TransparencyLog())},
    "pengaduan.store.AsyncRepository.catch_up_log": {"log": made(lambda s: TransparencyLog())},
    "pengaduan.store.Repository.rotate_pseudonym_key": _ROTATION,
    "pengaduan.store.AsyncRepository.rotate_pseudonym_key": _ROTATION,
    "pengaduan.store.Outbox.get": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.AsyncOutbox.get": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.Outbox.mark_sent": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.AsyncOutbox.mark_sent": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.Outbox.mark_failed": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.AsyncOutbox.mark_failed": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.Outbox.requeue": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.AsyncOutbox.requeue": {"key": made(lambda s: s.message.key)},
    "pengaduan.store.Outbox.enqueue": {"messages": made(lambda s: [s.message])},
    "pengaduan.store.AsyncOutbox.enqueue": {"messages": made(lambda s: [s.message])},
    "pengaduan.store.import_sqlite_store": {"path": made(_legacy_file)},
    "pengaduan.testing.assert_allowed": {"status": "diterima", "actions": ["verifikasi"]},
    "pengaduan.testing.assert_not_allowed": {"status": "diterima", "actions": ["tutup"]},
    "pengaduan.testing.assert_clock": {
        "clock": "verifikasi",
        "policy": S.policy,
        "calendar": S.calendar,
    },
    "pengaduan.testing.build_complaint": {"*steps": ()},
    "pengaduan.workflow.ActionSpec": {"roles": ["admin"]},
    "pengaduan.workflow.StatusSpec": {"category": "open"},
    "pengaduan.workflow.Workflow.action": {"name": "verifikasi"},
    "pengaduan.workflow.Workflow.fields": {"action": "verifikasi"},
    "pengaduan.workflow.Workflow.label": {"name": "diterima"},
    "pengaduan.workflow.Workflow.status": {"name": "diterima"},
    "pengaduan.workflow.Workflow.apply": {
        "action": "verifikasi",
        "at": T0 + timedelta(hours=1),
        "**": {"units": ["dinkes"]},
    },
    "pengaduan.workflow.Workflow.change_privacy": {
        "privacy": "rahasia",
        "at": T0 + timedelta(hours=1),
    },
    "pengaduan.workflow.Workflow.record_consent": {
        "privacy": "publik",
        "evidence": "formulir 12",
        "at": T0 + timedelta(hours=1),
    },
    "pengaduan.workflow.Workflow.record_disclosure": {
        "at": T0 + timedelta(hours=1),
        "audience": "public",
        "fields": ["text"],
    },
    "pengaduan.workflow.Workflow.from_dict": {"data": made(lambda s: s.workflow.to_dict())},
    "pengaduan.workflow.fields.FieldSpec": {"kind": "text"},
    "pengaduan.workflow.fields.FieldSpec.problem": {"value": "x"},
    "pengaduan.sla.Condition": {},
    "pengaduan.integrity.SigningKey": {"_key": made(lambda s: _private_key())},
    "pengaduan.workflow.sop.definition_from_dict": {"data": made(lambda s: s.workflow.to_dict())},
    "pengaduan.workflow.sop.load_definition": {"source": made(_workflow_file)},
    "pengaduan.workflow.Workflow.from_toml": {"source": made(_workflow_file)},
    "pengaduan.sla.SlaPolicy.from_toml": {"source": made(_policy_file)},
    "pengaduan.redaction.NameGazetteer.from_toml": {
        "source": '[given]\nnames = "yohanes"\n[family]\nnames = "manafe"\n'
    },
    "pengaduan.redaction.evaluation.load_corpus": {"path": made(_corpus_file)},
    "pengaduan.demo.simulate_month": {"days": 1, "per_day": 1.0},
}

#: The instance a class's methods are called on, where it is not what the class's own sample
#: call makes; for an attrs class or a named tuple it also gives the constructor's sample.
INSTANCES: dict[str, _Ref] = {
    "pengaduan.store.Repository": S.repository,
    "pengaduan.store.AsyncRepository": S.async_repository,
    "pengaduan.store.Transaction": S.transaction,
    "pengaduan.store.AsyncTransaction": S.async_transaction,
    "pengaduan.store.Outbox": S.outbox,
    "pengaduan.store.AsyncOutbox": S.async_outbox,
    "pengaduan.store.SqliteStore": S.sqlite_store,
    "pengaduan.integrity.TransparencyLog": S.log,
    "pengaduan.integrity.MerkleTree": S.tree,
    "pengaduan.integrity.SigningKey": S.key,
    "pengaduan.integrity.KeyRing": S.keyring,
    "pengaduan.integrity.TrustedKey": made(lambda s: s.key.trusted()),
    "pengaduan.integrity.SignedTreeHead": S.sth,
    "pengaduan.integrity.InclusionProof": S.inclusion,
    "pengaduan.integrity.ConsistencyProof": S.consistency,
    "pengaduan.integrity.LogEntry": made(lambda s: s.inclusion.entry),
    "pengaduan.integrity.LoggedEntry": made(lambda s: s.log.latest("KPG-SWEEP-1")),
    "pengaduan.integrity.Coverage": made(_coverage),
    "pengaduan.audit.Audit": made(_fresh_audit),
    "pengaduan.audit.AuditReport": S.audit_report,
    "pengaduan.audit.UnitSummary": made(lambda s: s.audit_report.overall),
    "pengaduan.audit.ClockSummary": made(lambda s: s.audit_report.overall.clocks[0]),
    "pengaduan.audit.ReadProblem": S.problem,
    "pengaduan.audit.spill.SpillDirectory": S.spill,
    "pengaduan.calendar.WorkingCalendar": S.calendar,
    "pengaduan.calendar.HolidayLayer": made(lambda s: s.calendar.layers[0]),
    "pengaduan.compliance.Finding": made(_finding),
    "pengaduan.messages.Message": S.message,
    "pengaduan.messages.Template": made(lambda s: _template()),
    "pengaduan.messages.TemplateSet": made(lambda s: _templates()),
    "pengaduan.model.Complaint": S.complaint,
    "pengaduan.model.Submission": S.submission,
    "pengaduan.privacy.ViewPolicy": made(lambda s: _view_policy()),
    "pengaduan.privacy.ComplaintView": made(_view),
    "pengaduan.intake.SmsGateway": made(lambda s: _gateway()),
    "pengaduan.sla.Condition": made(lambda s: s.policy.rules[0].start),
    "pengaduan.messages.Recipient": made(lambda s: s.message.recipient),
    "pengaduan.redaction.DetectionContext": S.detection_context,
    "pengaduan.redaction.RegexDetector": made(lambda s: _regex_detector()),
    "pengaduan.routing.RoutingDecision": made(lambda s: s.router.route(s.complaint)),
    "pengaduan.routing.Candidate": made(lambda s: s.router.candidates(s.document)[0]),
    "pengaduan.routing.learned.Prediction": made(lambda s: s.model.predict("jalan rusak")),
    "pengaduan.routing.learned.CombinedDecision": made(_combined),
    "pengaduan.routing.learned.Comparison": made(_compare),
    "pengaduan.routing.learned.LearnedModel": S.model,
    "pengaduan.sla.ClockRule": made(lambda s: s.policy.rules[0]),
    "pengaduan.sla.ClockReport": made(lambda s: s.reports[0]),
    "pengaduan.sla.DueAction": S.due,
    "pengaduan.sla.SlaPolicy": S.policy,
    "pengaduan.workflow.Workflow": S.workflow,
    "pengaduan.workflow.guards.Guard": made(
        lambda s: next(guard for action in s.definition.actions for guard in action.guards)
    ),
    "pengaduan.workflow.fields.FieldSpec": made(_a_field),
}
