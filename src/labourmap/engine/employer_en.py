"""English employer names in :mod:`labourmap.engine.employer`: a capitalised name after
"at"/"for"/"employer"/"employees of", in apposition ("the contractor, X,"), or before
"workers"/"riders", or ending in Co./Ltd./Group …, with ownership words (Hong Kong-owned) stripped."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from labourmap.engine.employer_owners import works_owner
from labourmap.engine.employer_premises import outside_premises
from labourmap.engine.employer_words import EN_NOT
from labourmap.engine.model import Span
from labourmap.engine.placenames import OTHER_EVENT_EN, sentence_before


class Candidate(NamedTuple):  # (a tuple: made many times a post, and quickly)
    start: int
    end: int
    strength: int

    @property
    def span(self) -> Span:
        return (self.start, self.end)


EN_SUFFIX = re.compile(
    r"(?:co\.?,? ?ltd\.?|co\.|ltd\.?|inc\.?|group|corp\.?|corporation|company|"
    r"industrial|electric|electronics|tire|tyre|motors?|property management|"
    r"sports goods|factory|coal mine|mine|construction|technology|logistics|"
    r"mining|holdings|engineering|steel|auto components|auto parts|garments|textiles|apparel|"
    r"clothing|shoes|footwear|toys|plastics|metals|materials|optoelectronics|machinery|"
    r"chemicals?|pharmaceuticals?|foods?|paper|packaging|printing|furniture|ceramics|cement|"
    r"real estate|propert(?:y|ies)|environmental services|property services|cleaning services|"
    r"industries|enterprises?|automotive|express|precision mould|mould|engineering bureau|"
    r"engineering division|shipbuilding(?: industry)?|shipyard|coal|electricity|power|energy|products|"
    r"colliery|hardware|jewell?e?ry|knitting|handbags|luggage|leather goods)$",
    re.I,
)
_EN_SUFFIX_ASCII = re.compile(EN_SUFFIX.pattern)  # the same, without IGNORECASE


def has_en_suffix(low: str, pos: int) -> bool:
    """Whether ``low`` (lower case) ends in a firm's suffix that begins at ``pos`` or after.
    On ASCII text, which is lower case, IGNORECASE can change nothing: the (much faster)
    case-sensitive pattern is used."""
    pattern = _EN_SUFFIX_ASCII if low.isascii() else EN_SUFFIX
    return pattern.search(low, pos) is not None


EN_NAME = re.compile(
    r"(?:[A-Z][\w'&.-]*)(?:[ \t]+(?:[A-Z][\w'&.-]*|[0-9]+(?:st|nd|rd|th)\b|"
    r"\([A-Z][\w ]*\)|of|and|&|(?:coal |gold |iron |copper )?(?:mine|colliery)\b))*"
)
EN_LEAD = (
    "hong kong-owned ",
    "taiwanese-owned ",
    "taiwan-owned ",
    "taiwanese ",
    "foreign-owned ",
    "state-owned ",
    "state-run ",
    "japanese-owned ",
    "us-owned ",
    "korean-owned ",
    "the ",
    "a ",
    "an ",
    "giant ",
)
_WORKS_AFTER = re.compile(r"^\s*(?:project|site|building)", re.I)
# "the Huiminjiayuan social-housing site": a site or project named, then what it is
_SITE_AFTER = re.compile(r"(?:\s+[A-Za-z0-9-]+){1,2}\s+(?:project|site|development)\b")
# "go home for the New Year", "before Spring Festival": a holiday, capitalised like a name
EN_HOLIDAYS = re.compile(r"(?:lunar |chinese )?new year\b|spring festival|national day\b|mid-autumn\b")
EN_NOT_AFTER = re.compile(
    r"^\s*(?:eco-|project|site|building|area|district|county|province|city|"
    r"town|road|street|avenue|"
    # "the Chitan hydropower station": works that others build, named by their place
    r"hydropower|hydroelectric|power station|dam\b|reservoir|tunnel|bridge|expressway|highway)",
    re.I,
)
# "mine boss Liao Xing'an": a person, named by his trade
_PERSON_BEFORE = re.compile(r"\b(?:boss|owner|manager|chairman|foreman|director|mr\.?|ms\.?|mrs\.?)\s+$")


_UPPER = re.compile("[A-Z]")
# (the look-behinds follow the dot, so that a search skips to dots)
_SENTENCE_DOT = re.compile(r"\.(?<!\bCo\.)(?<!\bLtd\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bSt\.)(?<!\b[A-Z]\.)[ \t]")
_OWNED = ("-owned", "-invested", "-funded", "-run", "-based")
# "the contractor, Jiangsu Huatong Rail Engineering, …": the firm named in apposition
_APPOSITION = re.compile(
    r"\b(?:contractor|subcontractor|employer|company|firm|operator|developer|supplier|"
    r"manufacturer|platform|owner),\s+$"
)
_EMPLOYER_BEFORE = re.compile(
    r"\b(?:at|for|employer,?|by|against|from|(?:employees|workers|staff|mine|plant|"
    # "a workshop of X", "the warehouse of X": the firm whose works it is
    r"factory|subsidiary|workshop|warehouse) of)\s+"
    r"(?:(?!(?:in|near|across|around)\s)[\w'-]+,?\s+){0,2}$"  # ("at sites in X": a place)
)
# "the Hangu Mortuary Service Office in Tianjin owes them": the body that owes is the employer
_OWES_AFTER = re.compile(
    r"(?:\s+in\s+[A-Z][a-z']+)?\s+(?:owes|still owes|has not paid|had not paid|refused to pay|"
    r"refuses to pay|has refused to pay)\b"
)
_WORKERS_AFTER = re.compile(
    # "the Gaoya jewellery workers": the firm, its trade, then its workers
    r"^(?:'s)?\s+(?:(?:delivery|food|jewell?e?ry|garment|shoe|toy|electronics|textile|knitting|"
    r"factory|plant|mine|hotel|steel|coal)\s+)?(?:workers|riders|drivers|employees|"
    r"staff|strike|factory|plant|couriers)|^,? which employs|"
    # "Sony's camera-module plant": the firm whose plant it is
    r"^'s\s+(?:[a-z-]+\s+){1,2}(?:factory|plant|workers|staff|employees)\b|"
    # "X's managers", "X' Korean bosses": the firm whose managers they are
    r"^'s?\s+(?:[a-z-]+\s+)?(?:managers|management|bosses|executives)\b"
)


# "Tian'e, Harbin's largest taxi company", "Samkwang, a South Korean-owned maker of …": the
# name, then what the firm is, in apposition
_APPOSED = re.compile(
    r",\s+(?:(?:a|an|the)\s+|[A-Z][a-z]+'s\s+)(?:[\w'-]+\s+){0,4}?(?:company|firm|maker|manufacturer|"
    r"supplier|group|contractor|subcontractor|developer|operator|factory|plant|producer|retailer|chain)\b"
)


# "was employed by X", "hired by X", "on the payroll of X": the firm that employs, said outright
_HIRED_BEFORE = re.compile(
    r"\b(?:employed (?:by|at)|hired by|on the payroll of)\s+(?:the\s+)?$"
)


# "the mine, run by X", "a yard operated by the privately held X" (not "built by": a builder, or
# a developer whose builders are others'): the firm that runs the works, not the works, employs
_RUN_BY = re.compile(
    r"\b(?:run|operated|managed)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$"
)


# "X Engineering Co. Investigators": "Co." ends the name and its sentence (not "Co. Ltd")
_CO_THEN_SENTENCE = re.compile(r" Co\. (?!Ltd|Limited)[A-Z][a-z]+$")


def apposed(text: str, end: int) -> bool:
    """The name ending at ``end`` is followed by what the firm is ("Tian'e, Harbin's largest
    taxi company"): a firm, though its name be a place's."""
    return text.startswith(",", end) and _APPOSED.match(text, end) is not None


# "a strike at parts supplier X", "the walkout at X": the firm whose workers struck
_STRUCK_BEFORE = re.compile(
    r"\b(?:strike|walkout|stoppage|sit-in)s?\s+(?:by\s+(?:workers|staff|employees)\s+)?at\s+"
    r"(?:(?:the|its|a)\s+)?(?:[a-z-]+\s+){0,2}$"
)


# "laptop maker Quanta", "electronics giant X": the kind of firm, then its name
_MAKER_BEFORE = re.compile(
    r"\b(?:maker|giant|manufacturer|producer|assembler|retailer|app|brand|firm|chain)\s+$|"
    # "hundreds of workers at HK toy factory Kin Wah": the kind of works, then its name
    r"\b(?:factory|plant|contractor|subcontractor|developer)\s+$|"
    # "Company named as X", "Company: X": the firm named after a label
    r"\b(?:company|firm|employer|operator|factory|plant)(?: was| is)? (?:named|identified)(?: as)?\s+$|"
    r"\b(?:company|firm|employer|operator):\s+$"
)
# "Contractor Yunlong Construction", "Developer X": the role at a sentence's head, then the name
_ROLE_LEAD = ("contractor ", "subcontractor ", "developer ", "employer ", "supplier ", "operator ")
# "a kindergarten chain (Xiaoxing Education)": the kind of firm, then its name in brackets
_KIND_BRACKET = re.compile(
    r"\b(?:chain|company|firm|maker|manufacturer|supplier|factory|plant|contractor|subcontractor|"
    r"developer|operator|employer|school|platform|group)\s*\($"
)
# "Translated from Zhihu", "reposted from Weibo": where the post was found
_SOURCE_BEFORE = re.compile(r"\b(?:translated|reposted|taken|screenshot|clip|video|via)\s+(?:from|on)\s+$")
# "Contractor Yunlong Construction", "Developer X": the role at a sentence's head, then the name
_ROLE_LEAD = ("contractor ", "subcontractor ", "developer ", "employer ", "supplier ", "operator ")
# "a kindergarten chain (Xiaoxing Education)": the kind of firm, then its name in brackets
_KIND_BRACKET = re.compile(
    r"\b(?:chain|company|firm|maker|manufacturer|supplier|factory|plant|contractor|subcontractor|"
    r"developer|operator|employer|school|platform|group)\s*\($"
)
# "Translated from Zhihu", "reposted from Weibo": where the post was found
_SOURCE_BEFORE = re.compile(r"\b(?:(?:translated|reposted|taken|screenshot|clip|video)\s+(?:from|on)|via)\s+$")
# "a subcontractor supplying X", "a supplier to X": X is the client, not the employer
_CLIENT_BEFORE = re.compile(
    r"\b(?:supplying|supplies|supplier to|suppliers to|supplier for|subcontractor for|"
    # "jointly owned by Honda affiliate Yutaka Giken": an owner, not the employer
    r"(?:jointly |co-)owned by|(?:jointly |co-)owned by [a-z]+ affiliate|joint venture (?:of|between)|"
    r"contractor for|subcontractor to|"
    # "a garment maker that sews for Uniqlo", "a maker of phone casings for Samsung": the client
    r"(?:sews?|sewing|(?:maker|manufacturer|producer|supplier)s?\s+of\s+[\w\s-]{1,30}?)\s+for)"
    r"\s+(?:the\s+)?(?:state-owned\s+|state-run\s+)?$"
)

# What the window before a name ends in (less its trailing spaces) for each of these patterns,
# which end in \s+$, to find anything there: a test of its end, faster than a search through
# it, comes first. (_EMPLOYER_BEFORE and _STRUCK_BEFORE may end in any word.)
_SOURCE_ENDS = ("from", "on", "via")
_APPOSITION_ENDS = (",",)
_MAKER_ENDS = ("maker", "giant", "manufacturer", "producer", "assembler", "retailer", "app", "brand",
               "firm", "chain", "factory", "plant", "contractor", "developer", "named", "identified",
               "as", ":")
_CLIENT_ENDS = ("supplying", "supplies", "to", "for", "by", "affiliate", "of", "between", "the",
                "state-owned", "state-run")
_PERSON_ENDS = ("boss", "owner", "manager", "chairman", "foreman", "director", "mr", "mr.", "ms",
                "ms.", "mrs", "mrs.")
# the words _EMPLOYER_BEFORE ends in before its last two words at most
_EMPLOYER_ENDS = ("at", "for", "employer", "employer,", "by", "against", "from", "of")
# every match of _STRUCK_BEFORE holds one of these
_STRUCK_WORDS = ("strike", "walkout", "stoppage", "sit-in")


def _employer_before(before: str) -> bool:
    """``_EMPLOYER_BEFORE.search(before)``, tried only where one of the last three words ends in
    one of its words (two words may follow it)."""
    return any(w.endswith(_EMPLOYER_ENDS) for w in before.split()[-3:]) and bool(
        _EMPLOYER_BEFORE.search(before)
    )


def _owes_after(text: str, end: int) -> bool:
    """``_OWES_AFTER`` right after the name (tried only where one of the words that each of its
    matches holds follows: owe, paid, pay)."""
    window = text[end : end + 60]
    return ("owe" in window or "paid" in window or "pay" in window) and bool(
        _OWES_AFTER.match(text, end)
    )


def _pieces(text: str) -> Iterator[tuple[int, str]]:
    """The capitalised runs of ``text`` (start, run), each cut at the end of its sentence:
    "in Kunming. Contractor Yunlong Construction owes us" gives both runs."""
    for m in EN_NAME.finditer(text):
        start, name = m.start(), m.group()
        while "." in name and (stop := _SENTENCE_DOT.search(name)):  # "on Friday. The mine": a sentence ends
            yield start, name[: stop.start()]
            start, name = start + stop.end(), name[stop.end() :]
        yield start, name


_PLURAL_POSSESSIVE = re.compile(r"s'(?=[ \t]|$)")


def english(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if not _UPPER.search(text):
        return out
    # (every match of _STRUCK_BEFORE holds one of its words: looked for once in the whole text,
    # lower-cased as the window before a name is)
    low_text = text.lower()
    struck = any(w in low_text for w in _STRUCK_WORDS)
    owes = "owe" in text or "paid" in text or "pay" in text  # (_owes_after: the same words)
    for start, name in _pieces(text):
        if start and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # "iPhone plant": a capital inside a word begins no name
        if "'" in name and (plural := _PLURAL_POSSESSIVE.search(name)):
            name = name[: plural.start() + 1]  # "Samwon Electronics' Korean managers"
        while name.endswith("'s") or (
            " " in name and name.rsplit(" ", 1)[1].lower() in ("of", "and", "&")
        ):
            name = name[:-2] if name.endswith("'s") else name.rsplit(" ", 1)[0]
        if " Co. " in name and (co := _CO_THEN_SENTENCE.search(name)) and text[
            start + len(name) : start + len(name) + 2
        ].rstrip().islower():
            name = name[: co.start() + 4]  # "… Engineering Co. Investigators tested": a sentence ends
        end = start + len(name)
        low = name.lower()
        if " mine of " in low:  # the Daping Mine of Zhengzhou Coal Group: the firm employs
            cut = low.index(" mine of ") + len(" mine of ")
            start, low = start + cut, low[cut:]
        if low.startswith(_ROLE_LEAD) and " " in low[:14]:
            cut = low.index(" ") + 1  # "Contractor Yunlong Construction owes us"
            start, low = start + cut, low[cut:]
        changed = low.startswith(EN_LEAD)  # else the loop would change nothing
        while changed:
            changed = False
            for lead in EN_LEAD:
                if low.startswith(lead):
                    start += len(lead)
                    low = low[len(lead) :]
                    changed = True
        bare = low.removesuffix(".")
        if not low or bare in EN_NOT or bare.removesuffix("s") in EN_NOT or len(low) < 3 or low.endswith(_OWNED):
            continue  # "Chinese-owned" alone is whose it is, not its name
        if EN_HOLIDAYS.match(low):
            continue  # "go home for the New Year": a holiday, not a firm
        before = text[max(0, start - 40) : start].lower()
        after = text[end : end + 20].lower()
        # "Coal truck drivers": a trade word alone is no name
        suffixed = " " in low and has_en_suffix(low, max(0, len(low) - 24))
        # (_CLIENT_BEFORE, _MAKER_BEFORE, _APPOSITION, _EMPLOYER_BEFORE and _PERSON_BEFORE end in
        # \s+$: skipped unless the window ends in a space; a name with no strength needs no
        # other test)
        spaced = before[-1:].isspace()
        tail = before.rstrip() if spaced else ""  # (what the \s+$ patterns need it to end in)
        strength = 0
        if tail.endswith(_SOURCE_ENDS) and _SOURCE_BEFORE.search(before):
            continue  # "Translated from Zhihu": where the post was found, not who employs
        if (suffixed or (tail.endswith(_APPOSITION_ENDS) and _APPOSITION.search(before))
                or (tail.endswith(_MAKER_ENDS) and _MAKER_BEFORE.search(before))
                or (text.startswith(")", end) and _KIND_BRACKET.search(before))
                or (owes and _owes_after(text, end))):
            strength = 3
        elif (spaced and _employer_before(before)) or (
            (after[:1].isspace() or after[:1] in "',")
            and _WORKERS_AFTER.match(after if after[:1] != "'" else text[end : end + 44].lower())
        ) or (after[:1] == "," and _APPOSED.match(text, end)) or (spaced and outside_premises(before, text, end)):
            strength = 2
        if spaced and ("employ" in tail or "hired" in tail or "payroll" in tail):
            strength = 4 if _HIRED_BEFORE.search(before) else strength  # "was employed by X"
        if spaced and " by" in tail and "'s" not in name and _RUN_BY.search(before):
            strength = 4  # "the state-owned mine, run by X": the operator employs its miners (not
            # "run by X's Handan unit": a unit, unnamed, of a group)
        if spaced and "'s" not in name and works_owner(tail, before):
            strength = 4  # "the mine, owned by X", "the mine belongs to state-run X": its owner employs
        if struck and spaced and any(w in before for w in _STRUCK_WORDS) and _STRUCK_BEFORE.search(before):
            strength = 5  # "idle after a strike at parts supplier X": X is where they struck
        if not strength:
            continue
        if EN_NOT_AFTER.match(after) and not (suffixed and _WORKS_AFTER.match(after)):
            continue  # (a firm's works: "a China Railway Group project")
        if not suffixed and _SITE_AFTER.match(text, end):
            continue  # "the Sunshine City housing project", "the Kerry Centre phase II site"
        if (tail.endswith(_CLIENT_ENDS) and _CLIENT_BEFORE.search(before)) or OTHER_EVENT_EN.search(
            sentence_before(text, start)
        ):
            continue  # "a subcontractor supplying X", "the latest in a wave that began at X"
        if not suffixed and tail.endswith(_PERSON_ENDS) and _PERSON_BEFORE.search(before):
            continue
        out.append(Candidate(start, end, strength))
    return out


def _other_event_en(norm: str, c: Candidate) -> bool:
    """A Latin name told as another firm's event or as the client (see english())."""
    if not norm[c.start : c.start + 1].isascii():
        return False
    before = norm[max(0, c.start - 40) : c.start].lower()
    return bool((before[-1:].isspace() and before.rstrip().endswith(_CLIENT_ENDS)
                 and _CLIENT_BEFORE.search(before))
                or OTHER_EVENT_EN.search(sentence_before(norm, c.start)))


_MINE_OF = re.compile(r"mine of (?:the )?(?:state-owned |state-run |privately owned )?")


# "Hengda Coal, part of the provincial Fuxin Mining Group", "Lida Knitting in Boluo county -
# an indirect subsidiary of …", "Yuda belongs to the Baolong group": the part employs, not the
# whole
PART_OF_EN = re.compile(
    r"(?:\s+in\s+[A-Z][\w']*(?:\s+[\w']+){0,2}?(?:,\s+[A-Z][\w']+)?)?"
    r"(?:(?:,|\s+[-–—])\s+(?:(?:a|an|the)\s+)?(?:(?:indirect|wholly[- ]owned|listed|local)\s+)?"
    r"(?:part|subsidiary|unit|division|arm|member|affiliate|branch)\s+of\b"
    r"|\s+(?:belongs to|is part of|is owned by|is a (?:subsidiary|unit|division) of)\b)",
    re.I,
)


_NOT_PARTS = frozenset({"It", "This", "That", "The", "He", "She", "They", "Which", "Its", "Their"})


def parts_named(text: str) -> list[Candidate]:
    """A capitalised name told as part of another firm ("Lida Knitting in Boluo county - an
    indirect subsidiary of …", "Yuda belongs to the Baolong group"): a firm, the one that
    employs (:data:`PART_OF_EN`)."""
    if " of" not in text and "belongs" not in text and "owned by" not in text:
        return []
    return [Candidate(start, start + len(name), 3) for start, name in _pieces(text)
            if name.split()[0] not in _NOT_PARTS and PART_OF_EN.match(text, start + len(name))]


# "the Shaodong education bureau", "the Renqiu public bus company", "the flooded Xinyuan
# colliery", "the Nujiang transport group": a definite body, named by its place or its own
# name and then, in lower case, what it is (not "the Wujin district emergency management
# bureau": an office workers complain to, whose words are not among these)
_THE_NAMED = re.compile(
    r"\b[Tt]he (?:(?:flooded|collapsed|bankrupt|state-owned|state-run|local) )?"
    r"([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?(?: (?!in\b|on\b|at\b|of\b|and\b|or\b|said\b|was\b|is\b)[a-z-]+){0,3}? "
    r"(?:education bureau|bus company|transport group|oilfield|colliery|coal mine|mine|fireworks factory|"
    r"radio and television station|radio (?:and|&) (?:TV|television) bureau|power station|power plant))\b"
)

# what each match of _THE_NAMED ends in holds one of these
_THE_NAMED_WORDS = re.compile(
    "bureau|bus company|bus group|transport group|oilfield|colliery|mine|factory|station|power plant|"
    "department|sanitation company"
)


# "the prefecture's transport group", "the city bus company": a public firm named only by the
# level of government it belongs to (the weakest name: where nothing better is named); not "the
# city education bureau", where teachers gather to be heard
_THE_LEVEL = re.compile(
    r"\b[Tt]he ((?:city|county|district|municipal|prefecture|city's|county's|district's|"
    r"prefecture's) (?:transport group|bus company|public bus company|bus group|"
    r"sanitation department|sanitation company))\b"
)


def the_named(text: str) -> list[Candidate]:
    """A definite body named by its place or name, then what it is in lower case; or named only
    by its level of government (the weakest)."""
    if ("the " not in text and "The " not in text) or not _THE_NAMED_WORDS.search(text):
        return []  # (every match holds one of these words)
    return [Candidate(m.start(1), m.end(1), 2) for m in _THE_NAMED.finditer(text)
            if not EN_NOT_AFTER.match(text[m.end(1) : m.end(1) + 24])] + [  # "the X coal mine project"
        Candidate(m.start(1), m.end(1), 1) for m in _THE_LEVEL.finditer(text)]


# (the look-behind, not after a Latin letter, follows the first letter, so that a search
# skips to capitals)
_LATIN_BRAND = re.compile(
    r"([A-Z](?<![A-Za-z].)[A-Z0-9&]{1,9})(?=[\u4e00-\u9fff]{0,6}?(?:工厂|公司|集团|厂))"
)


def latin_brand(text: str) -> list[Candidate]:
    """A Latin brand glued to Chinese words: IBM深圳工厂, LG电子公司."""
    if "厂" not in text and "公司" not in text and "集团" not in text:
        return []  # (every match is followed by one of them)
    return [Candidate(m.start(1), m.end(1), 3) for m in _LATIN_BRAND.finditer(text)]


def gloss(text: str, c: Candidate, cands: list[Candidate]) -> bool:
    """Jinhuan Construction Co., Ltd. (甘肃金寰建设工程有限公司): a name in another script, in
    brackets right after the name, glosses it."""
    i = c.start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == 0 or text[i - 1] not in "(（":
        return False
    return any(o.start < o.end <= i - 1 and _GLOSSED.fullmatch(text, o.end, i - 1)
               and text[o.start:o.end].isascii() != text[c.start:c.end].isascii() for o in cands)


_GLOSSED = re.compile(r"[ ,.]*(?:Ltd|Inc|LLC|Corp)?\.?\s*")


def past_possessive(text: str, places: list[Span]) -> Callable[[Candidate], Candidate]:
    """"Gansu's Second Geological Exploration Institute": the name begins after the place's."""

    def past(c: Candidate) -> Candidate:
        for ps, pe in places:
            if ps == c.start and text.startswith("'s ", pe) and pe + 6 < c.end:
                return Candidate(pe + 3, c.end, c.strength)
        return c

    return past
