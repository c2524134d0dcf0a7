"""The data an action may carry: declared fields with a kind, and nothing else.

Every action of a workflow declares its data fields
([`FieldSpec`][pengaduan.workflow.fields.FieldSpec]): a unit's follow-up carries
a ``response`` text, a disposition carries ``units``, an archive carries a ``reason`` from a list.
[`pengaduan.workflow.Workflow.apply()`][pengaduan.workflow.Workflow.apply] refuses a field the
action does not declare (a typo such
as ``respons`` never reaches the permanent history), a value of the wrong kind, and a required field
that is missing, with an [`ActionDataError`][pengaduan.errors.ActionDataError] naming the field
(never its
value).

Two field names are reserved because they change who may see and act on a complaint:

- ``units`` may only be declared with
  [`FieldKind.UNITS`][pengaduan.workflow.fields.FieldKind.UNITS], on the disposition actions;
- ``privacy`` may not be declared at all: privacy changes only through the library's own
  ``ubah_privasi`` action
  ([`pengaduan.workflow.Workflow.change_privacy()`][pengaduan.workflow.Workflow.change_privacy]).

Example:
    >>> spec = FieldSpec(name="response", kind=FieldKind.TEXT, required=True)
    >>> spec.problem("Petugas sudah ditegur.") is None
    True
    >>> spec.problem(42)
    'must be a text'
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import TYPE_CHECKING

import attrs

from pengaduan._core.arguments import valid_text
from pengaduan._core.text import exact_str
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, type_name
from pengaduan.model import check_actor_id
from pengaduan.workflow._arguments import member, texts

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["MAX_TEXT_LENGTH", "MAX_UNITS", "FieldKind", "FieldSpec"]

MAX_TEXT_LENGTH = 20_000
"""Default upper bound of a text field, in characters (a long official answer fits)."""

MAX_UNITS = 32
"""At most this many units in one disposition."""

_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")


class FieldKind(StrEnum):
    """What a field holds."""

    TEXT = "text"
    """A non-empty text (whitespace alone is empty), at most ``max_length`` characters."""
    CHOICE = "choice"
    """One of the field's ``choices``."""
    UNITS = "units"
    """A non-empty list of distinct unit ids (checked against the unit directory, if any)."""
    FLAG = "flag"
    """``True`` or ``False``."""


def _kind(value: FieldKind | str) -> FieldKind:
    return member(FieldKind, value, "kind")


def _choices(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(texts(value, "choices")))


def _valid_required(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:
        raise ArgumentError(
            argument="required", rule=N_("must be True or False"), given=type_name(value)
        )


def _valid_flag(instance: object, attribute: attrs.Attribute[bool], value: object) -> None:
    if type(value) is not bool:
        raise ArgumentError(
            argument=attribute.name, rule=N_("must be True or False"), given=type_name(value)
        )


def _valid_max_length(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    # The type is checked here; a number below 1 is a declaration problem, reported with the rest
    # of the workflow's problems.
    if type(value) is not int:
        raise ArgumentError(
            argument="max_length", rule=N_("must be an int"), given=type_name(value)
        )


@attrs.frozen(kw_only=True)
class FieldSpec:
    """One data field of an action.

    Attributes:
        name: the key in the action's data (``response``, ``units``, ``reason``).
        kind: what it holds.
        required: the action is refused without it.
        choices: the allowed values of a
            [`FieldKind.CHOICE`][pengaduan.workflow.fields.FieldKind.CHOICE] field.
        max_length: the longest text accepted, for
            [`FieldKind.TEXT`][pengaduan.workflow.fields.FieldKind.TEXT].
        description: one sentence for docs and forms.
        reporter_visible: the reporter's own view of the complaint shows this field when an
            officer wrote it (an answer addressed to the reporter: a follow-up's ``response``,
            a deferral's ``reason``). Fields not marked are officers' notes (a disposition's
            ``note``) and stay out of it; what the reporter wrote is always shown to them.
    """

    name: str = attrs.field(converter=exact_str, validator=valid_text)
    kind: FieldKind = attrs.field(converter=_kind)
    required: bool = attrs.field(default=False, validator=_valid_required)
    choices: tuple[str, ...] = attrs.field(default=(), converter=_choices)
    max_length: int = attrs.field(default=MAX_TEXT_LENGTH, validator=_valid_max_length)
    description: str = attrs.field(default="", converter=exact_str, validator=valid_text)
    reporter_visible: bool = attrs.field(default=False, validator=_valid_flag)

    def declaration_problems(self, where: str) -> list[str]:
        """Problems of the declaration itself (for validating a whole workflow at once)."""
        found: list[str] = []

        def at(problem: str, /, **values: object) -> None:
            found.append(
                Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))
            )

        if not isinstance(self.name, str) or not _NAME.match(self.name):
            at(N_("field name must match [a-z][a-z0-9_]* (at most 64 characters)"))
        elif self.name == "privacy":
            at(
                N_(
                    "field 'privacy' is reserved: privacy changes only through the "
                    "'ubah_privasi' action"
                )
            )
        elif self.name == "units" and self.kind is not FieldKind.UNITS:
            at(N_("field 'units' must be of kind 'units'"))
        if self.kind is FieldKind.CHOICE and not self.choices:
            at(N_("choice field {field} lists no choices"), field=repr(self.name))
        if self.kind is not FieldKind.CHOICE and self.choices:
            at(N_("field {field} lists choices but is not a choice"), field=repr(self.name))
        if type(self.max_length) is not int or self.max_length < 1:
            at(N_("field {field}: max_length must be a positive int"), field=repr(self.name))
        return found

    def problem(self, value: object) -> str | None:  # noqa: PLR0911 - one return per rule
        """``None`` when ``value`` fits the field, else what is wrong (never the value)."""
        kind = self.kind
        if kind is FieldKind.TEXT:
            if type(value) is not str:
                return N_("must be a text")
            if not value.strip():
                return N_("must not be empty")
            if len(value) > self.max_length:
                return Phrase(N_("must be at most {count} characters"), count=self.max_length)
            return None
        if kind is FieldKind.CHOICE:
            if type(value) is not str or value not in self.choices:
                # The allowed values are configuration, never the given value.
                return Phrase(N_("must be one of {values}"), values=", ".join(self.choices))
            return None
        if kind is FieldKind.FLAG:
            return None if type(value) is bool else N_("must be true or false")
        return _units_problem(value)


def _units_problem(value: object) -> str | None:
    if type(value) is not list or not value:
        return N_("must be a non-empty list of unit ids")
    if len(value) > MAX_UNITS:
        return Phrase(N_("must name at most {count} units"), count=MAX_UNITS)
    for unit in value:
        if type(unit) is not str:
            return N_("must hold only unit ids (texts)")
        try:
            check_actor_id(unit)
        except ValueError:
            return N_("must hold only unit ids (letters, digits and . _ : -)")
    if len(set(value)) != len(value):
        return N_("must not name a unit twice")
    return None
