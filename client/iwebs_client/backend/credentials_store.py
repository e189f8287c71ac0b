"""The workstation identity: the private key in the OS keyring, the rest in a JSON file.

The key never touches the file system through this module. The JSON file holds only public
material (server address, ports, workstation id and name, certificates).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import keyring
from keyring.backends import fail

from iwebs_client.backend.workstation_keys import key_matches_certificate

KEYRING_SERVICE = "iwebs-workstation"
IDENTITY_FILE_NAME = "workstation.json"
_PENDING_SUFFIX = "#pending"
_log = logging.getLogger(__name__)


class CredentialsError(Exception):
    """The identity cannot be stored or read (no usable keyring, missing key, ...)."""


@dataclass(frozen=True)
class WorkstationIdentity:
    server_host: str
    main_port: int
    enrollment_port: int
    workstation_id: str
    workstation_name: str
    agency_id: str
    certificate_pem: str
    ca_certificate_pem: str

    @property
    def server_address(self) -> str:
        return f"{self.server_host}:{self.main_port}"


def keyring_backend_name() -> str:
    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def keyring_is_insecure() -> bool:
    """True for backends that keep secrets in a plain file (keyrings.alt, for tests only)."""
    return keyring_backend_name().startswith("keyrings.alt.file.Plaintext")


class CredentialsStore:
    """Reads and writes one workstation identity; the profile name is the config directory."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self.profile_name = str(config_dir)

    @property
    def identity_path(self) -> Path:
        return self.config_dir / IDENTITY_FILE_NAME

    def has_identity(self) -> bool:
        return self.load_identity() is not None and self._get_secret(self.profile_name) is not None

    def load_identity(self) -> WorkstationIdentity | None:
        try:
            data = json.loads(self.identity_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise CredentialsError(f"cannot read {self.identity_path}: {exc}") from exc
        try:
            return WorkstationIdentity(**data)
        except TypeError as exc:
            raise CredentialsError(f"unexpected content in {self.identity_path}") from exc

    def save_identity(self, identity: WorkstationIdentity) -> None:
        self.config_dir.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(identity), indent=2, sort_keys=True)
        fd, tmp = tempfile.mkstemp(dir=self.config_dir, prefix=".workstation-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, self.identity_path)

    def load_private_key_pem(self) -> str:
        """The key that matches the stored certificate (finishing an interrupted renewal)."""
        identity = self.load_identity()
        current = self._get_secret(self.profile_name)
        pending = self._get_secret(self.profile_name + _PENDING_SUFFIX)
        if (
            identity is not None
            and pending
            and current != pending
            and key_matches_certificate(pending, identity.certificate_pem)
        ):
            self.save_private_key_pem(pending)
            self.discard_pending_key()
            return pending
        if current is None:
            raise CredentialsError("the workstation key is missing from the keyring")
        return current

    def save_private_key_pem(self, pem: str) -> None:
        self._set_secret(self.profile_name, pem)

    def save_pending_key_pem(self, pem: str) -> None:
        self._set_secret(self.profile_name + _PENDING_SUFFIX, pem)

    def discard_pending_key(self) -> None:
        self._delete_secret(self.profile_name + _PENDING_SUFFIX)

    def forget(self) -> None:
        """Removes the identity (file and keyring entries), for a re-enrollment."""
        self._delete_secret(self.profile_name)
        self.discard_pending_key()
        self.identity_path.unlink(missing_ok=True)

    def _set_secret(self, username: str, secret: str) -> None:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise CredentialsError(
                "no OS keyring is available to protect the workstation key "
                "(install and unlock a Secret Service, Keychain or Windows Credential Manager)"
            )
        if keyring_is_insecure():
            _log.warning("keyring backend %s stores secrets in plain text", keyring_backend_name())
        try:
            keyring.set_password(KEYRING_SERVICE, username, secret)
        except keyring.errors.KeyringError as exc:
            raise CredentialsError(f"the keyring refused the workstation key: {exc}") from exc

    def _get_secret(self, username: str) -> str | None:
        try:
            return keyring.get_password(KEYRING_SERVICE, username)
        except keyring.errors.KeyringError as exc:
            raise CredentialsError(f"cannot read the keyring: {exc}") from exc

    def _delete_secret(self, username: str) -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, username)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise CredentialsError(f"cannot update the keyring: {exc}") from exc
