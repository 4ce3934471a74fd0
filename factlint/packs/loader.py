"""Rule packs: find them, validate every rule file, resolve `extends`, apply overrides.

A pack is a folder `rules/<language>/<pack>/` holding `pack.yml` and one YAML file per rule;
a rule's id is its path inside the pack: `style/slang.yml` is `style/slang`, so the id comes
from one place. `pack.yml` may name packs it `extends`, adjust inherited rules (`rules:`),
and set check options (`settings:`, e.g. the grammar preset of the strict pack).

A rule that fails to load (invalid regex, missing lexicon, unknown key, a message
placeholder no hit can fill, examples that are not texts) is dropped with a message naming
the file and key; the other rules still load and run. Rule files are small regular files
(RULE_FILE_MAX_BYTES) whose YAML stays small once its aliases are expanded, so a file can
neither read forever nor grow to gigabytes in `rules explain` / `rules test`.
"""

from __future__ import annotations

import re
import stat
import string
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, field_validator

from factlint.config import RuleOverride, Settings, merge
from factlint.errors import PackError
from factlint.model import CATEGORIES, Finding
from factlint.packs.kinds import KIND_NAMES, Context, Hit, Kind, RuleKind

RULE_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COMMON_KEYS = {"message", "severity", "link", "description", "examples", "enabled"}
_KIND_ADAPTER = TypeAdapter(RuleKind)
RULE_FILE_MAX_BYTES = 1 << 20
#: Values a rule file may hold once YAML aliases are expanded (a real rule holds dozens).
YAML_MAX_VALUES = 100_000


@lru_cache(maxsize=1024)
def message_template(message: str) -> tuple[tuple[str, str | None], ...]:
    """(literal text, placeholder name or None) pairs of a rule message. A placeholder is a
    plain name such as {match}; positional ({0}, {}), attribute ({match.x}), index
    ({match[0]}), format specs and unbalanced braces are ValueErrors, found when the rule
    loads, so that rendering a finding can never fail."""
    try:
        parsed = list(string.Formatter().parse(message))
    except ValueError as exc:
        raise ValueError(f"{exc} (write a literal brace as {{{{ or }}}})") from None
    out = []
    for literal, name, spec, conversion in parsed:
        if name is not None:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            if not name.isidentifier():
                raise ValueError(f"placeholder {shown} is not a name; use a name such as {{match}}, {{count}}, {{max}}")
            if spec or conversion:
                raise ValueError(f"placeholder {shown}: format specs and conversions are not supported; write {{{name}}}")
        out.append((literal, name))
    return tuple(out)


def render_message(message: str, values: dict[str, Any]) -> str:
    """A message with its placeholders filled; an unknown one stays as written."""
    try:
        template = message_template(message)
    except ValueError:  # not validated (set from Python): show it as written
        return message
    return "".join(lit + ("" if name is None else str(values[name]) if name in values else "{" + name + "}")
                   for lit, name in template)


class Example(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    question: str | None = None


def _example(value: Any) -> Example:
    return Example(text=value) if isinstance(value, str) else Example.model_validate(value)


class Examples(BaseModel):
    model_config = ConfigDict(extra="forbid")
    bad: list[str | Example] = Field(default_factory=list)
    good: list[str | Example] = Field(default_factory=list)


class RuleHeader(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str
    severity: str = Field(pattern="^(error|warning|info)$")
    link: str | None = None
    description: str = ""
    examples: Examples
    enabled: bool = True

    @field_validator("message")
    @classmethod
    def _fillable(cls, value: str) -> str:
        message_template(value)
        return value


class PackMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    description: str = ""
    version: str = "1"
    extends: list[str] = Field(default_factory=list)
    rules: dict[str, RuleOverride] = Field(default_factory=dict)
    settings: dict[str, Any] = Field(default_factory=dict)


@dataclass
class Rule:
    id: str
    kind: Kind
    message: str
    severity: str
    description: str
    link: str | None
    examples: Examples
    file: Path
    pack: str
    enabled: bool = True
    raw: dict = field(default_factory=dict)

    @property
    def category(self) -> str:
        return self.id.split("/", 1)[0]

    def findings(self, doc) -> list[Finding]:
        return [self._finding(hit) for hit in self.kind.find(doc)]

    def _finding(self, hit: Hit) -> Finding:
        return Finding(
            rule=self.id,
            category=self.category,
            severity=self.severity,
            message=render_message(self.message, hit.values),
            start=hit.start,
            end=hit.end,
            suggestions=list(hit.suggestions),
        )

    def bad_examples(self) -> list[Example]:
        return [_example(e) for e in self.examples.bad]

    def good_examples(self) -> list[Example]:
        return [_example(e) for e in self.examples.good]


@dataclass
class RuleSet:
    rules: dict[str, Rule] = field(default_factory=dict)
    packs: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def enabled(self) -> list[Rule]:
        return [r for r in self.rules.values() if r.enabled]


def builtin_root() -> Path:
    """rules/ in a checkout, or factlint/_rules inside an installed wheel."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "_rules", package.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise PackError(f"built-in rule packs not found under {package}")


def builtin_packs(language: str = "en") -> list[str]:
    folder = builtin_root() / language.split("-")[0]
    return sorted(p.parent.name for p in folder.glob("*/pack.yml")) if folder.is_dir() else []


def resolve_pack(name: str, language: str, base: Path) -> Path:
    """A built-in pack name, or a path to a pack folder (relative to the config's folder)."""
    as_path = Path(name).expanduser()
    if not as_path.is_absolute():
        as_path = base / as_path
    if (as_path / "pack.yml").is_file():
        return as_path
    builtin = builtin_root() / language.split("-")[0] / name
    if (builtin / "pack.yml").is_file():
        return builtin
    known = ", ".join(builtin_packs(language)) or "none"
    raise PackError(f"rule pack {name!r} not found (built-in packs for {language!r}: {known}; or give a folder with pack.yml)")


def _expanded_size(data: Any, limit: int) -> int:
    """How many values `data` holds with every YAML alias expanded, counted up to `limit`
    (an alias bomb is a few lines that expand to billions)."""
    count = 0
    stack = [data]
    while stack and count <= limit:
        value = stack.pop()
        count += 1
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return count


def _read_yaml(path: Path) -> dict:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise PackError(f"{path}: not a regular file")
        if info.st_size > RULE_FILE_MAX_BYTES:
            raise PackError(f"{path}: too large for a rule file ({info.st_size:,} bytes; at most {RULE_FILE_MAX_BYTES:,})")
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PackError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except RecursionError:
        raise PackError(f"{path}: invalid YAML: nested too deep") from None
    except UnicodeDecodeError as exc:
        raise PackError(f"{path}: not UTF-8 (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        raise PackError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise PackError(f"{path}: expected a mapping of keys")
    if _expanded_size(data, YAML_MAX_VALUES) > YAML_MAX_VALUES:
        raise PackError(f"{path}: over {YAML_MAX_VALUES:,} values once its YAML aliases are expanded; write the values out")
    return data


def _errors(exc: ValidationError, path: Path, prefix: str = "") -> str:
    parts = []
    for err in exc.errors():
        loc = [str(p) for p in err["loc"] if p not in {*KIND_NAMES, "str", "Example"}]
        key = prefix + ".".join(loc) if loc else (prefix.rstrip(".") or "(top level)")
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"].removeprefix("Value error, ")
        parts.append(f"{path}: key `{key}`: {msg}")
    return "; ".join(parts)


def build_rule(rule_id: str, data: dict, path: Path, pack: str, ctx: Context) -> Rule:
    """Validate one rule's YAML data and compile it; raises PackError naming file and key."""
    category, _, name = rule_id.partition("/")
    if category not in CATEGORIES:
        raise PackError(f"{path}: rule folder {category!r} is not a category ({', '.join(CATEGORIES)})")
    if not RULE_NAME.match(name):
        raise PackError(f"{path}: rule name {name!r} must be lower-case kebab (like repeated-word)")
    header = {k: v for k, v in data.items() if k in COMMON_KEYS}
    spec = {k: v for k, v in data.items() if k not in COMMON_KEYS}
    if "kind" not in spec:
        raise PackError(f"{path}: key `kind`: missing (one of {', '.join(KIND_NAMES)})")
    try:
        head = RuleHeader.model_validate(header)
    except ValidationError as exc:
        raise PackError(_errors(exc, path)) from None
    try:
        kind = _KIND_ADAPTER.validate_python(spec)
    except ValidationError as exc:
        raise PackError(_errors(exc, path)) from None
    try:
        kind.prepare(ctx)
    except PackError as exc:
        raise PackError(f"{path}: key `lexicon`: {exc}") from None
    except ValueError as exc:
        raise PackError(f"{path}: key `pattern`: {exc}") from None
    return Rule(
        id=rule_id, kind=kind, message=head.message, severity=head.severity,
        description=head.description, link=head.link, examples=head.examples,
        file=path, pack=pack, enabled=head.enabled, raw=data,
    )


def _apply_override(rule: Rule, override: RuleOverride, ctx: Context, origin: str) -> Rule:
    if override.params:
        data = merge(rule.raw, dict(override.params))
        try:
            rule = build_rule(rule.id, data, rule.file, rule.pack, ctx)
        except PackError as exc:
            raise PackError(f"{origin}: rules.{rule.id}.params: {exc}") from None
    if override.enabled is not None:
        rule.enabled = override.enabled
    if override.severity is not None:
        rule.severity = override.severity
    if override.message is not None:
        try:
            message_template(override.message)
        except ValueError as exc:
            raise PackError(f"{origin}: key `rules.{rule.id}.message`: {exc}") from None
        rule.message = override.message
    return rule


def _context(rule_file: Path, settings: Settings) -> Context:
    lexicon_dir = builtin_root() / settings.language.split("-")[0] / "lexicons"
    extra = {name: [settings.resolve(p) for p in paths] for name, paths in settings.lexicons.items()}
    return Context(rule_file=rule_file, lexicon_dir=lexicon_dir, extra_lexicons=extra, pack_dir=rule_file.parent.parent)


def load_rules(settings: Settings) -> RuleSet:
    """The rules of the packs `settings.extends` names, with pack and project overrides applied."""
    ruleset = RuleSet()
    base = Path(settings.root)
    for name in settings.extends:
        _load_pack(resolve_pack(name, settings.language, base), settings, ruleset, seen=())
    _apply_project_overrides(ruleset, settings, warn=True)
    return ruleset


def load_rules_for_language(settings: Settings, language: str) -> RuleSet | None:
    """The packs for answers in `language` when it is not `settings.language` (a batch that
    mixes English and Russian answers): the built-in packs of `language` that `extends` names
    by name ("default", "strict"), with the project's overrides of the rules they have. A pack
    given as a folder was written for the configured language and is left out, and so are the
    config's extra [lexicons]. None when `extends` names no built-in pack of `language`."""
    language = language.replace("_", "-").split("-")[0].lower()
    available = set(builtin_packs(language))
    base = Path(settings.root)
    names = [n for n in settings.extends if n in available and not (base / n / "pack.yml").is_file()]
    if not names:
        return None
    ruleset = RuleSet()
    other = settings.model_copy(update={"language": language, "extends": names, "lexicons": {}})
    for name in names:
        _load_pack(resolve_pack(name, language, base), other, ruleset, seen=())
    # Overrides name the configured language's rules too: only those this language has apply.
    _apply_project_overrides(ruleset, other, warn=False)
    return ruleset


def _apply_project_overrides(ruleset: RuleSet, settings: Settings, warn: bool) -> None:
    for rule_id, override in settings.rules.items():
        rule = ruleset.rules.get(rule_id)
        if rule is None:
            if warn and rule_id.split("/")[0] not in {"grammar", "spelling", "fact", "duplicate", "relevance"}:
                ruleset.warnings.append(f"config: rules.{rule_id}: no such rule in packs {', '.join(ruleset.packs)}")
            continue
        try:
            ruleset.rules[rule_id] = _apply_override(rule, override, _context(rule.file, settings), "config")
        except PackError as exc:
            ruleset.errors.append(str(exc))


def _load_pack(folder: Path, settings: Settings, ruleset: RuleSet, seen: tuple[Path, ...]) -> None:
    folder = folder.resolve()
    if folder in seen:
        chain = " -> ".join(p.name for p in (*seen, folder))
        raise PackError(f"{folder / 'pack.yml'}: key `extends`: cycle {chain}")
    meta_path = folder / "pack.yml"
    try:
        meta = PackMeta.model_validate(_read_yaml(meta_path))
    except ValidationError as exc:
        raise PackError(_errors(exc, meta_path)) from None
    for parent in meta.extends:
        _load_pack(resolve_pack(parent, settings.language, folder), settings, ruleset, (*seen, folder))
    if meta.name not in ruleset.packs:
        ruleset.packs.append(meta.name)
    ruleset.settings = merge(ruleset.settings, meta.settings)
    for path in sorted(folder.glob("*/*.yml")):
        rule_id = f"{path.parent.name}/{path.stem}"
        try:
            ruleset.rules[rule_id] = build_rule(rule_id, _read_yaml(path), path, meta.name, _context(path, settings))
        except PackError as exc:
            ruleset.errors.append(str(exc))
            ruleset.rules.pop(rule_id, None)
    for rule_id, override in meta.rules.items():
        rule = ruleset.rules.get(rule_id)
        if rule is None:
            ruleset.errors.append(f"{meta_path}: key `rules.{rule_id}`: no such rule in the packs it extends")
            continue
        try:
            ruleset.rules[rule_id] = _apply_override(rule, override, _context(rule.file, settings), str(meta_path))
        except PackError as exc:
            ruleset.errors.append(str(exc))
