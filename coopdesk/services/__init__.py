"""Use cases. Each owns its transaction and returns what changed; no Qt here."""
