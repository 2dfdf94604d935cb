"""Dialogs; each opens through a function or `ask()` classmethod that tests can replace."""
