"""Composition root: command line, application context, wiring."""
