"""Round 26: demands told in everyday wording (made-up sentences).

The round's rules read: wages with no word of when they come (没个准话, 不给个说法, 没着落:
wage arrears), and a firm gone under with a word between (厂子直接倒了, "after the company
collapsed": relocation and closure).
"""

from __future__ import annotations

import pytest

from tests.engine.reading import record

TOLD = {
    "wage_arrears": [  # wages with no word of when they come
        "南宁几百名环卫工人今天集体罢工，在区政府门口聚集，工资到现在还是没个准话。",
        "芜湖一家电子厂三百多个工人今天堵在厂门口，两个月工资不给个说法谁也不走。",
        "佛山一間傢俬廠兩百多名工人今日罷工，三個月工資到現在都沒個準話。",
    ],
    "relocation_closure": [  # a firm gone under with a word between
        "嘉兴这边一家鞋厂，过完年大家刚回来，厂子直接倒了，三百多人堵在门口要工资。",
        "我们几百个工友今天在镇政府门口坐着，公司突然倒了，工资一分没结。",
        "About 400 workers at a Jiangmen furniture maker blocked a road on Tuesday, demanding "
        "three months of unpaid wages after the company collapsed.",
    ],
}
POSITIVE = [(text, code) for code, texts in TOLD.items() for text in texts]


@pytest.mark.parametrize(("text", "code"), POSITIVE)
def test_demand_told_in_everyday_words(text: str, code: str) -> None:
    r = record(text)
    assert r["is_incident"], text
    assert code in r["demands"], (text, r["demands"])


@pytest.mark.parametrize(("text", "code"), [
    # a raise with no word, no wages owed
    ("三百多名工人今天停工，涨工资的事厂里一直没个准话。", "wage_arrears"),
    # a plant's building fell: an accident, no closure
    ("昨天下午暴雨，一家鞋厂的厂房突然倒了，两名工人被压伤送医。", "relocation_closure"),
    # a doubting question, the firm still there
    ("几百号工人堵着大门要工资，这么大的企业就这么倒了？", "relocation_closure"),
    # a worker collapsed, not the firm
    ("Some 200 workers struck on Monday after a colleague collapsed on the line; they want "
     "shorter shifts.", "relocation_closure"),
])
def test_not_read_as_a_claim(text: str, code: str) -> None:
    r = record(text)
    assert code not in r["demands"], (text, r["demands"])
