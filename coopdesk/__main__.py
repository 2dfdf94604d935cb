"""`python -m coopdesk`."""

from coopdesk.app.main import main

raise SystemExit(main())
