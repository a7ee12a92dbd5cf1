#!/usr/bin/env bash
# Installs the CongoDB MongoDB wire-protocol emulator (inside @push.rocks/smartmongo) into a folder.
# A plain `npm install @push.rocks/smartmongo` fails on the package mirror (one dependency version is
# missing), so the package is unpacked and only the emulator's own dependencies are installed beside it.
set -euo pipefail
dest="${1:?usage: install.sh <folder>}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [[ -f "$dest/package/dist_ts/congodb/index.js" && -f "$dest/node_modules/bson/package.json" ]]; then
  exit 0
fi
command -v node >/dev/null || { echo "install.sh: Node.js is needed to run the MongoDB emulator" >&2; exit 1; }
mkdir -p "$(dirname "$dest")"
tmp="$(mktemp -d "${dest%/}.tmp.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent @push.rocks/smartmongo@2.2.0 >/dev/null
tar xzf push.rocks-smartmongo-2.2.0.tgz
rm push.rocks-smartmongo-2.2.0.tgz
printf '{ "name": "congodb-host", "private": true, "type": "module" }\n' > package.json
npm install --silent --ignore-scripts --no-audit --no-fund \
  bson@6.10.4 mingo@7.2.7 @push.rocks/smartfs@1.5.0 @push.rocks/smartpath@5.1.0 \
  @push.rocks/smartpromise@4.2.3 @push.rocks/smartrx@3.0.10 >/dev/null
cp "$here/start.mjs" .
rm -rf "$dest"
mv "$tmp" "$dest"
trap - EXIT
