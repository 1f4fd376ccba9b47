#!/usr/bin/env bash
# Round trip of the Linux installer on this machine (Debian/Ubuntu, as root):
#   build the .deb (mvn -Pinstaller), install it with dpkg, run the installed launcher (--version, validate on the
#   sample packages), check the menu entry, the MIME type and the icons are registered, uninstall it and check
#   that everything it installed is gone. Prints the installer and runtime image sizes.
# Usage: packaging/linux/verify-deb.sh        (SKIP_BUILD=1 reuses target/installer/*.deb)
# Run by .ci/run after the tests. Needs JDK 25 as JAVA_HOME (for the build) and apt-get (for the tools).
set -euo pipefail
cd "$(dirname "$0")/../.."

readonly MIME_TYPE=application/vnd.phreplay+zip
readonly PACKAGE=phreplay
readonly INSTALL_DIR=/opt/phreplay
readonly LAUNCHER=$INSTALL_DIR/bin/phreplay
readonly DESKTOP_FILE=/usr/share/applications/phreplay-phreplay.desktop
readonly MIME_XML=/usr/share/mime/packages/phreplay-phreplay-MimeInfo.xml
readonly MIME_ICON=/usr/share/icons/hicolor/128x128/mimetypes/application-vnd.phreplay+zip.png
# Tools the check needs: jpackage's (fakeroot, dpkg-deb), xdg-mime and what it reads (the shared MIME database,
# `mimetype` from File::MimeInfo, which xdg-mime uses outside a desktop session), and update-desktop-database.
readonly TOOLS=(fakeroot dpkg-dev xdg-utils shared-mime-info libfile-mimeinfo-perl desktop-file-utils)

passes=0
failures=0
step() { printf '\n== %s\n' "$*"; }
note() { printf '   %s\n' "$*"; }
pass() { printf '   ok: %s\n' "$*"; passes=$((passes + 1)); }
fail() { printf '   FAILED: %s\n' "$*"; failures=$((failures + 1)); }
die() { printf 'verify-deb: %s\n' "$*" >&2; exit 1; }
check() {                                # check DESCRIPTION COMMAND...
    local description=$1; shift
    if "$@"; then pass "$description"; else fail "$description"; fi
}
quiet() { "$@" >/dev/null 2>&1; }
mebibytes() { du -sm "$1" | cut -f1; }

require_root() {
    [ "$(id -u)" -eq 0 ] || die "run as root (it installs packages with apt-get and dpkg)"
    command -v apt-get >/dev/null || die "needs a Debian or Ubuntu system (apt-get, dpkg)"
}

install_tools() {
    step "Tools: ${TOOLS[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || echo "   apt-get update failed; trying with the package lists at hand"
    apt-get install -y -qq --no-install-recommends "${TOOLS[@]}" >/dev/null
    note "installed"
}

build_deb() {
    if [ "${SKIP_BUILD:-}" = 1 ] && compgen -G "target/installer/${PACKAGE}_*.deb" >/dev/null; then
        step "Build: skipped (SKIP_BUILD=1), reusing $(ls target/installer/${PACKAGE}_*.deb)"
        return
    fi
    step "Build: mvn -B -q -Pinstaller -DskipTests package"
    local started=$SECONDS
    mvn -B -q -Pinstaller -DskipTests package
    note "built in $((SECONDS - started)) s"
}

report_sizes() {
    step "Sizes"
    local runtime=target/installer/phreplay/lib/runtime
    printf '   installer (.deb):    %s MB (%s bytes)\n' "$(( $(stat -c %s "$DEB") / 1000000 ))" "$(stat -c %s "$DEB")"
    printf '   runtime image:       %s MiB (%s)\n' "$(mebibytes "$runtime")" "$(tr '\n' ' ' <"$runtime/release" | grep -o 'MODULES="[^"]*"')"
    printf '   app image:           %s MiB\n' "$(mebibytes target/installer/phreplay)"
    check "installer is under 80 MB" test "$(stat -c %s "$DEB")" -lt 80000000
}

remove_leftover() {
    if dpkg -s "$PACKAGE" >/dev/null 2>&1; then
        echo "   removing an install of $PACKAGE left by an earlier run"
        dpkg --purge "$PACKAGE" >/dev/null || echo "   could not remove $PACKAGE: dpkg --purge $PACKAGE" >&2
    fi
}

install_deb() {
    step "Install: dpkg -i $DEB"
    remove_leftover
    # dpkg does not fetch dependencies: let apt satisfy the package's Depends first (GTK 3, OpenGL, X11 libraries).
    apt-get satisfy -y -qq --no-install-recommends "$(dpkg-deb -f "$DEB" Depends)" >/dev/null
    dpkg -i "$DEB" || fail "dpkg -i $DEB"
    check "dpkg reports $PACKAGE installed" quiet dpkg -s "$PACKAGE"
}

check_launcher() {
    step "Launcher"
    local version expected
    expected="phreplay $(dpkg-deb -f "$DEB" Version)"
    version=$("$LAUNCHER" --version 2>&1) || true
    echo "   $LAUNCHER --version: $version"
    check "the installed launcher prints '$expected'" test "$version" = "$expected"
    check "/usr/bin/phreplay runs the installed launcher" test "$(phreplay --version)" = "$version"
    check "the menu icon is phreplay's" cmp -s "$INSTALL_DIR/lib/phreplay.png" icons/png/app/app-512.png
}

check_validate() {
    step "validate on the sample packages"
    local samples=(sample-packages/*.phreplay)
    if [ ! -e "${samples[0]}" ]; then
        fail "no sample package in sample-packages/ to validate"
        return
    fi
    local sample
    for sample in "${samples[@]}"; do
        check "phreplay validate $sample exits 0" "$LAUNCHER" validate "$sample"
    done
}

check_desktop_integration() {
    step "Menu entry and MIME type"
    check "menu entry installed at $DESKTOP_FILE" test -f "$DESKTOP_FILE"
    check "menu entry declares MimeType=$MIME_TYPE" grep -qx "MimeType=$MIME_TYPE;" "$DESKTOP_FILE"
    check "menu entry passes the opened file (Exec=... %f)" grep -qx "Exec=$LAUNCHER %f" "$DESKTOP_FILE"
    check "menu entry is valid (desktop-file-validate)" desktop-file-validate "$DESKTOP_FILE"
    check "shared-mime-info entry installed" grep -q 'glob pattern="\*.phreplay"' "$MIME_XML"
    check "document icon installed" test -f "$MIME_ICON"

    local filetype handler
    filetype=$(xdg-mime query filetype "$PROBE")
    echo "   xdg-mime query filetype $(basename "$PROBE"): $filetype"
    check "xdg-mime maps *.phreplay to $MIME_TYPE" test "$filetype" = "$MIME_TYPE"
    handler=$(xdg-mime query default "$MIME_TYPE" || true)
    echo "   xdg-mime query default $MIME_TYPE: $handler"
    check "phreplay is the application for $MIME_TYPE" test "$handler" = "$(basename "$DESKTOP_FILE")"
}

# A file to stand for a recording: a copy of a sample package if there is one, else an empty zip archive.
write_probe() {
    local sample
    for sample in sample-packages/*.phreplay; do
        [ -f "$sample" ] && { cp "$sample" "$1"; return; }
    done
    printf 'PK\005\006%018d' 0 | tr 0 '\000' >"$1"
}

uninstall_deb() {
    step "Uninstall: dpkg -r $PACKAGE"
    dpkg -r "$PACKAGE"
    check "dpkg reports $PACKAGE removed" sh -c "! dpkg -s $PACKAGE 2>/dev/null | grep -q '^Status: install ok installed'"
    check "$INSTALL_DIR is gone" test ! -e "$INSTALL_DIR"
    check "/usr/bin/phreplay is gone" test ! -e /usr/bin/phreplay -a ! -L /usr/bin/phreplay
    check "menu entry is gone" test ! -e "$DESKTOP_FILE"
    check "shared-mime-info entry is gone" test ! -e "$MIME_XML"
    check "document icon is gone" test ! -e "$MIME_ICON"
    check "xdg-mime no longer maps *.phreplay to $MIME_TYPE" test "$(xdg-mime query filetype "$PROBE")" != "$MIME_TYPE"
    check "no phreplay file left in the icon theme" test -z "$(find /usr/share/icons -name '*phreplay*' -print -quit)"
    # A package with maintainer scripts stays known to dpkg ("config-files") until purged.
    dpkg --purge "$PACKAGE" >/dev/null
    check "dpkg --purge forgets $PACKAGE" sh -c "! dpkg -s $PACKAGE >/dev/null 2>&1"
}

main() {
    local started=$SECONDS
    require_root
    install_tools
    build_deb
    DEB=$(ls target/installer/${PACKAGE}_*.deb)
    readonly DEB
    report_sizes
    PROBE=$(mktemp -d)/recording.phreplay
    readonly PROBE
    write_probe "$PROBE"
    trap 'remove_leftover; rm -rf "$(dirname "$PROBE")"' EXIT
    install_deb
    check_launcher
    check_validate
    check_desktop_integration
    uninstall_deb
    printf '\nverify-deb took %d s\n' "$((SECONDS - started))"
    printf 'verify-deb: %d passed, %d failed\n' "$passes" "$failures"
    [ "$failures" -eq 0 ]
}

main "$@"
