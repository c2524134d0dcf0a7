"""The public surface of the routing, intake and tracking modules."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys

import pytest

MODULES = ["pengaduan.routing", "pengaduan.intake", "pengaduan.intake.tracking"]


@pytest.mark.parametrize("name", MODULES)
def test_exports_resolve_are_sorted_and_documented(name: str) -> None:
    module = importlib.import_module(name)
    exported = list(module.__all__)
    assert exported == sorted(exported)
    for attribute in exported:
        value = getattr(module, attribute)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{name}.{attribute} needs a docstring"


def test_importing_does_not_load_the_phone_library() -> None:
    code = (
        "import sys, pengaduan.routing, pengaduan.intake, pengaduan.intake.tracking;"
        "print('phonenumbers' in sys.modules)"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_taxonomy_data_is_loaded_on_first_use_only() -> None:
    from pengaduan.routing import taxonomy  # noqa: PLC0415 - the point of the test

    taxonomy._taxonomy_text.cache_clear()  # inspecting the lazy cache
    assert taxonomy._taxonomy_text.cache_info().currsize == 0
    taxonomy.default_taxonomy()
    assert taxonomy._taxonomy_text.cache_info().currsize == 1
