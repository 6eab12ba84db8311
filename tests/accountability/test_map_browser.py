"""The Accountability Map in a real headless Chromium: regions shaded by the chosen rate, a
region opening its unions and scorecards, 中文, the choice kept in the URL; no console errors
and nothing private on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from labourmap.db import Database
from labourmap.demo import load_all_demo
from labourmap.settings import Settings
from labourmap.web.app import create_app

from ..web.browser import chromium, console_errors, live_server, waiter

pytestmark = pytest.mark.browser


@pytest.fixture
def site(sqlite_db: Database, tmp_path: Path) -> Iterator[str]:
    load_all_demo(sqlite_db)
    app = create_app(Settings(database_url=sqlite_db.url, secret_key="k", var_dir=tmp_path),
                     db=sqlite_db)
    with live_server(app) as base:
        yield base


@pytest.fixture
def driver(tmp_path: Path) -> Iterator[Any]:
    with chromium(tmp_path) as drv:
        yield drv


def _wait(driver: Any, condition: Any) -> Any:
    return waiter(driver).until(condition)


def _ready(driver: Any) -> None:
    _wait(driver, lambda d: d.execute_script(
        "return document.body.getAttribute('data-ready')") == "1")


def _fill(driver: Any, code: str) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, f"path.region-{code}").get_attribute("fill"))


def test_map_shades_by_rate_and_opens_scorecards(site: str, driver: Any) -> None:
    driver.get(f"{site}/accountability?lang=en")
    _ready(driver)
    Select(driver.find_element(By.ID, "f-metric")).select_by_value("involved_rate")
    _ready(driver)
    # involved: Sichuan 1 of 1 case, Hebei 0 of 2, Tibet none
    sichuan, hebei, tibet = _fill(driver, "510000"), _fill(driver, "130000"), \
        _fill(driver, "540000")
    assert len({sichuan, hebei, tibet}) == 3
    assert tibet == "#f4f2ee"  # no cases
    assert "metric=involved_rate" in driver.current_url
    assert "metric=involved_rate" in str(driver.find_element(By.ID, "lang-zh")
                                         .get_attribute("href"))
    cells = driver.find_elements(By.CSS_SELECTOR, "#acc-regions tr[data-code='510000'] td")
    assert [c.text for c in cells[1:]] == ["1", "2", "100%"]
    # a region opens its unions, each linking to its scorecard
    driver.find_element(By.CSS_SELECTOR, "path.region-520000").click()
    links = _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#acc-region .acc-unions a"))
    assert {a.text for a in links} == {"六盘水市总工会", "盘州市总工会"}
    region = driver.find_element(By.ID, "acc-scorecard-link")
    assert region.get_attribute("href").endswith("/accountability/regions/520000?lang=en")
    next(a for a in links if a.text == "盘州市总工会").click()
    _wait(driver, lambda d: "/unions/union-panzhou-city" in d.current_url)
    assert "Panzhou City Federation of Trade Unions" in driver.page_source
    assert console_errors(driver) == []


def test_map_in_chinese_by_city(site: str, driver: Any) -> None:
    driver.get(f"{site}/accountability?lang=zh&metric=took_up_rate&level=city")
    _ready(driver)
    assert Select(driver.find_element(By.ID, "f-metric")).first_selected_option.text == \
        "提醒后接手（占不知情个案）"
    assert Select(driver.find_element(By.ID, "f-level")).first_selected_option.text == "城市"
    assert driver.find_element(By.ID, "acc-metric-head").text == "提醒后接手（占不知情个案）"
    legend = driver.find_element(By.ID, "scale").text
    assert "0–20%" in legend and "无个案" in legend
    driver.find_element(By.CSS_SELECTOR, "#acc-regions a[data-code='441300']").click()
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#acc-region .acc-unions a"))
    panel = driver.find_element(By.ID, "acc-region").text
    assert "惠州市" in panel and "联系过的工会" in panel and "市级总工会" in panel
    assert "Call made by Qiang" not in driver.page_source  # notes are never public
    assert console_errors(driver) == []
