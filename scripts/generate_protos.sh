#!/usr/bin/env bash
# Regenerates the committed Python code of the gRPC contract (protos/iwebs/v1).
# Usage: scripts/generate_protos.sh [output-root]   (default: protos, in place)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-protos}"
python="${PYTHON:-.venv/bin/python}"
mkdir -p "$out/iwebs/v1"
"$python" -m grpc_tools.protoc -I protos \
  --python_out="$out" --pyi_out="$out" --grpc_python_out="$out" \
  protos/iwebs/v1/*.proto
touch "$out/iwebs/__init__.py" "$out/iwebs/v1/__init__.py"
