"""`iwebs reference export / import [--dry-run] / seed` on a real database (PAR-2)."""

from __future__ import annotations

import json
from pathlib import Path

from iwebs_server.cli import admin_cli


def _config(tmp_path: Path, database_url: str, name: str) -> Path:
    config = tmp_path / f"{name}.toml"
    config.write_text(
        f'data_dir = "{(tmp_path / name).as_posix()}"\ndatabase_url = "{database_url}"\n'
    )
    return config


def test_export_import_round_trip_and_refused_file(
    tmp_path: Path, database_factory, backend: str, capsys
):
    source = _config(tmp_path, database_factory.new_url(backend), "source")
    target = _config(tmp_path, database_factory.new_url(backend), "target")
    assert admin_cli.main(["--config", str(source), "reference", "seed"]) == 0
    exported = tmp_path / "reference.json"
    assert admin_cli.main(["--config", str(source), "reference", "export", str(exported)]) == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["reference_items"]) > 100
    capsys.readouterr()

    assert admin_cli.main(["--config", str(target), "reference", "import", str(exported)]) == 0
    first = capsys.readouterr().out
    assert "Imported" in first and f"{len(document['reference_items']):6}" in first
    assert admin_cli.main(["--config", str(target), "reference", "import", str(exported)]) == 0
    second = capsys.readouterr().out
    line = next(x for x in second.splitlines() if "reference_items" in x)
    assert line.split()[1:] == ["0", "0", str(len(document["reference_items"]))]

    document["reference_items"][0]["code"] = "not a code"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    assert admin_cli.main(["--config", str(target), "reference", "import", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "File refused, nothing imported: 1 error(s)" in out
    assert "reference_items[0].code" in out


def test_a_fresh_install_gets_the_standard_lists(tmp_path: Path, database_factory, backend: str):
    """Decision (docs/architecture.md): `iwebs-server init` seeds the PAR-2 standard lists."""
    from iwebs_server.application.reference_seed import STANDARD_ITEMS
    from iwebs_server.cli.server_cli import initialize
    from iwebs_server.settings import load_settings

    settings = load_settings(_config(tmp_path, database_factory.new_url(backend), "fresh"))
    app, one_time_password = initialize(settings)
    try:
        assert one_time_password
        with app.uow_factory(read_only=True) as uow:
            items = uow.reference_data.items(None, include_inactive=True)
        assert len(items) == len(STANDARD_ITEMS)
    finally:
        app.close()
