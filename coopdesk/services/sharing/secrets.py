"""Where this laptop keeps a team's unwrapped data keys: the OS keyring, else memory.

Only keys (short random secrets) are stored, never the passphrase, never in the database,
the settings or the share: the data keys, the passphrase's key-encryption key and the keys'
creation dates (`kek:…` and `created:…` entries, see sync/keys.py). The keyring entry's
service is named after the team ("coopdesk: <team name> [<team id>]"; an encrypted team's
name is sealed in its team file, so "coopdesk: team [<team id>]") so a person looking in
their keyring manager knows what it is; one entry ("data-keys") holds them all as JSON.

When no keyring works (a Linux session without Secret Service, a locked keyring, a refused
access), the keys are kept in this object's memory for the session and `storage` says so:
the person is asked for the passphrase again next session.
"""

from __future__ import annotations

import base64
import json
from typing import Any, Literal

ENTRY = "data-keys"
Storage = Literal["keyring", "memory"]


def service_name(team_id: str, team_name: str) -> str:
    return f"coopdesk: {team_name or 'team'} [{team_id}]"


def _encode(keys: dict[str, bytes]) -> str:
    return json.dumps({k: base64.b64encode(v).decode("ascii") for k, v in sorted(
        keys.items())})


def _decode(text: str | None) -> dict[str, bytes]:
    if not text:
        return {}
    try:
        data: Any = json.loads(text)
        return {str(k): base64.b64decode(str(v), validate=True) for k, v in data.items()}
    except (ValueError, TypeError, AttributeError):
        return {}  # a damaged entry: the passphrase brings the keys back


class TeamSecrets:
    """The data keys of every team this laptop syncs with, for one app session."""

    def __init__(self, backend: Any = None) -> None:
        #: A keyring backend to use instead of the system's (tests); None: `keyring`'s.
        self.backend = backend
        self._memory: dict[str, dict[str, bytes]] = {}
        self._failed: set[str] = set()
        self.problem = ""

    def _ring(self) -> Any:
        if self.backend is not None:
            return self.backend
        import keyring  # only when a team's keys are used: not at start-up

        return keyring.get_keyring()

    def storage(self, team_id: str, team_name: str) -> Storage:
        """Where this team's keys are: "memory" when no keyring worked for it."""
        return "memory" if service_name(team_id, team_name) in self._failed else "keyring"

    def load(self, team_id: str, team_name: str) -> dict[str, bytes]:
        service = service_name(team_id, team_name)
        keys = dict(self._memory.get(service, {}))
        if service not in self._failed:
            try:
                keys.update(_decode(self._ring().get_password(service, ENTRY)))
            except Exception as exc:  # any backend failure means: fall back to memory
                self._fall_back(service, exc)
        return keys

    def store(self, team_id: str, team_name: str, new: dict[str, bytes]) -> Storage:
        """Add *new* keys to what is held; returns where they are kept."""
        service = service_name(team_id, team_name)
        keys = self.load(team_id, team_name)
        keys.update(new)
        if service not in self._failed:
            try:
                self._ring().set_password(service, ENTRY, _encode(keys))
                if _decode(self._ring().get_password(service, ENTRY)) == keys:
                    self._memory.pop(service, None)
                    return "keyring"
                self._fall_back(service, RuntimeError("the keyring did not keep the keys"))
            except Exception as exc:
                self._fall_back(service, exc)
        self._memory[service] = keys
        return "memory"

    def forget(self, team_id: str, team_name: str) -> None:
        """"Forget the keys on this computer": the passphrase is needed again."""
        service = service_name(team_id, team_name)
        self._memory.pop(service, None)
        if service not in self._failed:
            try:
                self._ring().delete_password(service, ENTRY)
            except Exception as exc:
                import keyring.errors

                if not isinstance(exc, keyring.errors.PasswordDeleteError):
                    self._fall_back(service, exc)  # else: nothing was stored

    def _fall_back(self, service: str, exc: BaseException) -> None:
        self._failed.add(service)
        self.problem = (f"No usable keyring on this computer ({type(exc).__name__}: {exc}); "
                        "the team keys are kept in memory until the app closes.")


__all__ = ["ENTRY", "Storage", "TeamSecrets", "service_name"]
