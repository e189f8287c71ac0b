"""Client test setup: offscreen Qt, a throwaway HOME, an in-memory keyring, built translations."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = tempfile.mkdtemp(prefix="iwebs-client-home-")
os.environ["HOME"] = _HOME
os.environ["XDG_CONFIG_HOME"] = str(Path(_HOME) / ".config")
os.environ["XDG_RUNTIME_DIR"] = _HOME
os.environ.pop("IWEBS_CLIENT_CONFIG_DIR", None)

import keyring  # noqa: E402
import pytest  # noqa: E402
from keyring.backend import KeyringBackend  # noqa: E402


class InMemoryKeyring(KeyringBackend):
    """Test-only keyring: secrets live in this process's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.secrets:
            raise keyring.errors.PasswordDeleteError(username)
        del self.secrets[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    path = tmp_path / "client-config"
    path.mkdir()
    return path


@pytest.fixture(scope="session", autouse=True)
def built_translations() -> None:
    """The .qm files are build outputs: build them once so French is really tested."""
    from iwebs_client.translation_loader import ensure_translations_built

    ensure_translations_built()


@pytest.fixture
def french(qapp) -> Iterator[None]:
    """The French interface, as the client starts by default."""
    from iwebs_client.translation_loader import install_translators

    translators = install_translators(qapp, "fr")
    assert translators, "French translations are missing (scripts/build_translations.py)"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def backend() -> str:
    """The client does not depend on the server's database: its live tests use SQLite only."""
    return "sqlite"
