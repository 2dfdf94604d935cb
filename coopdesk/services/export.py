"""Export every table of a workspace to one JSON document or to a folder of CSV files.

Rows are streamed table by table inside one read transaction (a consistent snapshot), so a
workspace with 100,000 contact-log entries never becomes one giant Python structure. Nothing
is half-written: JSON goes to a temporary file renamed at the end, CSV files are written to a
staging folder whose files are moved in place only once all of them are complete.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import (
    Date,
    DateTime,
    Enum,
    String,
    Table,
    Time,
    func,
    select,
    true,
    type_coerce,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from coopdesk import __version__
from coopdesk.domain.errors import CoopdeskError
from coopdesk.services.kinds import KINDS
from coopdesk.store.base import Record
from coopdesk.store.workspace import Workspace

FORMAT_VERSION = 1
JSON_FORMAT = "coopdesk-json-export"
CSV_FORMAT = "coopdesk-csv-export"
#: The file that marks a folder as a coopdesk CSV export (and describes it).
CSV_MANIFEST = "coopdesk-export.json"
STAGING_PREFIX = ".coopdesk-export-partial-"
#: Text cells starting with one of these are formulas to a spreadsheet app.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
BATCH_ROWS = 1000


class ExportError(CoopdeskError):
    """The export cannot be written (missing folder, no permission, disk full...)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    #: Rows written, per table, in export order.
    rows: tuple[tuple[str, int], ...]
    #: Rows marked private that were left out (0 when they were included).
    private_left_out: int

    @property
    def total_rows(self) -> int:
        return sum(count for _name, count in self.rows)


# -- reading ---------------------------------------------------------------------------------
def _exported_models() -> list[type[Record]]:
    """The models of the kinds written to exports (`KindSpec.exported`), in `KINDS` order."""
    return [spec.model for spec in KINDS.values() if spec.exported]


def _private_flag(model: type[Record]) -> ColumnElement[bool] | None:
    name = KINDS[model.__kind__].private_flag
    return model.__table__.c[name] if name else None


def _columns(model: type[Record]) -> list[str]:
    return [column.name for column in model.__table__.columns]


def _selected_rows(session: Session, model: type[Record],
                   include_private: bool) -> Iterator[list[Any]]:
    """Every row of *model*'s table (trash included), values in `_columns` order.

    Dates and times come as ISO text, enums as their stored value.
    """
    table: Table = model.__table__  # type: ignore[assignment]
    # Enums are read as their stored text: a value from a newer coopdesk still exports.
    columns = [type_coerce(col, String()).label(col.name) if isinstance(col.type, Enum)
               else col for col in table.columns]
    iso = [index for index, col in enumerate(table.columns)
           if isinstance(col.type, Date | DateTime | Time)]
    query = select(*columns).order_by(table.c.id)
    flag = _private_flag(model)
    if flag is not None and not include_private:
        query = query.where(func.coalesce(flag, False) != true())
    result = session.execute(query.execution_options(yield_per=BATCH_ROWS))
    for row in result:
        values = list(row)
        for index in iso:
            value = values[index]
            if value is not None:
                values[index] = value.isoformat()
        yield values


def _private_count(session: Session, include_private: bool) -> int:
    if include_private:
        return 0
    total = 0
    for model in _exported_models():
        flag = _private_flag(model)
        if flag is not None:
            total += session.scalar(
                select(func.count()).select_from(model.__table__).where(flag == true())) or 0
    return total


def _header(workspace: Workspace, fmt: str, include_private: bool, private_left_out: int,
            exported_at: dt.datetime | None) -> dict[str, Any]:
    moment = exported_at or dt.datetime.now(dt.UTC)
    return {
        "format": fmt,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "workspace": {"id": workspace.info.id, "name": workspace.info.name},
        "exported_at": moment.isoformat(timespec="seconds"),
        "timestamps": "UTC",
        "private_included": include_private,
        "private_left_out": private_left_out,
    }


# -- writing ---------------------------------------------------------------------------------
def _open_text(path: Path, encoding: str) -> IO[str]:
    """Open *path* for writing text (tests replace it to simulate a full disk)."""
    return path.open("w", encoding=encoding, newline="")


def _fail(path: Path, exc: OSError) -> ExportError:
    return ExportError("Cannot write {path}: {reason}.", path=str(path),
                       reason=exc.strerror or str(exc))


def _finish(handle: IO[str]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def export_json(workspace: Workspace, out: Path, *, include_private: bool = False,
                exported_at: dt.datetime | None = None) -> ExportResult:
    """Write every table to the JSON document *out* (replaced atomically if it exists)."""
    out = out.expanduser().absolute()
    if out.is_dir():
        raise ExportError("{path} is a folder; give the path of a .json file.", path=str(out))
    if not out.parent.is_dir():
        raise ExportError("The folder {folder} does not exist.", folder=str(out.parent))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise _fail(out, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with _open_text(tmp, "utf-8") as handle, workspace.db.reading() as session:
            left_out = _private_count(session, include_private)
            header = _header(workspace, JSON_FORMAT, include_private, left_out, exported_at)
            rows = _write_json(handle, session, header, include_private)
            _finish(handle)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _fail(out, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return ExportResult(out, rows, left_out)


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _write_json(handle: IO[str], session: Session, header: dict[str, Any],
                include_private: bool) -> tuple[tuple[str, int], ...]:
    handle.write("{\n")
    for key, value in header.items():
        handle.write(f"  {_dumps(key)}: {_dumps(value)},\n")
    handle.write('  "tables": {')
    counts: list[tuple[str, int]] = []
    for index, model in enumerate(_exported_models()):
        name = model.__tablename__
        handle.write(("," if index else "") + f"\n    {_dumps(name)}: [")
        names = _columns(model)
        count = 0
        for values in _selected_rows(session, model, include_private):
            row = dict(zip(names, values, strict=True))
            handle.write(("," if count else "") + "\n      " + _dumps(row))
            count += 1
        handle.write("\n    ]" if count else "]")
        counts.append((name, count))
    handle.write("\n  }\n}\n")
    return tuple(counts)


def neutralise(cell: Any) -> Any:
    """Text a spreadsheet would run as a formula gets a leading quote; numbers stay as is."""
    if isinstance(cell, str) and cell.startswith(FORMULA_PREFIXES):
        return "'" + cell
    return cell


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(value)


def is_csv_export(folder: Path) -> bool:
    """True if *folder* holds a coopdesk CSV export (its manifest says so)."""
    try:
        data = json.loads((folder / CSV_MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == CSV_FORMAT


def _user_entries(folder: Path) -> list[Path]:
    return [child for child in folder.iterdir() if not child.name.startswith(STAGING_PREFIX)]


def export_csv(workspace: Workspace, out: Path, *, include_private: bool = False,
               exported_at: dt.datetime | None = None) -> ExportResult:
    """Write one CSV file per table into the folder *out* (new, empty or a previous export)."""
    out = out.expanduser().absolute()
    if out.exists() and not out.is_dir():
        raise ExportError("{path} is a file; give a folder for the CSV files.", path=str(out))
    if not out.parent.is_dir():
        raise ExportError("The folder {folder} does not exist.", folder=str(out.parent))
    created = False
    try:
        if out.is_dir():
            if _user_entries(out) and not is_csv_export(out):
                raise ExportError("The folder {folder} is not empty and is not a coopdesk "
                                  "export; choose a new or empty folder.", folder=str(out))
        else:
            out.mkdir()
            created = True
        staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=out))
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                out.rmdir()
        raise _fail(out, exc) from exc
    try:
        result = _write_csv_files(workspace, staging, out, include_private, exported_at)
        # Tables first, manifest last: a folder with a manifest is a complete export.
        for path in sorted(staging.iterdir(), key=lambda path: path.name == CSV_MANIFEST):
            path.replace(out / path.name)
        staging.rmdir()
        for stale in out.glob(STAGING_PREFIX + "*"):
            shutil.rmtree(stale, ignore_errors=True)
    except BaseException as exc:
        shutil.rmtree(staging, ignore_errors=True)
        if created:
            shutil.rmtree(out, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _fail(out, exc) from exc
        raise
    return result


def _write_csv_files(workspace: Workspace, staging: Path, out: Path, include_private: bool,
                     exported_at: dt.datetime | None) -> ExportResult:
    counts: list[tuple[str, int]] = []
    with workspace.db.reading() as session:
        left_out = _private_count(session, include_private)
        for model in _exported_models():
            name = model.__tablename__
            count = 0
            # utf-8-sig: the BOM tells spreadsheet apps the accents are UTF-8.
            with _open_text(staging / f"{name}.csv", "utf-8-sig") as handle:
                writer = csv.writer(handle)
                writer.writerow(_columns(model))
                for values in _selected_rows(session, model, include_private):
                    writer.writerow([_csv_cell(value) for value in values])
                    count += 1
                _finish(handle)
            counts.append((name, count))
    manifest = _header(workspace, CSV_FORMAT, include_private, left_out, exported_at)
    manifest["tables"] = {name: {"file": f"{name}.csv", "rows": count}
                          for name, count in counts}
    with _open_text(staging / CSV_MANIFEST, "utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=2)
        _finish(handle)
    return ExportResult(out, tuple(counts), left_out)
