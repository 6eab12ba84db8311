"""The gazetteer as its users rely on it: codes, names, aliases, nesting, points."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from labourmap.places import COMMON_WORD_SHORTS, Division, Gazetteer, GazetteerMissing
from labourmap.places.gazetteer import DATA_FILE, get_gazetteer

# China's bounding box, with the South China Sea islands (Sansha) and Taiwan inside.
LAT, LON = (3.0, 54.0), (73.0, 136.0)


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    if not DATA_FILE.exists():  # normally `make` built it; build from the installed packages
        from labourmap.places.build import main

        assert main([]) == 0
    return get_gazetteer()


def must(div: Division | None) -> Division:
    assert div is not None
    return div


def codes(divs: list[Division]) -> list[str]:
    return [d.code for d in divs]


def test_units_created_since_2016_are_there(gz: Gazetteer) -> None:
    assert must(gz.get("520281")).name_zh == "盘州市"
    assert must(gz.get("440310")).name_zh == "坪山区"
    assert must(gz.get("610881")).name_zh == "神木市"
    assert must(gz.get("653229")).name_zh == "和安县"  # Dec 2024


def test_counts_by_level(gz: Gazetteer) -> None:
    assert len(list(gz.all("province"))) == 34
    assert 330 <= len(list(gz.all("prefecture"))) <= 345
    assert 2800 <= len(list(gz.all("county"))) <= 3100
    assert len(list(gz.all("town"))) > 38000
    with pytest.raises(ValueError):
        list(gz.all("city"))


def test_old_names_and_codes_resolve_to_the_successor(gz: Gazetteer) -> None:
    assert codes(gz.search("盘县")) == ["520281"]
    assert codes(gz.search("神木县")) == ["610881"]
    assert [d.name_zh for d in gz.search("横县")] == ["横州市"]
    assert must(gz.get("520222")).code == "520281"  # 盘县's code
    assert must(gz.get("610821")).code == "610881"
    assert must(gz.get("139001")).code == "130682"  # 定州市 renumbered
    assert "盘县" in must(gz.get("520281")).aliases
    assert ("盘县", gz.get("520281")) in list(gz.aliases())
    # a prefecture turned district: 莱芜市 -> 济南市莱芜区, and its old district with it
    assert must(gz.get("371200")).code == must(gz.get("371202")).code == "370116"


def test_a_merged_unit_resolves_to_what_contains_it(gz: Gazetteer) -> None:
    # 江干区 was split between districts: no single successor, so its city, never a guess
    assert must(gz.get("330104")).code == "330100"
    assert codes(gz.search("江干区")) == ["330100"]
    # 芜湖县 became 湾沚区, a new name: not the development zone that shares its prefix
    assert must(gz.get("340221")).code == "340200"


def test_lookup_by_code_and_chinese_name_with_or_without_suffix(gz: Gazetteer) -> None:
    renqiu = gz.get("130982")
    assert renqiu is not None and renqiu.name_zh == "任丘市" and renqiu.short_zh == "任丘"
    assert renqiu.level == "county" and renqiu.parent == "130900"
    assert codes(gz.search("任丘市")) == codes(gz.search("任丘")) == ["130982"]
    assert codes(gz.search("130982")) == ["130982"]
    assert codes(gz.search("内蒙古")) == codes(gz.search("内蒙古自治区")) == ["150000"]
    assert codes(gz.search("恩施州")) == ["422800"]  # the everyday form of 恩施土家族苗族自治州
    assert gz.get("999999") is None and gz.search("不存在的地方") == []


def test_a_one_character_stem_is_no_name(gz: Gazetteer) -> None:
    assert must(gz.get("320322")).short_zh == "沛县"
    assert gz.search("沛") == []


def test_everyday_words_need_their_suffix(gz: Gazetteer) -> None:
    assert {"和平", "公安", "上街"} <= COMMON_WORD_SHORTS
    assert gz.search("和平") == []
    assert codes(gz.search("和平区")) == ["120101", "210102"]
    assert [d.name_zh for d in gz.search("公安县")] == ["公安县"]


def test_lookup_by_english_name(gz: Gazetteer) -> None:
    assert codes(gz.search("Renqiu")) == codes(gz.search("renqiu city")) == ["130982"]
    assert codes(gz.search("Bao'an District")) == ["440306"]
    assert codes(gz.search("baoan district")) == ["440306"]
    assert codes(gz.search("Jilin Province")) == ["220000"]
    assert set(codes(gz.search("Jilin"))) >= {"220000", "220200"}
    assert codes(gz.search("Shaanxi")) == ["610000"]
    assert codes(gz.search("Shanxi")) == ["140000"]
    assert codes(gz.search("hong kong")) == ["810000"]


def test_english_names_follow_the_conventions(gz: Gazetteer) -> None:
    en = {c: must(gz.get(c)).name_en for c in (
        "610000", "150000", "540000", "810000", "820000", "450000", "640000", "650000",
        "230100", "650100", "150100", "540100", "110000", "440100", "500000", "350200",
        "340300", "341500", "430100", "610100", "440306", "130982", "422800", "150724",
        "140400", "411100")}
    assert en["610000"] == "Shaanxi" and en["150000"] == "Inner Mongolia"
    assert en["540000"] == "Tibet" and en["810000"] == "Hong Kong" and en["820000"] == "Macao"
    assert (en["450000"], en["640000"], en["650000"]) == ("Guangxi", "Ningxia", "Xinjiang")
    assert (en["230100"], en["650100"], en["150100"], en["540100"]) == (
        "Harbin", "Urumqi", "Hohhot", "Lhasa")
    assert (en["110000"], en["440100"], en["500000"], en["350200"]) == (
        "Beijing", "Guangzhou", "Chongqing", "Xiamen")
    assert (en["340300"], en["341500"], en["430100"], en["610100"]) == (
        "Bengbu", "Lu'an", "Changsha", "Xi'an")
    assert en["440306"] == "Bao'an District" and en["130982"] == "Renqiu"
    assert en["422800"] == "Enshi Tujia and Miao Autonomous Prefecture"
    assert en["150724"] == "Evenki Autonomous Banner"
    assert (en["140400"], en["411100"]) == ("Changzhi", "Luohe")  # polyphonic 长, 漯


def test_ambiguous_names_return_every_candidate(gz: Gazetteer) -> None:
    chaoyang = codes(gz.search("朝阳区"))
    assert len(chaoyang) >= 2 and {"110105", "220104"} <= set(chaoyang)
    assert len(gz.search("鼓楼区")) >= 3
    assert codes(gz.search("鼓楼区", within="350000")) == ["350102"]  # Fuzhou's
    assert codes(gz.search("朝阳区", within="110000")) == ["110105"]
    assert set(codes(gz.search("Chaoyang District"))) >= {"110105", "220104"}
    assert "211300" in codes(gz.search("Chaoyang"))  # 朝阳市 as well as the districts
    assert codes(gz.search("朝阳", levels={"prefecture"})) == ["211300"]


def test_hierarchy(gz: Gazetteer) -> None:
    assert must(gz.parent("130982")).code == "130900"
    assert must(gz.province_of("130982")).code == "130000"
    assert [a.code for a in gz.ancestors("130982")] == ["130900", "130000"]
    assert "130982" in codes(gz.children("130900"))
    assert gz.check_hierarchy("130000", "130900", "130982") == []
    problems = gz.check_hierarchy("130000", "130100", "130982")
    assert len(problems) == 1 and "130982" in problems[0] and "130100" in problems[0]
    assert gz.check_hierarchy("440000", "130900", None)[0].startswith("city 130900")
    assert "not a known division code" in gz.check_hierarchy(None, None, "999999")[0]
    assert "province-level" in gz.check_hierarchy("130900", None, None)[0]
    assert gz.check_hierarchy(None, None, None) == []


def test_city_of_municipalities_and_directly_administered_units(gz: Gazetteer) -> None:
    assert must(gz.city_of("110105")).code == "110000"
    assert must(gz.city_of("500229")).code == "500000"  # 城口县
    assert must(gz.city_of("110000")).code == "110000"
    assert must(gz.city_of("130982")).code == "130900"
    assert must(gz.city_of("130900")).code == "130900"
    assert gz.city_of("130000") is None
    for code in ("419001", "429004", "469001", "659001"):  # 济源, 仙桃, 五指山, 石河子
        assert must(gz.city_of(code)).code == code
        assert gz.check_hierarchy(code[:2] + "0000", code, code) == []
    assert gz.check_hierarchy("410000", "419000", "419001") == []  # NBS grouping code
    assert gz.check_hierarchy("110000", "110000", "110105") == []
    assert must(gz.get("110100")).code == "110000"  # 市辖区 code
    assert gz.check_hierarchy("440000", "441900", "441900") == []  # 东莞: no counties


def test_towns_sit_under_their_county(gz: Gazetteer) -> None:
    town = gz.get("110101001")
    assert town is not None and town.name_zh == "东华门街道" and town.level == "town"
    assert town.parent == "110101" and must(gz.city_of(town.code)).code == "110000"
    assert town.name_en == "Donghuamen Subdistrict" and town.point_inherited
    assert town.point == gz.point("110101")
    guanlan = gz.search("观澜街道", within="440300")
    assert codes(guanlan) == ["440309006"] and guanlan[0].parent == "440309"  # 龙华区
    assert "441900101" in codes(gz.children("441900"))  # 石碣镇, directly under 东莞市
    assert gz.search("观澜") == [] and codes(gz.search("观澜", levels={"town"}, within="440000"))
    assert {d.level for d in gz.children("110101")} == {"town"}


def test_every_unit_has_a_plausible_point(gz: Gazetteer) -> None:
    inherited = 0
    for div in gz.all():
        assert LAT[0] <= div.lat <= LAT[1] and LON[0] <= div.lon <= LON[1], div
        if div.point_inherited:
            inherited += 1
            assert div.point == must(gz.parent(div.code)).point
    assert inherited < len(gz)
    assert not any(d.point_inherited for d in gz.all("prefecture"))
    shenzhen = gz.point("440300")
    assert shenzhen and abs(shenzhen[0] - 22.5) < 0.5 and abs(shenzhen[1] - 114.1) < 0.5
    assert must(gz.get("520281")).point_source.startswith("cpca-0.5.5:520222")


def test_outside_the_mainland_is_flagged(gz: Gazetteer) -> None:
    for code in ("810000", "820000", "710000"):
        div = gz.get(code)
        assert div is not None and div.level == "province" and not div.mainland
    assert must(gz.get("440300")).mainland
    assert sum(1 for d in gz.all("province") if d.mainland) == 31


def test_missing_data_file_says_how_to_build_it(tmp_path: Path) -> None:
    with pytest.raises(GazetteerMissing, match="labourmap.places.build"):
        Gazetteer.load(tmp_path / "absent.json.gz")
    bad = tmp_path / "old.json.gz"
    bad.write_bytes(gzip.compress(b'{"format": 0, "units": []}'))
    with pytest.raises(GazetteerMissing, match="rebuild"):
        Gazetteer.load(bad)


def test_loaded_once_and_cached(gz: Gazetteer) -> None:
    assert Gazetteer.load(DATA_FILE).get("520281") is not None
    assert get_gazetteer() is get_gazetteer()


def test_the_build_is_deterministic(tmp_path: Path) -> None:
    from labourmap.places.build import main

    assert main(["--out", str(tmp_path / "a.json.gz")]) == 0
    assert (tmp_path / "a.json.gz").read_bytes() == DATA_FILE.read_bytes()
