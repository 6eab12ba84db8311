"""The users page in a real browser, with the keyboard only: from the review queue to the
users page, add a user, then deactivate them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from labourmap.db import Database
from labourmap.settings import Settings
from labourmap.users.service import add_user
from labourmap.web.app import create_app

from ..web.browser import chromium, console_errors, landed, live_server, waiter
from .conftest import PASSWORD

pytestmark = pytest.mark.browser


def _tab_to(driver: Any, script: str, limit: int = 60) -> None:
    """Press Tab until ``script`` (a JS expression on ``el``, the focused element) is true."""
    for _ in range(limit):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        if driver.execute_script(f"var el = document.activeElement; return !!({script});"):
            return
    raise AssertionError(f"Tab never reached {script}")


def test_manage_users_with_the_keyboard(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.session() as s:
        add_user(s, username="admin", password=PASSWORD, role="admin")
    app = create_app(Settings(database_url=sqlite_db.url, secret_key="k", var_dir=tmp_path),
                     db=sqlite_db)
    with live_server(app) as base, chromium(tmp_path) as driver:
        wait = waiter(driver)
        driver.get(f"{base}/login")
        driver.find_element(By.ID, "username").send_keys("admin", Keys.TAB, PASSWORD,
                                                          Keys.ENTER)
        landed(wait, lambda u: u.endswith("/review"))

        _tab_to(driver, "el.getAttribute('href') === '/review/users'")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        landed(wait, lambda u: u.endswith("/review/users"))

        _tab_to(driver, "el.id === 'new-username'")
        driver.switch_to.active_element.send_keys("dora", Keys.TAB)
        driver.switch_to.active_element.send_keys("v")  # the role picker: viewer
        driver.switch_to.active_element.send_keys(Keys.TAB, "a long enough secret", Keys.ENTER)
        landed(wait, lambda u: "done=add" in u)
        assert driver.find_element(By.ID, "done").text == "dora: added · 已添加"
        row = driver.find_element(By.CSS_SELECTOR, "tr.changed")
        assert "viewer · 只读" in row.text and "active · 启用" in row.text

        driver.find_element(By.TAG_NAME, "h1").click()
        _tab_to(driver, "el.form && el.tagName === 'BUTTON' && "
                        "el.form.getAttribute('action') === '/review/users/dora/deactivate'")
        driver.switch_to.active_element.send_keys(Keys.SPACE)
        landed(wait, lambda u: "done=deactivate" in u)
        row = driver.find_element(By.CSS_SELECTOR, "tr.changed")
        assert "inactive · 已停用" in row.text
        history = driver.find_element(By.CSS_SELECTOR, "table.history").text
        assert "deactivated · 已停用" in history and "added · 已添加" in history
        assert not console_errors(driver)
