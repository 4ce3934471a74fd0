"""factlint's errors, in one place. Each carries a one-line, user-facing message that names
the file, line or key it is about; the CLI prints it and exits 2, never a traceback."""

from __future__ import annotations


class FactlintError(Exception):
    """Base of every error factlint raises on purpose."""


class ConfigError(FactlintError):
    """A config file, config key or command-line option is wrong."""


class PackError(ConfigError):
    """A rule pack or one of its rules is invalid (names the file and key)."""


class InputError(FactlintError):
    """An input file or record cannot be read (names the file and line)."""


class EvidenceIndexError(FactlintError):
    """An evidence index is missing, corrupt, or built with another embedding model."""


class BackendError(FactlintError):
    """An external engine (LanguageTool server, model) could not be reached or loaded."""
