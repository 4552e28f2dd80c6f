package guess

import (
	"strings"
	"unicode"
)

// foreignService plays as a trainee who knows the services the run's cards
// list: a choice naming one that this card does not list is set aside (a
// trainee's read-through found every such option wrong), and of the rest
// the one sharing most words with the card wins. A card that hides its
// services leaves nothing to compare with.
func (s *Stats) foreignService(it *Item, c string) float64 {
	v := overlap(it, c)
	if it.Card.ServicesHidden || len(it.Card.Services) == 0 {
		return v
	}
	own := map[string]bool{}
	for _, svc := range it.Card.Services {
		for _, n := range serviceNames(svc) {
			own[n] = true
		}
	}
	text := " " + normalized(c) + " "
	for n := range s.services {
		if !own[n] && strings.Contains(text, " "+n+" ") {
			return v - 1000
		}
	}
	return v
}

// serviceNames are the ways a choice may name a card's service: as the
// card lists it and in prose ("checkout-api" as "checkout api" and
// "checkout service"), normalized. A lower-case single word ("network",
// "cron") is as often the ordinary word and is left out.
func serviceNames(svc string) []string {
	n := normalized(svc)
	if !strings.Contains(n, " ") && !strings.ContainsFunc(svc, func(r rune) bool { return unicode.IsUpper(r) || r == '-' }) {
		return nil
	}
	out := []string{n}
	if base, ok := strings.CutSuffix(n, " api"); ok && strings.Contains(svc, "-") {
		out = append(out, base+" service")
	}
	return out
}

// normalized is s lower-cased with every run of other characters than
// letters and digits one space.
func normalized(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ")
}
