#!/usr/bin/env bash
# Installs Debian's chromium package through apt when it is missing (the comparison with
# HTML graphics needs it); says so first, since it downloads about 100 MB.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "chromium is not installed: installing Debian's package 'chromium' with apt-get (needs root)" >&2
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends chromium >&2
command -v chromium >/dev/null 2>&1 || { echo "chromium still missing after apt-get install" >&2; exit 1; }
