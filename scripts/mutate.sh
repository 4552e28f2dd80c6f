#!/usr/bin/env bash
# Mutation testing of one package: scripts/mutate.sh PKG (e.g. progress).
#
# Runs github.com/go-gremlins/gremlins v0.6.0 on ./PKG and prints the
# efficacy: killed / (killed + lived), a mutant that timed out counting as
# killed (the test run hung or crashed on it). Not part of CI: a run takes
# tens of minutes on two cores. Accepted survivors are listed, with reasons,
# in docs/progress.md (progress) and beside each package's figures.
#
# GOFLAGS=-count=1 keeps go test from answering from its cache, which makes
# every mutant look timed out; the timeout coefficient is generous because
# the machine is shared.
set -euo pipefail
pkg=${1:?usage: scripts/mutate.sh PKG   (a package directory, e.g. progress)}
cd "$(git rev-parse --show-toplevel)"
[ -d "$pkg" ] || { echo "mutate.sh: no package directory $pkg" >&2; exit 2; }
gremlins=$(go env GOPATH)/bin/gremlins
[ -x "$gremlins" ] || go install github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0
out=$(mktemp)
trap 'rm -f "$out"' EXIT
GOFLAGS=-count=1 "$gremlins" unleash --workers "${WORKERS:-1}" --timeout-coefficient "${TIMEOUT_COEFFICIENT:-15}" \
	--output "$out" "./$pkg" | tee "${LOG:-/dev/null}"
# The JSON report lists every mutant with its status.
go run ./scripts/efficacy "$out"
