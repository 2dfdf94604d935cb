"""Sync through a shared folder (SYNC.md): clocks, operations, merge, file format, share I/O.

Qt-free and SQLAlchemy-free: the store and services adapt it to the database.
"""
