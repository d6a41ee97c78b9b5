"""The signed-in window for counter staff: navigation, pages, status bar."""

from .main_window import ShellPage

__all__ = ["ShellPage"]
