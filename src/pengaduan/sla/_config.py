"""Validation and the dict/TOML format of SLA policies.

* `rule_problems()`: what is wrong with a set of rules on their own (names, amounts, units,
  thresholds, missing conditions);
* `workflow_problems()`: what is wrong against a workflow (names it lacks, conditions that
  can never fire, a timer action the system may not take);
* `rules_from_dict()` / `rules_to_dict()`: the TOML format, every problem named by its
  clock and key.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import known, readable
from pengaduan._core.toml import key_text, shown, unknown_keys
from pengaduan._i18n import N_, Phrase
from pengaduan.calendar import TimeUnit
from pengaduan.model import Classification, Role
from pengaduan.sla._conditions import Condition, Step, condition_from_data
from pengaduan.sla._model import ClockRule, Confidence, LegalBasis
from pengaduan.workflow import DISCLOSURE_ACTION, RECEIVE_ACTION, StatusCategory

if TYPE_CHECKING:
    from pengaduan.workflow import Workflow

__all__ = [
    "rule_problems",
    "rules_from_dict",
    "rules_to_dict",
    "workflow_problems",
    "workflow_steps",
]

_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
CONDITION_FIELDS = ("start", "stop", "pause", "resume", "reset", "cancel", "extend")
_RULE_KEYS = (
    "name",
    "label_id",
    "label_en",
    "amount",
    "unit",
    *CONDITION_FIELDS,
    "extend_by",
    "warn_before",
    "escalate_to",
    "responsible",
    "auto_action",
    "classifications",
    "basis",
)
_BASIS_KEYS = ("citation", "confidence", "url")
_UNITS = ", ".join(u.value for u in TimeUnit)


def _count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _rule_where(rule: ClockRule) -> str:
    return Phrase(N_("clock {name}"), name=shown(rule.name))


def rule_problems(rules: tuple[object, ...]) -> list[str]:
    """Every problem of the rules taken on their own."""
    problems: list[str] = []
    seen: set[str] = set()
    if not rules:
        problems.append(N_("no clocks declared"))
    for rule in rules:
        if not isinstance(rule, ClockRule):
            problems.append(
                Phrase(N_("expected ClockRule values, got {type}"), type=type(rule).__name__)
            )
            continue
        where = _rule_where(rule)
        name: object = rule.name
        if not isinstance(name, str) or not _NAME.match(name):
            problems.append(
                Phrase(
                    N_("{where}: name must match [a-z][a-z0-9_]* (at most 64 characters)"),
                    where=where,
                )
            )
        if rule.name in seen:
            problems.append(Phrase(N_("{where}: declared twice"), where=where))
        seen.add(rule.name)
        problems += _number_problems(rule, where)
        problems += _condition_problems(rule, where)
        problems += _text_problems(rule, where)
    return problems


def _number_problems(rule: ClockRule, where: str) -> list[str]:
    problems: list[str] = []
    unit: object = rule.unit
    if not _count(rule.amount):
        problems.append(
            Phrase(
                N_("{where}: amount must be a whole number of at least 1, got {amount}"),
                where=where,
                amount=shown(rule.amount),
            )
        )
    if not isinstance(unit, TimeUnit):
        problems.append(
            Phrase(
                N_("{where}: unknown unit {unit} (use {units})"),
                where=where,
                unit=shown(unit),
                units=_UNITS,
            )
        )
    if rule.extend_by is not None and not _count(rule.extend_by):
        problems.append(
            Phrase(N_("{where}: extend_by must be a whole number of at least 1"), where=where)
        )
    if rule.warn_before is not None and not (
        _count(rule.warn_before) and _count(rule.amount) and rule.warn_before < rule.amount
    ):
        problems.append(
            Phrase(
                N_(
                    "{where}: warn_before must be a whole number from 1 to amount - 1, got "
                    "{warn_before}"
                ),
                where=where,
                warn_before=shown(rule.warn_before),
            )
        )
    return problems


def _condition_problems(rule: ClockRule, where: str) -> list[str]:
    problems: list[str] = [
        Phrase(N_("{where}: a {field} condition is required"), where=where, field=field)
        for field in ("start", "stop")
        if not isinstance(getattr(rule, field), Condition)
    ]
    for field in CONDITION_FIELDS[2:]:
        value: object = getattr(rule, field)
        if value is not None and not isinstance(value, Condition):
            problems.append(
                Phrase(
                    N_("{where}: {field} must be a condition, got {type}"),
                    where=where,
                    field=field,
                    type=type(value).__name__,
                )
            )
    if (rule.pause is None) != (rule.resume is None):
        problems.append(
            Phrase(
                N_("{where}: pause and resume go together (a paused clock must resume)"),
                where=where,
            )
        )
    if (rule.extend is None) != (rule.extend_by is None):
        problems.append(Phrase(N_("{where}: extend and extend_by go together"), where=where))
    return problems


def _text_problems(rule: ClockRule, where: str) -> list[str]:
    problems: list[str] = []
    responsible: object = rule.responsible
    if responsible is not None and not isinstance(responsible, Role):
        problems.append(
            Phrase(
                N_("{where}: unknown responsible role {responsible}"),
                where=where,
                responsible=shown(responsible),
            )
        )
    if rule.auto_action is not None and rule.escalate_to is not None:
        problems.append(
            Phrase(
                N_("{where}: a timer (auto_action) never breaches, so escalate_to is unused"),
                where=where,
            )
        )
    for field in ("escalate_to", "auto_action"):
        value: object = getattr(rule, field)
        if value is not None and not (isinstance(value, str) and value.strip()):
            problems.append(
                Phrase(N_("{where}: {field} must be a non-empty text"), where=where, field=field)
            )
    basis: object = rule.basis
    if not isinstance(basis, LegalBasis) or not basis.citation.strip():
        problems.append(Phrase(N_("{where}: needs a legal basis with a citation"), where=where))
    return problems


def workflow_steps(workflow: Workflow) -> list[Step]:
    """Every distinct history step the workflow can record."""
    definition = workflow.definition
    cats = {s.name: s.category for s in definition.statuses}
    steps = [
        Step(RECEIVE_ACTION, None, definition.initial, role, None, cats.get(definition.initial))
        for role in sorted(definition.receive_roles)
    ]
    for action in definition.actions:
        for source in action.sources:
            target = source if action.target is None else action.target
            steps.extend(
                Step(action.name, source, target, role, cats.get(source), cats.get(target))
                for role in sorted(action.roles)
            )
    steps.extend(
        Step(DISCLOSURE_ACTION, name, name, role, cat, cat)
        for name, cat in cats.items()
        for role in Role
    )
    return steps


def workflow_problems(rules: tuple[ClockRule, ...], workflow: Workflow) -> list[str]:
    """Every problem of the rules against ``workflow``."""
    definition = workflow.definition
    actions = {a.name for a in definition.actions} | {RECEIVE_ACTION, DISCLOSURE_ACTION}
    statuses = {s.name for s in definition.statuses}
    known = {"action": actions, "status": statuses}
    steps = workflow_steps(workflow)
    problems: list[str] = []
    for rule in rules:
        where = _rule_where(rule)
        for field in CONDITION_FIELDS:
            condition = getattr(rule, field)
            if not isinstance(condition, Condition):
                continue
            unknown = [(k, n) for k, n in condition.references() if n not in known[k]]
            problems += [
                Phrase(
                    N_(
                        "{where}: {field} names {kind} {name}, which workflow {name2} does not have"
                    ),
                    where=where,
                    field=field,
                    kind=Phrase(kind),
                    name=shown(name),
                    name2=repr(definition.name),
                )
                for kind, name in unknown
            ]
            if not unknown and not any(condition(step) for step in steps):
                problems.append(
                    Phrase(
                        N_(
                            "{where}: {field} condition {condition} can never fire in "
                            "workflow {name}"
                        ),
                        where=where,
                        field=field,
                        condition=repr(condition),
                        name=shown(definition.name),
                    )
                )
        if isinstance(rule.pause, Condition) and isinstance(rule.resume, Condition):
            both = [s for s in steps if rule.pause(s) and rule.resume(s)]
            if both:
                problems.append(
                    Phrase(
                        N_("{where}: pause and resume both fire on {action} from {from_status}"),
                        where=where,
                        action=repr(both[0].action),
                        from_status=repr(both[0].from_status),
                    )
                )
        if rule.auto_action is not None:
            if rule.auto_action not in actions:
                problems.append(
                    Phrase(
                        N_(
                            "{where}: auto_action {auto_action} is not an action of workflow {name}"
                        ),
                        where=where,
                        auto_action=repr(rule.auto_action),
                        name=shown(definition.name),
                    )
                )
            elif Role.SISTEM not in workflow.action(rule.auto_action).roles:
                problems.append(
                    Phrase(
                        N_("{where}: auto_action {auto_action} may not be taken by the system"),
                        where=where,
                        auto_action=repr(rule.auto_action),
                    )
                )
    return problems


# -- the dict / TOML format -------------------------------------------------------------------


def _optional_text(
    table: Mapping[str, Any], key: str, where: str, problems: list[str]
) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, str) and value.strip():
        return value
    problems.append(Phrase(N_("{where}.{key}: expected a non-empty text"), where=where, key=key))
    return None


def _basis(value: object, where: str, problems: list[str]) -> LegalBasis:
    if not isinstance(value, dict):
        problems.append(
            Phrase(N_("{where}: expected a table with citation and confidence"), where=where)
        )
        return LegalBasis.assumed()
    problems += unknown_keys(value, _BASIS_KEYS, where)
    citation = _optional_text(value, "citation", where, problems)
    if citation is None:
        problems.append(Phrase(N_("{where}.citation: required"), where=where))
    given = value.get("confidence")
    confidence = Confidence.ASSUMED
    if isinstance(given, str) and given in Confidence._value2member_map_:
        confidence = Confidence(given)
    else:
        choices = ", ".join(c.value for c in Confidence)
        problems.append(
            Phrase(
                N_("{where}.confidence: expected one of {choices}, got {given}"),
                where=where,
                choices=choices,
                given=shown(given),
            )
        )
    url = _optional_text(value, "url", where, problems)
    return LegalBasis(citation=citation or "-", confidence=confidence, url=url)


@attrs.define(slots=True)
class _Parameters:
    """The conditions an app supplies for ``{ parameter = "name" }`` values, and those used."""

    given: dict[str, Condition] = attrs.field(factory=dict)
    used: set[str] = attrs.field(factory=set)


def _parameters(value: object, problems: list[str]) -> _Parameters:
    """The ``parameters`` argument checked: a mapping of names to conditions."""
    found = _Parameters()
    if value is None:
        return found
    if not isinstance(value, Mapping):
        problems.append(
            Phrase(
                N_("parameters: must be a mapping of names to conditions, not {type}"),
                type=type(value).__name__,
            )
        )
        return found
    copied = readable(value)
    if copied is None:
        problems.append(N_("parameters: the mapping could not be read"))
        return found
    for key, condition in copied.items():
        if isinstance(key, str) and isinstance(condition, Condition):
            found.given[key] = condition
        else:
            problems.append(
                Phrase(
                    N_("parameters[{key}]: must map a name to a condition, not {type}"),
                    key=key_text(key),
                    type=type(condition).__name__,
                )
            )
    return found


_ABSENT = object()  # a parameter the app did not supply: the clock key is left out


def _clock_condition(
    value: object, where: str, parameters: _Parameters, problems: list[str]
) -> object:
    """A clock key's condition (``None`` after a problem), or the app's condition for a
    ``{ parameter = "name" }`` value (``_ABSENT`` when the app supplied none)."""
    if not (isinstance(value, dict) and "parameter" in value):
        return condition_from_data(value, where, problems)
    name = value["parameter"]
    if len(value) != 1 or not isinstance(name, str) or not _NAME.match(name):
        problems.append(
            Phrase(
                N_("{where}: a parameter table has one key, parameter, with a name like 'extend'"),
                where=where,
            )
        )
        return None
    parameters.used.add(name)
    return parameters.given.get(name, _ABSENT)


def _rule_from_dict(
    data: object, index: int, problems: list[str], parameters: _Parameters
) -> ClockRule | None:
    if not isinstance(data, dict):
        problems.append(Phrase(N_("clocks[{index}]: expected a table"), index=index))
        return None
    name = data.get("name")
    where = f"clocks[{index}] ({name})" if isinstance(name, str) else f"clocks[{index}]"
    before = len(problems)
    problems += unknown_keys(data, _RULE_KEYS, where)
    if not isinstance(name, str):
        problems.append(Phrase(N_("{where}.name: required, a name like 'verifikasi'"), where=where))
    unit = data.get("unit")
    if not known(unit, TimeUnit._value2member_map_):
        problems.append(
            Phrase(
                N_("{where}.unit: unknown unit {unit} (use {units})"),
                where=where,
                unit=shown(unit),
                units=_UNITS,
            )
        )
    for key in ("amount", "extend_by", "warn_before"):
        value = data.get(key)
        if (value is not None or key == "amount") and not _count(value):
            problems.append(
                Phrase(
                    N_("{where}.{key}: expected a whole number of at least 1, got {value}"),
                    where=where,
                    key=key,
                    value=shown(value),
                )
            )
    conditions: dict[str, Condition | None] = {}
    for key in CONDITION_FIELDS:
        found = (
            _clock_condition(data[key], f"{where}.{key}", parameters, problems)
            if key in data
            else _ABSENT
        )
        if found is not _ABSENT:
            conditions[key] = found if isinstance(found, Condition) else None
        elif key in data and key in {"start", "stop"}:
            problems.append(
                Phrase(
                    N_("{where}.{key}: its parameter was not given (pass parameters=...)"),
                    where=where,
                    key=key,
                )
            )
        elif key in {"start", "stop"}:
            problems.append(Phrase(N_("{where}.{key}: required"), where=where, key=key))
    # The extension is off while the app has not supplied its condition.
    extend_off = "extend" in data and "extend" not in conditions
    extend_by = None if extend_off else data.get("extend_by")
    responsible = data.get("responsible")
    if responsible is not None and not known(responsible, Role._value2member_map_):
        problems.append(
            Phrase(
                N_("{where}.responsible: unknown role {responsible} (use {values})"),
                where=where,
                responsible=shown(responsible),
                values=", ".join(r.value for r in Role),
            )
        )
    kinds = data.get("classifications", [])
    if not isinstance(kinds, list) or any(
        not known(k, Classification._value2member_map_) for k in kinds
    ):
        problems.append(
            Phrase(
                N_("{where}.classifications: expected an array of {values}"),
                where=where,
                values=", ".join(c.value for c in Classification),
            )
        )
        kinds = []
    texts = {
        key: _optional_text(data, key, where, problems)
        for key in ("label_id", "label_en", "escalate_to", "auto_action")
    }
    basis = _basis(data.get("basis"), f"{where}.basis", problems)
    if len(problems) > before:
        return None
    return ClockRule(
        name=name,  # type: ignore[arg-type]  # checked above
        amount=data["amount"],
        unit=TimeUnit(str(unit)),
        start=conditions["start"],  # type: ignore[arg-type]  # parsed without problems
        stop=conditions["stop"],  # type: ignore[arg-type]
        pause=conditions.get("pause"),
        resume=conditions.get("resume"),
        reset=conditions.get("reset"),
        cancel=conditions.get("cancel"),
        extend=conditions.get("extend"),
        extend_by=extend_by,
        warn_before=data.get("warn_before"),
        escalate_to=texts["escalate_to"],
        responsible=None if responsible is None else Role(responsible),
        auto_action=texts["auto_action"],
        classifications=frozenset(Classification(k) for k in kinds),
        basis=basis,
        label_id=texts["label_id"] or "",
        label_en=texts["label_en"] or "",
    )


_TOP_KEYS = ("name", "description", "clocks")


def rules_from_dict(
    data: object, parameters: object = None
) -> tuple[str, str, tuple[ClockRule, ...], list[str]]:
    """Parse the policy format: ``(name, description, rules, problems)``.

    ``parameters`` maps the names of ``{ parameter = "name" }`` values to the conditions the app
    supplies; a parameter not supplied leaves its clock key out (``extend`` takes ``extend_by``
    with it), except ``start`` and ``stop``, which are required. A supplied parameter that no
    clock names is a problem (a typo).
    """
    problems: list[str] = []
    given = _parameters(parameters, problems)
    if not isinstance(data, dict):
        return "", "", (), [*problems, N_("expected a table (dict) at the top level")]
    problems += unknown_keys(data, _TOP_KEYS)
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append(N_("name: required, a non-empty text"))
        name = ""
    description = data.get("description", "")
    if not isinstance(description, str):
        problems.append(N_("description: expected a text"))
        description = ""
    clocks = data.get("clocks")
    if not isinstance(clocks, list) or not clocks:
        problems.append(N_("clocks: expected one or more [[clocks]] tables"))
        clocks = []
    parsed = [_rule_from_dict(item, i, problems, given) for i, item in enumerate(clocks)]
    rules = tuple(r for r in parsed if r is not None)
    problems += [
        Phrase(N_("parameters[{key}]: no clock names this parameter"), key=key_text(key))
        for key in sorted(set(given.given) - given.used)
    ]
    return name, description, rules, problems


def rule_to_dict(rule: ClockRule) -> dict[str, Any]:
    """The TOML/dict form of one rule (keys with no value left out)."""
    data: dict[str, Any] = {"name": rule.name}
    if rule.label_id:
        data["label_id"] = rule.label_id
    if rule.label_en:
        data["label_en"] = rule.label_en
    data["amount"] = rule.amount
    data["unit"] = str(rule.unit)
    for key in CONDITION_FIELDS:
        condition = getattr(rule, key)
        if condition is not None:
            data[key] = condition.to_data()
    for key in ("extend_by", "warn_before", "escalate_to", "auto_action"):
        value = getattr(rule, key)
        if value is not None:
            data[key] = value
    if rule.responsible is not None:
        data["responsible"] = rule.responsible.value
    if rule.classifications:
        data["classifications"] = sorted(c.value for c in rule.classifications)
    basis: dict[str, Any] = {
        "citation": rule.basis.citation,
        "confidence": rule.basis.confidence.value,
    }
    if rule.basis.url is not None:
        basis["url"] = rule.basis.url
    data["basis"] = basis
    return data


def rules_to_dict(name: str, description: str, rules: tuple[ClockRule, ...]) -> dict[str, Any]:
    """The TOML/dict form of a policy."""
    data: dict[str, Any] = {"name": name}
    if description:
        data["description"] = description
    data["clocks"] = [rule_to_dict(rule) for rule in rules]
    return data


def categories_of(workflow: Workflow) -> tuple[tuple[str, StatusCategory], ...]:
    """The workflow's status categories, as a sorted tuple of pairs."""
    return tuple(sorted((s.name, s.category) for s in workflow.statuses))
