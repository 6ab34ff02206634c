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
rm -rf target/installer target/jpackage-input target/jpackage-image
mkdir -p target/jpackage-input
cp target/returnwatch.jar target/jpackage-input/

# A .deb is made from the app-image, archive and all (below); every other type from the jar.
image_dest=target/installer
[ "$type" = deb ] && image_dest=target/jpackage-image
app_args=(--name ReturnWatch --app-version "$version"
      --description "Records and links cases of coercive return"
      --vendor "ReturnWatch")
args=(--type "$type" "${app_args[@]}"
      --input target/jpackage-input --main-jar returnwatch.jar
      --main-class org.returnwatch.ReturnWatch --dest "$image_dest"
      --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.sql,java.xml,jdk.unsupported,jdk.crypto.ec
      --java-options "-Dfile.encoding=UTF-8")
# The app-image starts from a class-data-sharing archive of the classes a start loads (made below); the
# JVM starts without it, silently, where it cannot use it (the image moved: it records the jar's path).
if [ "$type" = app-image ] || [ "$type" = deb ]; then
  args[1]=app-image
  args+=(--java-options '-XX:SharedArchiveFile=$APPDIR/returnwatch.jsa' --java-options "-Xshare:auto")
fi

package_args=(--license-file LICENSE)
case "$type" in
  deb|rpm)
    # jpackage cannot see the JavaFX native libraries inside the jar, so name what they need.
    package_args+=(--linux-shortcut --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1")
    [ -f "$here/linux/returnwatch.png" ] && package_args+=(--icon "$here/linux/returnwatch.png") ;;
  dmg|pkg)
    [ -f "$here/macos/returnwatch.icns" ] && package_args+=(--icon "$here/macos/returnwatch.icns") ;;
  exe|msi)
    package_args+=(--win-menu --win-shortcut)
    [ -f "$here/windows/returnwatch.ico" ] && package_args+=(--icon "$here/windows/returnwatch.ico") ;;
esac
[ "$type" != app-image ] && [ "$type" != deb ] && args+=("${package_args[@]}")

jpackage "${args[@]}"
if [ "$type" = app-image ] || [ "$type" = deb ]; then
  # The class-data-sharing archive is made here, from a training run of this very image (its launcher,
  # runtime and jar, which the archive must match): the window starts on a display (Xvfb when there is
  # none), the classes it loads up to its first frame are listed, then those of opening a database (through
  # the command line), and -Xshare:dump turns the lists into the archive. Without a display the image is built without one and starts as fast as before.
  app="$(ls -d "$image_dest"/*)"
  launcher="$(find "$app" -path '*/bin/ReturnWatch' -o -path '*/MacOS/ReturnWatch' | head -1)"
  train="$(mktemp -d)"
  trap 'rm -rf "$train"' EXIT
  display=()
  if [ "$(uname)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null; then display=(xvfb-run -a); else display=(none); fi
  fi
  if [ "${display[*]}" = none ]; then
    echo "no display and no xvfb-run: no class-data-sharing archive; the program starts without one"
  else
    # a home of its own, so that the run leaves no settings behind
    JAVA_TOOL_OPTIONS="-Duser.home=$train -XX:DumpLoadedClassList=$train/classlist -Dreturnwatch.startMarks=$train/marks" \
      RETURNWATCH_DB="$train/training" setsid "${display[@]}" "$launcher" >"$train/run.log" 2>&1 &
    pid=$!
    for _ in $(seq 240); do
      grep -qs window-shown "$train/marks" && break
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -TERM -- "-$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if grep -qs window-shown "$train/marks"; then
      # the unlock's classes (H2, the schema's migrations, the store) through the command line, which opens
      # a database as the window does: a training database made and read with a passphrase in a file
      printf 'a passphrase for the training run only\n' >"$train/passphrase"
      for command in init "list cases"; do
        # shellcheck disable=SC2086 # the command's words are meant to split
        JAVA_TOOL_OPTIONS="-Duser.home=$train -XX:DumpLoadedClassList=$train/unlock.classlist" "$launcher" \
          --db "$train/training" --passphrase-file "$train/passphrase" $command >>"$train/run.log" 2>&1 || true
        cat "$train/unlock.classlist" >>"$train/classlist"
      done
      # each class once: the JVM's dump crashes on a lambda listed twice
      awk '!seen[$0]++' "$train/classlist" >"$train/all.classlist"
      JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$train/all.classlist" "$launcher" >target/cds-dump.log 2>&1 \
        || echo "no class-data-sharing archive (see target/cds-dump.log); the program starts without one"
      # the list goes with the image: an installed package dumps its own archive from it (installer/linux/deb)
      cp "$train/all.classlist" "$(dirname "$(find "$app" -name returnwatch.jar | head -1)")/returnwatch.classlist"
    else
      cp "$train/run.log" target/cds-training.log
      echo "the training run showed no window (see target/cds-training.log): no class-data-sharing archive"
    fi
  fi
fi
if [ "$type" = deb ]; then
  # The archive records the jar's path, so the one made here would not be used where the package installs
  # the program: the package's post-install step dumps one there from the class list the image carries,
  # and its pre-removal step deletes it (installer/linux/deb/postinst, prerm).
  find "$app" -name returnwatch.jsa -delete
  jpackage --type deb --app-image "$app" "${app_args[@]}" "${package_args[@]}" --dest target/installer \
    --resource-dir "$here/linux/deb"
fi
echo "Built $(ls -d target/installer/*)"
