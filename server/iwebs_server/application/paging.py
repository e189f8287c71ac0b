"""Opaque page tokens (AIP-158) and page-size bounds."""

from __future__ import annotations

import base64

from iwebs_server.domain.errors import InvalidInput

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 500
# No listing goes this far; a forged token beyond it would overflow the database's OFFSET
MAX_POSITION = 2**31 - 1


def page_size(requested: int) -> int:
    if requested < 0:
        raise InvalidInput.field("page_size", "must not be negative")
    return min(requested or DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE)


def encode_token(position: int) -> str:
    return base64.urlsafe_b64encode(f"p:{position}".encode()).decode("ascii")


def decode_token(token: str) -> int:
    if not token:
        return 0
    try:
        text = base64.urlsafe_b64decode(token.encode("ascii")).decode("ascii")
        kind, _, value = text.partition(":")
        position = int(value)
    except (ValueError, UnicodeError) as error:
        raise InvalidInput.field("page_token", "not a token this server issued") from error
    if kind != "p" or not 0 <= position <= MAX_POSITION:
        raise InvalidInput.field("page_token", "not a token this server issued")
    return position


def next_token(offset: int, limit: int, returned: int) -> str:
    return encode_token(offset + limit) if returned == limit else ""
