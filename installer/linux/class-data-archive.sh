#!/bin/sh
# The application's class-data archive (ADR 0016), made where the application is installed: Java 17 records the
# absolute paths of the jars in it, so it cannot be made at build time. The Linux package's postinst runs
# "make" and its prerm "remove"; the build's installer check runs "make" on the image it built.
#
#   sh lib/app/class-data-archive.sh make|remove
#
# "make" dumps the classes listed in casustafel.classlist (the classes one start loads up to the dossier list,
# recorded by the build) into casustafel.jsa next to it, through the launcher itself, so the archive holds the
# launcher's exact class path, and checks that the launcher then opens this archive (-Xshare:on fails when it
# cannot map it). Java 17 leaves the application's own classes out when the installation directory holds a
# space; the archive still shares the JDK's and JavaFX's classes then, and a note says so.
# The launcher names the archive in its options (-XX:SharedArchiveFile); without a usable archive it starts
# without one, about a second slower, so a failure here never stops the installation. Nothing is written outside
# this directory: the check runs the launcher with a throw-away data directory.
set -u
app=$(cd "$(dirname "$0")" && pwd) || exit 1
launcher="$app/../../bin/Casustafel"
archive="$app/casustafel.jsa"

case "${1:-}" in
    make)
        rm -f "$archive"
        log=$(mktemp) || exit 1
        data=$(mktemp -d) || { rm -f "$log"; exit 1; }
        # Relative names: JAVA_TOOL_OPTIONS is split at spaces, an installation directory may hold one.
        dump="-Xshare:dump -XX:SharedClassListFile=casustafel.classlist -XX:SharedArchiveFile=casustafel.jsa"
        if (cd "$app" && JAVA_TOOL_OPTIONS="$dump" "$launcher" >"$log" 2>&1) \
            && [ -s "$archive" ] \
            && JAVA_TOOL_OPTIONS="-Xshare:on -Xlog:cds=info -Xlog:class+load=info" "$launcher" --data-dir "$data" \
                --version >>"$log" 2>&1 \
            && grep -q "Opened archive .*casustafel\.jsa" "$log"; then
            chmod 644 "$archive"
            if ! grep -q "nl.casustafel.app.Launcher source: shared objects file" "$log"; then
                echo "casustafel: the class-data archive holds the JDK's classes only (Java 17 leaves the" \
                    "application's out when its directory holds a space)." >&2
            fi
            rm -rf "$log" "$data"
            exit 0
        fi
        rm -f "$archive"
        echo "casustafel: no class-data archive made; the application starts without it (about a second slower)." >&2
        grep -v "\[class,load *\]\|\[cds *\]" "$log" | tail -n 20 >&2
        rm -rf "$log" "$data"
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
