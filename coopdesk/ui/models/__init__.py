"""Thin item models over lists of frozen read models."""
