package quiz

import (
	"slices"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// Choice is one option of a question.
type Choice struct {
	// Text is what the trainee reads: an incident's cause (or prevention
	// item) in brief, or an authored near-miss.
	Text string
	// IncidentID is the incident the text came from; "" for an authored
	// distractor. For the right choice it is the question's own incident.
	IncidentID string
	// WhyNot explains, after answering, why this choice is wrong; "" for the
	// right choice.
	WhyNot string
	// RuledOutBy names the evidence items (incidents.Evidence.ID on the
	// question's board) that rule this choice out; nil for the right choice.
	RuledOutBy []string
}

// Clue is a piece of the incident the trainee may reveal at a cost.
type Clue struct {
	Label string // "Services", "Title", "Timeline"
	Text  string
	Cost  int // points taken from a right answer once revealed
}

// Question asks for an incident's root cause (or, as a follow-up, for the
// action that would have prevented it).
type Question struct {
	Incident   *incidents.Incident
	Kind       Kind
	Difficulty Difficulty
	Choices    []Choice
	Answer     int    // index of the right choice
	Clues      []Clue // in reveal order
	// HideTitle and HideServices say what the card holds back at the start
	// (hard mode); the matching clues reveal them.
	HideTitle, HideServices bool
	// Evidence is the question's evidence board: the incident's items seen
	// before the diagnosis, in board order (after-answer items are left out;
	// see [Question.AfterAnswer]); what the trainee may open while
	// investigating, under the rules of Investigation.
	Evidence      []incidents.Evidence
	Investigation Investigation
	// Note is for the trainee: where the question falls short, e.g. fewer
	// choices than usual (FewerChoices); "" when nothing is.
	Note         string
	FewerChoices bool
	// AuthorNote is for the trainer, never shown in a trainee's card: what
	// material the incident lacks (no brief, no near-misses). `incidents
	// check` reports it.
	AuthorNote string
}

// Card is what the trainee sees of the incident. Hidden fields are empty and
// flagged, so a renderer can show "hidden — reveal a clue".
type Card struct {
	ID             string
	Title          string // "" when TitleHidden
	Summary        string
	Platform       string
	Services       []string // nil when ServicesHidden
	Severity       incidents.Severity
	Timeline       string // the timeline hint once revealed
	TitleHidden    bool
	ServicesHidden bool
}

// Prompt is the question line shown above the choices.
func (q *Question) Prompt() string { return q.Kind.Prompt() }

// Card tells what the card shows once the first revealed clues of q.Clues
// are open (0 = the card as shown at the start).
func (q *Question) Card(revealed int) Card {
	inc := q.Incident
	c := Card{
		ID:       inc.ID,
		Title:    inc.Title,
		Summary:  inc.Summary,
		Platform: inc.Platform,
		Services: slices.Clone(inc.Services), // the card is the caller's to keep
		Severity: inc.Severity,
	}
	c.TitleHidden, c.ServicesHidden = q.HideTitle, q.HideServices
	for i := 0; i < revealed && i < len(q.Clues); i++ {
		switch q.Clues[i].Label {
		case ClueTitle:
			c.TitleHidden = false
		case ClueServices:
			c.ServicesHidden = false
		case ClueTimeline:
			c.Timeline = q.Clues[i].Text
		}
	}
	if c.TitleHidden {
		c.Title = ""
	}
	if c.ServicesHidden {
		c.Services = nil
	}
	return c
}

// Correct reports whether choice i is the right one.
func (q *Question) Correct(i int) bool { return i == q.Answer }

// Clue labels, in reveal order.
const (
	ClueServices = "Services"
	ClueTitle    = "Title"
	ClueTimeline = "Timeline"
)

// buildClues lists what the trainee may reveal: what the card holds back,
// then the timeline hint when the material has one.
func buildClues(inc *incidents.Incident, hideTitle, hideServices bool, cost int) []Clue {
	var out []Clue
	if hideServices && len(inc.Services) > 0 {
		out = append(out, Clue{Label: ClueServices, Text: strings.Join(inc.Services, ", "), Cost: cost})
	}
	if hideTitle && inc.Title != "" {
		out = append(out, Clue{Label: ClueTitle, Text: inc.Title, Cost: cost})
	}
	if m := inc.Material; m != nil && strings.TrimSpace(m.Timeline) != "" {
		out = append(out, Clue{Label: ClueTimeline, Text: strings.TrimSpace(m.Timeline), Cost: cost})
	}
	return out
}

// PriceClues sets every clue's and evidence item's cost from s, for callers that build questions
// with [Engine.Question] but score with another [Scoring].
func (q *Question) PriceClues(s Scoring) {
	for i := range q.Clues {
		q.Clues[i].Cost = s.ClueCost
	}
	q.Investigation.price(s)
}
