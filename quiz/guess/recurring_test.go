package guess

import (
	"testing"

	"github.com/nexusflow/rootcause/quiz"
)

// The recurring bots count a choice over every session of the run, word
// for word and whatever its case: the sentence a reviewing trainee has met
// most (or least) often.
func TestRecurringCountsOverTheRun(t *testing.T) {
	items := []Item{
		{Choices: []string{"Disk full.", "DNS expired.", "Pool ran dry.", "Cert expired."}},
		{Choices: []string{"DISK FULL.", "Quota hit.", "Pool ran dry.", "Clock skew."}},
		{Choices: []string{"Disk full.", "Quota hit.", "Flag flipped.", "Cache cold."}},
	}
	stats := NewStats(items)
	byName := map[string]Guesser{}
	for _, g := range All(stats) {
		byName[g.Name()] = g
	}
	if got := byName["recurring"].Pick(&items[1]); got != 0 {
		t.Errorf("recurring picked %q, want %q (met three times)", items[1].Choices[got], items[1].Choices[0])
	}
	if got := byName["least-recurring"].Pick(&items[1]); got != 3 {
		t.Errorf("least-recurring picked %q, want %q (met once)", items[1].Choices[got], items[1].Choices[3])
	}
}

// The familiar bots count a choice with every sentence met that shares at
// least half its words: a sentence cut short, or a template told of
// another service, is the one a trainee has seen before.
func TestFamiliarCountsAlikeSentences(t *testing.T) {
	items := []Item{
		{Choices: []string{"The pool ran dry, so checkout timed out.", "DNS expired.", "Quota hit on ledger.", "Cert expired."}},
		{Choices: []string{"The pool ran dry.", "Quota hit on search.", "Clock skew broke tokens.", "Flag flipped."}},
		{Choices: []string{"Disk full.", "Quota hit on mail.", "The pool ran dry at peak.", "Cache cold."}},
	}
	byName := map[string]Guesser{}
	for _, g := range All(NewStats(items)) {
		byName[g.Name()] = g
	}
	// "The pool ran dry." is met once word for word and three times alike;
	// the quota template three times alike, each rendering once.
	if got := byName["familiar"].Pick(&items[1]); got != 0 && got != 1 {
		t.Errorf("familiar picked %q, want the pool or the quota sentence", items[1].Choices[got])
	}
	if got := byName["least-familiar"].Pick(&items[1]); got != 2 && got != 3 {
		t.Errorf("least-familiar picked %q, want a sentence met once", items[1].Choices[got])
	}
	s := NewStats(items)
	if n := s.familiar["the pool ran dry."]; n != 3 {
		t.Errorf("the pool sentence is familiar %d times, want 3", n)
	}
	if n := s.familiar["quota hit on search."]; n != 3 {
		t.Errorf("the quota template is familiar %d times, want 3", n)
	}
	if n := s.familiar["dns expired."]; n != 1 {
		t.Errorf("a sentence met once is familiar %d times, want 1", n)
	}
}

// The record-voice bot sets aside a choice like another sentence met (a
// template told of another service) and picks, of the rest, the best word
// match with the card.
func TestRecordVoiceSetsTemplatesAside(t *testing.T) {
	card := quiz.Card{Summary: "Checkout requests timed out."}
	items := []Item{
		{Card: card, Choices: []string{
			"Slow queries held checkout connections open until the pool ran dry.", // a template, met again below
			"The checkout order query ran without an index after a rebuild.",      // the team's own sentence
			"A lifecycle rule deleted images.",
			"Checkout requests timed out because the checkout cache was cold.", // the best card match, but a template
		}},
		{Choices: []string{
			"Slow queries held search connections open until the pool ran dry.",
			"Search requests timed out because the search cache was cold.",
			"A flag flipped.", "Disk full.",
		}},
	}
	g := named(t, "record-voice", items)
	if got := g.Pick(&items[0]); got != 1 {
		t.Errorf("record-voice picked %q, want the sentence met in its own words that matches the card best", items[0].Choices[got])
	}
}

// The card-product bot picks the option naming the card's product (a
// service written with a capital), not its team's own lower-case service.
func TestCardProductPicksTheProduct(t *testing.T) {
	it := Item{Card: quiz.Card{Services: []string{"push-sender", "Firebase"}},
		Choices: []string{"The push sender leaked connections.", "Firebase credentials expired.", "A deploy broke push-sender.", "Disk full."}}
	if got := perChoice(cardProduct)(&it); got[1] != 1 || got[0]+got[2]+got[3] != 0 {
		t.Errorf("card-product scores %v, want only the Firebase option", got)
	}
}

// The foreign-service bot sets aside a choice naming a service that
// another card lists and this one does not, in prose or as listed.
func TestForeignServiceSetsOtherCardsAside(t *testing.T) {
	items := []Item{
		{Card: quiz.Card{Summary: "Staff could not sign in.", Services: []string{"auth-service", "Keycloak"}}, Choices: []string{
			"The payments gateway sign in tokens were rejected by the bank.", // another card's service, the best card match
			"Kafka consumers could not sign in to the broker.",               // another card's product
			"The auth service cached an old signing key.",                    // this card's service in prose
			"A network change dropped packets.",                              // "network" is an ordinary word
		}},
		{Card: quiz.Card{Services: []string{"payments-gateway", "Kafka", "network"}}, Choices: []string{"a", "b", "c", "d"}},
	}
	g := named(t, "foreign-service", items)
	if got := g.Pick(&items[0]); got != 2 {
		t.Errorf("foreign-service picked %q, want the choice naming this card's own service", items[0].Choices[got])
	}
	if got := serviceNames("checkout-api"); len(got) != 2 || got[1] != "checkout service" {
		t.Errorf("serviceNames(checkout-api) = %q", got)
	}
}

// named is the guesser called name, with stats over items.
func named(t *testing.T, name string, items []Item) Guesser {
	t.Helper()
	for _, g := range All(NewStats(items)) {
		if g.Name() == name {
			return g
		}
	}
	t.Fatalf("no guesser %q", name)
	return nil
}
