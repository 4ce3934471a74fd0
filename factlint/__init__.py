"""factlint: lint LLM answers for grammar, style, readability, policy and facts."""

from importlib.metadata import PackageNotFoundError, version

from factlint.model import Answer, Evidence, Finding, Report

try:
    __version__ = version("factlint")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0+unknown"


def __getattr__(name: str):
    # The Engine pulls in spaCy; import it only when asked for.
    if name == "Engine":
        from factlint.engine import Engine

        return Engine
    if name == "Client":  # the HTTP service's client (standard library only)
        from factlint.client import Client

        return Client
    raise AttributeError(name)


__all__ = ["Answer", "Client", "Engine", "Evidence", "Finding", "Report", "__version__"]
