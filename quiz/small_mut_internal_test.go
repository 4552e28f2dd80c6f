package quiz

import (
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// Tests against the surviving mutants of this round's run over quiz's
// small files (result.go, question.go); see docs/mutation.md.

func TestBreakdownAccuracy(t *testing.T) {
	if got := (Breakdown{Correct: 3, Total: 4}).Accuracy(); got != 0.75 {
		t.Errorf("3 of 4: accuracy %v, want 0.75", got)
	}
	if got := (Breakdown{}).Accuracy(); got != 0 {
		t.Errorf("none: accuracy %v, want 0", got)
	}
}

// An empty session's accuracy is 0, not 0/0.
func TestEmptyResultAccuracy(t *testing.T) {
	if got := (&Session{}).Result().Accuracy; got != 0 {
		t.Fatalf("accuracy of no answers %v, want 0", got)
	}
}

// Breakdowns go by total, most first; equal totals by label.
func TestByTotalOrder(t *testing.T) {
	a, b, c := Breakdown{Label: "b", Total: 1}, Breakdown{Label: "a", Total: 1}, Breakdown{Label: "z", Total: 3}
	if byTotal(c, a) >= 0 || byTotal(a, c) <= 0 {
		t.Error("a larger total does not come first")
	}
	if byTotal(b, a) >= 0 {
		t.Error("equal totals are not in label order")
	}
}

// Revealing more clues than there are shows the card with all of them.
func TestCardPastLastClue(t *testing.T) {
	inc := &incidents.Incident{ID: "X-1", Title: "Queue stall", Services: []string{"SQS"}}
	q := &Question{Incident: inc, HideTitle: true, HideServices: true, Clues: buildClues(inc, true, true, 1)}
	all := q.Card(len(q.Clues))
	past := q.Card(len(q.Clues) + 1)
	if past.Title != all.Title || past.Title != "Queue stall" || len(past.Services) != 1 {
		t.Fatalf("card past the last clue %+v, want %+v", past, all)
	}
}

// An incident without services offers no services clue, even in hard.
func TestNoServicesNoClue(t *testing.T) {
	inc := &incidents.Incident{ID: "X-2", Title: "Disk full"}
	for _, c := range buildClues(inc, true, true, 1) {
		if c.Label == ClueServices {
			t.Fatalf("a services clue for an incident with none: %+v", c)
		}
	}
}

// take marks a borrowed cause's source incident, the corpus's first one
// (index 0) included, and leaves a library option (src -1) unmarked.
func TestTakeMarksSourceZero(t *testing.T) {
	st := &sessState{used: map[string]bool{}, mech: map[string]bool{}, offered: map[string][]text{}, src: map[int]bool{}}
	st.take([]candidate{{t: text{norm: "a"}, src: 0}, {t: text{norm: "b"}, src: -1, mech: "dns"}})
	if !st.src[0] || st.src[-1] || len(st.src) != 1 {
		t.Fatalf("sources taken = %v, want incident 0 alone", st.src)
	}
	if !st.used["a"] || !st.used["b"] || !st.mech["dns"] {
		t.Fatalf("used = %v, mech = %v: every option and its mechanism count as used", st.used, st.mech)
	}
}

// A prevention item becomes a follow-up option when it has two plain
// words or more: a stray bullet or a lone word is left out.
func TestPreventionTextsWordFloor(t *testing.T) {
	e := NewEngine(nil)
	var got []string
	for _, p := range e.preventionTexts([]string{"-", "Alerting", "Alert earlier", "Rotate certificates automatically"}) {
		got = append(got, p.s)
	}
	if len(got) != 2 || got[0] != "Alert earlier" || got[1] != "Rotate certificates automatically" {
		t.Fatalf("preventionTexts = %q, want the two items of two words or more", got)
	}
}

// An overlay numbers new words after every word of its base, each its own
// id, and leaves the base unwritten.
func TestOverlayIDsDistinct(t *testing.T) {
	base := dict{}
	for _, w := range []string{"cache", "disk", "queue"} {
		base.id(w)
	}
	o := &overlay{base: base, extra: map[string]int32{}}
	seen := map[int32]string{}
	for _, w := range []string{"cache", "disk", "queue", "lease", "quorum", "lease"} {
		id := o.id(w)
		if prev, dup := seen[id]; dup && prev != w {
			t.Fatalf("overlay gave %q the id %d of %q", w, id, prev)
		}
		seen[id] = w
	}
	if len(base) != 3 {
		t.Fatalf("the base dict grew to %d words", len(base))
	}
}

// A two-letter word such as "db" is a plain word a card can overlap.
func TestMakeTextTwoLetterWords(t *testing.T) {
	d := dict{}
	tx := d.text("db ok")
	if id := d["db"]; !slices.Contains(tx.words, id) {
		t.Fatalf("plain words %v lack %q (id %d)", tx.words, "db", id)
	}
}

// tokens keeps words of three letters or more (shorter ones with a digit),
// drops stopwords and trims a plural "s" from words longer than four.
func TestTokensBoundaries(t *testing.T) {
	got := tokens("The API and S3, EC2 instances: DB keys miss cats buses")
	want := []string{"api", "s3", "ec2", "instance", "keys", "miss", "cats", "buse"}
	if !slices.Equal(got, want) {
		t.Fatalf("tokens = %q, want %q", got, want)
	}
}

// A card's plain words include two-letter ones that a choice uses.
func TestCardWordsTwoLetters(t *testing.T) {
	d := dict{}
	d.text("db failover")
	if got := d.cardWords("The DB"); len(got) != 1 || got[0] != d["db"] {
		t.Fatalf("cardWords = %v, want the id of %q", got, "db")
	}
}

// Two texts whose shared words are exactly likeLimit of their union (7 of
// 10) count as one, so does the shorter being exactly that share long.
func TestNearIdenticalAtLimit(t *testing.T) {
	d := dict{}
	long := d.text("alpha bravo charlie delta echo foxtrot golf hotel india juliet")
	short := d.text("alpha bravo charlie delta echo foxtrot golf")
	if !nearIdentical(long, short) || !nearIdentical(short, long) {
		t.Fatal("7 of 10 shared words: not near-identical")
	}
	if nearIdentical(long, d.text("alpha bravo charlie delta echo foxtrot")) {
		t.Fatal("6 of 10 shared words: near-identical")
	}
}

// sentenceOf is a sentence of exactly n runes (n ≥ 6): "The xx…x yy."
func sentenceOf(n int) string {
	body := strings.Repeat("x", n-8)
	return "The " + body + " yy."
}

// A derived cause stops growing at exactly derivedMin runes, takes a next
// sentence that ends exactly at the brief limit, and from exactly
// derivedEnough runes stands alone rather than overrun it.
func TestDerivedCauseBoundaries(t *testing.T) {
	first := sentenceOf(derivedMin)
	if got := derivedCause(first + " " + sentenceOf(20)); got != first {
		t.Errorf("a first sentence of derivedMin runes grew to %q", got)
	}
	enough := sentenceOf(derivedEnough)
	fits := sentenceOf(incidents.BriefLimit - derivedEnough - 1)
	if got := derivedCause(enough + " " + fits); got == enough {
		t.Errorf("a next sentence ending at the brief limit was left out: %q", got)
	}
	over := sentenceOf(incidents.BriefLimit - derivedEnough)
	if got := derivedCause(enough + " " + over); got != enough {
		t.Errorf("derivedEnough runes did not stand alone before an overrun: %q", got)
	}
}

// clauseCut leaves a text of exactly the limit whole, and cuts at a
// boundary exactly a third of the way in.
func TestClauseCutBoundaries(t *testing.T) {
	if got := clauseCut("exactly twenty chars", 20); got != "exactly twenty chars" {
		t.Errorf("a text of exactly the limit was cut: %q", got)
	}
	text := "aaaaaaaaaa; " + strings.Repeat("b", 40) // "; " at 10 of a 30-byte head
	if got := clauseCut(text, 31); got != "aaaaaaaaaa." {
		t.Errorf("clauseCut at a third = %q, want %q", got, "aaaaaaaaaa.")
	}
	// No clause break within the limit: cut within incidents.BriefLimit
	// instead, here whole.
	if got := clauseCut(strings.Repeat("a", 15)+" "+strings.Repeat("b", 40), 31); len(got) != 56 {
		t.Errorf("a text without a break was cut short of BriefLimit: %q", got)
	}
	// No clause break even there, and the last space exactly half-way: not
	// far enough in to cut at, so the head is cut where it ends.
	n := incidents.BriefLimit - 1
	half := strings.Repeat("a", n/2) + " " + strings.Repeat("b", 200)
	if got, want := clauseCut(half, incidents.BriefLimit), half[:n]+"."; got != want {
		t.Errorf("clauseCut with a space half-way = %q, want %q", got, want)
	}
}

// A cut is never made inside brackets or quotes, nor at either comma of
// an aside set into its clause.
func TestClauseCutKeepsAsidesWhole(t *testing.T) {
	for text, want := range map[string]string{
		"The clearinghouse slowed down, and we had retries at three layers (gateway, eligibility-service, and the worker), each set to 3 with no backoff at all.":                                                "The clearinghouse slowed down, and we had retries at three layers (gateway, eligibility-service, and the worker).",
		"The Redis primary failed over at 02:14 and the old celery-beat pod, which had lost its lock heartbeat, kept running beside its replacement, so the 08:00 reminder sweeps ran twice for every practice.": "The Redis primary failed over at 02:14 and the old celery-beat pod, which had lost its lock heartbeat, kept running beside its replacement.",
		"The job read the flag named \"internal, staff, and beta\" from the shared configuration store before the new segment rules were published there.":                                                       "The job read the flag named \"internal, staff, and beta\" from the shared configuration store.",
	} {
		if got := clauseCut(text, derivedMax); got != want {
			t.Errorf("clauseCut(%q)\n = %q\nwant %q", text, got, want)
		}
	}
}

// An entry offered as wrong maxOffers times in a session is closed to the
// rest of it beside derived answers, as is one told as an answer; one
// offered fewer times is not.
func TestOffersCapped(t *testing.T) {
	st := &sessState{ansMech: map[string]bool{"told": true}, offered: map[string][]text{}}
	for range maxOffers {
		st.offered["often"] = append(st.offered["often"], text{})
	}
	st.offered["twice"] = make([]text, maxOffers-1)
	got := st.closed()
	if !got["told"] || !got["often"] || got["twice"] || len(got) != 2 {
		t.Errorf("closed = %v, want told and often", got)
	}
	if len(st.ansMech) != 1 {
		t.Errorf("closed changed the session's answers: %v", st.ansMech)
	}
}

// A client app is told only of failures an app can have, never of a
// backend's ("the driver app scaling group"), and every such entry is in
// the library.
func TestClientAppFits(t *testing.T) {
	for _, tc := range []struct {
		m    Mechanism
		want bool
	}{
		{Mechanism{ID: "dependency-timeout-config", Family: "dependency", Head: "a timeout in {svc} client settings was lowered"}, true},
		{Mechanism{ID: "deploy-bad-release", Family: "deploy", Head: "a release of {svc} shipped a bug", App: true}, true},
		{Mechanism{ID: "deploy-canary-skip", Family: "deploy", Head: "a faulty {svc} build reached every region"}, false},
		{Mechanism{ID: "dependency-secrets-store", Family: "dependency", Head: "the secrets store that {svc} reads throttled the fleet"}, false},
		{Mechanism{ID: "db-pool-exhausted", Family: "database", Head: "slow queries held {svc} connections"}, false},
	} {
		if got := tc.m.fits("driver-app"); got != tc.want {
			t.Errorf("%s told of driver-app: %v, want %v", tc.m.ID, got, tc.want)
		}
	}
	if !(&Mechanism{Family: "database", Head: "x {svc}"}).fits("ledger-writer") || clientApp("app-store-sync") {
		t.Error("a team's backend service is no client app")
	}
	ids := map[string]bool{}
	for _, m := range library() {
		ids[m.ID] = true
	}
	for id := range clientEntries {
		if !ids[id] {
			t.Errorf("client entry %s is not in the library", id)
		}
	}
}
