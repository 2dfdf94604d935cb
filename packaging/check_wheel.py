"""Build coopdesk's wheel and check it the way `pipx install` would use it.

    .venv/bin/python packaging/check_wheel.py [--keep DIR]

1. copies the files git knows (committed or new, not ignored) to a temporary folder and runs
   `pip wheel` there, so that nothing stale of a local build/ gets in;
2. checks that the wheel carries the resources: icons, the translation catalog, the printing
   templates (as data files under share/coopdesk/resources) and the Alembic migrations;
3. installs it into a fresh virtual environment (its dependencies come from the package
   index, as for a user), then, from a folder outside the checkout, checks that the
   installed coopdesk finds its resources in that environment and that
   `coopdesk --smoke-test` passes.

Prints one line per stage and exits non-zero on the first failure. CI runs it (.ci/run);
it takes a minute or two, mostly installing PySide6.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARE = "share/coopdesk/resources"
PROBE = """
import sys
from pathlib import Path
from coopdesk.app.paths import resources_dir, translations_dir
from coopdesk.services.documents import template_path
folder = resources_dir()
env = Path(sys.prefix).resolve()
assert env in folder.resolve().parents, f"resources found outside the environment: {folder}"
assert (translations_dir() / "coopdesk_fr.ts").is_file(), "no translation catalog"
templates = sorted(p.name for p in (folder / "templates").glob("*.html"))
for name in templates:
    assert env in template_path(name).resolve().parents, f"template {name} not found"
print(f"resources in {folder}: {len(templates)} templates")
"""


class CheckError(Exception):
    pass


def step(message: str) -> None:
    print(f"check-wheel: {message}", flush=True)


def run(command: list[str], **options: object) -> None:
    result = subprocess.run(command, check=False, **options)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise CheckError(f"{' '.join(command[:3])}… exited with {result.returncode}")


def source_copy(target: Path) -> Path:
    """The files git knows about (tracked and still there, or new and not ignored)."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z", "--cached", "--others",
                             "--exclude-standard"], check=True, capture_output=True).stdout
    for name in sorted(set(listed.decode().split("\0")) - {""}):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def expected_members(names: set[str]) -> list[str]:
    """What the wheel must hold, from what the checkout has."""
    data = next((n.split("/")[0] for n in names if n.endswith(".data/data/" + SHARE
                                                               + "/icons/coopdesk.svg")), None)
    if data is None:
        raise CheckError(f"the wheel has no {SHARE}/icons/coopdesk.svg data file")
    wanted = [f"{data}/data/{SHARE}/icons/coopdesk.svg",
              f"{data}/data/{SHARE}/translations/coopdesk_fr.ts",
              "coopdesk/store/migrations/env.py", "coopdesk/store/migrations/script.py.mako"]
    wanted += [f"{data}/data/{SHARE}/templates/{p.name}"
               for p in sorted((ROOT / "resources" / "templates").glob("*.html"))]
    wanted += [f"coopdesk/store/migrations/versions/{p.name}"
               for p in sorted((ROOT / "coopdesk" / "store" / "migrations" / "versions")
                               .glob("[0-9]*.py"))]
    return wanted


def check_wheel(base: Path) -> None:
    started = time.perf_counter()
    source = source_copy(base / "src")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(base / "wheels"),
         str(source)])
    wheel = next((base / "wheels").glob("coopdesk-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = [name for name in expected_members(names) if name not in names]
    if missing:
        raise CheckError(f"missing from {wheel.name}: {', '.join(missing)}")
    step(f"{wheel.name} ({wheel.stat().st_size / 1e6:.1f} MB) holds the resources and "
         f"migrations ({time.perf_counter() - started:.0f} s)")

    started = time.perf_counter()
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)])
    step(f"installed into a fresh environment ({time.perf_counter() - started:.0f} s)")

    elsewhere = base / "elsewhere"  # not the checkout: its resources/ must not be found
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("COOPDESK_RESOURCES", "PYTHONPATH", "VIRTUAL_ENV")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run([str(python), "-c", PROBE], cwd=elsewhere, env=env)
    coopdesk = bin_dir / ("coopdesk.exe" if os.name == "nt" else "coopdesk")
    run([str(coopdesk), "--smoke-test"], cwd=elsewhere, env=env)
    step("the installed coopdesk passed its smoke test")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, help="work in DIR and keep it (default: a "
                        "temporary folder, removed afterwards)")
    args = parser.parse_args()
    try:
        if args.keep is not None:
            args.keep.mkdir(parents=True, exist_ok=False)
            check_wheel(args.keep)
        else:
            with tempfile.TemporaryDirectory(prefix="coopdesk-wheel-") as base:
                check_wheel(Path(base))
    except (CheckError, subprocess.CalledProcessError, StopIteration, OSError) as exc:
        step(f"FAILED: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
