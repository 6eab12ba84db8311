"""The editor's page in a real browser: log in, see the evidence highlighted, pick a place
with the place picker, save, and find the change in the history; then a worker's report."""

from __future__ import annotations

from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from labourmap.db import Database
from labourmap.ingest.extractor import LocalRunner, default_extractor
from labourmap.ingest.pipeline import ingest
from labourmap.settings import Settings
from labourmap.users.service import add_user
from labourmap.web.app import create_app

from ..ingest.helpers import POSTS, write_jsonl
from ..web.browser import chromium, console_errors, landed, live_server, waiter
from .conftest import PASSWORD

pytestmark = pytest.mark.browser


def test_review_an_incident_in_a_browser(sqlite_db: Database, tmp_path: Path) -> None:
    engine = default_extractor()
    ingest(sqlite_db, sources=[str(write_jsonl(tmp_path / "p.jsonl", POSTS))],
           extractor=engine, runner=LocalRunner(engine))
    with sqlite_db.session() as s:
        add_user(s, username="editor", password=PASSWORD, role="editor")
    app = create_app(Settings(database_url=sqlite_db.url, secret_key="k", var_dir=tmp_path),
                     db=sqlite_db)
    with live_server(app) as base, chromium(tmp_path) as driver:
        wait = waiter(driver)
        driver.get(f"{base}/review")
        assert "/login" in driver.current_url
        driver.find_element(By.ID, "username").send_keys("editor")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button").click()
        landed(wait, lambda u: u.endswith("/review"))
        wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "tbody a")).click()
        landed(wait, lambda u: "/review/incidents/" in u)
        marks = wait.until(lambda d: d.find_elements(By.CSS_SELECTOR,
                                                     "mark[data-fields~='employer']"))
        assert marks[0].text == "鸿运精密制品有限公司"
        county = Select(wait.until(lambda d: d.find_element(By.ID, "f-county")))
        city = Select(driver.find_element(By.ID, "f-city"))
        assert city.first_selected_option.get_attribute("value") == "440300"
        wait.until(lambda d: len(county.options) > 5)  # Shenzhen's districts, server-side
        Select(driver.find_element(By.ID, "f-province")).select_by_value("440000")
        wait.until(lambda d: any(o.get_attribute("value") == "441900" for o in city.options))
        city.select_by_value("440300")
        wait.until(lambda d: any(o.get_attribute("value") == "440305" for o in county.options))
        county.select_by_value("440305")  # the engine read 宝安区 (440306); the editor corrects
        driver.find_element(By.CSS_SELECTOR, "#edit button[type=submit]").click()
        wait.until(lambda d: "440305" in d.find_element(By.CSS_SELECTOR, "table.history").text)
        assert "editor" in driver.find_element(By.CSS_SELECTOR, "table.history").text
        assert not console_errors(driver)

        driver.get(f"{base}/report")
        report = "我们工地老板拖欠三十多名工人的工资，已经半年了。"
        wait.until(lambda d: d.find_element(By.ID, "text")).send_keys(report)
        driver.find_element(By.ID, "contact").send_keys("13912345678")
        driver.find_element(By.CSS_SELECTOR, "form[action='/report'] button").click()
        ref = wait.until(lambda d: d.find_element(By.ID, "reference")).text
        assert ref.startswith("LM-")
