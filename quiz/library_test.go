package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

var wantFamilies = []string{"database", "cache", "queue", "dns", "cdn", "iam", "deploy", "scheduler", "storage", "network", "certificate", "clock"}

// TestLibrary checks the embedded failure-mode library: at least 120
// entries over every family the issue names, each complete and readable.
func TestLibrary(t *testing.T) {
	lib := Library()
	if len(lib) < 120 {
		t.Fatalf("%d mechanisms, want at least 120", len(lib))
	}
	perFamily := map[string]int{}
	for _, m := range lib {
		perFamily[m.Family]++
		s := m.render("payments-api", "", "")
		switch {
		case strings.Contains(s, "{") || strings.Contains(s, "…") || strings.Contains(s, "  "):
			t.Errorf("%s renders badly: %q", m.ID, s)
		case len([]rune(s)) > incidents.BriefLimit:
			t.Errorf("%s renders to %d characters: %q", m.ID, len([]rune(s)), s)
		case len(m.RuledOutBy) == 0 || !strings.HasSuffix(m.WhyNot, "."):
			t.Errorf("%s: no evidence kinds, or a why-not that is not a sentence: %q", m.ID, m.WhyNot)
		}
	}
	for _, f := range wantFamilies {
		if perFamily[f] < 4 {
			t.Errorf("family %s has %d mechanisms, want at least 4", f, perFamily[f])
		}
	}
}

func TestParseLibraryErrors(t *testing.T) {
	good := "x\tdb\tthe {svc} broke\tbroke\terrors\tlog\tThe logs show none."
	// Each bad entry is on line 3, after a comment and a blank line (the
	// duplicate on line 4, after the first), and the error names that line.
	for name, src := range map[string]string{
		"fields":    "x\tdb\tthe {svc} broke",
		"kind":      strings.Replace(good, "\tlog\t", "\tgraph\t", 1),
		"duplicate": good + "\n" + good,
		"no slot":   strings.Replace(good, "{svc}", "api", 1),
		"no id":     "\t" + strings.SplitN(good, "\t", 2)[1],
	} {
		want := "failuremodes.tsv:3: "
		if name == "duplicate" {
			want = "failuremodes.tsv:4: "
		}
		if _, err := parseLibrary("# comment\n\n" + src); err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: error %v, want one starting %q", name, err, want)
		}
	}
	if lib, err := parseLibrary("# comment\n\n" + good); err != nil || len(lib) != 1 || lib[0].Match[0] != "broke" {
		t.Errorf("good line: %v %+v", err, lib)
	}
}

func TestContainsWord(t *testing.T) {
	for _, tc := range []struct {
		s, p string
		want bool
	}{
		{"the san was wrong", "san", true},
		{"a thousand requests", "san", false},
		{"dns, then", "dns", true},
		{"the dnssec key", "dns", false},
	} {
		if got := containsWord(tc.s, tc.p); got != tc.want {
			t.Errorf("containsWord(%q, %q) = %v", tc.s, tc.p, got)
		}
	}
}

// TestNoSecondRightAnswer tells each library mechanism as an incident's
// root cause and checks it is never offered back as a wrong option for that
// incident (the same-cause check: its match phrases, else the cosine of
// the texts). It logs the closest options let through.
func TestNoSecondRightAnswer(t *testing.T) {
	lib := Library()
	incs := make([]incidents.Incident, len(lib))
	for k, m := range lib {
		incs[k] = incidents.Incident{ID: fmt.Sprintf("LIB-%03d", k), Platform: "Shop", Services: []string{"orders-api"},
			Title: "Orders failing", Summary: "Orders failed for an hour.", RootCause: m.render("orders-api", "", "")}
	}
	e := NewEngine(incs)
	type pair struct {
		like   float64
		answer string
		option string
	}
	var close []pair
	for k := range incs {
		pool := e.generatedPool(k, e.cause[k], e.newSessState([]int{k}), true, rand.New(rand.NewPCG(1, uint64(k))))
		for _, c := range pool {
			if c.mech == lib[k].ID {
				t.Errorf("%s offered as a wrong option for its own telling %q", c.mech, incs[k].RootCause)
			}
			close = append(close, pair{e.alike.likeCause(k, c.t.s, componentStems(&incs[k], "")), incs[k].RootCause, c.t.s})
		}
	}
	sort.Slice(close, func(a, b int) bool { return close[a].like > close[b].like })
	for _, p := range close[:5] {
		t.Logf("let through at %.2f: %q for %q", p.like, p.option, p.answer)
	}
}

// TestGeneratedOptions: an incident without material gets library options in
// the answer's shape (its consequence clause), naming the card's
// components in prose, with why-nots and ruled_out_by ids from its board.
func TestGeneratedOptions(t *testing.T) {
	inc := incidents.Incident{ID: "T-1", Platform: "Shop", Services: []string{"cart-service", "Redis"},
		Title: "Carts emptied", Summary: "Shoppers found their carts empty for two hours.",
		RootCause: "A Redis upgrade reset the eviction policy, so shoppers found their carts empty.",
		Evidence: []incidents.Evidence{{ID: "page", Kind: incidents.KindAlert}, {ID: "mem", Kind: incidents.KindMetric},
			{ID: "errs", Kind: incidents.KindLog}, {ID: "late", Kind: incidents.KindLog, AfterAnswer: true}}}
	e := NewEngine([]incidents.Incident{inc})
	pool := e.generatedPool(0, e.cause[0], e.newSessState([]int{0}), true, rand.New(rand.NewPCG(3, 3)))
	if len(pool) < genMechanisms+2 { // an entry told of one component or two: a data-only card's entries fit fewer
		t.Fatalf("%d generated options", len(pool))
	}
	mutations := 0
	for _, c := range pool {
		// The answer's clause closes the option, joined by "and" after an
		// entry's own consequence: one ", so" either way.
		shaped := strings.HasSuffix(c.t.s, ", so shoppers found their carts empty.") || strings.HasSuffix(c.t.s, ", and shoppers found their carts empty.")
		if !shaped || strings.Count(c.t.s, ", so ") != 1 || c.choice.WhyNot == "" {
			t.Errorf("option %q lacks the answer's clause or a why-not", c.t.s)
		}
		if !strings.Contains(c.t.s, "Redis") && !strings.Contains(c.t.s, "cart service") { // in prose (see proseName)
			t.Errorf("option %q names no component of the card", c.t.s)
		}
		if strings.HasPrefix(c.mech, "cache-eviction") {
			t.Errorf("the true mechanism offered: %q", c.t.s)
		}
		for _, id := range c.choice.RuledOutBy {
			if !slices.Contains([]string{"page", "mem", "errs"}, id) {
				t.Errorf("%q ruled out by %q", c.t.s, id)
			}
		}
		if c.mutation {
			mutations++
		}
	}
	if mutations == 0 {
		t.Error("no mutation of the true cause")
	}
}

// TestSymptomTail: a consequence clause is shared only when it tells a
// symptom on the card, never one naming the answer's own mechanism.
func TestSymptomTail(t *testing.T) {
	inc := &incidents.Incident{Title: "Checkout slow", Summary: "Checkout requests timed out for an hour."}
	for tail, want := range map[string]string{
		", so checkout requests timed out.":         ", so checkout requests timed out.",
		", so every call scanned millions of rows.": "",
		"": "",
	} {
		if got := symptomTail(inc, tail); got != want {
			t.Errorf("symptomTail(%q) = %q, want %q", tail, got, want)
		}
	}
}

// FuzzParseLibrary: any input is read or refused with an error, never a
// panic, and every entry read is complete.
func FuzzParseLibrary(f *testing.F) {
	f.Add("x\tdb\tthe {svc} broke\tbroke\terrors\tlog\tThe logs show none.")
	f.Add("# only a comment\n")
	f.Add("a\tb\t{svc}\t;\t \tlog,metric\tw\n\t\t\t\t\t\t")
	f.Fuzz(func(t *testing.T, src string) {
		lib, err := parseLibrary(src)
		if err != nil {
			return
		}
		for _, m := range lib {
			if m.ID == "" || m.Family == "" || !strings.Contains(m.Head, "{svc}") || len(m.Match) == 0 || m.WhyNot == "" {
				t.Fatalf("incomplete entry %+v", m)
			}
		}
	})
}
