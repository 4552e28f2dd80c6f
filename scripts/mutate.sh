#!/usr/bin/env bash
# Mutation testing of one package: scripts/mutate.sh PKG (e.g. progress).
#
# Runs github.com/go-gremlins/gremlins v0.6.0 on ./PKG and prints the
# efficacy: killed / (killed + lived), a mutant that timed out counting as
# killed (the test run hung or crashed on it). Not part of CI: a run takes
# tens of minutes on two cores. Figures, commands and accepted survivors
# are in docs/mutation.md.
#
# Environment:
#   EXCLUDE  a regexp of file paths (relative to PKG) gremlins skips, e.g.
#            EXCLUDE='^(screen|ssh|config|doc)' scripts/mutate.sh gameday
#            mutates only the game room (room_*.go). Repeated -E is not
#            needed: use an alternation.
#   RUN      a go test -run pattern: only these tests judge each mutant (and
#            the coverage run, so a mutant no selected test reaches is
#            reported NOT COVERED, not LIVED). Leave empty for the whole
#            package suite.
#   SKIP     a go test -skip pattern: tests left out, e.g. a package's slow
#            corpus-wide checks when each mutant cannot afford them.
#   WORKERS, TIMEOUT_COEFFICIENT, LOG (the full gremlins output file).
#
# GOFLAGS: -count=1 keeps go test from answering from its cache, which makes
# every mutant look timed out; -vet=off and -ldflags=-w skip go vet and the
# DWARF tables on each of the hundreds of test builds (about 14 s down to
# 3 s per gameday mutant on the shared machine); they change nothing a test
# sees. The timeout coefficient is generous because the machine is shared.
set -euo pipefail
pkg=${1:?usage: scripts/mutate.sh PKG   (a package directory, e.g. progress)}
cd "$(git rev-parse --show-toplevel)"
[ -d "$pkg" ] || { echo "mutate.sh: no package directory $pkg" >&2; exit 2; }
gremlins=$(go env GOPATH)/bin/gremlins
[ -x "$gremlins" ] || go install github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0
log=${LOG:-$(mktemp)}
flags="-count=1 -vet=off -ldflags=-w"
[ -n "${RUN:-}" ] && flags="$flags -run=$RUN"
[ -n "${SKIP:-}" ] && flags="$flags -skip=$SKIP"
args=(unleash --workers "${WORKERS:-1}" --timeout-coefficient "${TIMEOUT_COEFFICIENT:-15}")
[ -n "${EXCLUDE:-}" ] && args+=(--exclude-files "$EXCLUDE")
GOFLAGS="$flags" "$gremlins" "${args[@]}" "./$pkg" | tee "$log"
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
