"""Settings, declared once and read from the environment (prefix ``LABOURMAP_``).

Nothing reads them at import time: build a :class:`Settings` and pass it in.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LABOURMAP_", extra="ignore")

    database_url: str = Field(
        default="sqlite:///var/labourmap.db",
        description="SQLAlchemy URL of the store: a SQLite file (default) or postgresql+psycopg://…",
    )
    host: str = Field(default="127.0.0.1", description="Address `labourmap serve` listens on.")
    port: int = Field(default=8000, description="Port `labourmap serve` listens on.")
    secret_key: str = Field(
        default="",
        description="Key that signs session cookies and CSRF tokens; set it in production. "
        "When empty, a random key is made and kept in var/secret_key.",
    )
    var_dir: Path = Field(default=Path("var"), description="Folder for the SQLite file and state.")
    page_size: int = Field(default=50, description="Default page size of lists and the API.")
    max_page_size: int = Field(default=500, description="Largest page size the API accepts.")
    session_hours: int = Field(default=12, description="How long an editor's login lasts.")
    report_limit: int = Field(
        default=5, description="Reports one sender may send through the public form per hour.")


def database_url_for(settings: Settings) -> str:
    """The database URL, with a relative SQLite path made absolute against the CWD."""
    url = settings.database_url
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and ":memory:" not in url:
        path = Path(url[len(prefix):])
        path.parent.mkdir(parents=True, exist_ok=True)
        return prefix + str(path.resolve())
    return url
