"""The PySide6 desktop shell and module screens. Only this package imports Qt."""
