"""``pengaduan audit --checkpoint``: an export checked against the office's signed log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pengaduan._core.paths import open_regular
from pengaduan._i18n import gettext as _
from pengaduan.cli._common import _say, _UsageError
from pengaduan.cli._small_files import read_small_file

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

__all__ = ["_checkpoint_args", "_verify_checkpoint"]


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
            checked=result.checked,
            covered=result.covered,
            grown=result.grown,
            not_in_log=result.not_in_log,
            forged=result.forged,
            missing=result.missing,
            size=sth.tree_size,
        )
    )
    for failure in result.failures[:1000]:
        _say(f"  {failure.tracking_id}: {failure.status} ({failure.reason})")
    return result.ok
