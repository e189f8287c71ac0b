"""iWEBS desktop client (PySide6): shell, enrollment, login and administration screens."""

__version__ = "0.1.0"
