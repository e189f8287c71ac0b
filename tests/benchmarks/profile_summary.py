"""Summary of a py-spy profile in raw (collapsed stacks) format: the share of samples per
package where the time is spent (leaf frame), the functions with the largest inclusive
share, and the share of any frames asked for.

    .venv/bin/python -m tests.benchmarks.profile_summary FILE [--top 25] [--match TEXT ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

FRAME = re.compile(r"^(?P<function>.*?) \((?P<file>[^:()]*)(?::\d+)?\)$")


def parse(path: Path) -> list[tuple[list[tuple[str, str]], int]]:
    stacks = []
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = []
        for frame in stack.split(";"):
            match = FRAME.match(frame)
            frames.append((match["function"], match["file"]) if match else (frame, ""))
        stacks.append((frames, int(count)))
    return stacks


def package(file: str) -> str:
    if "site-packages/" in file:
        file = file.split("site-packages/", 1)[1]
    if file.startswith("iwebs_server/"):
        parts = file.split("/")
        return "/".join(parts[:2]) if len(parts) > 2 else parts[0]
    if "/lib/python3" in file or file.startswith("<") or "/" not in file:
        top = file.rsplit("/", 1)[-1]
        return f"stdlib:{top}" if top else "native"
    return file.split("/", 1)[0]


def summarize(path: Path, top: int, matches: list[str]) -> str:
    stacks = parse(path)
    total = sum(count for _, count in stacks) or 1
    leaf_packages: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    for frames, count in stacks:
        leaf_packages[package(frames[-1][1]) if frames else "?"] += count
        seen = {f"{function} ({package(file)})" for function, file in frames}
        for name in seen:
            inclusive[name] += count
        text = ";".join(f"{function} ({file})" for function, file in frames)
        for wanted in matches:
            if wanted in text:
                matched[wanted] += count
    lines = [f"{path.name}: {total} samples", "", "self time by package:"]
    lines += [f"  {share(c, total)}  {name}" for name, c in leaf_packages.most_common(top)]
    lines += ["", "inclusive time by function:"]
    lines += [f"  {share(c, total)}  {name}" for name, c in inclusive.most_common(top)]
    if matches:
        lines += ["", "inclusive time of:"]
        lines += [f"  {share(matched[w], total)}  {w}" for w in matches]
    return "\n".join(lines)


def share(count: int, total: int) -> str:
    return f"{100 * count / total:5.1f} %"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", nargs="*", default=[])
    args = parser.parse_args()
    print(summarize(args.file, args.top, args.match))
    return 0


if __name__ == "__main__":
    sys.exit(main())
