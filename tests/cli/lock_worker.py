"""A second coopdesk process for the lock and stress tests: `python -m tests.cli.lock_worker
ROLE WORKSPACE [ARGS]`.

- `hold W COMMAND SECONDS`: hold W's lock as COMMAND, print "held" once held, then sleep.
- `syncs W N`: N sync cycles, one after the other, in this one process.
- `edits W N PREFIX`: N record edits through the services (each a short write, as the window
  makes): create organisation PREFIX-i, and set the city of PREFIX-city to i.
- `laptop W N PREFIX`: N times: create organisation PREFIX-i, then sync (a second laptop).

Any error is printed on stderr with exit code 1; the tests expect an empty stderr.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services.workspace_services import Services
from coopdesk.services.workspaces import open_workspace
from coopdesk.store import workspace_lock

PROFILE = Profile(name="Stress", organisation="Asso")


def main(argv: list[str]) -> int:
    role, folder = argv[0], Path(argv[1])
    if role == "hold":
        with workspace_lock.hold(folder, argv[2], wait=30):
            print("held", flush=True)
            time.sleep(float(argv[3]))
        return 0
    with open_workspace(folder, PROFILE) as workspace:
        services = Services(workspace)
        count = int(argv[2])
        if role == "syncs":
            for _ in range(count):
                services.sync.sync()
        elif role == "edits":
            prefix = argv[3]
            orgs = services.organisations
            city = orgs.create(OrganisationFields(name=f"{prefix}-city")).id
            for index in range(count):
                orgs.create(OrganisationFields(name=f"{prefix}-{index}"))
                orgs.update(city, OrganisationFields(name=f"{prefix}-city", city=str(index)))
        elif role == "laptop":
            prefix = argv[3]
            for index in range(count):
                services.organisations.create(OrganisationFields(name=f"{prefix}-{index}"))
                services.sync.sync()
        else:
            print(f"unknown role {role}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
