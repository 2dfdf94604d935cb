"""The passphrase operations of a shared workspace's team, for the command line, the
settings and the Synchronisation page: unlock on this laptop, change the passphrase, rotate
the data key, forget the keys, and where they stand."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coopdesk.services.sharing.crypto import EncryptionStatus, KeysError
from coopdesk.services.sharing.secrets import Storage
from coopdesk.services.sharing.service import SyncService
from coopdesk.services.sharing.types import SyncError
from coopdesk.sync import share


class ShareKeys:
    def __init__(self, service: SyncService) -> None:
        self.service = service
        self.crypto = service.crypto

    def _prepared(self) -> tuple[Path, share.TeamInfo, str]:
        folder, team_id = self.service.folder()
        try:
            team = share.preflight(folder, team_id)
        except share.ShareError as exc:
            raise SyncError("{reason}", reason=str(exc)) from exc
        self.crypto.prepare(folder, team)
        db = self.service.db
        with db.engine.begin() as conn:
            me = db.sync.ensure(conn)
        return folder, team, me

    def _encrypted(self) -> tuple[Path, share.TeamInfo, str]:
        prepared = self._prepared()
        if not self.crypto.encrypted:
            raise KeysError("This team's shared folder is not encrypted.")
        return prepared

    def status(self) -> EncryptionStatus:
        self._prepared()
        return self.crypto.status()

    def unlock(self, passphrase: str) -> Storage:
        """Open the team's keys on this laptop (after a rotation, a forget, a new
        session without keyring). KeysError for a wrong passphrase."""
        folder, team, _me = self._encrypted()
        return self.crypto.unlock(folder, team, passphrase)

    def change_passphrase(self, old: str, new: str) -> Storage:
        """New key files under *new*; the files of *old* are removed. No file is encrypted
        again: the data keys stay the same, so laptops holding them see no change."""
        _folder, _team, me = self._encrypted()
        return self.crypto.change_passphrase(old, new, me)

    def rotate(self, passphrase: str) -> str:
        """A new data key for every file written from now on; returns its id."""
        _folder, _team, me = self._encrypted()
        return self.crypto.rotate(passphrase, me)

    def repair(self, passphrase: Callable[[bool], str]) -> list[str]:
        """Write again the team's key files this laptop holds the keys of and that are
        missing or damaged on the share (a sync does it by itself once this laptop holds
        the passphrase's key-encryption key); the names written. *passphrase*(twice) is
        called only when this laptop lacks that key (twice: no key file can be opened, so
        a new one will be written with what is typed)."""
        _folder, _team, me = self._encrypted()
        if not self.crypto.can_repair():
            try:
                self.crypto.recover(passphrase(False))
            except KeysError:
                if self.crypto.files:
                    raise
                self.crypto.recover(passphrase(True), confirmed=True)
        return self.crypto.repair(me)

    def forget(self) -> None:
        """Remove this team's keys from this computer's keyring (and memory)."""
        self._encrypted()
        self.crypto.forget()


__all__ = ["ShareKeys"]
