"""SLA clock profiles shipped with the library, each clock with its legal basis.

Sources (see DOMAIN.md, "Deadlines"):

* lapor.go.id, "Alur penanganan" (SP4N-LAPOR!): the admin verifies and disposes within 3 working
  days, the unit follows up within 5 working days, a report with a follow-up and no reply is
  closed after 10 working days; Kota Kupang's 2019 launch repeats the 3 and 5 days.
* UU 14/2008 (Keterbukaan Informasi Publik) Pasal 22: written notice on an information request
  within 10 working days, extendable once by at most 7 working days (read from secondary copies).
* UU 25/2009 (Pelayanan Publik): the provider responds to a written complaint within 14 days; the
  law's copies we read do not say working or calendar days, so calendar days are assumed.
* Perpres 76/2013 (Pengelolaan Pengaduan Pelayanan Publik): a complaint is settled within 60 days
  of its file being complete (secondary summaries; calendar days assumed).
* A kelurahan service standard published on sippn.menpan.go.id: 2 / 5 / 14 / 60 working days.
  The tiers are shown as an example of a local SOP, not as anyone's binding rule.

Each profile is a TOML file in ``pengaduan/sla/data/`` written in the format apps use (see
[`SlaPolicy.from_toml()`][pengaduan.sla.SlaPolicy.from_toml]), with the source of every number
beside it. Files are read on first use and cached; the policies are built by the same loader as
an app's own. Apps change a number with
[`pengaduan.sla.SlaPolicy.with_rules()`][pengaduan.sla.SlaPolicy.with_rules]
or copy a file, edit it and load it with ``SlaPolicy.from_toml()``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from pengaduan._core.toml import shown
from pengaduan._i18n import N_, Phrase, as_phrase
from pengaduan.errors import ConfigurationError
from pengaduan.sla._config import rules_from_dict

if TYPE_CHECKING:
    from collections.abc import Mapping

    from pengaduan.sla._conditions import Condition
    from pengaduan.sla._model import ClockRule

__all__ = [
    "information_request_rules",
    "kelurahan_tiered_rules",
    "lapor_rules",
    "settlement_rules",
    "shipped_document",
    "shipped_names",
    "shipped_policy",
    "written_response_rules",
]

LAPOR = "lapor-v3"
INFORMATION_REQUEST = "informasi-publik"
WRITTEN_RESPONSE = "tanggapan-tertulis"
SETTLEMENT = "penyelesaian"
KELURAHAN_TIERED = "kelurahan-berjenjang"


def shipped_names() -> tuple[str, ...]:
    """The names of the SLA profiles shipped as ``pengaduan/sla/data/<name>.toml``."""
    folder = resources.files("pengaduan.sla") / "data"
    return tuple(
        sorted(p.name[: -len(".toml")] for p in folder.iterdir() if p.name.endswith(".toml"))
    )


@cache
def shipped_document(name: str) -> tuple[dict[str, Any], str]:
    """The parsed TOML of a shipped profile (read once; callers must not change it) and a
    description of it for messages."""
    # the TOML reader loads with the first profile, not with the package
    from pengaduan._core.paths import shipped_text  # noqa: PLC0415
    from pengaduan._core.toml import load_toml  # noqa: PLC0415

    what = Phrase(N_("{kind} {name}"), kind=as_phrase(N_("SLA policy")), name=f"{name}.toml")
    text = shipped_text("pengaduan.sla", f"data/{name}.toml", what)
    data, _, _ = load_toml(text, what)
    return data, what


def shipped_policy(
    name: str, parameters: Mapping[str, Condition] | None = None
) -> tuple[str, str, tuple[ClockRule, ...]]:
    """A shipped profile's ``(name, description, rules)``, parsed by the apps' loader.

    Without parameters the result is cached (rules are immutable values).

    Raises:
        ConfigurationError: a parameter that is not a condition (a problem in a shipped file
            would be a bug: the suite loads them all).
    """
    if parameters is None:
        return _unparameterised(name)
    return _parsed(name, parameters)


@cache
def _unparameterised(name: str) -> tuple[str, str, tuple[ClockRule, ...]]:
    return _parsed(name, None)


def _parsed(
    name: str, parameters: Mapping[str, Condition] | None
) -> tuple[str, str, tuple[ClockRule, ...]]:
    data, _ = shipped_document(name)
    policy_name, description, rules, problems = rules_from_dict(data, parameters)
    if problems:
        raise ConfigurationError(
            Phrase(N_("SLA policy {name}"), name=shown(policy_name or name)), problems
        )
    return policy_name, description, rules


def _rules(name: str, parameters: Mapping[str, Condition] | None = None) -> tuple[ClockRule, ...]:
    return shipped_policy(name, parameters)[2]


def lapor_rules() -> tuple[ClockRule, ...]:
    """Verification 3 WD, follow-up 5 WD, auto-close 10 WD (SP4N-LAPOR!, ``lapor-v3.toml``)."""
    return _rules(LAPOR)


def information_request_rules(extend: Condition | None = None) -> tuple[ClockRule, ...]:
    """UU 14/2008: 10 WD, plus 7 WD once ``extend`` fires (the workflow's extension action).

    ``informasi-publik.toml`` leaves the extension's condition as a parameter.
    """
    return _rules(INFORMATION_REQUEST, None if extend is None else {"extend": extend})


def written_response_rules() -> tuple[ClockRule, ...]:
    """UU 25/2009: a written response within 14 days (``tanggapan-tertulis.toml``)."""
    return _rules(WRITTEN_RESPONSE)


def settlement_rules() -> tuple[ClockRule, ...]:
    """Perpres 76/2013: settled within 60 days of a complete file (``penyelesaian.toml``)."""
    return _rules(SETTLEMENT)


def kelurahan_tiered_rules() -> tuple[ClockRule, ...]:
    """A local tiered SOP: 2 / 5 / 14 WD, 60 WD after escalation (``kelurahan-berjenjang.toml``)."""
    return _rules(KELURAHAN_TIERED)
