"""Everything PySide6: window, pages, item models, dialogs."""
