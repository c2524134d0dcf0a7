"""SOP profiles as data: a whole workflow definition in TOML or a dict, and back.

A region that runs its own SOP (a Dinkes complaint unit with liaison officers at each Puskesmas, a
kelurahan's tiered deadlines) writes it as data instead of Python. The format mirrors
[`WorkflowDefinition`][pengaduan.workflow.WorkflowDefinition]::

    name = "lapor-v3"
    initial = "diterima"
    receive_roles = ["sistem", "admin", "pelapor"]
    source = "SP4N-LAPOR! v3 (lapor.go.id)"

    [[status]]
    name = "diterima"
    category = "open"            # open | paused | terminal
    label_id = "Diterima"
    label_en = "Received"

    [[action]]
    name = "tindak_lanjut"
    sources = ["didisposisikan"]
    target = "ditindaklanjuti"   # leave it out for an action that keeps the status
    roles = ["unit", "admin"]
    label_id = "Tindak lanjut"
    label_en = "Follow up"
    guards = [{ kind = "assigned-unit" }]
    fields = [{ name = "response", kind = "text", required = true }]

Guards are named by their ``kind`` with the factory's arguments (see
[`GUARD_KINDS`][pengaduan.workflow.sop.GUARD_KINDS]); a
guard written in Python cannot be written as data, and
[`definition_to_dict()`][pengaduan.workflow.sop.definition_to_dict] says so.
Loading validates the whole document and then the whole workflow, and reports every problem at
once with its key path (``action[3].fields[0].kind``), never echoing a value that could be
personal data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from pengaduan._core.arguments import known
from pengaduan._core.toml import key_text, load_toml, shown
from pengaduan._i18n import N_, Phrase
from pengaduan.errors import ArgumentError, ConfigurationError, type_name
from pengaduan.model import Role
from pengaduan.workflow._arguments import instance
from pengaduan.workflow._definition import (
    ActionSpec,
    StatusCategory,
    StatusSpec,
    WorkflowDefinition,
)
from pengaduan.workflow.fields import FieldKind, FieldSpec
from pengaduan.workflow.guards import (
    Guard,
    actor_is_assigned_unit,
    at_most_once,
    deadline_missed_or_reopened,
    no_event_since,
    requires_choice,
    requires_prior_event,
    requires_text,
    requires_units,
    unanswered_or_reopened,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping

__all__ = [
    "GUARD_KINDS",
    "definition_from_dict",
    "definition_to_dict",
    "load_definition",
]

FORMAT_VERSION = 1

# kind -> (parameters: name -> "text" | "texts", factory)
_Builder = tuple[dict[str, str], Callable[..., Guard]]
GUARD_KINDS: dict[str, _Builder] = {
    "assigned-unit": ({}, actor_is_assigned_unit),
    "requires-units": ({}, requires_units),
    "requires-text": ({"field": "text"}, lambda field: requires_text(key=field)),
    "requires-choice": (
        {"field": "text", "choices": "texts"},
        lambda field, choices: requires_choice(key=field, choices=choices),
    ),
    "after": ({"action": "text"}, requires_prior_event),
    "once": ({}, at_most_once),
    "no-event-since": ({"action": "text", "since": "text"}, no_event_since),
    "unanswered-or-reopened": (
        {"dispose": "texts", "follow_up": "text", "reopen": "text"},
        unanswered_or_reopened,
    ),
    "deadline-missed-or-reopened": (
        {"follow_up": "text", "reopen": "text"},
        deadline_missed_or_reopened,
    ),
}
"""The guards a profile file can name, with their parameters (a text, or a list of texts)."""

_TOP = {"format", "name", "initial", "receive_roles", "source", "status", "action"}
_STATUS = {"name", "category", "label_id", "label_en", "description"}
_ACTION = {
    "name",
    "sources",
    "target",
    "roles",
    "label_id",
    "label_en",
    "description",
    "guards",
    "fields",
}
_FIELD = {"name", "kind", "required", "choices", "max_length", "description", "reporter_visible"}


class _Problems:
    """Collects problems with their key paths."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, where: str, problem: str, /, **values: object) -> None:
        """Record ``problem`` (a msgid marked with ``N_()``, with ``values``) at ``where``."""
        phrase = Phrase(problem, **values)
        self.lines.append(
            Phrase(N_("{path}: {problem}"), path=where, problem=phrase) if where else phrase
        )

    def keys(self, where: str, data: Mapping[str, Any], allowed: set[str]) -> None:
        for key in data:
            if key not in allowed:
                self.add(where, N_("unknown key {key}"), key=key_text(key))

    def text(self, where: str, value: object, *, optional: bool = False) -> str | None:
        if value is None and optional:
            return None
        if type(value) is not str or not value.strip():
            self.add(where, N_("must be a non-empty text, not {value}"), value=shown(value))
            return None
        return value

    def texts(self, where: str, value: object) -> tuple[str, ...] | None:
        if type(value) is not list or not all(type(v) is str and v for v in value):
            self.add(where, N_("must be a list of non-empty texts"))
            return None
        return tuple(value)

    def table(self, where: str, value: object) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.add(where, N_("must be a table, not {value}"), value=shown(value))
            return None
        return value

    def tables(self, where: str, value: object) -> list[dict[str, Any]]:
        if value is None:
            return []
        if type(value) is not list:
            self.add(where, N_("must be a list of tables"))
            return []
        found = []
        for index, item in enumerate(value):
            table = self.table(f"{where}[{index}]", item)
            if table is not None:
                found.append(table)
        return found


def _roles(problems: _Problems, where: str, value: object) -> frozenset[Role]:
    names = problems.texts(where, value)
    if names is None:
        return frozenset()
    roles = set()
    for name in names:
        role = Role._value2member_map_.get(name)
        if role is None:
            problems.add(
                where,
                N_("unknown role {role}; roles: {roles}"),
                role=shown(name),
                roles=", ".join(Role),
            )
        else:
            roles.add(role)
    return frozenset(roles)  # type: ignore[arg-type]


def _status(problems: _Problems, where: str, data: dict[str, Any]) -> StatusSpec | None:
    problems.keys(where, data, _STATUS)
    name = problems.text(f"{where}.name", data.get("name"))
    category = data.get("category")
    if not known(category, StatusCategory._value2member_map_):
        problems.add(f"{where}.category", N_("must be open, paused or terminal"))
        category = None
    label_id = problems.text(f"{where}.label_id", data.get("label_id"))
    label_en = problems.text(f"{where}.label_en", data.get("label_en"))
    description = data.get("description", "")
    if type(description) is not str:
        problems.add(f"{where}.description", N_("must be a text"))
        description = ""
    if None in (name, category, label_id, label_en):
        return None
    return StatusSpec(
        name=name,  # type: ignore[arg-type]
        category=category,  # type: ignore[arg-type]
        label_id=label_id,  # type: ignore[arg-type]
        label_en=label_en,  # type: ignore[arg-type]
        description=description,
    )


def _guard(problems: _Problems, where: str, data: dict[str, Any]) -> Guard | None:
    kind = data.get("kind")
    spec = GUARD_KINDS.get(kind) if type(kind) is str else None
    if spec is None:
        problems.add(
            f"{where}.kind",
            N_("unknown guard; guards: {guards}"),
            guards=", ".join(sorted(GUARD_KINDS)),
        )
        return None
    parameters, build = spec
    problems.keys(where, data, {"kind", *parameters})
    arguments: dict[str, object] = {}
    for name, shape in parameters.items():
        value = data.get(name)
        found: object = (
            problems.text(f"{where}.{name}", value)
            if shape == "text"
            else problems.texts(f"{where}.{name}", value)
        )
        if found is None:
            return None
        arguments[name] = found
    return build(**arguments)


def _field(problems: _Problems, where: str, data: dict[str, Any]) -> FieldSpec | None:
    problems.keys(where, data, _FIELD)
    name = problems.text(f"{where}.name", data.get("name"))
    kind = data.get("kind")
    if not known(kind, FieldKind._value2member_map_):
        problems.add(f"{where}.kind", N_("must be one of: {values}"), values=", ".join(FieldKind))
        kind = None
    required = data.get("required", False)
    if type(required) is not bool:
        problems.add(f"{where}.required", N_("must be true or false"))
    reporter_visible = data.get("reporter_visible", False)
    if type(reporter_visible) is not bool:
        problems.add(f"{where}.reporter_visible", N_("must be true or false"))
    choices: tuple[str, ...] | None = ()
    if "choices" in data:
        choices = problems.texts(f"{where}.choices", data["choices"])
    max_length = data.get("max_length", 20_000)
    if type(max_length) is not int or not 1 <= max_length <= 1_000_000:
        problems.add(f"{where}.max_length", N_("must be an integer from 1 to 1000000"))
        max_length = None
    description = data.get("description", "")
    if type(description) is not str:
        problems.add(f"{where}.description", N_("must be a text"))
    if (
        None in (name, kind, choices, max_length)
        or type(required) is not bool
        or type(reporter_visible) is not bool
    ):
        return None
    return FieldSpec(
        name=name,  # type: ignore[arg-type]
        kind=kind,  # type: ignore[arg-type]
        required=required,
        choices=choices or (),
        max_length=max_length,
        description=description if type(description) is str else "",
        reporter_visible=reporter_visible,
    )


def _action(problems: _Problems, where: str, data: dict[str, Any]) -> ActionSpec | None:
    problems.keys(where, data, _ACTION)
    name = problems.text(f"{where}.name", data.get("name"))
    sources = problems.texts(f"{where}.sources", data.get("sources"))
    target = problems.text(f"{where}.target", data.get("target"), optional=True)
    roles = _roles(problems, f"{where}.roles", data.get("roles"))
    label_id = problems.text(f"{where}.label_id", data.get("label_id"))
    label_en = problems.text(f"{where}.label_en", data.get("label_en"))
    description = data.get("description", "")
    if type(description) is not str:
        problems.add(f"{where}.description", N_("must be a text"))
        description = ""
    before = len(problems.lines)
    guards = [
        _guard(problems, f"{where}.guards[{i}]", table)
        for i, table in enumerate(problems.tables(f"{where}.guards", data.get("guards")))
    ]
    fields = [
        _field(problems, f"{where}.fields[{i}]", table)
        for i, table in enumerate(problems.tables(f"{where}.fields", data.get("fields")))
    ]
    if None in (name, sources, label_id, label_en) or len(problems.lines) > before:
        return None
    return ActionSpec(
        name=name,  # type: ignore[arg-type]
        sources=sources,  # type: ignore[arg-type]
        target=target,
        roles=roles,
        guards=[g for g in guards if g is not None],
        fields=[f for f in fields if f is not None],
        label_id=label_id,  # type: ignore[arg-type]
        label_en=label_en,  # type: ignore[arg-type]
        description=description,
    )


def definition_from_dict(
    data: object, *, what: str = Phrase(N_("workflow profile"))
) -> WorkflowDefinition:
    """A workflow definition from a dict (parsed TOML or JSON), checked as a whole.

    Args:
        data: the document.
        what: how messages name it; a label of the app's own (not a catalog phrase) is shown
            as ``workflow profile <label>`` where it is a short identifier, else described.

    Returns:
        The definition, already validated as `Workflow.from_definition()` would.

    Raises:
        ConfigurationError: every problem, each with its key path.
        ArgumentError: ``what`` is not a ``str``.
    """
    if not isinstance(what, str):
        raise ArgumentError(argument="what", rule=N_("must be a str"), given=type_name(what))
    if not isinstance(what, Phrase):
        what = Phrase(N_("workflow profile {name}"), name=shown(what))
    problems = _Problems()
    if not isinstance(data, dict):
        raise ConfigurationError(
            what, [Phrase(N_("must be a table, not {value}"), value=shown(data))]
        )
    problems.keys("", data, _TOP)
    version = data.get("format", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problems.add("format", N_("must be {version}"), version=FORMAT_VERSION)
    name = problems.text("name", data.get("name"))
    initial = problems.text("initial", data.get("initial"))
    source = data.get("source", "")
    if type(source) is not str:
        problems.add("source", N_("must be a text"))
        source = ""
    receive = data.get("receive_roles", ["sistem", "admin", "pelapor"])
    receive_roles = _roles(problems, "receive_roles", receive)
    statuses = [
        _status(problems, f"status[{i}]", table)
        for i, table in enumerate(problems.tables("status", data.get("status")))
    ]
    actions = [
        _action(problems, f"action[{i}]", table)
        for i, table in enumerate(problems.tables("action", data.get("action")))
    ]
    if problems.lines or name is None or initial is None:
        raise ConfigurationError(
            what, problems.lines or [Phrase(N_("name and initial are required"))]
        )
    definition = WorkflowDefinition(
        name=name,
        statuses=[s for s in statuses if s is not None],
        actions=[a for a in actions if a is not None],
        initial=initial,
        receive_roles=receive_roles,
        source=source,
    )
    semantic = definition.problems()
    if semantic:
        raise ConfigurationError(what, semantic)
    return definition


def load_definition(source: str | os.PathLike[str]) -> WorkflowDefinition:
    """A workflow definition from TOML text or a ``.toml`` file.

    Raises:
        ConfigurationError: unreadable or malformed TOML (its line named), or an invalid
            profile (every problem with its key path).
    """
    kind = Phrase(N_("workflow profile"))
    data, _, what = load_toml(source, kind)
    return definition_from_dict(data, what=what)


def _guard_dict(action: str, guard: Guard) -> dict[str, Any]:
    if guard.kind is None or guard.kind not in GUARD_KINDS:
        raise ConfigurationError(
            Phrase(N_("workflow action {action}"), action=shown(action)),
            [
                Phrase(
                    N_("guard {guard} is written in Python and cannot be written as data"),
                    guard=shown(guard.name),
                )
            ],
        )
    result: dict[str, Any] = {"kind": guard.kind}
    for name, value in guard.params:
        result[name] = [str(v) for v in value] if isinstance(value, tuple) else str(value)
    return result


def _field_dict(field: FieldSpec) -> dict[str, Any]:
    result: dict[str, Any] = {"name": field.name, "kind": field.kind.value}
    if field.required:
        result["required"] = True
    if field.choices:
        result["choices"] = list(field.choices)
    if field.max_length != FieldSpec(name="x", kind=FieldKind.TEXT).max_length:
        result["max_length"] = field.max_length
    if field.description:
        result["description"] = field.description
    if field.reporter_visible:
        result["reporter_visible"] = True
    return result


def definition_to_dict(definition: WorkflowDefinition) -> dict[str, Any]:
    """The definition as a dict that
    [`definition_from_dict()`][pengaduan.workflow.sop.definition_from_dict] reads back to an equal
    one.

    Raises:
        ConfigurationError: a guard was written in Python (it has no ``kind``).
        ArgumentError: ``definition`` is not a
            [`WorkflowDefinition`][pengaduan.workflow.WorkflowDefinition].
    """
    instance(WorkflowDefinition, definition, "definition")
    statuses = []
    for status in definition.statuses:
        item: dict[str, Any] = {
            "name": str(status.name),
            "category": status.category.value,
            "label_id": status.label_id,
            "label_en": status.label_en,
        }
        if status.description:
            item["description"] = status.description
        statuses.append(item)
    actions = []
    for action in definition.actions:
        entry: dict[str, Any] = {
            "name": action.name,
            "sources": list(action.sources),
            "roles": sorted(role.value for role in action.roles),
            "label_id": action.label_id,
            "label_en": action.label_en,
        }
        if action.target is not None:
            entry["target"] = action.target
        if action.description:
            entry["description"] = action.description
        if action.guards:
            entry["guards"] = [_guard_dict(action.name, g) for g in action.guards]
        if action.fields:
            entry["fields"] = [_field_dict(f) for f in action.fields]
        actions.append(entry)
    return {
        "format": FORMAT_VERSION,
        "name": definition.name,
        "initial": definition.initial,
        "receive_roles": sorted(role.value for role in definition.receive_roles),
        "source": definition.source,
        "status": statuses,
        "action": actions,
    }
