"""Built-in checks. Importing this package registers them (see factlint.registry).

Each module below registers its check with `@registry.checks.register(name)`.
"""

from factlint.checks import rules  # noqa: F401
from factlint.checks import grammar  # noqa: F401
from factlint.checks import duplicates  # noqa: F401
from factlint.checks import facts  # noqa: F401
from factlint.checks import relevance  # noqa: F401
