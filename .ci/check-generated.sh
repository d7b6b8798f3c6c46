#!/usr/bin/env bash
# Regenerates schema/schema.graphql, client/generated/ and client/web/src/gql/ and fails if either differs from git.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s schema >/dev/null
npm run -s codegen >/dev/null
stale=$(git status --porcelain -- schema client/generated client/web/src/gql)
if [ -n "$stale" ]; then
  echo "Generated files are stale (run 'npm run generate' and commit):"
  echo "$stale"
  git --no-pager diff --stat -- schema client/generated client/web/src/gql
  exit 1
fi
echo "schema and client/generated are up to date"
