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
log=${LOG:-$(mktemp)}
GOFLAGS=-count=1 "$gremlins" unleash --workers "${WORKERS:-1}" --timeout-coefficient "${TIMEOUT_COEFFICIENT:-15}" \
	"./$pkg" | tee "$log"
# One line per mutant: STATUS TYPE at file:line:col.
echo
echo "Survivors (LIVED):"
grep -E '^ *LIVED ' "$log" || echo "  none"
awk -v pkg="$pkg" '
	/^ *KILLED /    { k++ }
	/^ *TIMED OUT / { t++ }
	/^ *LIVED /     { l++ }
	END {
		if (k + t + l == 0) { print "mutate.sh: no mutant was tested"; exit 1 }
		printf "%s: killed %d, timed out %d (counted as killed), lived %d: efficacy %.1f%%\n",
			pkg, k, t, l, 100 * (k + t) / (k + t + l)
	}' "$log"
