"""``pengaduan workflow``: the SOP's statuses and actions, or its Mermaid diagram."""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

from pengaduan._i18n import N_
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _table
from pengaduan.cli._exit import EXIT_OK

if TYPE_CHECKING:
    import argparse

__all__ = ["add_workflow"]


def add_workflow(commands: Any) -> None:
    """Add the ``workflow`` command to the ``pengaduan`` parser's subcommands."""
    workflow = commands.add_parser(
        "workflow",
        help=_("show the SOP (statuses, actions, Mermaid diagram)"),
        description=_("show the SOP (statuses, actions, Mermaid diagram)"),
    )
    workflow.add_argument("--mermaid", action="store_true", help=_("print a Mermaid diagram"))
    workflow.set_defaults(run=_workflow)


# Status categories in words (their values, open/paused/terminal, are codes).
_CATEGORIES = {"open": N_("open"), "paused": N_("paused"), "terminal": N_("terminal")}


def _workflow(args: argparse.Namespace, out: IO[str]) -> int:
    from pengaduan.workflow import Workflow  # noqa: PLC0415

    workflow = Workflow.default()
    if args.mermaid:
        out.write(workflow.to_mermaid(args.lang))
        return EXIT_OK
    rows = [(_("Status"), _("Category"), _("Label"))]
    rows += [
        (f"{s.name}", _(_CATEGORIES[s.category.value]), workflow.label(s.name, args.lang))
        for s in workflow.statuses
    ]
    _table(out, rows)
    out.write("\n")
    actions = [(_("Action"), _("From"), _("To"), _("Roles"))]
    actions += [
        (
            a.name,
            ", ".join(a.sources),
            a.target or _("(same)"),
            ", ".join(sorted(r.value for r in a.roles)),
        )
        for a in workflow.actions
    ]
    _table(out, actions)
    guarded = [(a.name, guard) for a in workflow.actions for guard in a.guards]
    if guarded:
        out.write("\n")
        conditions = [(_("Action"), _("Guard"), _("Condition"))]
        conditions += [(name, guard.name, guard.describe(args.lang)) for name, guard in guarded]
        _table(out, conditions)
    return EXIT_OK
