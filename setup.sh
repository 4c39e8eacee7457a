#!/usr/bin/env bash
# Dossier developer set-up. Two entry points, the two commands the README gives:
#   ./setup.sh run    install what is missing, build, create the demo archive and launch the app
#   ./setup.sh test   install what is missing, build (warnings as errors) and run every test
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n libgl-dev libqt6opengl6-dev libquazip1-qt6-dev libexpat1-dev
    libicu-dev libsqlite3-dev libsodium-dev libphonenumber-dev libgtest-dev libgmock-dev libbenchmark-dev
    xvfb xauth imagemagick poppler-utils fonts-noto-cjk sqlite3 xlsx2csv dpkg-dev file
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() { # build-dir, extra cmake args...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$dir" -j "$(nproc)"
}

case "${1:-}" in
run)
    install_missing
    build build
    demo="${DOSSIER_DEMO_DB:-$HOME/.local/share/dossier/demo.sqlite}"
    if [ ! -f "$demo" ]; then
        mkdir -p "$(dirname "$demo")"
        ./build/app/cli/dossier-cli demo "$demo" --customers 2000 --seed 1
    fi
    exec ./build/app/gui/dossier --db "$demo"
    ;;
test)
    install_missing
    build build-ci -DDOSSIER_WERROR=ON
    (cd build-ci && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j "$(nproc)")
    # The package is tested like code: it must build and carry the binaries, desktop entry and icon.
    (cd build-ci && cpack -G DEB > /dev/null)
    deb=$(ls build-ci/dossier_*.deb | head -1)
    # List once into a variable: `dpkg-deb -c | grep -q` would fail under pipefail when grep stops early.
    contents=$(dpkg-deb -c "$deb")
    for f in usr/bin/dossier usr/bin/dossier-cli usr/share/applications/dossier.desktop \
        usr/share/icons/hicolor/scalable/apps/dossier.svg usr/share/metainfo/dossier.metainfo.xml; do
        grep -q "\./$f\$" <<<"$contents" || { echo "package $deb lacks $f"; exit 1; }
    done
    echo "package ok: $deb"
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
