#!/usr/bin/env bash
# Regenerates schema/schema.graphql and client/generated/ and fails if either differs from git.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s schema >/dev/null
npm run -s codegen >/dev/null
stale=$(git status --porcelain -- schema client/generated)
if [ -n "$stale" ]; then
  echo "Generated files are stale (run 'npm run generate' and commit):"
  echo "$stale"
  git --no-pager diff --stat -- schema client/generated
  exit 1
fi
echo "schema and client/generated are up to date"
