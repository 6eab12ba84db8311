"""A firm told as foreign-invested by where its owners are: Hong Kong, Macau, Taiwan, or a
foreign national who runs it (in English: "whose parent company is based in Hong Kong",
"a Japanese-funded factory").

The codebook counts 港澳台资 as foreign-invested. A post often names the mainland plant's owner
by its seat rather than by a word for its capital: the plant belongs to a firm whose name starts
with 香港/台湾/澳门 (香港X实业有限公司在深圳开的, 台湾X集团旗下的工厂, 香港X科技有限公司位于深圳的
厂房), its head office sits there (公司香港总部), or a foreigner runs it (美国人开的公司, 老板是台湾人,
台湾来的干部). Not a firm
the plant once belonged to (原是台湾X集团开的), and not an unnamed one (香港一间巴士公司: a
firm over there, not the owner of a plant here).
"""

from __future__ import annotations

import re

_REGIONS = ("香港", "台湾", "台灣", "臺灣", "澳门", "澳門")
_REGION_FIRM = re.compile(
    r"(?:香港|台湾|台灣|臺灣|澳门|澳門)(?![一某这那多几各])[\u4e00-\u9fff]{2,10}?"
    r"(?:有限公司|公司|集团|集團|实业|實業|控股)|"
    r"公司(?:的)?(?:香港|台湾|台灣)(?:总部|總部|母公司)|"
    r"(?:母公司|总部|總部)(?:为|為|是|在|位于|位於|设在|設在)(?:香港|台湾|台灣)(?!上市)"
)
# "whose parent company is based in Hong Kong", "a Japanese-funded factory": the same in English
_EN_OWNER = re.compile(
    r"\bparent(?: company| firm| group)?,? (?:is |was )?(?:based|headquartered|registered) in "
    r"(?:hong kong|taiwan|macau|macao|japan|south korea|korea|singapore|germany|france|britain|the us)\b|"
    r"\b(?:japanese|korean|south korean|taiwanese|american|us|german|french|british|european|singaporean|"
    r"swiss|dutch|swedish|italian)-(?:funded|financed|backed)\b"
)
_EN_KEYS = ("parent", "-funded", "-financed", "-backed")
_ONCE = re.compile(r"(?:原是|原来是|原來是|以前是|曾是|原属|原屬|前身是)$")
_NATIONALS = re.compile(
    r"(?:日本|韩国|韓國|德国|德國|美国|美國|法国|法國|英国|英國|意大利|瑞士|荷兰|荷蘭|瑞典|新加坡|台湾|台灣|香港)"
    r"人(?:开|開|办|辦|投资|投資)的"
    # 老板是台湾人, 台湾来的干部躲在办公楼里: the boss or the managers come from there
    r"|(?:老板|老总|厂长|董事长|总经理|管理层)(?:是|为)(?:台湾|香港|澳门)人"
    r"|(?:台湾|香港|澳门)(?:来的|派来的|过来的)(?:干部|老板|老总|厂长|管理层|高管|主管|经理)"
)


def region_owner(norm: str) -> tuple[int, int] | None:
    """Where the post tells the firm is owned from Hong Kong, Macau or Taiwan, or run by a
    foreign national; else None."""
    if any(k in norm for k in _EN_KEYS) and (m := _EN_OWNER.search(norm)):
        return m.span()
    if not any(r in norm for r in _REGIONS) and "人开的" not in norm and "人開的" not in norm \
            and "人办的" not in norm and "人投资的" not in norm:
        return None
    for m in _REGION_FIRM.finditer(norm):
        if not _ONCE.search(norm, max(0, m.start() - 4), m.start()):
            return m.span()
    m2 = _NATIONALS.search(norm)
    return m2.span() if m2 else None
