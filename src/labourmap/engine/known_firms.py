"""Well-known employers, read from ``data/employers.json`` (the one source of truth for the
employer rules of :mod:`labourmap.engine.employer` and the aliases of
:mod:`labourmap.engine.cluster`).

Each firm has a canonical name (Simplified Chinese, as monitors write it), its other names
(Traditional, English, pinyin, the parent's name where the press uses it for the plant),
industry and ownership codes and a note on how the facts are known. A name is found in a post's
normalised text by one automaton, built once, and then checked:

1. a Latin name stands between word boundaries; a short one in capitals (LG, TOTO) must be
   written in capitals, and a capitalised one (Sharp, Apple) capitalised;
2. a name listed under ``not_inside`` is no name inside those words (京东 in 北京东路,
   中通 in 集中通知);
3. a name listed under ``needs_context`` (小米, 长城, 东风, 华为, 苹果) counts only right
   before a firm word (公司, 工厂, 员工, 骑手; "plant", "workers").

A name found is told, by :func:`role`, as the employer's, as a *client*'s (为苹果代工, 华为
供应商, "Apple supplier") or as an *owner*'s (丰田合成的合资厂, 广达子公司, X旗下).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from labourmap.engine.automaton import OTHER, Automaton
from labourmap.engine.text import normalise

DATA_FILE = "employers.json"


@dataclass(frozen=True, slots=True)
class Firm:
    """A well-known employer, as the data file gives it."""

    name: str
    aliases: tuple[str, ...]
    industry: str
    ownership: str
    source: str
    ownership_on_sight: bool = False  # coded from the name alone, when the post says nothing


@dataclass(frozen=True, slots=True)
class Name:
    """One way of writing a firm's name, as it is searched for."""

    firm: Firm
    written: str  # as in the file
    key: str  # normalised: what the automaton holds
    needs_context: bool
    not_inside: tuple[str, ...]  # normalised words that hold the name
    exact_case: bool  # a short Latin name in capitals (LG, TCL)
    latin: bool


class Mention(NamedTuple):
    start: int
    end: int
    name: Name
    role: str | None  # None (the firm itself), "client" or "owner"
    role_end: int  # where the words that tell the role end (== end when role is None)


@cache
def _document() -> tuple[dict[str, Any], ...]:
    path = resources.files("labourmap.engine").joinpath("data", DATA_FILE)
    return tuple(json.loads(path.read_text(encoding="utf-8"))["employers"])


def firms() -> tuple[Firm, ...]:
    """Every firm of the data file, in its order."""
    return tuple(dict.fromkeys(n.firm for n in names().values()))


@cache
def names() -> dict[str, Name]:
    """Every name (normalised) of every firm; a name two firms share is an error."""
    out: dict[str, Name] = {}
    for entry in _document():
        firm = Firm(
            entry["name"],
            tuple(entry.get("aliases", ())),
            entry["industry"],
            entry["ownership"],
            entry["source"],
            entry.get("ownership_on_sight", False),
        )
        guarded = set(entry.get("needs_context", ()))
        inside = entry.get("not_inside", {})
        for written in (firm.name, *firm.aliases):
            key = normalise(written)
            latin = written.isascii()
            name = Name(
                firm,
                written,
                key,
                written in guarded,
                tuple(normalise(w) for w in inside.get(written, ())),
                latin and len(written) <= 4 and written.isupper(),
                latin,
            )
            old = out.get(key)
            if old is not None and old.firm is not firm:
                raise ValueError(f"{DATA_FILE}: {written!r} names {old.firm.name} and {firm.name}")
            if old is not None:  # (鸿海 and 鴻海 are one key: guarded only if both are)
                name = replace(
                    old,
                    needs_context=old.needs_context and name.needs_context,
                    not_inside=tuple(dict.fromkeys(old.not_inside + name.not_inside)),
                )
            out[key] = name
    return out


@cache
def _automaton() -> Automaton:
    return _Tabled(names().items())


class _Tabled(Automaton):
    """An automaton that folds a text with a table (``str.translate``): the firms' names hold
    few of a post's characters, and a substitution for each other one takes twice as long. A
    character past the table (an emoji) is left as it is: no key holds it either way."""

    def __init__(self, items: Iterable[tuple[str, Any]]) -> None:
        pairs = list(items)
        super().__init__(pairs)
        table = [OTHER] * 0x10000
        for c in {c for key, _ in pairs for c in key}:
            if ord(c) < 0x10000:
                table[ord(c)] = c
        self._table = "".join(table)
        self._wide = any(ord(c) >= 0x10000 for key, _ in pairs for c in key)

    def fold(self, text: str) -> str:
        return super().fold(text) if self._wide else text.translate(self._table)


# a firm word right after the name: what a guarded name needs
_CONTEXT = re.compile(
    r"\s?(?:[（(][^）)]{1,12}[）)])?的?(?:公司|集团|工厂|厂|车间|产线|生产线|员工|工人|职工|工友|"
    r"骑手|司机|快递员|快递|网点|站点|门店|分店|店|总部|基地|园区|分公司|子公司|旗下|项目部|"
    r"中国|科技|股份|电子|汽车|手机|地产|物业|超市|商场|外包|代工厂|供应商)"
    # 南京万科这个项目: the firm's building project
    r"|(?:这个|那个|的)?(?:项目|楼盘)"
    r"|(?:'s)?\s+(?:plants?|factory|factories|workers|employees|staff|stores?|warehouses?|"
    r"subsidiary|suppliers?|group|co\b|corp|inc\b|ltd|motors?|electronics|display)"
)
# 为苹果代工, 给华为做配件: the firm the work is for
_FOR = ("为", "给", "替", "帮")
_CLIENT_WORK = re.compile(
    r"[^，。,;；！!？?]{0,8}?(?:代工|代加工|生产|加工|供货|供应|组装|配套|贴牌|制造|oem|"
    r"做(?:配件|零件|部件|外壳|手机|电脑|产品|鞋|衣服|包装|订单|代工))"
)
# 给日本西铁城做表带: 为/给, the client's country, the client
_FOR_ABROAD = re.compile(r"[为给替帮](?:日本|美国|韩国|德国|法国|英国|台湾|香港|欧洲|国外|外国|日资|美资|韩资|台资|港资)$")
# 给西铁城做表带的: what is made for the client, then 的 (not 给美团做骑手的: a rider's work)
_MAKES_FOR = re.compile(r"做(?!骑手|配送|外卖|快递|司机|主播|客服|员工|工人|保安|保洁|家政|装修|工程)[\u4e00-\u9fff]{1,3}的")
# 苹果供应商仁宝, 苹果产业链, "Apple supplier" (not 美团订单: a rider's orders on the platform)
_CLIENT_AFTER = re.compile(
    r"(?:在[^，。,;；！!？?]{1,10}?)?"  # 西铁城在中国最大的表链代工厂: where, then what it is
    r"的?(?:某|一家|的一家)?(?:一级|二级|核心|主要)?(?:供应商|供货商|代工厂|代工企业|代工|产业链|配套厂|配套企业|"
    r"外包厂|合作厂|客户|供应链)|(?:'s)?\s+(?:suppliers?|contract manufacturers?|supply chain)\b"
    # 本田及其供应商, "to hit Honda or its suppliers": the firm whose suppliers struck
    r"|(?:及其|或其|和它的)(?:供应商|配套厂)|\s+(?:or|and)\s+its\s+(?:suppliers|contractors|subcontractors)\b"
)
# "makes iPhones for Apple", "assembles laptops for Dell", "orders, including for Nike"
_CLIENT_BEFORE_EN = re.compile(
    r"\b(?:make|makes|making|made|assemble|assembles|assembling|assembled|produce|produces|"
    r"producing|produced|build|builds|building|built|supply|supplies|supplying|sew|sews|sewing|"
    # "a maker of phone casings for Samsung": what the firm is, then for whom
    r"(?:maker|manufacturer|producer|supplier|assembler)s?\s+of)\b[^.,;]{0,30}\bfor\s+"
    # "makes shoes for New Balance, Nike and Adidas": every client in the list
    r"(?:[^.,;]{1,25}?(?:,\s*|\s+and\s+)){0,4}$"
    r"|\b(?:orders?|customers?|clients?|buyers?|brands?)\b[^.;]{0,25}\s$"
)
# 丰田合成的合资厂, 跟丰田合成合资的, 广达子公司, 比亚迪旗下的…, 上汽下面一家: the owner
_OWNER_AFTER = re.compile(
    r"的?(?:全资|控股)?(?:子公司|旗下|下属|下面|投资的|控股的|合资(?:厂|公司|企业)?)"
    r"|(?:'s)?\s+(?:subsidiary|affiliate|joint venture)\b"
)


def _latin_ok(text: str | None, norm: str, start: int, end: int, name: Name) -> bool:
    if start and norm[start - 1].isascii() and norm[start - 1].isalnum():
        return False
    if end < len(norm) and norm[end].isascii() and norm[end].isalnum():
        return False
    if text is None:  # (no original text: its case is not known)
        return True
    if name.exact_case:
        return text[start:end] == name.written
    return not name.written[0].isupper() or text[start].isupper()


def _inside(norm: str, start: int, name: Name) -> bool:
    for word in name.not_inside:
        k = word.find(name.key)
        while k >= 0:
            if k <= start and norm.startswith(word, start - k):
                return True
            k = word.find(name.key, k + 1)
    return False


# 把做好的衣服装车拉去给优衣库: the goods taken to the buyer
_DELIVERED_TO = ("拉去给", "送去给", "运去给", "拉给", "运给", "卖给", "交货给", "供货给")


def role(norm: str, start: int, end: int) -> tuple[str | None, int]:
    """Whether the firm named at ``start:end`` is a client or an owner, and where the words
    that say so end."""
    if (norm.endswith(_FOR, max(0, start - 1), start) or _FOR_ABROAD.search(norm, max(0, start - 4), start)) and (
            _CLIENT_WORK.match(norm, end) or _MAKES_FOR.match(norm, end)):
        return "client", end
    if norm.endswith(_DELIVERED_TO, max(0, start - 3), start):
        return "client", end
    if norm[start:end].isascii() and _CLIENT_BEFORE_EN.search(norm, max(0, start - 90), start):
        return "client", end
    m = _CLIENT_AFTER.match(norm, end)
    if m:
        return "client", m.end()
    m = _OWNER_AFTER.match(norm, end)
    if m:
        return "owner", m.end()
    return None, end


def mentions(text: str | None, norm: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """The well-known firms named in ``norm[start:end]`` (the guards look at the whole text;
    ``text``, the original, tells the case of Latin names: None where it is not at hand)."""
    stop = len(norm) if end is None else end
    out: list[Mention] = []
    for last, name in _automaton().iter_long(norm[start:stop]):
        e = start + last + 1
        s = e - len(name.key)
        if name.latin and not _latin_ok(text, norm, s, e, name):
            continue
        if name.not_inside and _inside(norm, s, name):
            continue
        if name.needs_context and not _CONTEXT.match(norm, e):
            continue
        kind, role_end = role(norm, s, e)
        out.append(Mention(s, e, name, kind, role_end))
    return out


def firm_in(norm: str, start: int, end: int, text: str | None = None) -> Firm | None:
    """The first well-known firm named in a span (an employer's name), as itself if it can."""
    found = mentions(text, norm, start, end)
    return next(
        (m.name.firm for m in found if m.role is None), found[0].name.firm if found else None
    )


@cache
def known_table() -> dict[str, tuple[str, str]]:
    """Every name (normalised) -> (industry, ownership): employer.KNOWN."""
    return {key: (n.firm.industry, n.firm.ownership) for key, n in names().items()}


@cache
def cluster_aliases() -> dict[str, str]:
    """The names that differ from the canonical one, compacted as cluster.employer_key
    compacts a name (no spaces, dots or hyphens) -> the canonical name: cluster.ALIASES. A
    guarded name, or one that holds the canonical name, is left out."""
    out: dict[str, str] = {}
    for key, n in names().items():
        if n.needs_context or n.firm.name in key or key == normalise(n.firm.name):
            continue
        out[re.sub(r"[\s.\-'&]", "", key)] = n.firm.name
    return out


def latin_firm(name: str) -> str | None:
    """For :func:`labourmap.engine.cluster.employer_key`: the canonical name of the firm whose
    Latin name is in ``name`` (Foxconn Zhengzhou -> 富士康), or None."""
    if not any(c.isascii() and c.isalpha() for c in name):
        return None
    found = [
        m for m in mentions(name, normalise(name)) if m.name.latin and not m.name.needs_context
    ]
    return found[0].name.firm.name if found else None


def with_canonical(norm: str) -> str:
    """``norm`` with each other Chinese name of a firm replaced by its canonical one (鸿海精密
    -> 富士康精密); a guarded name, or one that holds the canonical name, is kept."""
    out = norm
    for m in reversed(mentions(norm, norm)):
        n = m.name
        if n.latin or n.needs_context or n.firm.name in n.key:
            continue
        out = out[: m.start] + n.firm.name + out[m.end :]
    return out
