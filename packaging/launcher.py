"""The frozen app's entry point (PyInstaller runs this file as `__main__`)."""

from coopdesk.app.main import main

raise SystemExit(main())
