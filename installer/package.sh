#!/usr/bin/env bash
# Builds a self-contained ReturnWatch for this operating system with jpackage (JDK 17):
#   installer/package.sh              an app-image folder (runs without an installed Java)
#   installer/package.sh deb|rpm|dmg|pkg|exe|msi
#                                     an installer of that type (deb needs: apt-get install fakeroot)
# Output goes to target/installer/. Run from anywhere; it builds the jar first.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
type="${1:-app-image}"
version="$(sed -n 's:.*<version>\([0-9][0-9.]*\).*</version>.*:\1:p' "$root/pom.xml" | head -1)"

cd "$root"
mvn -B -q package -DskipTests
rm -rf target/installer target/jpackage-input
mkdir -p target/jpackage-input
cp target/returnwatch.jar target/jpackage-input/

args=(--type "$type" --name ReturnWatch --app-version "$version"
      --input target/jpackage-input --main-jar returnwatch.jar
      --main-class org.returnwatch.ReturnWatch --dest target/installer
      --description "Records and links cases of coercive return"
      --vendor "ReturnWatch"
      --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec
      --java-options "-Dfile.encoding=UTF-8")
# The app-image starts from a class-data-sharing archive of the classes a start loads (made below); the
# JVM starts without it, silently, where it cannot use it (the image moved: it records the jar's path).
[ "$type" = app-image ] && args+=(--java-options '-XX:SharedArchiveFile=$APPDIR/returnwatch.jsa' --java-options "-Xshare:auto")

[ "$type" != app-image ] && args+=(--license-file LICENSE)
case "$type" in
  deb|rpm)
    # jpackage cannot see the JavaFX native libraries inside the jar, so name what they need.
    args+=(--linux-shortcut --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1")
    [ -f "$here/linux/returnwatch.png" ] && args+=(--icon "$here/linux/returnwatch.png") ;;
  dmg|pkg)
    [ -f "$here/macos/returnwatch.icns" ] && args+=(--icon "$here/macos/returnwatch.icns") ;;
  exe|msi)
    args+=(--win-menu --win-shortcut)
    [ -f "$here/windows/returnwatch.ico" ] && args+=(--icon "$here/windows/returnwatch.ico") ;;
esac

jpackage "${args[@]}"
if [ "$type" = app-image ]; then
  # A static archive from the class list of a training run (installer/returnwatch.classlist: the window
  # up to the first screen after the unlock; docs/benchmarks.md says how to make it again), dumped by
  # the image's own launcher, runtime and jar, so that it matches them.
  app="$(ls -d target/installer/*)"
  launcher="$(find "$app" -path '*/bin/ReturnWatch' -o -path '*/MacOS/ReturnWatch' | head -1)"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$here/returnwatch.classlist" "$launcher" >target/cds-dump.log 2>&1 \
    || { echo "no class-data-sharing archive (see target/cds-dump.log); the program starts without one"; }
fi
echo "Built $(ls -d target/installer/*)"
