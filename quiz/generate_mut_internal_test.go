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
