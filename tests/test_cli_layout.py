"""The command line's modules: one per command, each importing only the shared pieces.

A command module may import ``_common``, ``_exit``, ``_parser``, ``_progress`` and
``_small_files`` (and ``audit`` its ``_checkpoint`` helper, ``db`` its ``_db_legacy``,
``_db_refresh``, ``_db_keys`` and ``_db_log`` actions, and ``_db_legacy`` the ``--key-file``
option of ``_db_keys``), never ``_app`` or another command: the parser is assembled in
``_app`` alone, so commands stay independent of each other.
"""

from __future__ import annotations

from tests.test_import_layers import import_edges

SHARED = {"_common", "_exit", "_parser", "_progress", "_small_files"}
COMMANDS = {
    "_audit",
    "_checkpoint",
    "_db",
    "_db_keys",
    "_db_legacy",
    "_db_log",
    "_db_refresh",
    "_deadline",
    "_demo",
    "_redact",
    "_route",
    "_workflow",
}
ALSO = {
    "_audit": {"_checkpoint"},
    "_db": {"_db_keys", "_db_legacy", "_db_log", "_db_refresh"},
    "_db_legacy": {"_db_keys"},
}


def cli_imports() -> dict[str, set[str]]:
    """Each ``pengaduan.cli`` module and the ``pengaduan.cli`` modules it imports."""
    found: dict[str, set[str]] = {}
    for importer, imported, _runs in import_edges():
        if importer.startswith("pengaduan.cli.") and imported.startswith("pengaduan.cli."):
            found.setdefault(importer.rpartition(".")[2], set()).add(imported.rpartition(".")[2])
    return found


def test_every_command_module_imports_only_the_shared_pieces() -> None:
    imports = cli_imports()
    for module in COMMANDS:
        extra = imports.get(module, set()) - SHARED - ALSO.get(module, set())
        assert not extra, f"{module} imports {sorted(extra)}"


def test_the_shared_pieces_import_no_command() -> None:
    imports = cli_imports()
    for module in SHARED:
        assert not imports.get(module, set()) & (COMMANDS | {"_app"}), module


def test_the_parser_is_assembled_from_every_command_module() -> None:
    imports = cli_imports()
    assert imports["_app"] >= COMMANDS - {
        "_checkpoint",
        "_db_keys",
        "_db_legacy",
        "_db_log",
        "_db_refresh",
    }
