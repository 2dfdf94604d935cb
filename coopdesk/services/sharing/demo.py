"""For the screenshots: the demo workspace shared with a second laptop, and one conflict.

Everything happens next to the (temporary) demo workspace: a share folder and the second
laptop's workspace, both real, synced through the ordinary services.
"""

from __future__ import annotations

import dataclasses

from coopdesk.domain.directory import OrganisationFields
from coopdesk.domain.profile import Profile
from coopdesk.services import demo_data
from coopdesk.services.sharing.membership import join, share_workspace
from coopdesk.services.workspace_services import Services

PARTNER_KEY = "ines"
PARTNER_LINE = ("Nouveau : le jardin ouvre le samedi matin à partir de mars, avec un atelier "
                "compost un samedi sur deux.")
OWN_LINE = ("Ajout : la cabane à outils est désormais accessible aux personnes à mobilité "
            "réduite.")


def partner_profile() -> Profile:
    someone = next(p for p in demo_data.PEOPLE if p.key == PARTNER_KEY)
    org = next(o for o in demo_data.ORGANISATIONS if o.key == someone.org)
    return Profile(name=f"{someone.first_name} {someone.last_name}", organisation=org.name)


def share_with_a_partner(services: Services) -> None:
    """Share *services*' workspace; a partner joins; both edit one description at once."""
    workspace = services.workspace
    base = workspace.folder.parent / f"{workspace.folder.name}-sync-demo"
    folder = base / "Dossier partagé"
    folder.mkdir(parents=True, exist_ok=True)
    share_workspace(services.sync, folder)
    partner = join(base / "partner", partner_profile(), folder,
                   name=workspace.name).workspace
    try:
        theirs = Services(partner)
        target = next(o for o in services.organisations.list() if o.description)
        for who, line in ((theirs, PARTNER_LINE), (services, OWN_LINE)):
            record = who.organisations.get(target.id)
            values = {f.name: getattr(record, f.name)
                      for f in dataclasses.fields(OrganisationFields)}
            values["description"] = f"{record.description}\n\n{line}"
            who.organisations.update(target.id, OrganisationFields(**values))
        theirs.sync.sync()
        services.sync.sync()
    finally:
        partner.close()


__all__ = ["OWN_LINE", "PARTNER_KEY", "PARTNER_LINE", "partner_profile", "share_with_a_partner"]
