"""Exporting a workspace to JSON and CSV, on real files."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
from pathlib import Path
from typing import IO, Any

import pytest
from sqlalchemy import insert

from coopdesk import __version__
from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.enums import ExchangeKind, OrgKind, ResourceKind
from coopdesk.domain.exchanges import ContactLogEntryFields
from coopdesk.services import export
from coopdesk.services.export import ExportError, export_csv, export_json, neutralise
from coopdesk.services.kinds import KINDS
from coopdesk.services.workspace_services import Services
from coopdesk.store import models as m
from coopdesk.store.workspace import Workspace

DANGEROUS = ["=1+1", "+33 6 12 34 56 78", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"]


def add_entry(services: Services, org_id: str, subject: str, *, private: bool) -> str:
    return services.exchanges.create(ContactLogEntryFields(
        kind=ExchangeKind.CALL, occurred_on=dt.date(2024, 3, 5), subject=subject,
        organisation_id=org_id, is_private=private)).id


@pytest.fixture
def filled(services: Services) -> Services:
    """An organisation with accents, one in the trash, public and private log entries."""
    org = services.organisations.create(OrganisationFields(
        name="Les Jardins de l'Été", kind=OrgKind.COLLECTIVE, city="Bègles")).id
    gone = services.organisations.create(OrganisationFields(name="Ancienne asso")).id
    services.organisations.delete(gone)
    add_entry(services, org, "Appel au sujet de la réunion", private=False)
    add_entry(services, org, "Note perso 1", private=True)
    add_entry(services, org, "Note perso 2", private=True)
    return services


def read_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def read_csv(path: Path) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV files start with a UTF-8 BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_json_holds_every_table_and_every_column(filled: Services, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "export.json"
    moment = dt.datetime(2024, 6, 1, 9, 30, tzinfo=dt.UTC)
    result = export_json(filled.workspace, out, exported_at=moment)

    text = out.read_text(encoding="utf-8")
    assert "l'Été" in text and "\\u00c9" not in text  # ensure_ascii=False
    data = read_json(out)
    assert data["format"] == export.JSON_FORMAT
    assert data["format_version"] == export.FORMAT_VERSION
    assert data["app_version"] == __version__
    assert data["workspace"] == {"id": filled.workspace.info.id,
                                 "name": filled.workspace.info.name}
    assert data["exported_at"] == "2024-06-01T09:30:00+00:00"
    assert list(data["tables"]) == [spec.table for spec in KINDS.values()]

    orgs = {row["name"]: row for row in data["tables"]["organisation"]}
    assert set(orgs["Les Jardins de l'Été"]) == set(
        m.Organisation.__table__.columns.keys())
    assert orgs["Les Jardins de l'Été"]["kind"] == "collective"
    assert orgs["Les Jardins de l'Été"]["deleted_at"] is None
    trashed = orgs["Ancienne asso"]
    assert dt.datetime.fromisoformat(trashed["deleted_at"]) <= dt.datetime.now()
    assert trashed["deleted_by"] == "Marie Dupont"
    entry = data["tables"]["contact_log_entry"][0]
    assert entry["occurred_on"] == "2024-03-05" and entry["kind"] == "call"
    assert entry["is_private"] is False and entry["person_id"] is None
    assert dict(result.rows)["organisation"] == 2
    assert list(out.parent.iterdir()) == [out]  # no temporary file left


def test_json_leaves_private_entries_out_unless_asked(filled: Services,
                                                      tmp_path: Path) -> None:
    result = export_json(filled.workspace, tmp_path / "public.json")
    data = read_json(tmp_path / "public.json")
    subjects = [row["subject"] for row in data["tables"]["contact_log_entry"]]
    assert subjects == ["Appel au sujet de la réunion"]
    assert result.private_left_out == 2 and data["private_left_out"] == 2
    assert data["private_included"] is False

    result = export_json(filled.workspace, tmp_path / "all.json", include_private=True)
    data = read_json(tmp_path / "all.json")
    assert len(data["tables"]["contact_log_entry"]) == 3
    assert result.private_left_out == 0 and data["private_included"] is True


def test_json_streams_more_rows_than_one_batch(workspace: Workspace, tmp_path: Path) -> None:
    rows = [{"id": f"0190f0f0-0000-7000-8000-{index:012d}", "name": f"Asso {index}",
             "kind": "association", "created_by": "", "created_by_org": "",
             "updated_by": "", "updated_by_org": "", "deleted_by": ""}
            for index in range(export.BATCH_ROWS * 2 + 7)]
    with workspace.db.unit_of_work() as session:
        session.execute(insert(m.Organisation), rows)
    result = export_json(workspace, tmp_path / "big.json")
    exported = read_json(tmp_path / "big.json")["tables"]["organisation"]
    assert [row["name"] for row in exported] == [row["name"] for row in rows]
    assert result.total_rows == len(rows)


def test_json_replaces_an_existing_file(filled: Services, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    out.write_text("old", encoding="utf-8")
    export_json(filled.workspace, out)
    assert read_json(out)["format"] == export.JSON_FORMAT


def test_csv_writes_one_file_per_table_with_header_and_bom(filled: Services,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "csv"
    result = export_csv(filled.workspace, out)

    names = {path.name for path in out.iterdir()}
    assert names == {f"{model.__tablename__}.csv" for model in m.ALL_MODELS} | {
        export.CSV_MANIFEST}
    for model in m.ALL_MODELS:
        text = (out / f"{model.__tablename__}.csv").read_text(encoding="utf-8-sig")
        assert text.splitlines()[0].split(",") == list(model.__table__.columns.keys())
    orgs = {row["name"]: row for row in read_csv(out / "organisation.csv")}
    assert orgs["Les Jardins de l'Été"]["city"] == "Bègles"
    assert orgs["Les Jardins de l'Été"]["deleted_at"] == ""
    assert orgs["Ancienne asso"]["deleted_at"] != ""
    entries = read_csv(out / "contact_log_entry.csv")
    assert [row["subject"] for row in entries] == ["Appel au sujet de la réunion"]
    assert entries[0]["is_private"] == "false" and entries[0]["occurred_on"] == "2024-03-05"
    manifest = read_json(out / export.CSV_MANIFEST)
    assert manifest["format"] == export.CSV_FORMAT and manifest["private_left_out"] == 2
    assert manifest["tables"]["organisation"]["rows"] == 2
    assert result.private_left_out == 2


def test_csv_includes_private_entries_when_asked(filled: Services, tmp_path: Path) -> None:
    result = export_csv(filled.workspace, tmp_path / "csv", include_private=True)
    entries = read_csv(tmp_path / "csv" / "contact_log_entry.csv")
    assert sorted(row["is_private"] for row in entries) == ["false", "true", "true"]
    assert result.private_left_out == 0


@pytest.mark.parametrize("dangerous", DANGEROUS)
def test_csv_neutralises_formula_text(services: Services, tmp_path: Path,
                                      dangerous: str) -> None:
    with services.db.unit_of_work() as session:
        session.add(m.Organisation(id="0190f0f0-0000-7000-8000-000000000001",
                                   name=dangerous, city="Lyon"))
    export_csv(services.workspace, tmp_path / "csv")
    row = read_csv(tmp_path / "csv" / "organisation.csv")[0]
    assert row["name"] == "'" + dangerous
    assert row["city"] == "Lyon"


def test_csv_leaves_numbers_alone(services: Services, tmp_path: Path) -> None:
    with services.db.unit_of_work() as session:
        org = m.Organisation(name="Asso")
        session.add(org)
        session.flush()
        session.add(m.Resource(organisation_id=org.id, name="Camion",
                               kind=ResourceKind.VEHICLE, value_per_day_cents=-1250))
    export_csv(services.workspace, tmp_path / "csv")
    row = read_csv(tmp_path / "csv" / "resource.csv")[0]
    assert row["value_per_day_cents"] == "-1250"
    assert row["kind"] == "vehicle" and row["available"] == "true"


def test_neutralise_only_touches_text() -> None:
    assert [neutralise(text) for text in DANGEROUS] == ["'" + text for text in DANGEROUS]
    assert neutralise(-3) == -3 and neutralise(-2.5) == -2.5
    assert neutralise("Réunion = bilan") == "Réunion = bilan"


def test_csv_refuses_a_folder_of_user_files(filled: Services, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "budget.ods").write_bytes(b"precious")
    with pytest.raises(ExportError, match="not empty"):
        export_csv(filled.workspace, out)
    assert [path.name for path in out.iterdir()] == ["budget.ods"]
    assert (out / "budget.ods").read_bytes() == b"precious"


def test_csv_overwrites_a_previous_export(filled: Services, tmp_path: Path) -> None:
    out = tmp_path / "csv"
    export_csv(filled.workspace, out)
    assert export.is_csv_export(out)
    filled.organisations.create(OrganisationFields(name="Nouvelle asso"))
    export_csv(filled.workspace, out)
    names = [row["name"] for row in read_csv(out / "organisation.csv")]
    assert "Nouvelle asso" in names and len(names) == 3
    assert not [p for p in out.iterdir() if p.name.startswith(export.STAGING_PREFIX)]


def test_missing_parent_folder_is_refused(filled: Services, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="does not exist"):
        export_json(filled.workspace, tmp_path / "nope" / "export.json")
    with pytest.raises(ExportError, match="does not exist"):
        export_csv(filled.workspace, tmp_path / "nope" / "csv")
    assert not (tmp_path / "nope").exists()


def test_wrong_kind_of_path_is_refused(filled: Services, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a folder"):
        export_json(filled.workspace, tmp_path)
    (tmp_path / "file.csv").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="is a file"):
        export_csv(filled.workspace, tmp_path / "file.csv")


class FullDisk(io.StringIO):
    """A file that fills the disk after *room* writes."""

    def __init__(self, room: int) -> None:
        super().__init__()
        self.room = room

    def write(self, text: str) -> int:
        self.room -= 1
        if self.room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return super().write(text)


def fill_disk_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    def opener(path: Path, encoding: str) -> IO[str]:
        path.touch()  # the real file exists, half-written, when the disk fills up
        return FullDisk(room)

    monkeypatch.setattr(export, "_open_text", opener)


def test_full_disk_during_json_leaves_nothing(filled: Services, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    fill_disk_after(monkeypatch, 12)
    with pytest.raises(ExportError, match="No space left on device"):
        export_json(filled.workspace, out_dir / "export.json")
    assert list(out_dir.iterdir()) == []


def test_full_disk_during_csv_leaves_nothing(filled: Services, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fill_disk_after(monkeypatch, 2)
    with pytest.raises(ExportError, match="No space left on device"):
        export_csv(filled.workspace, tmp_path / "csv")
    assert not (tmp_path / "csv").exists()


def test_full_disk_keeps_the_previous_csv_export(filled: Services, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "csv"
    export_csv(filled.workspace, out)
    before = {path.name: path.read_bytes() for path in out.iterdir()}
    fill_disk_after(monkeypatch, 2)
    with pytest.raises(ExportError):
        export_csv(filled.workspace, out)
    assert {path.name: path.read_bytes() for path in out.iterdir()} == before
