"""The `extract` and `cluster` commands' contract: JSON Lines in, JSON Lines out."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
import typer.core
import typer.main
from typer.testing import CliRunner

from labourmap.cli import engine
from labourmap.cli.main import COMMANDS
from labourmap.cli.main import app as labourmap

app = typer.Typer()
app.command("extract")(engine.extract_cmd)
app.command("cluster")(engine.cluster_cmd)
runner = CliRunner()

GOOD = {"id": "g1", "text": "深圳华美电子有限公司数百名工人今天罢工讨薪。",
        "posted_at": "2024-10-18T09:00:00+08:00", "gold": {"is_incident": False}}
OTHER = {"id": "g2", "text": "急招普工，包吃包住。", "source_note": "x"}


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _out(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_prints_one_record_per_post_in_order(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False), json.dumps(OTHER)])
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    rows = _out(result.stdout)
    assert [r["id"] for r in rows] == ["g1", "g2"]
    assert rows[0]["is_incident"] is True  # `gold` is never read
    assert rows[0]["date"] == "2024-10-18"
    assert "深圳" in result.stdout  # ensure_ascii=False
    assert set(rows[0]) >= {"kind", "forms", "province", "employer", "accident_type"}


def test_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False), "{not json",
                             json.dumps({"text": "no id"}), json.dumps({"id": "x"}),
                             json.dumps(OTHER)])
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert [r["id"] for r in _out(result.stdout)] == ["g1", "g2"]
    assert "line 2" in result.stderr and "not JSON" in result.stderr
    assert "line 3" in result.stderr and "line 4" in result.stderr
    assert "skipped 3 of 5 lines" in result.stderr


def test_strict_exits_non_zero(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False), "[1, 2]"])
    result = runner.invoke(app, ["extract", str(path), "--strict"])
    assert result.exit_code == 1
    assert len(_out(result.stdout)) == 1
    assert runner.invoke(app, ["cluster", str(path), "--strict"]).exit_code == 1


def test_stdin(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-"], input=json.dumps(OTHER) + "\n")
    assert result.exit_code == 0
    assert _out(result.stdout)[0]["is_incident"] is False


def test_evidence_option(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "-", "--evidence"],
                           input=json.dumps(GOOD, ensure_ascii=False) + "\n")
    row = _out(result.stdout)[0]
    date = row["evidence"]["date"]
    assert date["value"] == "2024-10-18" and date["spans"][0][2] == "今天"
    start, end, text = date["spans"][0]
    assert GOOD["text"][start:end] == text


def test_cluster_lists_incidents_only(tmp_path: Path) -> None:
    same = dict(GOOD, id="g3", text="深圳华美电子数百名工人今天罢工讨薪，厂门口拉横幅。")
    path = _write(tmp_path, [json.dumps(r, ensure_ascii=False) for r in (GOOD, OTHER, same)])
    result = runner.invoke(app, ["cluster", str(path)])
    assert result.exit_code == 0
    rows = _out(result.stdout)
    assert [r["id"] for r in rows] == ["g1", "g3"]
    assert rows[0]["incident"] == rows[1]["incident"]


def test_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2


# -- the whole `labourmap` command: every command listed, a fast start -----------------------

HEAVY = ("fastapi", "sqlalchemy", "alembic", "uvicorn", "dask", "distributed")
LOADED = ("import sys\n"
          f"print('LOADED:', *sorted(m for m in {HEAVY} if m in sys.modules), file=sys.stderr)\n")
RUN = "import sys\nfrom labourmap.cli.main import main\ntry:\n    main()\nfinally:\n"


def _loaded(result: subprocess.CompletedProcess[str]) -> list[str]:
    [line] = [line for line in result.stderr.splitlines() if line.startswith("LOADED:")]
    return line.split()[1:]


def _python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, COLUMNS="250")
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_help_lists_every_command_with_its_help() -> None:
    result = _python("from labourmap.cli.main import main; main()", "--help")
    assert result.returncode == 0, result.stderr
    shown = " ".join(result.stdout.split())
    root = typer.main.get_command(labourmap)
    assert isinstance(root, typer.core.TyperGroup)
    with typer.Context(root) as ctx:
        names = root.list_commands(ctx)
        assert names == [c.name for c in COMMANDS]
        for name in names:
            command = root.get_command(ctx, name)
            assert command is not None, name
            first_line = (command.help or "").strip().splitlines()[0]
            assert f" {name} {first_line}" in shown, name


def test_importing_the_cli_loads_no_web_stack_database_or_dask() -> None:
    result = _python("import labourmap.cli.main\n" + LOADED)
    assert result.returncode == 0, result.stderr
    assert _loaded(result) == []


def test_extract_and_cluster_load_no_web_stack_database_or_dask(tmp_path: Path) -> None:
    path = _write(tmp_path, [json.dumps(GOOD, ensure_ascii=False)])
    for command in ("extract", "cluster"):
        result = _python(RUN + "".join(f"    {line}\n" for line in LOADED.splitlines()),
                         command, str(path))
        assert result.returncode == 0, result.stderr
        assert '"g1"' in result.stdout
        assert _loaded(result) == [], command
