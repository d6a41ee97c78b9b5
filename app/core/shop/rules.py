"""The banned and restricted-use pesticide list: versioned data with ``effective_from``.

Two sources apply together: the list shipped with the app (``resources/shop/pesticide_rules.json``,
with its ``version``) and the platform's ``pesticide_rules`` stream (table ``shop_rules``, kept by
:mod:`app.core.shop.streams`); a platform rule with the same key replaces the shipped one (a moved
date, a corrected ingredient). A rule names an active ingredient (氧乐果); a product is matched by
the ingredients found in its name and its ingredient field, **longest match first**, so 丁硫克百威
(carbosulfan) is not mistaken for 克百威 (carbofuran), nor 氧乐果 for 乐果.

A product is **banned** from the earliest of its catalogue ``banned_from`` and the dates of the ban
rules its ingredients match; it is **restricted** when the catalogue says so or a restricted (or
banned) ingredient's rule is in force.
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_FILE = Path(__file__).resolve().parents[3] / "resources" / "shop" / "pesticide_rules.json"
KINDS = ("banned", "restricted")


@dataclass(frozen=True)
class Rule:
    key: str
    ingredient: str
    kind: str  # banned | restricted
    effective_from: str  # YYYY-MM-DD, station-local
    basis: str = ""
    source: str = "bundled"  # bundled | platform


@dataclass(frozen=True)
class Verdict:
    """What the rules say about one product on one day."""

    banned: bool
    banned_from: str | None
    restricted: bool
    reasons: tuple[str, ...]  # rule keys (and ``catalogue``) behind it


@cache
def bundled_rules(path: Path = RULES_FILE) -> tuple[int, tuple[Rule, ...]]:
    """(version, rules) of the list shipped with the app."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    return int(doc["version"]), tuple(Rule(r["key"], normalise(r["ingredient"]), r["kind"], r["effective_from"],
                                           r.get("basis", "")) for r in doc["rules"])


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").strip()


class RuleBook:
    """The rules in force at the station, with the ingredient matcher."""

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules
        by_first: dict[str, list[str]] = {}
        for word in sorted({r.ingredient for r in rules if r.ingredient}, key=len, reverse=True):
            by_first.setdefault(word[0], []).append(word)
        self._by_first = by_first
        self._by_ingredient: dict[str, list[Rule]] = {}
        for r in rules:
            self._by_ingredient.setdefault(r.ingredient, []).append(r)

    def ingredients_in(self, text: str) -> tuple[str, ...]:
        """The rule ingredients named in ``text``, longest match first, left to right."""
        s = normalise(text)
        found: list[str] = []
        i = 0
        while i < len(s):
            for word in self._by_first.get(s[i], ()):
                if s.startswith(word, i):
                    found.append(word)
                    i += len(word)
                    break
            else:
                i += 1
        return tuple(dict.fromkeys(found))

    def rules_for(self, name: str, ingredient: str = "") -> tuple[Rule, ...]:
        return tuple(r for word in self.ingredients_in(f"{name} {ingredient}") for r in self._by_ingredient[word])

    def verdict(self, *, name: str, ingredient: str, restricted_flag: bool, banned_from: str | None,
                day: str) -> Verdict:
        """The product's standing on ``day`` (``YYYY-MM-DD``, station-local)."""
        rules = self.rules_for(name, ingredient)
        dates = [r.effective_from for r in rules if r.kind == "banned"]
        reasons = [r.key for r in rules if r.effective_from <= day]
        if banned_from:
            dates.append(banned_from)
            if banned_from <= day:
                reasons.append("catalogue")
        first_ban = min(dates) if dates else None
        restricted = restricted_flag or any(r.effective_from <= day for r in rules)
        return Verdict(first_ban is not None and first_ban <= day, first_ban, restricted, tuple(reasons))


_cache: dict[str, tuple[int, RuleBook]] = {}


def load_rules(conn: sqlite3.Connection) -> RuleBook:
    """The shipped list with the platform's rules over it (a platform key replaces a shipped one).
    Cached per database file until ``shop_counters.rules_rev`` moves (a trigger bumps it on every
    change of ``shop_rules``): one primary-key read per call."""
    rev = int(conn.execute("SELECT value FROM shop_counters WHERE name = 'rules_rev'").fetchone()[0])
    key = conn.execute("PRAGMA database_list").fetchone()[2]
    hit = _cache.get(key)
    if hit is not None and hit[0] == rev:
        return hit[1]
    book = _load(conn)
    _cache[key] = (rev, book)
    return book


def _load(conn: sqlite3.Connection) -> RuleBook:
    _, shipped = bundled_rules()
    merged = {r.key: r for r in shipped}
    for key, ingredient, kind, effective_from, basis in conn.execute(
            "SELECT key, ingredient, kind, effective_from, basis FROM shop_rules"):
        merged[key] = Rule(key, normalise(ingredient), kind, effective_from, basis, "platform")
    return RuleBook(tuple(merged.values()))
