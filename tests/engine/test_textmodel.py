"""The text model: trained from labelled posts, read without scikit-learn, and heard by the
pipeline only where the rules leave room. Every post here is written for these tests."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from labourmap.cli.main import app as labourmap
from labourmap.cli.model import DATA, digest, training_files
from labourmap.engine.model import Post
from labourmap.engine.pipeline import extract, extract_many
from labourmap.engine.text import normalise
from labourmap.engine.textmodel import MODEL_FILE, Head, TextModel, default_model, to_dict
from labourmap.engine.training import train

ROOT = Path(__file__).resolve().parents[2]


def _gold(kind: str | None, industry: str | None = None) -> dict[str, object]:
    return {"is_incident": kind is not None, "kind": kind, "industry": industry}


STRIKES = [f"{place}{trade}的工人今天罢工，要求补发拖欠的工资。"
           for place in ("城东", "城西", "县里", "园区", "镇上")
           for trade in ("一家电子厂", "一个建筑工地", "一家纺织厂")]
BLASTS = [f"{place}{trade}昨晚发生爆炸，两名工人死亡。"
          for place in ("城东", "城西", "县里", "园区", "镇上")
          for trade in ("一家化工厂", "一座煤矿", "一家烟花厂")]
NOTICES = [f"{office}发布通知，部署今年的{topic}工作。"
           for office in ("市政府", "县人社局", "省应急厅", "区总工会", "市教育局")
           for topic in ("安全生产", "春季招聘", "培训")]
INDUSTRY = {"电子厂": "manufacturing", "建筑工地": "construction", "纺织厂": "manufacturing",
            "化工厂": "manufacturing", "煤矿": "mining", "烟花厂": "manufacturing"}


def _labelled() -> list[dict[str, object]]:
    def trade(text: str) -> str | None:
        return next((v for k, v in INDUSTRY.items() if k in text), None)

    return ([{"text": t, "gold": _gold("collective_action", trade(t))} for t in STRIKES]
            + [{"text": t, "gold": _gold("workplace_accident", trade(t))} for t in BLASTS]
            + [{"text": t, "gold": _gold(None)} for t in NOTICES])


@pytest.fixture(scope="module")
def small() -> TextModel:
    return TextModel.from_dict(train(_labelled(), {"version": 1}))


def test_a_trained_model_tells_the_kinds_of_posts_it_has_not_seen(small: TextModel) -> None:
    unseen = ["河边一家玩具厂的工人罢工，要求补发工资。",
              "山里一座铁矿今早发生爆炸，三名工人死亡。",
              "市人社局发布通知，部署明年的招聘工作。"]
    said = [o.judge("kind").label for o in small.judge([normalise(t) for t in unseen])]
    assert said == ["collective_action", "workplace_accident", "none"]


def test_a_post_is_judged_alike_alone_and_in_a_batch(small: TextModel) -> None:
    texts = [normalise(t) for t in STRIKES[:3] + BLASTS[:3] + NOTICES[:3] + ["", "罢工"]]
    together = small.judge(texts)
    for text, among in zip(texts, together, strict=True):
        alone = small.judge([text])[0]
        for head in ("kind", "industry"):
            assert alone.judge(head) == among.judge(head)


def test_the_model_survives_its_file_unchanged(small: TextModel) -> None:
    again = TextModel.from_dict(json.loads(json.dumps(
        to_dict(small.grams, small.idf.tolist(), small.heads, {}))))
    texts = [normalise(t) for t in BLASTS]
    for a, b in zip(small.judge(texts), again.judge(texts), strict=True):
        assert a.judge("kind").label == b.judge("kind").label
        assert abs(a.judge("kind").probability - b.judge("kind").probability) < 1e-4


def test_the_evidence_is_a_run_of_the_posts_own_characters(small: TextModel) -> None:
    text = "河边一家玩具厂的工人罢工，要求补发工资。"
    said = small.judge([normalise(text)])[0]
    ((start, end),) = said.spans("kind", "collective_action", normalise(text))
    assert 0 <= start < end <= len(text)
    assert text[start:end] in "".join(STRIKES)  # a cue learned from the strikes


# -- where the pipeline hears the model --------------------------------------------------

def _model(kind: tuple[str, float], industry: float = 0.0) -> TextModel:
    """A model that, of any post naming 嗯嗯, says ``kind[0]`` (or else "none") as surely as the
    weight makes it, and "mining" among three industries likewise."""
    other = "none" if kind[0] != "none" else "collective_action"
    return TextModel(["嗯嗯"], [1.0], {
        "kind": Head((kind[0], other), (0.0, 0.0), {0: (kind[1], 0.0)}),
        "industry": Head(("mining", "construction", "services"), (0.0, 0.0, 0.0),
                         {0: (industry, 0.0, 0.0)}),
    })


def _read(text: str, model: TextModel) -> dict[str, object]:
    return extract(Post(id="p", text=text), model=model).record()


LONG_STRIKE = ("东莞一家电子厂的工人今天罢工讨薪，厂门口聚了两百多人，说老板已经三个月没发工资了，"
               "大家只想拿回自己的血汗钱，工人们说拿不到钱就不复工，嗯嗯。")
LONG_TALK = ("嗯嗯，东莞那边的情况大家都知道，说来说去还是那几件事，今天就先写到这里，"
             "明天接着聊聊别的，有什么想法欢迎大家在评论区留言。")


def test_a_sure_model_sets_aside_an_incident_the_rules_found() -> None:
    assert _read(LONG_STRIKE, _model(("none", 1.0)))["is_incident"] is True  # not sure enough
    ex = extract(Post(id="p", text=LONG_STRIKE), model=_model(("none", 5.0)))
    assert ex.is_incident is False and ex.record()["province"] is None
    at = LONG_STRIKE.index("嗯嗯")
    assert ex.incident is not None and ex.incident.spans == ((at, at + 2),)


def test_the_model_never_sets_aside_an_incident_whose_dead_or_hurt_are_counted() -> None:
    blast = ("昨天下午城东一家化工厂的车间发生爆炸，造成三名工人死亡、五人受伤，伤者已送医院救治，"
             "事故原因正在调查之中，嗯嗯。")
    said = _read(blast, _model(("none", 5.0)))
    assert said["kind"] == "workplace_accident" and said["killed"] == 3


def test_a_sure_model_finds_an_incident_the_rules_missed_but_never_abroad() -> None:
    assert _read(LONG_TALK, _model(("collective_action", 1.0)))["is_incident"] is False
    found = extract(Post(id="p", text=LONG_TALK), model=_model(("collective_action", 2.0)))
    assert found.record()["kind"] == "collective_action"
    assert found.fields["kind"].spans == ((0, 2),)
    assert found.fields["kind"].confidence < 0.7  # trusted less than the rules
    abroad = LONG_TALK.replace("东莞", "香港")
    assert _read(abroad, _model(("collective_action", 5.0)))["is_incident"] is False


def test_a_sure_model_never_overrules_a_firm_reason_for_no_incident() -> None:
    sure = _model(("collective_action", 5.0))
    novel = ("连载第十二章：东莞那边的情况大家都知道，主角在厂里说来说去还是那几件事，今天就先写到"
             "这里，求收藏，明天接着更新，有什么想法欢迎大家在评论区留言，嗯嗯。")
    owners = ("嗯嗯，城南那个烂尾楼盘的业主们又在群里商量了，说来说去还是交房那几件事，购房者都"
              "等了三年，今天就先写到这里，明天接着聊聊别的，欢迎大家在评论区留言。")
    for text in (novel, owners):
        assert _read(text, _model(("collective_action", 0.0)))["is_incident"] is False
        assert _read(text, sure)["is_incident"] is False  # fiction; homeowners, no worker
    assert _read(LONG_TALK, sure)["is_incident"] is True  # nothing read either way: it may


def test_the_model_has_no_say_on_a_short_post_and_never_changes_a_kind() -> None:
    short_strike = "东莞一家电子厂的工人今天罢工讨薪，嗯嗯。"
    assert _read(short_strike, _model(("none", 5.0)))["is_incident"] is True
    assert _read("嗯嗯，东莞那边的情况大家都知道。",
                 _model(("collective_action", 5.0)))["is_incident"] is False
    assert _read(LONG_STRIKE, _model(("call_for_help", 5.0)))["kind"] == "collective_action"


def test_the_model_names_an_industry_only_where_the_rules_name_none() -> None:
    silent = "数十名员工今天集体罢工，要求补发工资，嗯嗯。"
    assert _read(silent, _model(("collective_action", 0.0)))["industry"] is None
    said = _read(silent, _model(("collective_action", 0.0), 5.0))
    assert said["industry"] == "mining"
    told = LONG_STRIKE
    assert _read(told, _model(("collective_action", 0.0), 5.0))["industry"] == "manufacturing"


def test_many_posts_read_together_as_each_alone() -> None:
    texts = STRIKES + BLASTS + NOTICES + ["香港的工人今天罢工。", ""]
    posts = [Post(id=str(i), text=t) for i, t in enumerate(texts * 10)]
    alone = [extract(p).record() for p in posts[: len(texts)]]
    assert any(r["is_incident"] for r in alone) and not all(r["is_incident"] for r in alone)
    together = [ex.record() for ex in extract_many(posts)]
    assert [r["id"] for r in together] == [p.id for p in posts]
    assert together[: len(texts)] == alone
    assert together[len(texts):2 * len(texts)] == [dict(r, id=str(int(r["id"]) + len(texts)))
                                                   for r in alone]


# -- the model that ships, and its command -----------------------------------------------

def test_the_shipped_model_was_trained_on_the_labelled_sets_as_they_are() -> None:
    shipped = ROOT / "src" / "labourmap" / "engine" / "data" / MODEL_FILE
    meta = json.loads(gzip.decompress(shipped.read_bytes()))
    files = training_files(ROOT / DATA)
    assert [f.name for f in files] == meta["files"]
    assert all(f.name.startswith("tune") for f in files)  # never dev, never a check set
    assert digest(files) == meta["data"], "eval/own changed: run `labourmap model train`"
    assert default_model() is not None


def test_model_train_writes_a_model_the_engine_reads(tmp_path: Path) -> None:
    data = tmp_path / "own"
    data.mkdir()
    rows = _labelled()
    (data / "tune1.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    (data / "check.jsonl").write_text("not json\n", encoding="utf-8")  # never read
    out = tmp_path / "model.json.gz"
    result = CliRunner().invoke(labourmap, ["model", "train", "--data", str(data),
                                            "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{len(rows)} posts from 1 files" in result.output
    model = TextModel.from_dict(json.loads(gzip.decompress(out.read_bytes())))
    assert model.judge([normalise(BLASTS[0])])[0].judge("kind").label == "workplace_accident"


def test_model_train_names_the_file_and_line_of_a_bad_line(tmp_path: Path) -> None:
    data = tmp_path / "own"
    data.mkdir()
    (data / "tune1.jsonl").write_text(
        json.dumps({"text": "x", "gold": {}}) + "\n{\"text\": \"no gold\"}\n", encoding="utf-8")
    result = CliRunner().invoke(labourmap, ["model", "train", "--data", str(data),
                                            "--out", str(tmp_path / "m.gz")])
    assert result.exit_code == 2
    assert "tune1.jsonl:2" in result.output
    assert not (tmp_path / "m.gz").exists()


POSTS = [
    "两百多名工人今天停工，说公司已经半年没有发工资，大家在门口拉横幅，要求老板出来给个说法。",
    "About 300 workers stopped work on Monday, demanding three months of unpaid wages.",
    "市人社局发布通知，部署明年的招聘工作。",
]


@pytest.mark.parametrize("rules_only", [False, True])
def test_extract_reads_with_or_without_the_model_as_the_engine_does(
    tmp_path: Path, rules_only: bool
) -> None:
    path = tmp_path / "posts.jsonl"
    path.write_text("".join(json.dumps({"id": str(i), "text": t}, ensure_ascii=False) + "\n"
                            for i, t in enumerate(POSTS)), encoding="utf-8")
    want = [extract(Post(id=str(i), text=t), rules_only=rules_only).record()
            for i, t in enumerate(POSTS)]
    flag = ["--rules-only"] if rules_only else []
    # the plain start (no Typer) and Typer's, which takes the same options
    plain = subprocess.run([sys.executable, "-m", "labourmap.cli.main", "extract", *flag,
                            str(path)], capture_output=True, text=True, check=True)
    typer_run = CliRunner().invoke(labourmap, ["extract", *flag, "--strict", str(path)])
    assert typer_run.exit_code == 0, typer_run.output
    for out in (plain.stdout, typer_run.stdout):
        assert [json.loads(line) for line in out.splitlines()] == want


def test_the_model_does_not_learn_none_from_posts_the_rules_set_abroad() -> None:
    from labourmap.engine.training import lessons

    none = {"is_incident": False}
    strike = {"is_incident": True, "kind": "collective_action"}
    posts = [
        {"text": "首尔一家汽车厂的工会今天宣布罢工三天，要求加薪。", "gold": none},
        {"text": "人社部发布通知，要求各地做好农民工工资支付工作。", "gold": none},
        {"text": "东莞一家电子厂的工人今天罢工讨薪。", "gold": strike},
    ]
    assert [p["text"][:2] for p in lessons(posts)] == ["人社", "东莞"]
