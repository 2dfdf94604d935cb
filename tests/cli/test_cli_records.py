"""`kinds`, `list`, `get`, `add`, `set`, `delete` and `restore KIND ID`, run through `main()`
on real workspace folders: every kind of the registry round-trips, every refusal is one
line naming the field and what it takes, and writes nothing."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from pathlib import Path
from typing import Any

import pytest

from coopdesk.services.kinds import KINDS, spec_of
from coopdesk.services.record_kinds import CommandField, kind_info
from coopdesk.services.workspace_services import Services
from tests.cli.test_cli import assert_no_qt_loaded, assert_one_line_error, run

Capsys = pytest.CaptureFixture[str]

#: Kinds whose rules ask for one of several optional links (a person or an organisation).
ONE_OF_THESE = {"contact_log_entry": ("organisation_id",), "attendance": ("organisation_id",)}
#: Values the kind's rules would otherwise change (an open action has no day it was done).
CONSISTENT = {"action": {"status": "done"}}
#: Fields `set` cannot change: the service keeps them (an entry's author stays who wrote it).
KEPT_BY_THE_SERVICE = {"contact_log_entry": ("author_name", "author_organisation")}


@pytest.fixture
def folder(services: Services) -> Path:
    """An empty workspace (its folder)."""
    return services.workspace.folder


def database_rows(folder: Path) -> list[str]:
    """Everything the workspace's database holds, records, history and sync ops alike."""
    connection = sqlite3.connect(f"file:{folder / 'coopdesk.sqlite'}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def ok(capsys: Capsys, *argv: str | Path) -> str:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, ""), err
    return out


def get_json(capsys: Capsys, folder: Path, kind: str, record_id: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(capsys, "-w", folder, "get", kind, record_id, "--json"))
    return data


def list_ids(capsys: Capsys, folder: Path, kind: str, *where: str) -> list[str]:
    args: list[str | Path] = ["-w", folder, "list", kind, "--json"]
    for item in where:
        args += ["--where", item]
    return [row["id"] for row in json.loads(ok(capsys, *args))]


# -- values for any field, from the registry ---------------------------------------------------
def typed_value(field: CommandField) -> tuple[str, Any]:
    """(what to type, what `get --json` then shows) for a field that is not a reference."""
    if field.form == "str":
        text = "Première ligne\nseconde ligne" if field.long_text else text_for(field, "été")
        return text, text
    if field.form == "enum":
        return field.allowed[0], field.allowed[0]
    return {"int": ("3", 3), "float": ("2,5", 2.5), "money": ("12,50€", 1250),
            "bool": ("non", False), "date": ("2026-03-31", "2026-03-31"),
            "datetime": (("2026-03-31T20:00", "2026-03-31T20:00:00")
                         if field.name.startswith("ends")
                         else ("2026-03-31 18:30", "2026-03-31T18:30:00"))}[field.form]


def text_for(field: CommandField, word: str) -> str:
    return f"{word}@example.org" if "email" in field.name else f"{field.name} {word}"


class Maker:
    """Adds records of any kind with the command line, their required parents first."""

    def __init__(self, capsys: Capsys, folder: Path) -> None:
        self.capsys = capsys
        self.folder = folder
        self.made: dict[str, str] = {}

    def parent(self, kind: str) -> str:
        if kind not in self.made:
            self.made[kind] = self.add(kind)[0]
        return self.made[kind]

    def add(self, kind: str) -> tuple[str, dict[str, Any]]:
        """A new record of *kind* with a value in every field but its optional links; its
        id and the fields `get --json` should show."""
        assignments: list[str] = []
        expected: dict[str, Any] = {}
        for field in kind_info(kind).fields:
            if field.reference_kind:
                if not field.required and field.name not in ONE_OF_THESE.get(kind, ()):
                    continue
                typed = shown = self.parent(field.reference_kind)
            elif field.name in CONSISTENT.get(kind, {}):
                typed = shown = CONSISTENT[kind][field.name]
            else:
                typed, shown = typed_value(field)
            assignments.append(f"{field.name}={typed}")
            expected[field.name] = shown
        out = ok(self.capsys, "-w", self.folder, "add", kind, *assignments)
        record_id = out.strip()
        assert out == record_id + "\n"  # the id alone
        return record_id, expected


# -- every kind round-trips ------------------------------------------------------------------
@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_round_trips_through_add_get_set_delete_restore(
        capsys: Capsys, folder: Path, kind: str) -> None:
    maker = Maker(capsys, folder)
    record_id, expected = maker.add(kind)
    shown = get_json(capsys, folder, kind, record_id)
    assert (shown["kind"], shown["id"], shown["in_trash"]) == (kind, record_id, False)
    for name, value in expected.items():
        if name == "position":
            continue  # an ordered item's rank is the service's to set
        assert shown["fields"][name] == value, name
    assert shown["created_by"] == "coopdesk (ligne de commande)"

    # set changes the named fields and nothing else
    info = kind_info(kind)
    changes: dict[str, Any] = {
        field.name: ("oui" if field.form == "bool" else text_for(field, "modifié"))
        for field in info.fields if field.form in ("str", "bool") and field.name != "position"}
    if not changes:  # an attendance: only links and its status
        status = next(field for field in info.fields if field.form == "enum")
        changes[status.name] = status.allowed[1]
    out = ok(capsys, "-w", folder, "set", kind, record_id,
             *(f"{name}={value}" for name, value in changes.items()))
    kept = KEPT_BY_THE_SERVICE.get(kind, ())
    assert out.splitlines() == [f"{kind} {record_id} enregistré."] + (
        [f"Fixés autrement par les règles de {kind} : {', '.join(kept)} (voir get)."]
        if kept else [])
    after = get_json(capsys, folder, kind, record_id)
    for name, value in after["fields"].items():
        if name in changes and name not in kept:
            assert value == (True if changes[name] == "oui" else changes[name]), name
        else:
            assert value == shown["fields"][name], name

    # delete goes to the trash, restore brings it back
    assert record_id in list_ids(capsys, folder, kind)
    out = ok(capsys, "-w", folder, "delete", kind, record_id)
    assert out.startswith(f"{kind} {record_id} mis à la corbeille")
    assert get_json(capsys, folder, kind, record_id)["in_trash"] is True
    assert record_id not in list_ids(capsys, folder, kind)
    out = ok(capsys, "restore", kind, record_id, "-w", folder)
    assert out == f"{kind} {record_id} sorti de la corbeille.\n"
    assert get_json(capsys, folder, kind, record_id)["in_trash"] is False
    assert record_id in list_ids(capsys, folder, kind)


def test_the_window_sees_what_the_command_line_wrote(capsys: Capsys, services: Services) -> None:
    folder = services.workspace.folder
    record_id = Maker(capsys, folder).add("action")[0]
    ok(capsys, "-w", folder, "set", "action", record_id, "status=done", "due_on=2026-04-01")
    action = services.actions.get(record_id)
    assert (action.status.value, action.due_on.isoformat() if action.due_on else None) == (
        "done", "2026-04-01")
    assert action.done_on is not None  # the service's rule: done sets the day it was done
    history = services.history.of("action", record_id)
    assert len(history) == 2  # created, then changed: the same history as the window's


def test_set_keeps_a_long_text_it_does_not_name(capsys: Capsys, services: Services) -> None:
    folder = services.workspace.folder
    record_id = Maker(capsys, folder).add("project")[0]
    ok(capsys, "-w", folder, "set", "project", record_id, "title=Nouveau titre")
    project = services.projects.get(record_id)
    assert (project.title, project.description) == ("Nouveau titre",
                                                    "Première ligne\nseconde ligne")


# -- kinds ----------------------------------------------------------------------------------
def test_kinds_lists_every_kind_with_its_fields(capsys: Capsys, folder: Path) -> None:
    out = ok(capsys, "-w", folder, "kinds")
    assert [line for line in out.splitlines() if not line.startswith(" ")] == list(KINDS)
    assert "  status                 une valeur parmi : todo, in_progress, done, cancelled" \
        in out.splitlines()
    assert "  title                  texte  (obligatoire)" in out.splitlines()
    data = json.loads(ok(capsys, "kinds", "--json", "-w", folder))
    assert [item["kind"] for item in data] == list(KINDS)
    action = next(item for item in data if item["kind"] == "action")
    status = next(field for field in action["fields"] if field["name"] == "status")
    assert status == {"name": "status", "type": "enum", "required": False,
                      "allowed": ["todo", "in_progress", "done", "cancelled"],
                      "reference_kind": None, "long_text": False, "optional": False,
                      "money_cents": False}
    for item in data:
        assert [field["name"] for field in item["fields"]] == [
            field.name for field in spec_of(item["kind"]).fields]


# -- list --where and --json ------------------------------------------------------------------
def test_list_filters_by_typed_field_values(capsys: Capsys, folder: Path) -> None:
    maker = Maker(capsys, folder)
    project = maker.parent("project")
    ids = {}
    for title, status, due in (("Affiches", "todo", "2026-03-01"),
                               ("Salle", "done", "2026-03-02"),
                               ("Buvette", "todo", "")):
        ids[title] = ok(capsys, "-w", folder, "add", "action", f"title={title}",
                        f"status={status}", f"due_on={due}", f"project_id={project}").strip()
    assert sorted(list_ids(capsys, folder, "action", "status=todo")) == sorted(
        [ids["Affiches"], ids["Buvette"]])
    assert list_ids(capsys, folder, "action", "status=todo", "due_on=2026-03-01") == [
        ids["Affiches"]]
    assert list_ids(capsys, folder, "action", "due_on=") == [ids["Buvette"]]
    assert list_ids(capsys, folder, "action", f"project_id={project}", "status=cancelled") == []
    out = ok(capsys, "-w", folder, "list", "action", "--where", "status=done")
    assert out == f"{ids['Salle']}  Salle\n"
    assert ok(capsys, "-w", folder, "list", "decision") == \
        "Aucun enregistrement de type decision.\n"


def test_json_is_stable_and_machine_readable(capsys: Capsys, folder: Path) -> None:
    record_id = ok(capsys, "-w", folder, "add", "meeting", "title=AG",
                   "starts_at=2026-06-12T18:00", "status=held").strip()
    data = json.loads(ok(capsys, "-w", folder, "list", "meeting", "--json"))
    assert [row["id"] for row in data] == [record_id]
    row = data[0]
    assert list(row) == ["kind", "id", "title", "in_trash", "fields", "created_at",
                         "created_by", "created_by_org", "updated_at", "updated_by",
                         "updated_by_org", "deleted_at", "deleted_by"]
    assert row["fields"]["starts_at"] == "2026-06-12T18:00:00"
    assert row["fields"]["status"] == "held"
    assert row["fields"]["ends_at"] is None
    assert row["created_at"].endswith("+00:00")
    assert row == get_json(capsys, folder, "meeting", record_id)


def test_get_shows_the_record_in_french(capsys: Capsys, folder: Path) -> None:
    record_id = ok(capsys, "-w", folder, "add", "project", "title=Fête de quartier",
                   "start_on=2026-07-14", "budget_cents=1500€", "description=Ligne 1\nLigne 2"
                   ).strip()
    lines = ok(capsys, "-w", folder, "get", "project", record_id).splitlines()
    assert lines[0] == f"project {record_id}  Fête de quartier"
    assert "  start_on                14/07/2026" in lines
    assert "  budget_cents            150000 (1500,00 €)" in lines
    assert "  end_on                  —" in lines
    at = lines.index("  description             Ligne 1")
    assert lines[at + 1] == "                          Ligne 2"
    assert lines[-2].startswith("  créé le ") and lines[-2].endswith(
        "par coopdesk (ligne de commande)")


def test_english_on_demand(capsys: Capsys, folder: Path) -> None:
    code, out, err = run(capsys, "--lang", "en", "-w", folder, "add", "action", "title=x",
                         "status=fini")
    assert_one_line_error(code, out, err, "status: unknown value “fini”; the possible values "
                          "are: todo, in_progress, done, cancelled.")


# -- refusals: one line, exit 2, nothing written ---------------------------------------------
@pytest.fixture
def filled(capsys: Capsys, folder: Path) -> dict[str, str]:
    """A project, an action in it, and a project in the trash (their ids)."""
    project = ok(capsys, "-w", folder, "add", "project", "title=Jardin").strip()
    action = ok(capsys, "-w", folder, "add", "action", "title=Bêcher",
                f"project_id={project}").strip()
    gone = ok(capsys, "-w", folder, "add", "project", "title=Ancien").strip()
    ok(capsys, "-w", folder, "delete", "project", gone)
    return {"project": project, "action": action, "gone": gone}


REFUSALS: list[tuple[list[str], tuple[str, ...]]] = [
    (["add", "actio", "title=x"], ("Le type « actio » n'existe pas ; types possibles : ",
                                   "action, contact_log_entry")),
    (["list", "actions"], ("« actions » n'existe pas",)),
    (["add", "action", "titel=x"], ("titel : champ inconnu de action ; champs possibles : "
                                    "title, project_id,",)),
    (["add", "action", "title=x", "status=fini"],
     ("status : valeur « fini » inconnue ; valeurs possibles : todo, in_progress, done, "
      "cancelled.",)),
    (["add", "action", "title=x", "due_on=2026-02-30"],
     ("due_on : « 2026-02-30 » n'est pas un jour du calendrier : ce mois a 28 jours.",)),
    (["add", "action", "title=x", "due_on=2026-13-01"], ("due_on", "pas de mois 13")),
    (["add", "action", "title=x", "due_on=31/03/2026"],
     ("due_on : « 31/03/2026 » n'est pas une date écrite AAAA-MM-JJ",)),
    (["add", "meeting", "title=x", "starts_at=2026-03-31T25:00"],
     ("starts_at", "AAAA-MM-JJTHH:MM")),
    (["add", "project", "title=x", "quorum=beaucoup"],
     ("quorum : « beaucoup » n'est pas un nombre entier",)),
    (["add", "project", "title=x", "budget_cents=12,5"], ("budget_cents", "centimes")),
    (["add", "indicator", "name=x", "objective_id=", "baseline=deux"],
     ("objective_id : ne peut pas être vide",)),
    (["add", "contact_log_entry", "kind=call", "subject=x", "occurred_on=2026-01-05",
      "is_private=peut-être"],
     ("is_private : « peut-être » n'est ni oui ni non ; valeurs possibles : oui, non, true, "
      "false, 1, 0.",)),
    (["add", "action", "status=done"], ("title : obligatoire pour ajouter",)),
    (["add", "action", "title="], ("title : Ce champ est obligatoire.",)),
    (["add", "action", "title=x", "title=y"], ("title : donné plus d'une fois.",)),
    (["add", "action", "titre"], ("« titre » n'est pas de la forme CHAMP=VALEUR",)),
    (["add", "action", "title=x", "project_id=nope"], ("project_id : ",)),
    (["add", "action", "title=x", "project_id={gone}"], ("project_id : ",)),
    (["set", "action", "{action}", "project_id={gone}"], ("project_id : ",)),
    (["set", "action", "{action}", "status=fini"], ("status", "todo, in_progress")),
    (["set", "action", "{action}", "colour=red"], ("colour : champ inconnu",)),
    (["set", "action", "{action}"], ("Dites quoi changer : CHAMP=VALEUR.",)),
    (["set", "project", "{gone}", "title=y"], ("est à la corbeille ; sortez-le d'abord",)),
    (["get", "action", "nope"], ("action nope",)),
    (["set", "action", "nope", "title=y"], ("action nope",)),
    (["delete", "project", "nope"], ("project nope",)),
    (["restore", "project", "nope"], ("project nope",)),
    (["list", "action", "--where", "status=fini"], ("status : valeur « fini » inconnue",)),
    (["list", "action", "--where", "owner=me"], ("owner : champ inconnu de action",)),
]


@pytest.mark.parametrize(("command", "words"), REFUSALS,
                         ids=[" ".join(command) for command, _ in REFUSALS])
def test_refusals_are_one_line_and_write_nothing(
        capsys: Capsys, folder: Path, filled: dict[str, str], command: list[str],
        words: tuple[str, ...]) -> None:
    before = database_rows(folder)
    argv = [part.format(**filled) for part in command]
    assert_one_line_error(*run(capsys, "-w", folder, *argv), *words)
    assert database_rows(folder) == before


def test_a_missing_id_names_the_record(capsys: Capsys, folder: Path) -> None:
    code, out, err = run(capsys, "-w", folder, "get", "action", "nope")
    assert_one_line_error(code, out, err)
    assert err == "coopdesk: error: Cet élément n'existe plus : action nope.\n"


def test_restore_without_a_record_still_lists_backups(capsys: Capsys, folder: Path) -> None:
    out = ok(capsys, "-w", folder, "restore")
    assert out.startswith("No backup of") or out.startswith("Backups of")


def test_record_commands_need_a_workspace(capsys: Capsys) -> None:
    assert_one_line_error(*run(capsys, "list", "action"), "--workspace")


def test_record_commands_never_import_qt(folder: Path) -> None:
    script = textwrap.dedent(f"""
        import contextlib, io, sys
        from coopdesk.app.main import main
        folder = {str(folder)!r}
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            codes = [main(["-w", folder, "kinds"]),
                     main(["-w", folder, "add", "organisation", "name=Asso"])]
        record_id = out.getvalue().splitlines()[-1]
        codes += [main(["-w", folder, command, "organisation", record_id])
                  for command in ("get", "delete", "restore")]
        codes += [main(["-w", folder, "set", "organisation", record_id, "city=Lyon"]),
                  main(["-w", folder, "list", "organisation", "--json"]),
                  main(["-w", folder, "add", "organisation", "kind=asso"])]
        assert codes == [0, 0, 0, 0, 0, 0, 0, 2], codes
    """)
    assert_no_qt_loaded(script)


# -- with sharing -------------------------------------------------------------------------------
@pytest.fixture
def two_laptops(capsys: Capsys, folder: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The workspace shared in a folder, and a second copy joined from it."""
    shared = tmp_path / "Nextcloud" / "Asso"
    shared.mkdir(parents=True)
    ok(capsys, "-w", folder, "share", "create", shared)
    other = tmp_path / "laptop2"
    ok(capsys, "-w", other, "share", "join", shared)
    return folder, other


def sync(capsys: Capsys, *folders: Path) -> None:
    for folder in folders:
        ok(capsys, "-w", folder, "sync")


def test_a_change_made_by_set_reaches_another_laptop(
        capsys: Capsys, two_laptops: tuple[Path, Path]) -> None:
    first, second = two_laptops
    record_id = ok(capsys, "-w", first, "add", "action", "title=Affiches",
                   "due_on=2026-05-01").strip()
    sync(capsys, first, second)
    assert get_json(capsys, second, "action", record_id)["fields"]["title"] == "Affiches"
    ok(capsys, "-w", first, "set", "action", record_id, "title=Affiches A3",
       "status=in_progress")
    sync(capsys, first, second)
    shown = get_json(capsys, second, "action", record_id)
    assert (shown["fields"]["title"], shown["fields"]["status"],
            shown["fields"]["due_on"]) == ("Affiches A3", "in_progress", "2026-05-01")
    assert shown["updated_by"] == "coopdesk (ligne de commande)"
    # and a delete travels too
    ok(capsys, "-w", first, "delete", "action", record_id)
    sync(capsys, first, second)
    assert get_json(capsys, second, "action", record_id)["in_trash"] is True


def test_an_entry_made_private_on_another_laptop_is_refused_here(
        capsys: Capsys, two_laptops: tuple[Path, Path]) -> None:
    first, second = two_laptops
    organisation = ok(capsys, "-w", first, "add", "organisation", "name=Asso").strip()
    entry = ok(capsys, "-w", first, "add", "contact_log_entry", "kind=call",
               "occurred_on=2026-01-05", "subject=Appel", f"organisation_id={organisation}"
               ).strip()
    sync(capsys, first, second)
    assert get_json(capsys, second, "contact_log_entry", entry)["fields"]["subject"] == "Appel"
    ok(capsys, "-w", first, "set", "contact_log_entry", entry, "is_private=oui")
    sync(capsys, first, second)
    # the laptop that made it private still has it; the other one refuses to touch it
    assert get_json(capsys, first, "contact_log_entry", entry)["fields"]["is_private"] is True
    assert list_ids(capsys, second, "contact_log_entry") == []
    before = database_rows(second)
    for command in (["get", "contact_log_entry", entry],
                    ["set", "contact_log_entry", entry, "subject=Lu"],
                    ["delete", "contact_log_entry", entry],
                    ["restore", "contact_log_entry", entry]):
        assert_one_line_error(*run(capsys, "-w", second, *command),
                              f"contact_log_entry {entry} est privé à l'ordinateur qui l'a "
                              "écrit")
    assert database_rows(second) == before
