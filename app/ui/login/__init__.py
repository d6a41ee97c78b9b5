"""Signing in: the user picker and the PIN pad."""

from .screen import LoginScreen

__all__ = ["LoginScreen"]
