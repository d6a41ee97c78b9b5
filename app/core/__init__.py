"""The Qt-free core: domain primitives, storage, services and sync.

Nothing under ``app.core`` may import PySide6 (a test enforces it). Services return plain
dataclasses and raise :class:`app.core.errors.YytError` subclasses carrying a stable code;
user-facing words live in the CLI and the UI.
"""
