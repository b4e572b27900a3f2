#!/bin/sh
# The application's class-data archive (ADR 0016), made where the application is installed: Java 17 records the
# absolute paths of the jars in it, so it cannot be made at build time. The Linux package's postinst runs
# "make" and its prerm "remove"; the build's installer check runs "make" on the image it built.
#
#   sh lib/app/class-data-archive.sh make|remove
#
# "make" dumps the classes listed in casustafel.classlist (the classes one start loads up to the dossier list,
# recorded by the build) into casustafel.jsa next to it, through the launcher itself, so the archive holds the
# launcher's exact class path, and checks that the launcher maps it (-Xshare:on fails otherwise). The launcher
# names the archive in its options (-XX:SharedArchiveFile); without a usable archive it starts without one, about
# a second slower, so a failure here never stops the installation.
set -u
app=$(cd "$(dirname "$0")" && pwd)
launcher="$app/../../bin/Casustafel"
archive="$app/casustafel.jsa"

case "${1:-}" in
    make)
        rm -f "$archive"
        # Relative names: JAVA_TOOL_OPTIONS is split at spaces, an installation directory may hold one.
        if (cd "$app" && JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=casustafel.classlist" \
                "$launcher" >/dev/null 2>&1) \
            && JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version >/dev/null 2>&1; then
            chmod 644 "$archive"
            exit 0
        fi
        rm -f "$archive"
        echo "casustafel: no class-data archive made; the application starts without it (about a second slower)" >&2
        exit 1
        ;;
    remove)
        rm -f "$archive"
        ;;
    *)
        echo "usage: sh class-data-archive.sh make|remove" >&2
        exit 2
        ;;
esac
