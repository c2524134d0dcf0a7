"""``pengaduan audit --checkpoint``: an export checked against the office's signed log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._core.paths import open_regular
from pengaduan._i18n import N_, format_number, ngettext
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _say, _UsageError
from pengaduan.cli._small_files import read_small_file

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

__all__ = ["_checkpoint_args", "_verify_checkpoint"]

# At most this many failure lines are printed; the rest are counted.
_SHOWN_FAILURES = 1000

# A failure's status and reason codes in words; the codes stay beside them, in brackets.
_WORDS = {
    "forged": N_("forged"),
    "not-in-log": N_("not in the log"),
    "missing": N_("missing from the export"),
    "chain-broken": N_("its history's own hash chain is broken"),
    "head-mismatch": N_("a head in the log differs from its history"),
    "truncated": N_("the log holds a later version than its history"),
}


def _failure_line(tracking_id: str, status: str, reason: str) -> str:
    """``KPG-1 [forged, chain-broken]: forged; its history's own hash chain is broken``: the
    codes as codes, the status and the reason in words (a reason that only repeats the status,
    ``not-in-log`` or ``missing-from-export``, is not said twice)."""
    codes = status if reason == status else f"{status}, {reason}"
    said = _(_WORDS[status]) if status in _WORDS else status
    if reason in _WORDS and reason != status:
        said = _("{status}; {reason}").format(status=said, reason=_(_WORDS[reason]))
    return f"{tracking_id} [{codes}]: {said}"


def _checkpoint_args(args: argparse.Namespace) -> tuple[Path, Path, Path] | None:
    """The checkpoint, log and key ring files, all three or none (checked before the audit)."""
    given = (args.checkpoint, args.log, args.keys)
    if all(path is None for path in given):
        return None
    if any(path is None for path in given):
        raise _UsageError(_("--checkpoint, --log and --keys go together, for JSON lines input"))
    if args.input == "csv" or str(args.file).lower().endswith((".csv", ".tsv")):
        raise _UsageError(_("--checkpoint, --log and --keys go together, for JSON lines input"))
    return args.checkpoint, args.log, args.keys


def _verify_checkpoint(
    args: argparse.Namespace, sth_path: Path, log_path: Path, keys: Path
) -> bool:
    """Check the export against the signed log; one summary line, one line per failure."""
    from pengaduan.audit.readers import read_json_lines  # noqa: PLC0415
    from pengaduan.integrity import (  # noqa: PLC0415 - cryptography loads only when asked for
        KeyRing,
        SignedTreeHead,
        TransparencyLog,
        verify_export,
    )
    from pengaduan.integrity._codec import MAX_DOCUMENT  # noqa: PLC0415

    ring = KeyRing.from_json(
        read_small_file(keys, "--keys", limit=4 * MAX_DOCUMENT, lang=args.lang)
    )
    sth = SignedTreeHead.from_json(
        read_small_file(sth_path, "--checkpoint", limit=4 * MAX_DOCUMENT, lang=args.lang)
    )
    log = TransparencyLog.open(log_path)
    with open_regular(args.file) as stream:  # read again after the audit
        records = read_json_lines(stream, on_problem=lambda problem: None)
        result = verify_export((r.complaint for r in records), log, sth, ring)
    _say(
        _(
            "checkpoint (tree size {size}): {checked} checked, {covered} covered ({grown} grown "
            "since), {not_in_log} not in the log, {forged} forged, {missing} missing from the "
            "export"
        ).format(
            checked=format_number(result.checked),
            covered=format_number(result.covered),
            grown=format_number(result.grown),
            not_in_log=format_number(result.not_in_log),
            forged=format_number(result.forged),
            missing=format_number(result.missing),
            size=format_number(sth.tree_size),
        )
    )
    for failure in result.failures[:_SHOWN_FAILURES]:
        _say(_failure_line(failure.tracking_id, failure.status, failure.reason))
    more = len(result.failures) - _SHOWN_FAILURES
    if more > 0:
        _say(
            ngettext("... and {n} more complaint", "... and {n} more complaints", more).format(
                n=format_number(more)
            )
        )
    return result.ok
