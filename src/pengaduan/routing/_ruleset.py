"""Rule sets: ordered rules, a matching mode and a fallback unit, validated as a whole.

A [`RuleSet`][pengaduan.routing.RuleSet] is built from [`Rule`][pengaduan.routing.Rule] values
([`RuleSet.from_rules()`][pengaduan.routing.RuleSet.from_rules]), from a mapping
([`RuleSet.from_dict()`][pengaduan.routing.RuleSet.from_dict]) or from a TOML file
([`RuleSet.from_toml()`][pengaduan.routing.RuleSet.from_toml]); each reports every problem of the
set at once (see
`pengaduan.routing._validate`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from pengaduan._core.arguments import check_label, enum_member, guarded, items_of, known, readable
from pengaduan._core.toml import key_text, load_toml, shown
from pengaduan._i18n import N_, Phrase, article
from pengaduan.errors import ArgumentError, ConfigurationError, NotFoundError, type_name
from pengaduan.model import Channel, Classification
from pengaduan.routing._conditions import (
    Condition,
    _show,
    all_of,
    always,
    any_of,
    category_is,
    channel_is,
    classification_is,
    has_all,
    has_any,
    has_none,
    kecamatan_is,
    kelurahan_is,
)
from pengaduan.routing._rule import MatchMode, Priority, Rule
from pengaduan.routing._validate import ruleset_problems

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["RuleSet", "UnknownRuleError"]


def _rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    # Only the collection is checked here: its items are checked with the whole set.
    return tuple(items_of(value, "rules", N_("must be an iterable of Rule")))


def _mode(value: MatchMode | str) -> MatchMode:
    return enum_member(MatchMode, value, "mode")


def _fallback_priority(value: Priority | str) -> Priority:
    return enum_member(Priority, value, "fallback_priority")


class UnknownRuleError(NotFoundError, KeyError):
    """A rule set has no rule of that name (a ``KeyError`` too, as it always was)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


_CONDITION_KEYS = frozenset(
    {
        "any",
        "all",
        "none",
        "category",
        "classification",
        "channel",
        "kelurahan",
        "kecamatan",
        "always",
        "either",
    }
)
_RULE_KEYS = _CONDITION_KEYS | {
    "name",
    "unit",
    "co_units",
    "priority",
    "description",
    "overrides",
    "review",
}
_SET_KEYS = frozenset({"name", "mode", "fallback", "fallback_priority", "description", "rule"})


def _line_numbers(lines: object) -> dict[Any, Any]:
    """``from_dict``'s ``lines``: an app's mapping copied, or an ArgumentError."""
    copied = {} if lines is None else readable(lines) if isinstance(lines, Mapping) else None
    if copied is None:
        raise ArgumentError(
            argument="lines", rule=N_("must be a mapping or None"), given=type_name(lines)
        )
    return copied


@attrs.frozen(kw_only=True)
class RuleSet:
    """A whole routing configuration: ordered rules, a mode and a fallback unit.

    Build it with [`from_rules()`][pengaduan.routing.RuleSet.from_rules],
    [`from_dict()`][pengaduan.routing.RuleSet.from_dict] or
    [`from_toml()`][pengaduan.routing.RuleSet.from_toml], which validate the
    whole set; the plain constructor does not validate the set (it refuses only ``rules``
    that is not an iterable, and a ``mode`` or ``fallback_priority`` that is not one of its
    values, with an [`ArgumentError`][pengaduan.errors.ArgumentError]).
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rules)
    fallback: str
    """The unit that receives complaints no rule matches (the coordinating admin)."""
    mode: MatchMode = attrs.field(default=MatchMode.FIRST_MATCH, converter=_mode)
    fallback_priority: Priority = attrs.field(default=Priority.SEDANG, converter=_fallback_priority)
    description: str = attrs.field(default="", repr=False)

    @classmethod
    def from_rules(
        cls,
        *,
        name: str,
        rules: Iterable[Rule],
        fallback: str,
        mode: MatchMode | str = MatchMode.FIRST_MATCH,
        fallback_priority: Priority | str = Priority.SEDANG,
        description: str = "",
        units: Container[str] | None = None,
    ) -> RuleSet:
        """Build and validate a rule set.

        Args:
            name: the rule set's name (shown in decisions).
            rules: the rules, in order.
            fallback: the unit for complaints no rule matches.
            mode: ``"first-match"`` or ``"best-score"``.
            fallback_priority: priority of fallback decisions.
            description: free text.
            units: known unit ids (a [`UnitDirectory`][pengaduan.routing.UnitDirectory] or a set);
                when
                given, every unit a rule names must be in it.

        Raises:
            ConfigurationError: every problem of the set at once.
        """
        problems: list[str] = []
        if type(name) is not str or not name:
            problems.append(
                Phrase(N_("name must be a non-empty str, not {type}"), type=type_name(name))
            )
        if type(fallback) is not str:
            problems.append(_must_be("fallback", "str", fallback))
        if type(description) is not str:
            problems.append(_must_be("description", "str", description))
        if not isinstance(mode, str) or mode not in MatchMode._value2member_map_:
            problems.append(N_("mode must be one of first-match, best-score"))
        if (
            not isinstance(fallback_priority, str)
            or fallback_priority not in Priority._value2member_map_
        ):
            problems.append(
                Phrase(N_("fallback_priority must be one of {values}"), values=", ".join(Priority))
            )
        items: tuple[object, ...] = ()
        if isinstance(rules, str | bytes | Mapping) or not isinstance(rules, Iterable):
            problems.append(
                Phrase(N_("rules must be an iterable of Rule, not {type}"), type=type_name(rules))
            )
        else:
            items = tuple(guarded(rules, "rules", N_("must be an iterable of Rule")))
            problems += [
                _at(f"rules[{i}]", N_("must be a Rule, not {type}"), type=type_name(rule))
                for i, rule in enumerate(items)
                if not isinstance(rule, Rule)
            ]
        if problems:
            raise ConfigurationError(_ruleset_what(name), problems)
        ruleset = cls(
            name=name,
            rules=items,  # type: ignore[arg-type]  # checked above
            fallback=fallback,
            mode=mode,
            fallback_priority=fallback_priority,
            description=description,
        )
        ruleset.validate(units)
        return ruleset

    @classmethod
    def from_dict(
        cls,
        data: Mapping[str, Any],
        *,
        units: Container[str] | None = None,
        lines: Mapping[int, int] | None = None,
        what: str | None = None,
    ) -> RuleSet:
        """Build a rule set from a mapping shaped like the TOML format (see the how-to guide).

        Args:
            data: the parsed document.
            units: known unit ids, as for [`from_rules()`][pengaduan.routing.RuleSet.from_rules].
            lines: rule index -> line number, used in problem messages.
            what: how to name the configuration in errors.

        Raises:
            ArgumentError: ``what`` is not a str (or None), ``units`` not a container of
                unit ids, or ``lines`` not a mapping (or None).
            ConfigurationError: every problem found, each naming the rule (and line).
        """
        check_label(what)
        line_of = _line_numbers(lines)
        copied = readable(data) if isinstance(data, Mapping) else None
        if copied is None:
            raise ConfigurationError(
                what or Phrase(N_("rule set")),
                [Phrase(N_("expected a table, not {type}"), type=type_name(data))],
            )
        data = copied
        name = data.get("name")
        label = what or _ruleset_what(name)
        problems: list[str] = []
        description = data.get("description", "")
        if type(description) is not str:
            problems.append(
                Phrase(
                    N_("'description' must be a string, not {type}"), type=type_name(description)
                )
            )
            description = ""
        if not isinstance(name, str) or not name:
            problems.append(N_("'name' must be a non-empty string"))
            name = "?"
        unknown = sorted(set(data) - _SET_KEYS)
        problems.extend(
            Phrase(N_("unknown top-level key {key}"), key=shown(key)) for key in unknown
        )
        mode = data.get("mode", MatchMode.FIRST_MATCH.value)
        if not known(mode, MatchMode._value2member_map_):
            problems.append(
                Phrase(
                    N_("'mode' must be one of first-match, best-score; got {value}"),
                    value=shown(mode),
                )
            )
            mode = MatchMode.FIRST_MATCH
        fallback = data.get("fallback")
        if not isinstance(fallback, str) or not fallback:
            problems.append(N_("'fallback' is required: the unit for complaints no rule matches"))
            fallback = ""
        fallback_priority = _priority(
            data.get("fallback_priority", "sedang"), problems, Phrase(N_("rule set"))
        )
        raw_rules = data.get("rule", [])
        if not isinstance(raw_rules, list):
            problems.append(N_("'rule' must be an array of tables ([[rule]])"))
            raw_rules = []
        rules: list[Rule] = []
        for index, raw in enumerate(raw_rules):
            line = line_of.get(index)
            where = Phrase(N_("rule #{number}"), number=index + 1)
            if isinstance(raw, Mapping) and isinstance(raw.get("name"), str):
                where = Phrase(N_("rule {name}"), name=shown(raw["name"]))
            if line is not None:
                where = Phrase(N_("{where} (line {line})"), where=where, line=line)
            rule = _rule_from_dict(raw, where, problems)
            if rule is not None:
                rules.append(rule)
        ruleset = cls(
            name=name,
            rules=rules,
            fallback=fallback,
            mode=mode,
            fallback_priority=fallback_priority,
            description=description,
        )
        if not problems:
            problems.extend(ruleset_problems(ruleset, units, lines))
        if problems:
            raise ConfigurationError(label, problems)
        return ruleset

    @classmethod
    def from_toml(cls, source: str | Path, *, units: Container[str] | None = None) -> RuleSet:
        """Load a rule set from TOML text or a ``.toml`` file path.

        Raises:
            ConfigurationError: a TOML syntax error (with its line) or every rule problem, each
                naming the rule and the line of its ``[[rule]]`` header.
        """
        kind = Phrase(N_("rule file"))
        data, text, what = load_toml(source, kind)
        header = re.compile(r"^\s*\[\[\s*rule\s*\]\]")
        starts = [n for n, line in enumerate(text.splitlines(), start=1) if header.match(line)]
        raw_rules = data.get("rule")
        lines = (
            dict(enumerate(starts))
            if isinstance(raw_rules, list) and len(raw_rules) == len(starts)
            else {}
        )
        return cls.from_dict(data, units=units, lines=lines, what=what)

    def validate(self, units: Container[str] | None = None) -> None:
        """Check the whole set.

        Raises:
            ConfigurationError: every problem at once.
        """
        problems = ruleset_problems(self, units, None)
        if problems:
            raise ConfigurationError(_ruleset_what(self.name), problems)

    def problems(self, units: Container[str] | None = None) -> list[str]:
        """Every problem of the set (empty when valid)."""
        return ruleset_problems(self, units, None)

    def rule(self, name: str) -> Rule:
        """The rule called ``name``.

        Raises:
            UnknownRuleError: no such rule (a ``KeyError`` too).
        """
        if isinstance(name, str):
            for rule in self.rules:
                if rule.name == name:
                    return rule
        raise UnknownRuleError(what=N_("rule"), key=key_text(name))

    @property
    def units(self) -> frozenset[str]:
        """Every unit the set can route to, the fallback included."""
        found = {self.fallback}
        for rule in self.rules:
            found.add(rule.unit)
            found.update(rule.co_units)
        return frozenset(found)

    def with_rules(
        self,
        *,
        before: Iterable[Rule] = (),
        after: Iterable[Rule] = (),
        without: Iterable[str] = (),
        name: str | None = None,
        units: Container[str] | None = None,
    ) -> RuleSet:
        """A new, validated set with rules added first/last and some removed by name.

        Raises:
            ArgumentError: ``before`` or ``after`` is not an iterable, or ``units`` not a
                container of unit ids.
            ConfigurationError: the new set is invalid (for example a name is used twice).
        """
        if name is not None and not isinstance(name, str):
            raise ArgumentError(
                argument="name", rule="must be a str or None", given=type_name(name)
            )
        rule = N_("must be an iterable of Rule")
        first = tuple(items_of(before, "before", rule))
        last = tuple(items_of(after, "after", rule))
        names: tuple[object, ...] = ()
        if not isinstance(without, str | bytes | Mapping) and isinstance(without, Iterable):
            names = tuple(guarded(without, "without", N_("must be rule names")))
        if (
            isinstance(without, str | bytes | Mapping)
            or not isinstance(without, Iterable)
            or not all(type(n) is str for n in names)
        ):
            raise ConfigurationError(
                _ruleset_what(self.name), [N_("without must be an iterable of rule names")]
            )
        dropped = {n for n in names if isinstance(n, str)}
        kept = [rule for rule in self.rules if rule.name not in dropped]
        missing = sorted(dropped - {rule.name for rule in self.rules})
        if missing:
            raise ConfigurationError(
                Phrase(N_("rule set {name}"), name=shown(self.name)),
                [Phrase(N_("cannot remove unknown rule {name}"), name=shown(n)) for n in missing],
            )
        return RuleSet.from_rules(
            name=name or self.name,
            rules=[*first, *kept, *last],
            fallback=self.fallback,
            mode=self.mode,
            fallback_priority=self.fallback_priority,
            description=self.description,
            units=units,
        )


def _priority(value: object, problems: list[str], where: str) -> Priority:
    # Only a str is looked up: ``str()`` of anything else could recurse (a list nested a
    # thousand deep) or fail (an integer past Python's digit limit).
    if isinstance(value, str) and str.__str__(value) in Priority._value2member_map_:
        return Priority(str.__str__(value))
    allowed = ", ".join(p.value for p in Priority)
    problems.append(
        _at(
            where,
            N_("priority must be one of {values}; got {value}"),
            values=allowed,
            value=shown(value),
        )
    )
    return Priority.SEDANG


def _at(where: str, problem: str, /, **values: object) -> Phrase:
    """``where: problem`` as one translatable phrase (``problem`` a msgid, with ``values``)."""
    return Phrase(N_("{path}: {problem}"), path=where, problem=Phrase(problem, **values))


def _must_be(name: str, kind: str, value: object, *, optional: bool = False) -> Phrase:
    """``<name> must be a <kind>[ or None], not <type of value>``."""
    if optional:
        return Phrase(
            N_("{name} must be {kind} or None, not {type}"),
            name=name,
            kind=article(kind),
            type=type_name(value),
        )
    return Phrase(
        N_("{name} must be {kind}, not {type}"),
        name=name,
        kind=article(kind),
        type=type_name(value),
    )


def _ruleset_what(name: object) -> Phrase:
    """``rule set <name>`` (the name as a configuration problem may show it)."""
    return Phrase(N_("rule set {name}"), name=shown(name))


def _string_list(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> list[str]:
    value = raw[key]
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        problems.append(
            _at(where, N_("{key} must be a string or a list of strings"), key=shown(key))
        )
        return []
    if not value:
        problems.append(_at(where, N_("{key} is empty"), key=repr(key)))
    return value


def _condition_from_dict(  # noqa: PLR0912 - one branch per TOML key
    raw: Mapping[str, Any], where: str, problems: list[str], *, nested: bool
) -> Condition | None:
    parts: list[Condition] = []
    factories = {
        "any": has_any,
        "all": has_all,
        "none": has_none,
        "category": category_is,
        "kelurahan": kelurahan_is,
        "kecamatan": kecamatan_is,
    }
    for key, factory in factories.items():
        if key in raw:
            parts.append(factory(*_string_list(raw, key, where, problems)))
    for key, enum, enum_factory in (
        ("classification", Classification, classification_is),
        ("channel", Channel, channel_is),
    ):
        if key in raw:
            values = _string_list(raw, key, where, problems)
            bad = [v for v in values if v not in {m.value for m in enum}]
            if bad:
                allowed = ", ".join(m.value for m in enum)
                problems.append(
                    _at(
                        where,
                        N_("unknown {key} {values}; allowed: {allowed}"),
                        key=key,
                        values=_show(bad),
                        allowed=allowed,
                    )
                )
            else:
                parts.append(enum_factory(*values))
    if "always" in raw:
        if raw["always"] is not True:
            problems.append(_at(where, N_("'always' may only be true")))
        parts.append(always())
    if "either" in raw:
        if nested:
            problems.append(_at(where, N_("'either' cannot be nested inside 'either'")))
        options = raw["either"]
        if not isinstance(options, list) or not options:
            problems.append(_at(where, N_("'either' must be a non-empty array of tables")))
        else:
            alternatives = []
            for number, option in enumerate(options, start=1):
                inner = Phrase(N_("{where} either #{number}"), where=where, number=number)
                if not isinstance(option, Mapping):
                    problems.append(_at(inner, N_("must be a table")))
                    continue
                unknown = sorted(set(option) - (_CONDITION_KEYS - {"either"}))
                problems.extend(
                    _at(inner, N_("unknown key {key}"), key=shown(key)) for key in unknown
                )
                condition = _condition_from_dict(option, inner, problems, nested=True)
                if condition is not None:
                    alternatives.append(condition)
            parts.append(any_of(*alternatives))
    if not parts:
        problems.append(_at(where, N_("no condition (use always = true for a catch-all rule)")))
        return None
    return parts[0] if len(parts) == 1 else all_of(*parts)


def _rule_from_dict(raw: object, where: str, problems: list[str]) -> Rule | None:
    if not isinstance(raw, Mapping):
        problems.append(_at(where, N_("must be a table")))
        return None
    count = len(problems)
    unknown = sorted(set(raw) - _RULE_KEYS)
    problems.extend(_at(where, N_("unknown key {key}"), key=shown(key)) for key in unknown)
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        problems.append(_at(where, N_("'name' must be a non-empty string")))
    unit = raw.get("unit")
    if not isinstance(unit, str) or not unit:
        problems.append(_at(where, N_("'unit' (the target unit id) is required")))
    co_units = raw.get("co_units", [])
    if not isinstance(co_units, list) or not all(isinstance(u, str) for u in co_units):
        problems.append(_at(where, N_("'co_units' must be a list of unit ids")))
        co_units = []
    priority = _priority(raw.get("priority", "sedang"), problems, where)
    description = raw.get("description", "")
    if not isinstance(description, str):
        problems.append(
            _at(
                where,
                N_("'description' must be a string, not {type}"),
                type=type_name(description),
            )
        )
        description = ""
    flags = {}
    for key in ("overrides", "review"):
        flags[key] = raw.get(key, False)
        if type(flags[key]) is not bool:
            problems.append(_at(where, N_("{key} must be true or false"), key=shown(key)))
    condition = _condition_from_dict(raw, where, problems, nested=False)
    if len(problems) > count or condition is None:
        return None
    assert isinstance(name, str)  # noqa: S101 - checked above
    assert isinstance(unit, str)  # noqa: S101 - checked above
    return Rule(
        name=name,
        when=condition,
        unit=unit,
        co_units=co_units,
        priority=priority,
        description=description,
        overrides=flags["overrides"],
        review=flags["review"],
    )
