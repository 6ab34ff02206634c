#!/bin/sh
# Draws the example charts of the README and docs/chart-rules.md from the seed dataset, with the
# command line, as a new user would: a fresh database in a temporary folder, then `chart`.
set -eu
cd "$(dirname "$0")/../.."
jar=target/returnwatch.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# a throw-away database of the seed dataset only; the passphrase is read from a file, never an argument
printf 'example charts of the seed dataset\n' > "$tmp/pw"
chmod 600 "$tmp/pw"
rw() { java -jar "$jar" --db "$tmp/seed" --passphrase-file "$tmp/pw" "$@"; }
rw init > /dev/null
out=docs/charts
dpi=110
rw chart RW-S-0001 --format png --dpi $dpi --out $out/involuntary-returns.png
rw chart RW-S-0001 RW-S-0002 --format png --dpi $dpi --out $out/returns-and-sky-net.png
rw chart RW-S-0006 RW-S-0007 --milestones RW-A-0002,RW-A-0003 --title "Removals of Chinese nationals from Canada to China" \
    --format png --dpi $dpi --out $out/removals-canada.png
rw chart RW-S-0006 RW-S-0007 --milestones RW-A-0002,RW-A-0003 --title "Removals of Chinese nationals from Canada to China" \
    --format pdf --out $out/removals-canada.pdf
rw chart RW-S-0004 RW-S-0011 --format png --dpi $dpi --out $out/removal-inventories.png
rw chart RW-S-0004 RW-S-0011 --layout second-axis --palette greyscale --format png --dpi $dpi \
    --out $out/removal-inventories-greyscale.png
rw chart RW-S-0014 RW-S-0015 --format png --dpi $dpi --out $out/asylum.png
