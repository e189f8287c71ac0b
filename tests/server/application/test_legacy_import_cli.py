"""`iwebs import` and `iwebs import-dir` (issue 3 item 5): a progress line, the report in a
file, a non-zero exit code when a file is rejected, nothing written twice."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from iwebs_server.cli.admin_cli import main as iwebs_main
from iwebs_server.persistence.database import make_engine
from iwebs_server.persistence.tables.customer_base import BillRow, CustomerRow
from iwebs_server.persistence.unit_of_work import UnitOfWorkFactory
from tests.factories.legacy_import_files import (
    GOOD,
    seed_import_prerequisites,
    write_file,
    write_good_files,
)


def _config(database_url: str, tmp_path: Path) -> Path:
    path = tmp_path / "iwebs.toml"
    path.write_text(
        f"data_dir = {json.dumps(str(tmp_path / 'data'))}\n"
        f"database_url = {json.dumps(database_url)}\n",
        encoding="utf-8",
    )
    return path


def _count(database_url: str, table: type) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(table)) or 0)
    finally:
        engine.dispose()


def test_import_rejects_a_bad_file_with_a_report_then_imports_the_directory(
    database_url, tmp_path, capsys
):
    engine = make_engine(database_url)
    seed_import_prerequisites(UnitOfWorkFactory(engine))
    engine.dispose()
    config = str(_config(database_url, tmp_path))
    bad = write_file(
        tmp_path / "bad", "customers", [GOOD["customers"][0], "CU-2;DKR;alien;X;;;DOM;;;;;;;"]
    )
    assert iwebs_main(["--config", config, "import", "customers", str(bad)]) == 2
    out = capsys.readouterr().out
    assert "REJECTED, nothing written" in out and "line 3 kind: INVALID_FORMAT" in out
    report = (tmp_path / "bad" / "customers.csv.report.csv").read_text(encoding="utf-8")
    assert report.splitlines()[0] == "line;column;reason;message;value"
    assert report.splitlines()[1].startswith("3;kind;INVALID_FORMAT;")
    assert _count(database_url, CustomerRow) == 0

    good = tmp_path / "good"
    write_good_files(good)
    dry = ["--config", config, "import", "customers", str(good / "customers.csv"), "--dry-run"]
    assert iwebs_main(dry) == 0
    assert "valid (dry run, nothing written)" in capsys.readouterr().out
    assert _count(database_url, CustomerRow) == 0

    assert iwebs_main(["--config", config, "import-dir", str(good)]) == 0
    out = capsys.readouterr().out
    assert "customers     imported" in out and "open_bills.csv: 3 rows imported" in out
    assert _count(database_url, CustomerRow) == 3 and _count(database_url, BillRow) == 3

    assert iwebs_main(["--config", config, "import-dir", str(good)]) == 0
    assert capsys.readouterr().out.count("already imported") == 6
    assert _count(database_url, CustomerRow) == 3 and _count(database_url, BillRow) == 3


def test_bulk_flag_chooses_the_mode_of_import_and_import_dir(
    database_url, backend, tmp_path, capsys
):
    """`--bulk` re-creates the constraints and indexes at the end (phase `indexing`, on
    PostgreSQL only); `--no-bulk` keeps the row-by-row checks; both import every row."""
    engine = make_engine(database_url)
    seed_import_prerequisites(UnitOfWorkFactory(engine))
    engine.dispose()
    config = str(_config(database_url, tmp_path))
    files = write_good_files(tmp_path / "files")
    assert (
        iwebs_main(["--config", config, "import", "customers", str(files["customers"]), "--bulk"])
        == 0
    )
    assert ("indexing" in capsys.readouterr().out) == (backend == "postgresql")
    assert (
        iwebs_main(["--config", config, "import", "accounts", str(files["accounts"]), "--no-bulk"])
        == 0
    )
    assert "indexing" not in capsys.readouterr().out
    files["customers"].unlink()
    files["accounts"].unlink()
    assert iwebs_main(["--config", config, "import-dir", str(tmp_path / "files"), "--bulk"]) == 0
    assert ("indexing" in capsys.readouterr().out) == (backend == "postgresql")
    assert _count(database_url, BillRow) == len(GOOD["open_bills"])
