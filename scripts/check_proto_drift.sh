#!/usr/bin/env bash
# Fails if the committed generated code of the gRPC contract (protos/iwebs/v1/*_pb2*.py[i])
# differs from what scripts/generate_protos.sh produces from the .proto files now.
# Usage: scripts/check_proto_drift.sh        (run from anywhere; uses .venv/bin/python or $PYTHON)
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
scripts/generate_protos.sh "$tmp" >/dev/null
# Compare the generated files only: the .proto sources live in protos/ alone.
status=0
diff -r -u -x '*.proto' -x '__pycache__' protos/iwebs "$tmp/iwebs" || status=$?
if [ "$status" -ne 0 ]; then
  echo "proto drift: generated code in protos/ differs from the .proto files." >&2
  echo "Run scripts/generate_protos.sh and commit the result." >&2
  exit 1
fi
echo "proto drift check: generated code is up to date ($(ls protos/iwebs/v1/*.proto | wc -l) .proto files)"
