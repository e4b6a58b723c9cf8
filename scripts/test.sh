#!/usr/bin/env bash
# One command for every test: install, build, then CTest with a real Secret Service (gnome-keyring on a
# private D-Bus session, fresh HOME so a fresh keyring) and widgets on the offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export HOME="$(mktemp -d)"
export QT_QPA_PLATFORM=offscreen
export LOYALTY_REQUIRE_KEYCHAIN=1
exec dbus-run-session -- sh -c '
    echo -n loyalty-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    ctest --test-dir build --output-on-failure -j2 --timeout 600
'
