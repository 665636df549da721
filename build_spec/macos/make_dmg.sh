#!/usr/bin/env bash
# Sign, package, notarize and staple "dist/IdP Wizard.app" into dist/IdP-Wizard-<ver>.dmg.
#
#   build_spec/macos/make_dmg.sh [VERSION]
#
# Each step runs only when its credentials are present, otherwise it is skipped with a
# message (an unsigned .dmg still works for testing; Gatekeeper will warn users):
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: Org (TEAMID)" in the keychain
#                            -> codesign, hardened runtime, build_spec/entitlements.plist
#   NOTARY_KEYCHAIN_PROFILE  a `xcrun notarytool store-credentials` profile, or
#   APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD (app-specific password)
#                            -> notarytool submit --wait, then stapler staple
# Notarization needs a signed app; it is skipped when signing was.
set -euo pipefail
cd "$(dirname "$0")/../.."

APP="dist/IdP Wizard.app"
ENTITLEMENTS="build_spec/entitlements.plist"
VERSION="${1:-$(python3 -c 'import plistlib,sys; print(plistlib.load(open(sys.argv[1],"rb"))["CFBundleShortVersionString"])' "$APP/Contents/Info.plist")}"
DMG="dist/IdP-Wizard-${VERSION}.dmg"

[ -d "$APP" ] || { echo "error: $APP not found; run build_spec/build.py first" >&2; exit 1; }

sign_app() {
    local id="$1"
    local opts=(--force --timestamp --options runtime --sign "$id")
    # Inside out: every nested Mach-O (Qt frameworks, .dylib, .so), then the app itself
    # with the entitlements. No --deep: it would put the entitlements on every library.
    while IFS= read -r -d '' file; do
        if file -b "$file" | grep -q 'Mach-O'; then
            codesign "${opts[@]}" "$file"
        fi
    done < <(find "$APP/Contents/Frameworks" "$APP/Contents/Resources" -type f -print0 2>/dev/null)
    while IFS= read -r -d '' framework; do
        codesign "${opts[@]}" "$framework"
    done < <(find "$APP/Contents/Frameworks" -type d -name '*.framework' -print0 2>/dev/null)
    codesign "${opts[@]}" --entitlements "$ENTITLEMENTS" "$APP"
    codesign --verify --strict --deep --verbose=2 "$APP"
}

signed=no
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    echo "==> codesign (hardened runtime) as: $MACOS_SIGNING_IDENTITY"
    sign_app "$MACOS_SIGNING_IDENTITY"
    signed=yes
else
    echo "==> codesign: SKIPPED (MACOS_SIGNING_IDENTITY not set; the app stays ad-hoc signed)"
fi

echo "==> dmg: $DMG"
rm -f "$DMG"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
cp -R "$APP" "$staging/"
ln -s /Applications "$staging/Applications"  # drag-to-install
hdiutil create -volname "IdP Wizard" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -imagekey zlib-level=9 -ov "$DMG" >/dev/null
if [ "$signed" = yes ]; then
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$DMG"
fi

notary_auth=()
if [ -n "${NOTARY_KEYCHAIN_PROFILE:-}" ]; then
    notary_auth=(--keychain-profile "$NOTARY_KEYCHAIN_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notary_auth=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi

if [ "$signed" = yes ] && [ ${#notary_auth[@]} -gt 0 ]; then
    echo "==> notarize (xcrun notarytool submit --wait)"
    xcrun notarytool submit "$DMG" "${notary_auth[@]}" --wait --timeout 45m
    echo "==> staple"
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG" || true
elif [ "$signed" = yes ]; then
    echo "==> notarize: SKIPPED (set NOTARY_KEYCHAIN_PROFILE, or APPLE_ID + APPLE_TEAM_ID + APPLE_APP_PASSWORD)"
else
    echo "==> notarize: SKIPPED (needs a signed app)"
fi
echo "==> done: $DMG ($(du -h "$DMG" | cut -f1))"
