"""The team keys in a real Secret Service (gnome-keyring), as on a Linux desktop.

`.ci/run` starts gnome-keyring unlocked inside `dbus-run-session` and runs this file with
COOPDESK_REQUIRE_SECRET_SERVICE=1, so there it fails instead of skipping. Elsewhere it
skips, saying why, when no session bus or no Secret Service answers.
"""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest

from coopdesk.services.sharing.secrets import ENTRY, TeamSecrets, service_name

REQUIRED = os.environ.get("COOPDESK_REQUIRE_SECRET_SERVICE") == "1"


def secret_service() -> Any:
    """The Secret Service keyring backend, or skip (fail under CI) with the reason."""
    reason = ""
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        reason = "no D-Bus session bus (run inside dbus-run-session with gnome-keyring)"
    else:
        try:
            from keyring.backends import SecretService

            backend = SecretService.Keyring()
            if backend.priority > 0:  # raises when no Secret Service answers
                return backend
        except Exception as exc:
            reason = f"no usable Secret Service: {type(exc).__name__}: {exc}"
    if REQUIRED:
        pytest.fail(reason)
    pytest.skip(reason)


def test_team_keys_live_in_the_secret_service_and_can_be_forgotten() -> None:
    backend = secret_service()
    team_id = uuid.uuid4().hex
    secrets = TeamSecrets(backend)
    key = os.urandom(32)
    assert secrets.store(team_id, "Les Tilleuls", {"k1": key}) == "keyring"
    assert secrets.problem == ""
    stored = backend.get_password(service_name(team_id, "Les Tilleuls"), ENTRY)
    assert stored and "k1" in stored
    # a new session (a new app start) finds them without the passphrase
    assert TeamSecrets(backend).load(team_id, "Les Tilleuls") == {"k1": key}
    secrets.forget(team_id, "Les Tilleuls")
    assert TeamSecrets(backend).load(team_id, "Les Tilleuls") == {}
    assert backend.get_password(service_name(team_id, "Les Tilleuls"), ENTRY) is None
