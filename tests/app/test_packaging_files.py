"""The packaging scripts agree with each other and with the spec: the paths one writes are
the paths the next reads (only the Linux build runs here; these catch drift in the others)."""

from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_desktop_entry_is_complete() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(PACKAGING / "linux" / "coopdesk.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == entry["TryExec"] == "@EXEC@"  # install.sh puts the full path
    assert entry["Icon"] == "coopdesk" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and entry["Keywords"].endswith(";")
    assert "Comment[fr]" in entry


def test_windows_installer_is_per_user_and_reads_what_build_ps1_writes() -> None:
    iss = (PACKAGING / "windows" / "coopdesk.iss").read_bytes()
    assert iss.startswith(b"\xef\xbb\xbf")  # UTF-8 for Inno Setup: the French messages
    text = iss.decode("utf-8-sig")
    build = (PACKAGING / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "PrivilegesRequired=lowest" in text
    assert re.search(r"^DefaultDirName=\{userpf\}", text, re.M)
    assert "{autoprograms}" in text  # the Start menu entry
    assert "MB_DEFBUTTON2" in text  # keeping the user's data is the default answer
    assert '#define Bundle "..\\..\\build\\bundle\\coopdesk"' in text
    assert "--distpath build\\bundle" in build
    assert '#define Icons "..\\..\\build\\pyinstaller\\coopdesk\\icons"' in text
    assert "--workpath build\\pyinstaller" in build
    assert '"/DAppVersion=$Version"' in build
    assert "OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup" in text
    assert "coopdesk-$Version-windows-x64-setup.exe" in build


def test_spec_writes_icons_where_the_scripts_read_them() -> None:
    spec = (PACKAGING / "coopdesk.spec").read_text(encoding="utf-8")
    assert 'out = BUILD / "icons"' in spec  # BUILD is <workpath>/coopdesk
    linux = (PACKAGING / "linux" / "build.sh").read_text(encoding="utf-8")
    assert "--workpath build/pyinstaller" in linux
    assert "build/pyinstaller/coopdesk/icons/coopdesk-256.png" in linux
    mac = (PACKAGING / "macos" / "build.sh").read_text(encoding="utf-8")
    assert "--distpath build/bundle" in mac and "app=build/bundle/coopdesk.app" in mac
    assert 'name=f"{APP}.app"' in spec


def test_every_command_of_the_readme_exists() -> None:
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for script in re.findall(r"packaging[/\\]([\w/\\.]+\.(?:sh|ps1|py))", readme):
        assert (PACKAGING / script.replace("\\", "/")).is_file(), script
