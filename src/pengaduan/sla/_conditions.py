"""Clock conditions: small frozen predicates over one history step.

A condition sees a `Step`: the event's action, the status it left and the status it entered
(with their categories), and the actor's role. It never sees the complaint's text or the event's
data, which keeps verdicts free of personal data and lets a compiled policy remember the answer for
each distinct step (a handful per workflow), so evaluation costs a dict lookup per event.

"Enters" is precise: ``on_status("selesai")`` fires on the event that *moves* the complaint into
``selesai`` from another status (or receives it into that status); an event that keeps the status
(a reply, a reassignment) does not enter it again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from pengaduan._core.toml import key_text, shown
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, ConfigurationError, type_name
from pengaduan.model import Role
from pengaduan.workflow import StatusCategory
from pengaduan.workflow._arguments import instances, member, not_empty, texts

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "Condition",
    "Step",
    "all_of",
    "any_of",
    "by_role",
    "condition_from_data",
    "in_category",
    "leaves_category",
    "leaves_status",
    "on_action",
    "on_status",
]


class Step(NamedTuple):
    """What a condition sees of one event."""

    action: str
    from_status: str | None
    to_status: str
    role: Role
    from_category: StatusCategory | None
    to_category: StatusCategory | None


_NO_TOML_FORM = N_(
    "all_of() holding any_of() or naming a key twice has no TOML form (a table fires when all "
    "its keys match, each key once; an array of tables when any of them does)"
)


def _names(values: tuple[str, ...]) -> str:
    return ", ".join(repr(str(v)) for v in values)


@attrs.frozen(repr=False)
class Condition:
    """Base class of clock conditions; build them with the factories of
    [`pengaduan.sla`][pengaduan.sla].

    Conditions combine with ``|`` (any of) and ``&`` (all of) and have readable reprs, so a
    clock report can name the rule that produced it.
    """

    def __call__(self, step: Step) -> bool:
        """Whether the condition fires on ``step``.

        Raises:
            ArgumentError: ``step`` is not a history step (``Step``).
        """
        if type(step) is not Step:
            raise ArgumentError(
                argument="step",
                rule=Phrase(N_("must be {kind}"), kind=article("Step")),
                given=type_name(step),
            )
        return self._fires(step)

    def _fires(self, step: Step) -> bool:
        """Whether the condition fires on a step already checked."""
        raise NotImplementedError

    def __or__(self, other: Condition) -> Condition:
        return any_of(self, other)

    def __and__(self, other: Condition) -> Condition:
        return all_of(self, other)

    def references(self) -> Iterator[tuple[str, str]]:
        """The ``("action" | "status", name)`` pairs the condition names (for validation)."""
        return iter(())

    def uses_categories(self) -> bool:
        """Whether the condition needs the workflow's status categories."""
        return False

    def to_data(self) -> dict[str, Any] | list[dict[str, Any]]:
        """The TOML/dict form (see `condition_from_data()`).

        Raises:
            ConfigurationError: an ``all_of`` holding an ``any_of`` or naming a key twice,
                which has no TOML form (a ``ValueError``).
        """
        raise NotImplementedError


@attrs.frozen(repr=False)
class _OnAction(Condition):
    actions: tuple[str, ...]

    def _fires(self, step: Step) -> bool:
        return step.action in self.actions

    def __repr__(self) -> str:
        return f"on_action({_names(self.actions)})"

    def references(self) -> Iterator[tuple[str, str]]:
        return (("action", a) for a in self.actions)

    def to_data(self) -> dict[str, Any]:
        return {"action": list(self.actions)}


@attrs.frozen(repr=False)
class _OnStatus(Condition):
    statuses: tuple[str, ...]

    def _fires(self, step: Step) -> bool:
        return step.to_status in self.statuses and step.from_status not in self.statuses

    def __repr__(self) -> str:
        return f"on_status({_names(self.statuses)})"

    def references(self) -> Iterator[tuple[str, str]]:
        return (("status", s) for s in self.statuses)

    def to_data(self) -> dict[str, Any]:
        return {"status": list(self.statuses)}


@attrs.frozen(repr=False)
class _LeavesStatus(Condition):
    statuses: tuple[str, ...]

    def _fires(self, step: Step) -> bool:
        return step.from_status in self.statuses and step.to_status not in self.statuses

    def __repr__(self) -> str:
        return f"leaves_status({_names(self.statuses)})"

    def references(self) -> Iterator[tuple[str, str]]:
        return (("status", s) for s in self.statuses)

    def to_data(self) -> dict[str, Any]:
        return {"leaves_status": list(self.statuses)}


@attrs.frozen(repr=False)
class _InCategory(Condition):
    category: StatusCategory

    def _fires(self, step: Step) -> bool:
        return step.to_category is self.category and step.from_category is not self.category

    def __repr__(self) -> str:
        return f"in_category({self.category.value!r})"

    def uses_categories(self) -> bool:
        return True

    def to_data(self) -> dict[str, Any]:
        return {"category": self.category.value}


@attrs.frozen(repr=False)
class _LeavesCategory(Condition):
    category: StatusCategory

    def _fires(self, step: Step) -> bool:
        return step.from_category is self.category and step.to_category is not self.category

    def __repr__(self) -> str:
        return f"leaves_category({self.category.value!r})"

    def uses_categories(self) -> bool:
        return True

    def to_data(self) -> dict[str, Any]:
        return {"leaves_category": self.category.value}


@attrs.frozen(repr=False)
class _ByRole(Condition):
    roles: tuple[Role, ...]

    def _fires(self, step: Step) -> bool:
        return step.role in self.roles

    def __repr__(self) -> str:
        return f"by_role({_names(tuple(r.value for r in self.roles))})"

    def to_data(self) -> dict[str, Any]:
        return {"role": [r.value for r in self.roles]}


@attrs.frozen(repr=False)
class _AnyOf(Condition):
    parts: tuple[Condition, ...]

    def _fires(self, step: Step) -> bool:
        return any(part(step) for part in self.parts)

    def __repr__(self) -> str:
        return f"any_of({', '.join(repr(p) for p in self.parts)})"

    def references(self) -> Iterator[tuple[str, str]]:
        return (ref for part in self.parts for ref in part.references())

    def uses_categories(self) -> bool:
        return any(part.uses_categories() for part in self.parts)

    def to_data(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        for part in self.parts:
            data = part.to_data()
            found.extend(data if isinstance(data, list) else [data])
        return found


@attrs.frozen(repr=False)
class _AllOf(Condition):
    parts: tuple[Condition, ...]

    def _fires(self, step: Step) -> bool:
        return all(part(step) for part in self.parts)

    def __repr__(self) -> str:
        return f"all_of({', '.join(repr(p) for p in self.parts)})"

    def references(self) -> Iterator[tuple[str, str]]:
        return (ref for part in self.parts for ref in part.references())

    def uses_categories(self) -> bool:
        return any(part.uses_categories() for part in self.parts)

    def to_data(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for part in self.parts:
            data = part.to_data()
            if isinstance(data, list) or set(data) & set(merged):
                raise ConfigurationError(N_("SLA condition"), [_NO_TOML_FORM])
            merged.update(data)
        return merged


def _text_args(argument: str, values: tuple[object, ...]) -> tuple[str, ...]:
    not_empty(values, argument, N_("must hold at least one name"))
    return texts(values, argument)


def on_action(*actions: str) -> Condition:
    """Fires on an event whose action is one of ``actions`` (``"terima"`` is the receipt).

    Raises:
        ArgumentError: no action, or one that is not a ``str``.
    """
    return _OnAction(_text_args("actions", actions))


def on_status(*statuses: str) -> Condition:
    """Fires on an event that moves the complaint into one of ``statuses``.

    Raises:
        ArgumentError: no status, or one that is not a ``str``.
    """
    return _OnStatus(_text_args("statuses", statuses))


def leaves_status(*statuses: str) -> Condition:
    """Fires on an event that moves the complaint out of one of ``statuses``.

    Raises:
        ArgumentError: no status, or one that is not a ``str``.
    """
    return _LeavesStatus(_text_args("statuses", statuses))


def in_category(category: StatusCategory | str) -> Condition:
    """Fires on an event that moves the complaint into a status of ``category``.

    Needs the workflow's categories: validate the policy against the workflow
    ([`pengaduan.sla.SlaPolicy.validate()`][pengaduan.sla.SlaPolicy.validate]).

    Raises:
        ArgumentError: ``category`` is not a `StatusCategory` nor the value of one.
    """
    return _InCategory(member(StatusCategory, category, "category"))


def leaves_category(category: StatusCategory | str) -> Condition:
    """Fires on an event that moves the complaint out of a status of ``category``.

    Raises:
        ArgumentError: ``category`` is not a `StatusCategory` nor the value of one.
    """
    return _LeavesCategory(member(StatusCategory, category, "category"))


def by_role(*roles: Role | str) -> Condition:
    """Fires on an event taken by one of ``roles`` (combine: ``on_action(...) & by_role(...)``).

    Raises:
        ArgumentError: no role, or one that is not a `Role` nor the value of one.
    """
    not_empty(roles, "roles", N_("must hold at least one role"))
    return _ByRole(tuple(member(Role, r, "roles") for r in roles))


def _conditions(conditions: tuple[object, ...]) -> tuple[Condition, ...]:
    not_empty(conditions, "conditions", N_("must hold at least one condition"))
    return instances(Condition, conditions, "conditions")


def any_of(*conditions: Condition) -> Condition:
    """Fires when any of ``conditions`` fires.

    Raises:
        ArgumentError: no condition, or something that is not a `Condition`.
    """
    parts: list[Condition] = []
    for c in _conditions(conditions):
        parts.extend(c.parts if isinstance(c, _AnyOf) else (c,))
    return parts[0] if len(parts) == 1 else _AnyOf(tuple(parts))


def all_of(*conditions: Condition) -> Condition:
    """Fires when all of ``conditions`` fire on the same event.

    Raises:
        ArgumentError: no condition, or something that is not a `Condition`.
    """
    parts: list[Condition] = []
    for c in _conditions(conditions):
        parts.extend(c.parts if isinstance(c, _AllOf) else (c,))
    return parts[0] if len(parts) == 1 else _AllOf(tuple(parts))


_KEYS = ("action", "status", "leaves_status", "category", "leaves_category", "role")


def _strings(value: object, where: str, problems: list[str]) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if isinstance(items, list) and items and all(isinstance(v, str) and v for v in items):
        return tuple(items)
    problems.append(
        Phrase(N_("{where}: expected a name or a non-empty array of names"), where=where)
    )
    return ()


def _category(value: object, where: str, problems: list[str]) -> StatusCategory | None:
    if isinstance(value, str) and value in StatusCategory._value2member_map_:
        return StatusCategory(value)
    choices = ", ".join(c.value for c in StatusCategory)
    problems.append(
        Phrase(
            N_("{where}: unknown category {value} (use {choices})"),
            where=where,
            value=shown(value),
            choices=choices,
        )
    )
    return None


def _table_condition(data: object, where: str, problems: list[str]) -> Condition | None:
    if not isinstance(data, dict) or not data:
        problems.append(
            Phrase(
                N_("{where}: expected a table with one or more of {values}"),
                where=where,
                values=", ".join(_KEYS),
            )
        )
        return None
    parts: list[Condition] = []
    before = len(problems)
    for key, value in data.items():
        at = f"{where}.{key_text(key)}"
        if key in {"action", "status", "leaves_status"}:
            names = _strings(value, at, problems)
            if names:
                factory = {"action": on_action, "status": on_status, "leaves_status": leaves_status}
                parts.append(factory[key](*names))
        elif key in {"category", "leaves_category"}:
            category = _category(value, at, problems)
            if category is not None:
                parts.append(
                    in_category(category) if key == "category" else leaves_category(category)
                )
        elif key == "role":
            names = _strings(value, at, problems)
            unknown = [n for n in names if n not in Role._value2member_map_]
            problems += [
                Phrase(
                    N_("{at}: unknown role {n} (use {values})"),
                    at=at,
                    n=shown(n),
                    values=", ".join(r.value for r in Role),
                )
                for n in unknown
            ]
            if names and not unknown:
                parts.append(by_role(*names))
        else:
            problems.append(
                Phrase(N_("{at}: unknown key (expected {values})"), at=at, values=", ".join(_KEYS))
            )
    if len(problems) > before or not parts:
        return None
    return all_of(*parts)


def condition_from_data(data: object, where: str, problems: list[str]) -> Condition | None:
    """Parse the TOML/dict form of a condition, appending problems (with ``where``) to ``problems``.

    A table fires when *all* its keys match (``{ action = "tanggapi", role = "pelapor" }``); an
    array of tables fires when *any* of them does.
    """
    if isinstance(data, list):
        if not data:
            problems.append(
                Phrase(N_("{where}: expected a table or a non-empty array of tables"), where=where)
            )
            return None
        parts = [_table_condition(item, f"{where}[{i}]", problems) for i, item in enumerate(data)]
        found = [p for p in parts if p is not None]
        return any_of(*found) if len(found) == len(parts) else None
    return _table_condition(data, where, problems)
