"""The text of a PDF written by Qt (QPdfWriter), for the tests of the printed bills: objects
are read, streams inflated, and each font's ToUnicode map turns the glyph codes of the text
operators back into characters. Qt positions glyphs one by one and may leave spaces out,
so the tests compare texts without spaces (`squeezed`). Enough for Qt's own output only."""

from __future__ import annotations

import re
import zlib
from pathlib import Path
from typing import Any

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_HEX = re.compile(rb"<([0-9A-Fa-f\s]+)>")
_TOKENS = re.compile(rb"/(\w+)\s+[\d.]+\s+Tf|(<[0-9A-Fa-f\s]*>|\[[^\]]*\])\s*T[Jj]|\bET\b")


def _inflate(body: bytes) -> bytes:
    match = _STREAM.search(body)
    if match is None:
        return b""
    data = match.group(1)
    if b"FlateDecode" in body[: match.start()]:
        try:
            return zlib.decompress(data)
        except zlib.error:
            return b""
    return data


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")


def _cmap(stream: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", stream, re.S):
        codes = _HEX.findall(block)
        for code, text in zip(codes[0::2], codes[1::2], strict=False):
            mapping[int(code, 16)] = _utf16(text)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", stream, re.S):
        for line in block.strip().splitlines():
            head = re.match(rb"\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(.*)", line)
            if head is None:
                continue
            low, high, rest = int(head.group(1), 16), int(head.group(2), 16), head.group(3)
            targets = _HEX.findall(rest)
            if rest.strip().startswith(b"["):
                for offset, text in enumerate(targets):
                    mapping[low + offset] = _utf16(text)
            elif targets:
                start = int(targets[0], 16)
                for offset in range(high - low + 1):
                    mapping[low + offset] = chr(start + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """The shown text, one line per text block (BT ... ET)."""
    objects = {int(m.group(1)): m.group(2) for m in _OBJECT.finditer(data)}
    maps: dict[bytes, dict[int, str]] = {}
    for body in objects.values():
        for name, number in re.findall(rb"/(F\d+)\s+(\d+) 0 R", body):
            font = objects.get(int(number), b"")
            unicode_ref = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
            if unicode_ref:
                maps[name] = _cmap(_inflate(objects.get(int(unicode_ref.group(1)), b"")))
    lines: list[str] = []
    for body in objects.values():
        content = _inflate(body)
        if b"Tj" not in content and b"TJ" not in content:
            continue
        mapping: dict[int, str] = {}
        current: list[str] = []
        for match in _TOKENS.finditer(content):
            if match.group(1):
                mapping = maps.get(match.group(1), {})
            elif match.group(2):
                for hex_text in _HEX.findall(match.group(2)):
                    code = re.sub(rb"\s", b"", hex_text)
                    for pos in range(0, len(code), 4):
                        current.append(mapping.get(int(code[pos : pos + 4], 16), "?"))
            elif current:
                lines.append("".join(current))
                current = []
    return "\n".join(lines)


def squeezed(text: str) -> str:
    """Without any space (Qt leaves most spaces out of the glyph runs) nor ligature."""
    for ligature, letters in (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl")):
        text = text.replace(ligature, letters)
    return re.sub(r"\s+", "", text)


def wait_for_pdf(qtbot: Any, path: Path, timeout: int) -> bytes:
    """The PDF once written whole: the writer creates the file at its first page and ends
    it with %%EOF when it closes; a test that read it as soon as it existed sometimes got
    half of it (under xdist's timing)."""
    qtbot.waitUntil(
        lambda: path.exists() and path.read_bytes().rstrip().endswith(b"%%EOF"), timeout=timeout
    )
    return path.read_bytes()
