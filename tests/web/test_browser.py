"""The site in a real headless Chromium: the Strike Map filtered by province and industry, an
incident page, 中文, a CSV download read back; phone-sized and keyboard use; no console
errors. Screenshots go to test-output/."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from labourmap.db import Database

from .browser import OUTPUT, chromium, console_errors, live_server, waiter
from .site_data import PHONE, make_app

pytestmark = pytest.mark.browser


@pytest.fixture
def site(sqlite_db: Database, tmp_path: Path) -> Iterator[str]:
    with live_server(make_app(sqlite_db, tmp_path)) as base:
        yield base


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    (tmp_path / "downloads").mkdir()
    with chromium(tmp_path / "downloads") as drv:
        yield drv


def wait(driver: Any, condition: Any, timeout: float = 15) -> Any:
    return waiter(driver, timeout).until(condition)


def ready(driver: Any) -> None:
    wait(driver, lambda d: d.execute_script(
        "return document.body.getAttribute('data-ready')") == "1")


def text_of(driver: Any, css: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, css).text)


def listed(driver: Any) -> list[str]:
    links = driver.find_elements(By.CSS_SELECTOR, "#incident-list li a")
    return [a.get_attribute("href").split("/incidents/")[1].split("?")[0] for a in links]


def test_strike_map_filters_incident_page_chinese_and_csv(site: str, driver: Any,
                                                          tmp_path: Path) -> None:
    OUTPUT.mkdir(exist_ok=True)
    driver.get(f"{site}/?date_from=&lang=en")
    ready(driver)
    assert text_of(driver, "#result-count") == "4 incidents"
    assert driver.find_elements(By.CSS_SELECTOR, "#map path.leaflet-interactive")
    assert driver.find_element(By.CSS_SELECTOR, "#chart-time canvas")
    driver.save_screenshot(str(OUTPUT / "strike-map.png"))

    Select(driver.find_element(By.ID, "f-province")).select_by_value("440000")
    wait(driver, lambda d: text_of(d, "#result-count") == "3 incidents")
    wait(driver, lambda d: len(Select(d.find_element(By.ID, "f-city")).options) > 10)
    driver.find_element(By.CSS_SELECTOR, "#f-industry summary").click()
    driver.find_element(By.CSS_SELECTOR, "#f-industry input[value='manufacturing']").click()
    wait(driver, lambda d: text_of(d, "#result-count") == "2 incidents")
    ready(driver)
    assert listed(driver) == ["gd-factory-2", "gd-factory"]
    url = driver.current_url
    assert "province=440000" in url and "industry=manufacturing" in url

    driver.get(url)  # the URL holds the view
    ready(driver)
    assert text_of(driver, "#result-count") == "2 incidents"
    assert driver.find_element(By.CSS_SELECTOR,
                               "#f-industry input[value='manufacturing']").is_selected()
    driver.save_screenshot(str(OUTPUT / "strike-map-filtered.png"))

    driver.find_element(By.CSS_SELECTOR, "#incident-list li a[href*='gd-factory?']").click()
    wait(driver, lambda d: "/incidents/gd-factory" in d.current_url)
    ready(driver)
    assert text_of(driver, "h1") == "Yue Yuen shoe workers strike"
    assert "Foreign-invested" in text_of(driver, "#coded-fields")
    assert PHONE not in driver.page_source
    driver.save_screenshot(str(OUTPUT / "incident.png"))

    driver.find_element(By.ID, "lang-zh").click()
    wait(driver, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-Hans")
    ready(driver)
    assert text_of(driver, "h1") == "东莞裕元工人罢工"
    fields = text_of(driver, "#coded-fields")
    assert "制造业" in fields and "罢工/停工" in fields and "行业" in fields

    driver.get(url.replace("lang=en", "lang=zh"))
    ready(driver)
    assert text_of(driver, "#result-count") == "2 起事件"
    assert "制造业" in text_of(driver, "#f-industry")
    driver.find_element(By.ID, "download-csv").click()
    downloads = tmp_path / "downloads"
    wait(driver, lambda d: [p for p in downloads.glob("*.csv")])
    path = next(downloads.glob("*.csv"))
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert {r["uid"] for r in rows} == {"gd-factory", "gd-factory-2"}
    assert all(r["province"] == "440000" and r["industry"] == "manufacturing" for r in rows)
    assert console_errors(driver) == []


def test_phone_sized_and_keyboard(site: str, tmp_path: Path) -> None:
    (tmp_path / "dl").mkdir()
    with chromium(tmp_path / "dl", width=390, height=844) as driver:
        driver.get(f"{site}/calls?lang=zh")
        ready(driver)
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1
        body = driver.find_element(By.TAG_NAME, "body")
        body.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        assert active.get_attribute("class") == "skip"
        province = driver.find_element(By.ID, "f-province")
        province.send_keys(Keys.END)  # the keyboard alone picks a province
        wait(driver, lambda d: "province=" in d.current_url)
        driver.save_screenshot(str(OUTPUT / "calls-phone.png"))
        driver.get(f"{site}/incidents/cd-help")
        ready(driver)
        assert driver.execute_script(
            "return document.documentElement.scrollWidth - window.innerWidth") <= 1
        assert console_errors(driver) == []


def palette_colour(driver: Any, field: str, code: str) -> str:
    """The colour the map gives ``code`` of ``field`` (the page's palette and code order)."""
    return str(driver.execute_script(
        "var c = LM.config(), i = c.order[arguments[0]].indexOf(arguments[1]);"
        "return LM.PALETTE[i % LM.PALETTE.length];", field, code))


def cluster_colours(driver: Any) -> list[set[str]]:
    """The colours of the ring of every cluster icon on the map."""
    return [{c.get_attribute("stroke") for c in icon.find_elements(
        By.CSS_SELECTOR, "g circle")} for icon in driver.find_elements(
        By.CSS_SELECTOR, "#map .lm-cluster svg")]


def test_clusters_show_the_mix_and_prefectures_are_shaded(site: str, driver: Any) -> None:
    OUTPUT.mkdir(exist_ok=True)
    driver.get(f"{site}/?date_from=&lang=en&color=demands")
    ready(driver)
    assert driver.find_elements(By.CSS_SELECTOR, "#map path.region-440000")
    assert not driver.find_elements(By.CSS_SELECTOR, "#map path.region-441900")
    # Zoom in on the Pearl River Delta: prefectures replace provinces, incidents become points.
    driver.execute_script("LM.currentMap.setView([22.8, 113.8], 8)")
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#map .lm-cluster svg"))
    wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#map path.region-441900"))
    assert not driver.find_elements(By.CSS_SELECTOR, "#map path.region-440000")
    shades = driver.execute_script("return LM.SHADES")
    dongguan = driver.find_element(By.CSS_SELECTOR, "#map path.region-441900")
    wait(driver, lambda d: dongguan.get_attribute("fill") in shades)  # 2 incidents
    guangzhou = driver.find_element(By.CSS_SELECTOR, "#map path.region-440100")
    assert guangzhou.get_attribute("fill") == "#f4f2ee"  # none
    # Dongguan's two strikes form one cluster: a ring in the colours of their first demands.
    pay, severance = (palette_colour(driver, "demands", c) for c in ("pay", "severance"))
    assert cluster_colours(driver) == [{pay, severance}]
    icon = driver.find_element(By.CSS_SELECTOR, "#map .lm-cluster")
    assert icon.get_attribute("tabindex") == "0" and icon.get_attribute("role") == "button"
    assert driver.find_element(By.CSS_SELECTOR, "#map .lm-cluster svg").get_attribute(
        "aria-label") == "2 incidents"
    legend = text_of(driver, "#legend")
    assert "Severance" in legend and "Rings" in legend
    driver.save_screenshot(str(OUTPUT / "strike-map-clusters.png"))
    # Colour by industry instead: both are manufacturing, so the ring has one colour.
    Select(driver.find_element(By.ID, "f-color")).select_by_value("industry")
    manufacturing = palette_colour(driver, "industry", "manufacturing")
    wait(driver, lambda d: cluster_colours(d) == [{manufacturing}])
    assert "color=industry" not in driver.current_url  # industry is the default
    assert "Manufacturing" in text_of(driver, "#legend")
    assert console_errors(driver) == []


def test_charts_switch_between_counts_percentages_months_and_years(site: str,
                                                                   driver: Any) -> None:
    driver.get(f"{site}/?date_from=&lang=en")
    ready(driver)

    def option(chart: str) -> Any:
        return driver.execute_script(
            "return echarts.getInstanceByDom(document.getElementById(arguments[0]))"
            ".getOption()", chart)

    assert option("chart-time")["xAxis"][0]["data"][:2] == ["2020-05", "2020-06"]
    assert option("chart-time")["series"][0]["data"][0] == 1
    driver.find_element(By.CSS_SELECTOR, "input[name='period'][value='year']").click()
    wait(driver, lambda d: option("chart-time")["xAxis"][0]["data"] == ["2020", "2021"])
    assert option("chart-time")["series"][0]["data"] == [1, 3]
    driver.find_element(By.CSS_SELECTOR, "input[name='measure'][value='percent']").click()
    wait(driver, lambda d: option("chart-time")["series"][0]["data"] == [25, 75])
    assert option("chart-industry")["xAxis"][0]["name"] == "Share (%)"
    industry = option("chart-industry")
    shares = dict(zip(industry["yAxis"][0]["data"], industry["series"][0]["data"],
                      strict=True))
    assert shares["Manufacturing"] == 50 and shares["Construction"] == 25
    driver.get(f"{site}/?date_from=&lang=zh")
    ready(driver)
    assert option("chart-industry")["yAxis"][0]["data"][-1] == "制造业"
    assert console_errors(driver) == []
