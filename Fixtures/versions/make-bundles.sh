#!/bin/sh
# Rebuilds the git bundles used by the resolve/outdated golden transcripts: one repository per
# package, one commit and tag per release, each with its own package.json. Each bundle goes into
# the 'sources' folder of the fixture package that names it (a repository's .slingr-pkg.json may
# only name paths inside the repository). Run from this folder; commit the resulting *.bundle
# files. Dates are fixed so the bundles are reproducible.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export GIT_AUTHOR_DATE='2024-01-01T00:00:00Z' GIT_COMMITTER_DATE='2024-01-01T00:00:00Z'

# release NAME TAG DEPENDENCIES_JSON
release() {
  repo="$work/$1"
  [ -d "$repo" ] || git init -q -b main "$repo"
  printf '{\n  "label": "%s",\n  "name": "%s",\n  "dependencies": %s,\n  "configuration": [],\n  "events": [],\n  "metadata": []\n}\n' "$1" "$1" "$3" > "$repo/package.json"
  git -C "$repo" add package.json
  git -C "$repo" -c user.name=t -c user.email=t@t commit -q --allow-empty -m "release $2"
  git -C "$repo" tag "$2"
}
dep() { printf '{"type": "%s", "name": "%s", "version": "%s"}' "$1" "$2" "$3"; }

for v in v1.0.0 v1.0.1 v1.0.2 v1.0.3 v1.0.4; do release versionTest $v '[]'; done
for v in v1.0.0 v1.0.1 v1.0.2 v1.0.3 v1.0.4; do release nesteddep1 $v "[$(dep package versionTest v2.0.0)]"; done
git -C "$work/versionTest" tag develop

release diamonda v1.0.0 "[$(dep package diamondc ^v1.0.0)]"
release diamonda v1.1.0 "[$(dep package diamondc ^v1.0.0), $(dep service http ~v1.3.0)]"
release diamondb v1.0.0 "[$(dep package diamondc ~v1.2.0)]"
for v in v1.0.0 v1.2.0 v1.2.5 v1.3.0 v2.0.0; do release diamondc $v '[]'; done
release cyclea v1.0.0 "[$(dep package cycleb ^v1.0.0)]"
release cycleb v1.0.0 "[$(dep package cyclea ^v1.0.0)]"

bundle() { git -C "$work/$2" bundle create -q "$PWD/$1/sources/$2.bundle" --all; }
for name in versionTest nesteddep1; do bundle conflict $name; done
for name in diamonda diamondb diamondc; do bundle diamond $name; done
for name in cyclea cycleb; do bundle cycle $name; done
