package quiz

// Tests written against gremlins' survivors in generate.go
// (docs/mutation.md): how a generated near-miss is shaped after the answer
// (component, consequence clause, trigger) and how library entries are
// scored for an incident, each with hand-worked literals.

import (
	"slices"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestAnswerShape(t *testing.T) {
	svcs := []string{" ", "Redis", "checkout-api", "Kafka"}
	for _, tc := range []struct {
		name, answer string
		services     []string
		authored     bool
		want         shape
	}{
		{"the first named service is the component", "Kafka lag grew while redis evicted keys", svcs, false,
			shape{component: "Redis", others: []string{"checkout-api", "Kafka"}}},
		{"the earliest consequence marker starts the tail", "Redis evicted keys, causing misses, so checkout failed", svcs, true,
			shape{component: "Redis", others: []string{"checkout-api", "Kafka"}, tail: ", causing misses, so checkout failed"}},
		{"a later-listed marker earlier in the text", "Redis evicted keys, leaving carts empty, causing misses", svcs, true,
			shape{component: "Redis", others: []string{"checkout-api", "Kafka"}, tail: ", leaving carts empty, causing misses"}},
		{"a marker opening the text is no tail", ", so Redis evicted keys", svcs, true,
			shape{component: "Redis", others: []string{"checkout-api", "Kafka"}}},
		{"an authored brief naming none: generic", "A cache evicted hot keys, so pages slowed", svcs, true,
			shape{component: genericComponent, tail: ", so pages slowed"}},
		{"a derived answer naming none: the team's own service first", "A cache evicted hot keys", svcs, false,
			shape{component: "checkout-api", others: []string{"Redis", "Kafka"}}},
		{"no services at all: generic", "A cache evicted hot keys", nil, false,
			shape{component: genericComponent}},
	} {
		got := answerShape(&incidents.Incident{Services: tc.services}, tc.answer, tc.authored)
		if got.component != tc.want.component || !slices.Equal(got.others, tc.want.others) || got.tail != tc.want.tail {
			t.Errorf("%s: answerShape = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestAnswerTrigger(t *testing.T) {
	for answer, want := range map[string]string{
		"Redis evicted keys after the 09:00 release, so carts emptied": "after the 09:00 release",
		"Keys expired during the export after the release":             "during the export after the release",
		"Keys expired while the job ran; nobody noticed":               "while the job ran",
		"Keys expired when the clock jumped.":                          "when the clock jumped",
		"Keys expired after":                                           "",                                        // one word: too short
		"Keys expired after lunch":                                     "after lunch",                             // two words: enough
		"Keys expired after one two three four five six seven eight":   "",                                        // nine words: too long
		"Keys expired after one two three four five six seven":         "after one two three four five six seven", // eight
		"After the release keys expired":                               "",                                        // a trigger opening the answer is its head
		"No trigger here":                                              "",
		" after the release keys expired":                              "", // even after a stray space
	} {
		if got := answerTrigger(answer); got != want {
			t.Errorf("answerTrigger(%q) = %q, want %q", answer, got, want)
		}
	}
}

func TestRender(t *testing.T) {
	m := &Mechanism{Head: "the {svc} cache filled up"}
	comma := &Mechanism{Head: "a {svc} node crashed, then restarted"}
	for _, tc := range []struct {
		m                  *Mechanism
		svc, trigger, tail string
		want               string
	}{
		{m, "Redis", "", "", "The Redis cache filled up."},
		{m, "Redis", "after the release", "", "The Redis cache filled up after the release."},
		{m, "Redis", "after the release", ", so carts emptied.", "The Redis cache filled up after the release, so carts emptied."},
		{m, genericComponent, "", "", "The service cache filled up."}, // no "the the service"
		{&Mechanism{Head: "an {svc} update broke it"}, genericComponent, "", "", "A service update broke it."},
		{comma, "Kafka", "after the release", "", "A Kafka node crashed, then restarted."}, // after a clause it would misread
		// The card's consequence takes the place of the head's own, but not
		// of a clause naming the component or one that may be the cause.
		{&Mechanism{Head: "the {svc} stream had too few partitions, so producers were throttled"}, "Kinesis", "", ", so positions lagged.", "The Kinesis stream had too few partitions, so positions lagged."},
		{&Mechanism{Head: "a failover left {svc} clients on the old primary, which rejected writes"}, "Redis", "", ", so carts emptied.", "A failover left Redis clients on the old primary, so carts emptied."},
		{&Mechanism{Head: "a table lost its index, so {svc} scanned every row"}, "Postgres", "", ", so checkout slowed.", "A table lost its index, so Postgres scanned every row, and checkout slowed."},
		{&Mechanism{Head: "the API {svc} calls slowed down, and the calls had no timeout"}, "checkout", "", ", so orders failed.", "The API checkout calls slowed down, and the calls had no timeout, so orders failed."},
		{&Mechanism{Head: "the {svc} stream had too few partitions, so producers were throttled"}, "Kinesis", "", "", "The Kinesis stream had too few partitions, so producers were throttled."},
	} {
		if got := tc.m.render(tc.svc, tc.trigger, tc.tail); got != tc.want {
			t.Errorf("render(%q, %q, %q, %q) = %q, want %q", tc.m.Head, tc.svc, tc.trigger, tc.tail, got, tc.want)
		}
	}
}

func TestJitter(t *testing.T) {
	seen := map[float64]bool{}
	for _, id := range []string{"A", "B", "INC-1"} {
		for _, mech := range []string{"x", "y", "dns-ttl"} {
			j := jitter(id, mech)
			if j < 0 || j >= 1 || seen[j] {
				t.Errorf("jitter(%q, %q) = %v: outside [0, 1) or repeated", id, mech, j)
			}
			seen[j] = true
		}
	}
	// The id and the entry are separated: "AB"+"C" is not "A"+"BC".
	if jitter("AB", "C") == jitter("A", "BC") {
		t.Error("jitter does not separate id from entry")
	}
}

// TestBaseFits scores library entries by family (2 for a family the
// services belong to, 1 for one the card mentions, else 0.2 for a specific
// family and 0.6 for a generic one) plus 0.4 per symptom word on the card,
// at most three.
func TestBaseFits(t *testing.T) {
	lib := library()
	var m *Mechanism
	for k := range lib {
		if len(lib[k].Symptoms) >= 4 {
			m = &lib[k]
			break
		}
	}
	if m == nil {
		t.Fatal("no library entry with four symptom words")
	}
	one := &lib[(slices.IndexFunc(lib, func(x Mechanism) bool { return x.ID == m.ID })+1)%len(lib)]
	inc := incidents.Incident{ID: "X", Title: strings.Join(m.Symptoms, " "), Summary: one.Symptoms[0],
		RootCause: "Something nobody has a library entry for at all"}
	e := NewEngine([]incidents.Incident{inc})
	fam := families(&e.incs[0])
	for _, f := range e.baseFits(0) {
		base, ok := fam[f.m.Family]
		if !ok {
			_, specific := familyWords[f.m.Family]
			base = map[bool]float64{true: 0.2, false: 0.6}[specific]
		}
		want := base
		switch f.m.ID {
		case m.ID:
			want += 1.2 // four or more symptom words, counted as three
		case one.ID:
			if f.score-base < 0.4-1e-9 {
				t.Errorf("%s: its symptom %q is on the card but scores %v over %v", one.ID, one.Symptoms[0], f.score, base)
			}
			continue
		default:
			continue // other entries may share a symptom word by chance
		}
		if !near(f.score, want) {
			t.Errorf("%s: score %v, want %v", f.m.ID, f.score, want)
		}
	}
}

// TestGeneratedPool checks each pool the generator offers on the bundled
// and the team corpus: at most genMechanisms library entries, the first
// half near-misses and the rest borrowed, one or two variants each (two
// only where the answer's shape has a second component), costing 0.05 per
// entry taken before, ruled out by the board where there is one, and
// marked as a mutation only on the answer's own component when shared.
func TestGeneratedPool(t *testing.T) {
	team := teamIncidents(t)
	var six, twins, mutations, bare, triggers, cardTails int
	for name, e := range map[string]*Engine{"bundled": bundledEngine(t), "team": NewEngine(team)} {
		for i := range e.incs {
			if !e.ok[i] {
				continue
			}
			for _, shared := range []bool{false, true} {
				answer := e.cause[i]
				sh := answerShape(&e.incs[i], answer.s, e.brief[i])
				pool := e.generatedPool(i, answer, e.newSessState([]int{i}), shared, rngFor(3, e.incs[i].ID, 1))
				if len(e.incs[i].Evidence) == 0 && len(pool) > 0 {
					bare++
				}
				own, cardTail := answerTrigger(answer.s), summaryTail(&e.incs[i])
				var mechs []string
				per := map[string]int{}
				texts := map[string]bool{}
				for _, c := range pool {
					if !slices.Contains(mechs, c.mech) {
						mechs = append(mechs, c.mech)
					}
					k := len(mechs) - 1
					per[c.mech]++
					wantGroup := map[bool]int{true: groupNear, false: groupBorrowed}[k < genMechanisms/2]
					if c.mech != mechs[k] || c.group != wantGroup || !near(c.pref, 0.05*float64(k)) || c.src != -1 || texts[c.t.norm] {
						t.Fatalf("%s %s: candidate %q: entry %d (%s), group %d, pref %v, src %d", name, e.incs[i].ID, c.t.s, k, c.mech, c.group, c.pref, c.src)
					}
					texts[c.t.norm] = true
					// The answer's trigger only beside an authored brief; the
					// card's tail only when the pool is not shared.
					if own != "" && strings.Contains(c.t.s, own) {
						if !e.brief[i] {
							t.Errorf("%s %s: %q copies a derived answer's trigger", name, e.incs[i].ID, c.t.s)
						}
						triggers++
					}
					if cardTail != "" && strings.HasSuffix(c.t.s, cardTail) && !strings.HasSuffix(sh.tail, cardTail) {
						if shared {
							t.Errorf("%s %s: shared %q ends in the card's tail", name, e.incs[i].ID, c.t.s)
						}
						cardTails++
					}
					if len(e.incs[i].Evidence) > 0 && len(c.choice.RuledOutBy) == 0 || nearIdentical(c.t, answer) {
						t.Errorf("%s %s: %q is not ruled out by the board or reads as the answer", name, e.incs[i].ID, c.t.s)
					}
					if c.mutation {
						mutations++
						if !shared || !strings.Contains(strings.ToLower(c.t.s), strings.ToLower(proseName(strings.TrimPrefix(sh.component, "the ")))) {
							t.Errorf("%s %s: mutation %q (shared %v) does not name the component %q", name, e.incs[i].ID, c.t.s, shared, sh.component)
						}
					}
				}
				if len(mechs) > genMechanisms {
					t.Errorf("%s %s: %d library entries", name, e.incs[i].ID, len(mechs))
				}
				if len(mechs) == genMechanisms {
					six++
				}
				for m, n := range per {
					if n > 2 || n == 2 && len(sh.others) == 0 {
						t.Errorf("%s %s: %d variants of %s with %d other components", name, e.incs[i].ID, n, m, len(sh.others))
					}
					if n == 2 {
						twins++
					}
				}
			}
		}
	}
	if six == 0 || twins == 0 || mutations == 0 || bare == 0 || triggers == 0 || cardTails == 0 {
		t.Errorf("the corpora no longer exercise every rule: %d full pools, %d entries with two variants, %d mutations, "+
			"%d pools without a board, %d triggers, %d card tails", six, twins, mutations, bare, triggers, cardTails)
	}
}

// TestGeneratedPoolReusesWhenDry: once a session has drawn all but a few
// library entries, the generator draws from the whole library again (bar
// entries told as answers) rather than offer fewer near-misses.
func TestGeneratedPoolReusesWhenDry(t *testing.T) {
	e := bundledEngine(t)
	i := 0
	fits := e.baseFits(i)
	for _, left := range []int{2*genMechanisms - 1, 2 * genMechanisms} {
		st := e.newSessState([]int{i})
		for _, f := range fits[left+1:] {
			st.mech[f.m.ID] = true
		}
		st.mech[fits[0].m.ID], st.ansMech[fits[0].m.ID] = true, true // left entries are unused
		reused := false
		for _, c := range e.generatedPool(i, e.cause[i], st, false, rngFor(1, "x", 1)) {
			if c.mech == fits[0].m.ID {
				t.Errorf("%d left: entry %s, told as an answer, was drawn", left, c.mech)
			}
			reused = reused || st.mech[c.mech]
		}
		if want := left < 2*genMechanisms; reused != want {
			t.Errorf("%d entries left: drew a used entry %v, want %v", left, reused, want)
		}
	}
}

// TestFitMechanisms: the entries a session has not used, best first, each
// scored by its base fit plus up to 0.8 of jitter, fixed per incident and
// entry for a derived answer.
func TestFitMechanisms(t *testing.T) {
	team := teamIncidents(t)
	for name, e := range map[string]*Engine{"bundled": bundledEngine(t), "team": NewEngine(team)} {
		i := 0
		base := map[string]float64{}
		for _, f := range e.baseFits(i) {
			base[f.m.ID] = f.score
		}
		used := map[string]bool{e.baseFits(i)[0].m.ID: true}
		got := e.fitMechanisms(i, used, rngFor(1, "x", 1))
		if len(got) != len(base)-1 {
			t.Fatalf("%s: %d fits of %d, one used", name, len(got), len(base))
		}
		for k, f := range got {
			j := f.score - base[f.m.ID]
			if used[f.m.ID] || j < 0 || j >= 0.8 || k > 0 && f.score > got[k-1].score {
				t.Fatalf("%s: fit %d %s scores %v on a base of %v", name, k, f.m.ID, f.score, base[f.m.ID])
			}
			if !e.brief[i] && !near(j, 0.8*jitter(e.incs[i].ID, f.m.ID)) {
				t.Errorf("%s: %s jitter %v, want the fixed 0.8 × %v", name, f.m.ID, j, jitter(e.incs[i].ID, f.m.ID))
			}
		}
	}
}

func TestKindsOnBoard(t *testing.T) {
	board := []incidents.Evidence{
		{ID: "alert", Kind: "alert"},
		{ID: "late-log", Kind: "log", AfterAnswer: true}, // shown only after the answer
		{ID: "log1", Kind: "log"},
		{ID: "log2", Kind: "log"},
		{Kind: "metric"}, // no id: nothing can point at it
		{ID: "deploys", Kind: "change"},
	}
	for _, tc := range []struct {
		kinds, want []string
	}{
		{[]string{"log"}, []string{"log1"}},
		{[]string{"change", "alert", "log"}, []string{"deploys", "alert", "log1"}},
		{[]string{"metric", "trace"}, nil},
		{[]string{"log", "log"}, []string{"log1"}},
		{nil, nil},
	} {
		if got := kindsOnBoard(tc.kinds, board); !slices.Equal(got, tc.want) {
			t.Errorf("kindsOnBoard(%q) = %q, want %q", tc.kinds, got, tc.want)
		}
	}
}
