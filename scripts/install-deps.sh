#!/usr/bin/env bash
# Installs what building, running and testing Loyalty Console needs on Debian 12 / Ubuntu 22.04+.
set -euo pipefail
packages=(
    build-essential cmake ninja-build ccache git
    qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev libgl-dev libxkbcommon-dev
    xvfb xauth dbus dbus-x11 gnome-keyring fonts-wqy-microhei
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
