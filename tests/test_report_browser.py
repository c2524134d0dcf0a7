"""The HTML report in a real headless browser: it renders, runs its script, logs nothing.

Needs Debian's ``chromium`` (``make test`` installs it when missing). A missing browser fails the
test: it is not skipped, so a green run always means the page was really rendered.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from tests.audit_helpers import new_audit, sample
from tests.sla_helpers import wita

from pengaduan.audit import render_html
from pengaduan.testing import build_complaint

if TYPE_CHECKING:
    from pathlib import Path

CONSOLE = re.compile(r":CONSOLE[:(]\d*\)?\]? ?(.*)")


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "chromium is required: apt-get install -y chromium (make test installs it)"
    return found


def render(page: Path, profile: Path, *, width: int = 1280) -> tuple[str, list[str]]:
    """The DOM after load in a ``width``-pixel-wide window, and every console line."""
    result = subprocess.run(  # noqa: S603 - a fixed browser command on a file we wrote
        [
            chromium(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
            f"--window-size={width},900",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    console = [m.group(1) for m in CONSOLE.finditer(result.stderr)]
    return result.stdout, console


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[str]]:
    audit = new_audit()
    audit.add_all(sample())
    folder = tmp_path_factory.mktemp("report")
    page = folder / "laporan.html"
    page.write_text(render_html(audit.report()), encoding="utf-8")
    return render(page, folder / "profile")


def test_report_renders_with_charts_and_headline_numbers(rendered: tuple[str, list[str]]) -> None:
    dom, _ = rendered
    assert len(re.findall(r"<svg\b", dom)) == 3
    assert len(re.findall(r"<rect\b", dom)) >= 4 + 2 + 5  # units, months, statuses
    assert "Audit kepatuhan SOP pengaduan" in dom
    assert "60,0&nbsp;%" in dom  # verification on time (Babel's Indonesian percent)
    assert ">5</b>" in dom  # complaints
    assert 'data-ready="1"' in dom  # the inline script ran to its end


@pytest.mark.parametrize("language", ["id", "en"])
def test_the_unit_table_fits_a_1280_pixel_screen(tmp_path: Path, language: str) -> None:
    """The widest case the library renders: every unit of Kota Kupang, named from its
    directory, with the default policy's clocks; the script reports where the table ends."""
    from pengaduan.routing import UnitDirectory  # noqa: PLC0415

    directory = UnitDirectory.kota_kupang()
    audit = new_audit()
    complaints = sample()
    for number, unit in enumerate(sorted(directory.ids)):
        complaints.append(
            build_complaint(
                wita(2025, 4, 1),
                ("verifikasi", wita(2025, 4, 2)),
                tracking_id=f"B-{number}",
                units=[unit],
            )
        )
    audit.add_all(complaints)
    page = tmp_path / "laporan.html"
    page.write_text(
        render_html(audit.report(), language=language, directory=directory), encoding="utf-8"
    )
    dom, console = render(page, tmp_path / "profile", width=1280)
    assert console == []
    right = re.search(r'data-table-right="(\d+)"', dom)
    viewport = re.search(r'data-viewport="(\d+)"', dom)
    assert right, "the page's script did not measure the table"
    assert viewport
    assert int(viewport.group(1)) <= 1280
    assert int(right.group(1)) <= int(viewport.group(1)), (right.group(1), viewport.group(1))


def test_report_logs_nothing_to_the_console(rendered: tuple[str, list[str]]) -> None:
    _, console = rendered
    assert console == []


def test_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """The check above can fail: a page with a script error and a blocked load is caught."""
    page = tmp_path / "rusak.html"
    audit = new_audit()
    audit.add_all(sample()[:1])
    html = render_html(audit.report()).replace(
        "<script>", '<img src="https://example.invalid/x.png"><script>nosuchfunction();'
    )
    page.write_text(html, encoding="utf-8")
    dom, console = render(page, tmp_path / "profile")
    assert any("nosuchfunction" in line for line in console), console
    assert any("Content Security Policy" in line for line in console), console
    assert 'data-ready="1"' not in dom
