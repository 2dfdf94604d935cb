"""`kinds`, `list`, `get`, `add`, `set`, `delete` and `restore KIND ID`: records by kind from
the command line, through the window's services (services/record_commands.py). Never
imports Qt.

Human output speaks the user's language (French by default); `--json` is for scripts:
stable keys, ISO dates, enum values. `add` prints the new id alone. A refused command
prints one line `coopdesk : erreur : …` (`coopdesk: error: …` in English) naming the field
and what it takes, exits 2 and writes nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coopdesk.app.cli_catalog import QT_TRANSLATE_NOOP, Catalog
from coopdesk.app.cli_output import fail
from coopdesk.domain.errors import CoopdeskError

if TYPE_CHECKING:
    from coopdesk.domain.profile import Profile
    from coopdesk.services.record_commands import RecordCommands, RecordView
    from coopdesk.services.record_kinds import CommandField, KindInfo

COMMANDS = ("kinds", "list", "get", "add", "set", "delete")

_TYPE_TEXTS = {
    "str": QT_TRANSLATE_NOOP("cli", "text"),
    "long_text": QT_TRANSLATE_NOOP("cli", "long text"),
    "int": QT_TRANSLATE_NOOP("cli", "whole number"),
    "float": QT_TRANSLATE_NOOP("cli", "number"),
    "money": QT_TRANSLATE_NOOP("cli", "amount in cents (or 12.50€)"),
    "bool": QT_TRANSLATE_NOOP("cli", "yes or no: oui/non, true/false, 1/0"),
    "date": QT_TRANSLATE_NOOP("cli", "date YYYY-MM-DD"),
    "datetime": QT_TRANSLATE_NOOP("cli", "date and time YYYY-MM-DDTHH:MM"),
    "enum": QT_TRANSLATE_NOOP("cli", "one of: {allowed}"),
    "reference": QT_TRANSLATE_NOOP("cli", "id ({kind})"),
}
REQUIRED_MARK = QT_TRANSLATE_NOOP("cli", "required")
YES = QT_TRANSLATE_NOOP("cli", "yes")
NO = QT_TRANSLATE_NOOP("cli", "no")
NONE_FOUND = QT_TRANSLATE_NOOP("cli", "No {kind} records.")
CREATED = QT_TRANSLATE_NOOP("cli", "created {when} by {who}")
CHANGED = QT_TRANSLATE_NOOP("cli", "changed {when} by {who}")
TRASH_SINCE = QT_TRANSLATE_NOOP("cli", "in the trash since {when} (by {who})")
SAVED = QT_TRANSLATE_NOOP("cli", "Saved {kind} {id}.")
TRASHED = QT_TRANSLATE_NOOP("cli", "Moved {kind} {id} to the trash (restore {kind} {id} "
                            "brings it back).")
KEPT_BY_RULES = QT_TRANSLATE_NOOP("cli", "Set otherwise by the rules of {kind}: {fields} "
                                  "(see get).")
RESTORED = QT_TRANSLATE_NOOP("cli", "Restored {kind} {id} from the trash.")

Run = Callable[["RecordCommands", argparse.Namespace, Catalog], int]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser],
                add_workspace_option: Callable[..., None]) -> None:
    """Register the record commands under *sub* (called by main.build_parser); `restore
    KIND ID` shares `restore` with the backups (cli_backups)."""
    kinds = sub.add_parser("kinds", help="list the kinds of records and their fields")
    listing = sub.add_parser("list", help="list the records of a kind (not in the trash)")
    listing.add_argument("kind", metavar="KIND")
    listing.add_argument("--where", action="append", default=[], metavar="FIELD=VALUE",
                         help="only records whose FIELD equals VALUE (repeatable)")
    get = sub.add_parser("get", help="show one record")
    add = sub.add_parser("add", help="add a record; prints its id")
    add.add_argument("kind", metavar="KIND")
    change = sub.add_parser("set", help="change fields of a record")
    delete = sub.add_parser("delete", help="move a record to the trash (restore KIND ID "
                            "brings it back)")
    for parser in (get, change, delete):
        parser.add_argument("kind", metavar="KIND")
        parser.add_argument("id", metavar="ID")
    for parser in (add, change):
        parser.add_argument("assignments", nargs="*", metavar="FIELD=VALUE")
    for parser in (kinds, listing, get):
        parser.add_argument("--json", action="store_true",
                            help="machine-readable output (ISO dates, enum values)")
    for parser in (kinds, listing, get, add, change, delete):
        add_workspace_option(parser, top=False)


def run_record_command(args: argparse.Namespace, folder: Path, profile: Profile,
                       catalog: Catalog) -> int:
    """Run `args.command` (one of COMMANDS, or `restore` with a KIND and an ID)."""
    from coopdesk.services.record_commands import open_records

    runs: dict[str, Run] = {"kinds": _kinds, "list": _list, "get": _get, "add": _add,
                            "set": _set, "delete": _delete, "restore": _restore}
    try:
        with open_records(folder, profile) as records:
            return runs[args.command](records, args, catalog)
    except CoopdeskError as exc:
        return fail(catalog, catalog.error_text(exc))


def run_restore(args: argparse.Namespace, folder: Path, profile: Profile,
                catalog: Catalog) -> int:
    """`restore KIND ID` brings a record back from the trash; `restore [BACKUP]` is the
    backups' (cli_backups.run_restore)."""
    if getattr(args, "record_id", None) is None:
        from coopdesk.app.cli_backups import run_restore as restore_backup

        return restore_backup(args, folder, profile, catalog)
    return run_record_command(args, folder, profile, catalog)


# -- the commands ------------------------------------------------------------------------
def _kinds(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    found = records.kinds()
    if args.json:
        _print_json([{"kind": info.kind, "fields": [_field_json(spec) for spec in info.fields]}
                     for info in found])
        return 0
    for info in found:
        print(info.kind)
        width = max(len(spec.name) for spec in info.fields)
        for spec in info.fields:
            required = f"  ({catalog.text('cli', REQUIRED_MARK)})" if spec.required else ""
            print(f"  {spec.name:<{width}}  {_type_text(spec, catalog)}{required}")
    return 0


def _list(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    views = records.list(args.kind, args.where)
    if args.json:
        _print_json([_record_json(view) for view in views])
        return 0
    if not views:
        print(catalog.text("cli", NONE_FOUND, kind=args.kind))
        return 0
    width = max(len(view.id) for view in views)
    for view in views:
        print(f"{view.id:<{width}}  {_one_line(view.title)}")
    return 0


def _get(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    view = records.get(args.kind, args.id)
    if args.json:
        _print_json(_record_json(view))
        return 0
    _print_record(view, records.info(args.kind), catalog)
    return 0


def _add(records: RecordCommands, args: argparse.Namespace, _catalog: Catalog) -> int:
    print(records.add(args.kind, args.assignments))
    return 0


def _set(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    result = records.set(args.kind, args.id, args.assignments)
    print(catalog.text("cli", SAVED, kind=args.kind, id=args.id))
    if result.kept:
        print(catalog.text("cli", KEPT_BY_RULES, kind=args.kind, fields=", ".join(result.kept)))
    return 0


def _delete(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    records.delete(args.kind, args.id)
    print(catalog.text("cli", TRASHED, kind=args.kind, id=args.id))
    return 0


def _restore(records: RecordCommands, args: argparse.Namespace, catalog: Catalog) -> int:
    # `restore KIND ID` arrives as the backups' BACKUP argument followed by ID.
    records.restore(args.backup, args.record_id)
    print(catalog.text("cli", RESTORED, kind=args.backup, id=args.record_id))
    return 0


# -- output ------------------------------------------------------------------------------
def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _record_json(view: RecordView) -> dict[str, Any]:
    from coopdesk.services.record_commands import record_json

    return record_json(view)


def _field_json(spec: CommandField) -> dict[str, Any]:
    return {"name": spec.name, "type": spec.type_name, "required": spec.required,
            "allowed": list(spec.allowed), "reference_kind": spec.reference_kind or None,
            "long_text": spec.long_text, "optional": spec.optional,
            "money_cents": spec.form == "money"}


def _type_text(spec: CommandField, catalog: Catalog) -> str:
    key = "long_text" if spec.long_text else spec.form
    return catalog.text("cli", _TYPE_TEXTS.get(key, spec.form),
                      allowed=", ".join(spec.allowed), kind=spec.reference_kind)


def _print_record(view: RecordView, info: KindInfo, catalog: Catalog) -> None:
    print(f"{view.kind} {view.id}  {_one_line(view.title)}")
    width = max(len(name) for name in view.values)
    for spec in info.fields:
        text = _value_text(view.values[spec.name], spec, catalog)
        lines = text.splitlines() or [""]
        print(f"  {spec.name:<{width}}  {lines[0]}")
        for line in lines[1:]:  # a long text keeps its lines, indented under the value
            print(f"  {'':<{width}}  {line}")
    audit = view.audit
    print("  " + catalog.text("cli", CREATED, when=_stamp(audit.created_at, catalog),
                            who=_who(audit.created_by, audit.created_by_org)))
    print("  " + catalog.text("cli", CHANGED, when=_stamp(audit.updated_at, catalog),
                            who=_who(audit.updated_by, audit.updated_by_org)))
    if audit.deleted_at is not None:
        print("  " + catalog.text("cli", TRASH_SINCE, when=_stamp(audit.deleted_at, catalog),
                                who=audit.deleted_by or "?"))


def _value_text(value: Any, spec: CommandField, catalog: Catalog) -> str:
    if value is None:
        return "—"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return catalog.text("cli", YES if value else NO)
    if isinstance(value, dt.datetime):
        return _when(value, catalog)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y") if catalog.language == "fr" else value.isoformat()
    if spec.form == "money" and isinstance(value, int):
        euros = f"{Decimal(value) / 100:.2f}"
        return f"{value} ({euros.replace('.', ',') if catalog.language == 'fr' else euros} €)"
    return str(value)


def _when(moment: dt.datetime, catalog: Catalog) -> str:
    return moment.strftime("%d/%m/%Y %H:%M" if catalog.language == "fr" else "%Y-%m-%d %H:%M")


def _stamp(utc: dt.datetime, catalog: Catalog) -> str:
    """An audit time (stored as naive UTC) in this computer's time zone."""
    return _when(utc.replace(tzinfo=dt.UTC).astimezone().replace(tzinfo=None), catalog)


def _who(name: str, organisation: str) -> str:
    return f"{name} ({organisation})" if organisation else name or "?"


def _one_line(text: str) -> str:
    return " ".join(text.split())
