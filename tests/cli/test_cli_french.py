"""The command line speaks French by default and English with `--lang en` (the same
catalog as the window: resources/translations/coopdesk_fr.ts), run through `main()` on
real workspace folders: an error of each exit code, the sync report, `share create` and
`share join`, `backup` and `restore`. Exit codes never depend on the language."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import pytest

from coopdesk.app.cli_output import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_ERROR,
    EXIT_LOCKED,
    EXIT_NOT_A_WORKSPACE,
    EXIT_READ_ONLY,
)
from coopdesk.services.backups import BackupService
from coopdesk.store.workspace import Workspace
from tests.cli.test_cli import (
    assert_one_line_error,
    fill_disk_after,
    refuse_writes_under,
    run,
)
from tests.cli.test_cli_failures import damage
from tests.cli.test_workspace_lock import add, finish, holding_process
from tests.conftest import workspace_with

Capsys = pytest.CaptureFixture[str]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return workspace_with(tmp_path / "espace", "Espace", "Asso des Tilleuls")


# -- an error of each exit code ----------------------------------------------------------------
def test_exit_code_2_in_french_by_default_and_in_english_on_demand(
        capsys: Capsys, folder: Path) -> None:
    argv = ("-w", folder, "search", "x", "--limit", "0")
    code, out, err = run(capsys, *argv, lang=None)
    assert (code, out, err) == (EXIT_ERROR, "",
                                "coopdesk : erreur : --limit doit valoir au moins 1\n")
    code, out, err = run(capsys, *argv)  # --lang en
    assert (code, out, err) == (EXIT_ERROR, "", "coopdesk: error: --limit must be at least 1\n")
    # before any workspace is opened too, and --lang fr says it as the default does
    code, _out, err = run(capsys, "search", "x", lang="fr")
    assert (code, err) == (EXIT_ERROR, "coopdesk : erreur : la commande search demande "
                                       "--workspace DIR\n")
    assert run(capsys, "search", "x")[2] == ("coopdesk: error: the search command needs "
                                             "--workspace DIR\n")


def test_exit_code_3_not_a_workspace(capsys: Capsys, tmp_path: Path) -> None:
    plain = tmp_path / "vide"
    plain.mkdir()
    code, out, err = run(capsys, "-w", plain, "search", "x", lang=None)
    assert (code, out) == (EXIT_NOT_A_WORKSPACE, "")
    assert err == (f"coopdesk : erreur : {plain} n'est pas un espace de coopération coopdesk "
                   "(il ne contient pas coopdesk.sqlite).\n")
    code, _out, err = run(capsys, "-w", plain, "search", "x")
    assert (code, err) == (EXIT_NOT_A_WORKSPACE, f"coopdesk: error: {plain} is not a coopdesk "
                                                 "workspace (no coopdesk.sqlite in it).\n")


def test_exit_code_4_damaged_names_the_backup_to_restore(capsys: Capsys,
                                                          folder: Path) -> None:
    good = BackupService(folder).back_up()
    damage(folder / "coopdesk.sqlite")
    code, out, err = run(capsys, "-w", folder, "search", "Tilleuls", lang=None)
    assert_one_line_error(code, out, err, "endommagée", exit_code=EXIT_DAMAGED, lang="fr")
    assert err.endswith(f" La sauvegarde saine la plus récente date du "
                        f"{good.taken_at:%Y-%m-%d %H:%M} ; restaurez-la avec : coopdesk "
                        f"--workspace DIR restore {good.name}\n")
    code, out, err = run(capsys, "-w", folder, "search", "Tilleuls")
    assert_one_line_error(code, out, err, "is damaged", exit_code=EXIT_DAMAGED)
    assert err.endswith(f" The newest good backup is from {good.taken_at:%Y-%m-%d %H:%M}; put "
                        f"it back with: coopdesk --workspace DIR restore {good.name}\n")


def test_exit_code_4_without_a_backup(capsys: Capsys, folder: Path) -> None:
    damage(folder / "coopdesk.sqlite")
    code, _out, err = run(capsys, "-w", folder, "search", "Tilleuls", lang=None)
    assert code == EXIT_DAMAGED
    assert err.endswith(" Il n'existe aucune sauvegarde saine de cet espace de travail ; "
                        "`coopdesk --workspace DIR restore` liste les sauvegardes.\n")


def test_exit_code_5_read_only(capsys: Capsys, folder: Path, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    readonly = tmp_path / "lecture-seule"
    readonly.mkdir()
    refuse_writes_under(monkeypatch, readonly)
    argv = ("-w", folder, "export", "--format", "json", "--out", readonly / "x.json")
    code, out, err = run(capsys, *argv, lang=None)
    assert_one_line_error(code, out, err, "Permission refusée", exit_code=EXIT_READ_ONLY,
                          lang="fr")
    assert "Permission denied" not in err
    code, out, err = run(capsys, *argv)
    assert_one_line_error(code, out, err, "Permission denied", exit_code=EXIT_READ_ONLY)


def test_exit_code_6_disk_full(capsys: Capsys, folder: Path, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    fill_disk_after(monkeypatch, 0)
    argv = ("-w", folder, "export", "--format", "json", "--out", tmp_path / "x.json")
    code, out, err = run(capsys, *argv, lang=None)
    assert_one_line_error(code, out, err, "Aucun espace disponible sur le périphérique",
                          exit_code=EXIT_DISK_FULL, lang="fr")
    code, out, err = run(capsys, *argv)
    assert_one_line_error(code, out, err, "No space left on device", exit_code=EXIT_DISK_FULL)


@pytest.fixture
def shared(capsys: Capsys, folder: Path, tmp_path: Path) -> Path:
    """*folder*'s workspace shared in a folder (its folder)."""
    share = tmp_path / "Nextcloud"
    share.mkdir()
    code, _out, err = run(capsys, "-w", folder, "share", "create", share)
    assert (code, err) == (0, "")
    return share


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_exit_code_7_locked(capsys: Capsys, folder: Path, shared: Path,
                            monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    holder = holding_process(folder, "sync", 30)
    try:
        monkeypatch.setenv("COOPDESK_LOCK_WAIT", "0.5")
        code, out, err = run(capsys, "-w", folder, "sync", lang=None if lang == "fr" else lang)
    finally:
        holder.kill()
        finish(holder)
    assert (code, out) == (EXIT_LOCKED, "")
    who = f"sync, pid {holder.pid} on {socket.gethostname()}"
    assert err.splitlines() == ([
        f"coopdesk : un autre coopdesk ({who}) travaille sur cet espace de travail {folder} ; "
        "en attente…",
        f"coopdesk : erreur : un autre coopdesk ({who}) travaille sur cet espace {folder} ; "
        "réessayez quand il aura fini"] if lang == "fr" else [
        f"coopdesk: another coopdesk ({who}) is working on this workspace {folder}; waiting…",
        f"coopdesk: error: another coopdesk ({who}) is working on this workspace {folder}; "
        "try again when it has finished"])


# -- share create, share join and the sync report ------------------------------------------------
def test_share_create_join_and_sync_in_french(capsys: Capsys, folder: Path,
                                              tmp_path: Path) -> None:
    share = tmp_path / "Nextcloud"
    share.mkdir()
    code, out, err = run(capsys, "-w", folder, "share", "create", share, lang=None)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"L'espace de travail « Espace » est maintenant partagé dans "
                        f"{share / 'CoopDesk'}.")
    assert lines[1] == "Rien de nouveau de la part des autres."
    assert re.fullmatch(r"\d+ modifications de cet ordinateur exportées dans .+\.cdseg\.",
                        lines[2])
    assert lines[3:] == ["Sur chaque autre ordinateur, rejoignez-le dans un nouveau dossier :",
                         f"  coopdesk --workspace NEW_FOLDER share join {share}"]

    bob = tmp_path / "bob"
    code, out, err = run(capsys, "-w", bob, "share", "join", share, lang=None)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"{bob} est maintenant une copie de l'espace de travail « Espace » "
                        f"partagé dans {share / 'CoopDesk'}.")
    assert re.fullmatch(r"\d+ modifications importées de 1 fichiers\.", lines[1])
    assert lines[2:] == ["Aucune modification de cet ordinateur à partager."]
    code, out, _err = run(capsys, "-w", bob, "share", "join", share, lang=None)
    assert (code, out.splitlines()[0]) == (
        0, f"{bob} est déjà une copie de « Espace » ; il a été synchronisé.")

    add(bob, "Jardin partagé")
    code, out, err = run(capsys, "-w", bob, "sync", lang=None)
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Rien de nouveau de la part des autres."
    assert re.fullmatch(r"\d+ modifications de cet ordinateur exportées dans .+\.cdseg\.",
                        out.splitlines()[1])
    code, out, err = run(capsys, "-w", folder, "sync", lang=None)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert re.fullmatch(r"\d+ modifications importées de 1 fichiers\.", lines[0])
    assert lines[1:] == ["Aucune modification de cet ordinateur à partager."]

    code, out, err = run(capsys, "-w", folder, "sync", "--status", lang=None)
    assert (code, err) == (0, "")
    assert f"Dossier partagé : {share}" in out.splitlines()
    assert "Modifications pas encore partagées : 0" in out.splitlines()
    assert "Fichiers en attente ou illisibles : aucun" in out.splitlines()
    assert "Conflits et avis ouverts : 0" in out.splitlines()
    assert any(line.endswith("(cet ordinateur) [" + line.rsplit("[", 1)[-1])
               and line.startswith("  Marie Dupont — Asso du Pont : dernière modification ")
               for line in out.splitlines()), out


def test_share_create_join_and_sync_in_english_as_before(capsys: Capsys, folder: Path,
                                                         tmp_path: Path) -> None:
    share = tmp_path / "Nextcloud"
    share.mkdir()
    code, out, err = run(capsys, "-w", folder, "share", "create", share)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == f"Workspace “Espace” is now shared in {share / 'CoopDesk'}."
    assert lines[1] == "Nothing new from the others."
    assert re.fullmatch(r"Exported \d+ changes of this laptop to .+\.cdseg\.", lines[2])
    assert lines[3:] == ["On each other laptop, join it into a new folder:",
                         f"  coopdesk --workspace NEW_FOLDER share join {share}"]
    bob = tmp_path / "bob"
    code, out, err = run(capsys, "-w", bob, "share", "join", share)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"{bob} is now a copy of the workspace “Espace” shared in "
                        f"{share / 'CoopDesk'}.")
    assert re.fullmatch(r"Imported \d+ changes from 1 files\.", lines[1])
    assert lines[2:] == ["No change of this laptop to share."]
    code, out, _err = run(capsys, "-w", folder, "sync", "--status")
    assert code == 0 and "Files waiting or unreadable: none" in out.splitlines()
    assert "Open conflicts and notices: 0" in out.splitlines()


def test_share_create_refused_in_french(capsys: Capsys, folder: Path, shared: Path,
                                        tmp_path: Path) -> None:
    other = tmp_path / "autre"
    other.mkdir()
    code, out, err = run(capsys, "-w", folder, "share", "create", other, lang=None)
    assert_one_line_error(code, out, err, lang="fr")
    assert "already" not in err  # the service's error, by its template


# -- backup and restore --------------------------------------------------------------------------
def test_backup_and_restore_in_french(capsys: Capsys, folder: Path) -> None:
    code, out, err = run(capsys, "-w", folder, "restore", lang=None)
    assert (code, err) == (0, "")
    assert out == (f"Aucune sauvegarde de {folder} pour l'instant (coopdesk --workspace DIR "
                   "backup en fait une).\n")
    code, out, err = run(capsys, "-w", folder, "backup", lang=None)
    assert (code, err) == (0, "")
    [taken] = BackupService(folder).backups()
    assert out.startswith(f"Sauvegarde de {folder} écrite dans {taken.path} (")
    assert out.endswith(" Ko).\n")
    code, out, err = run(capsys, "-w", folder, "restore", lang=None)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"Sauvegardes de {folder}, la plus récente en premier (dans "
                        f"{BackupService(folder).backup_dir}) :")
    assert taken.name in lines[1]
    assert lines[-1] == ("Restaurez-en une avec : coopdesk --workspace DIR restore "
                         "NOM_DU_FICHIER (ou AAAA-MM-JJ)")
    code, out, err = run(capsys, "-w", folder, "restore", taken.name, lang=None)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (f"{folder} restauré depuis {taken.name} (sauvegarde du "
                        f"{taken.taken_at:%Y-%m-%d %H:%M:%S}).")
    assert lines[1].startswith("L'état d'avant la restauration a été sauvegardé dans ")
    code, out, err = run(capsys, "-w", folder, "restore", "2001-01-01", lang=None)
    assert_one_line_error(code, out, err, "Il n'y a pas de sauvegarde du 2001-01-01",
                          lang="fr")


def test_backup_and_restore_in_english_as_before(capsys: Capsys, folder: Path) -> None:
    code, out, _err = run(capsys, "-w", folder, "restore")
    assert out == f"No backup of {folder} yet (coopdesk --workspace DIR backup takes one).\n"
    code, out, _err = run(capsys, "-w", folder, "backup")
    [taken] = BackupService(folder).backups()
    assert code == 0 and out.startswith(f"Backed up {folder} to {taken.path} (")
    assert out.endswith(" KB).\n")
    code, out, _err = run(capsys, "-w", folder, "restore", taken.name)
    assert code == 0 and out.splitlines()[0] == (
        f"Restored {folder} from {taken.name} (taken {taken.taken_at:%Y-%m-%d %H:%M:%S}).")
    assert out.splitlines()[1].startswith("The state before the restore was backed up to ")


def test_a_damaged_database_restored_in_french(capsys: Capsys, folder: Path) -> None:
    taken = BackupService(folder).back_up()
    damage(folder / "coopdesk.sqlite")
    code, out, err = run(capsys, "-w", folder, "restore", taken.name, lang=None)
    assert (code, err) == (0, "")
    assert "La base de données endommagée a été gardée sous le nom " in out
    with Workspace.open(folder) as workspace:
        assert workspace.name == "Espace"
