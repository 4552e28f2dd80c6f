// Package incidents reads, validates and exports incident records (postmortems).
// It knows nothing of quizzes or terminals: other packages build on its records.
//
// It holds the record, its own native text format (reader and writer), quiz
// material and Load; the readers of postmortems written for people
// (Markdown, JSON and HTML exports) are package incidents/markdown, which
// Load is given through Options.Readers.
package incidents

import (
	"fmt"
	"time"
)

// Severity is an incident's severity, 1 (worst) to 5. Zero means unknown.
type Severity int

// String renders the normalized form, SEV-1 .. SEV-5, or "" when unknown.
func (s Severity) String() string {
	if s < 1 || s > 5 {
		return ""
	}
	return fmt.Sprintf("SEV-%d", int(s))
}

// Pos is a place in an input file; Line is 1-based, 0 when not known.
type Pos struct {
	File string
	Line int
}

func (p Pos) String() string {
	if p.Line <= 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// Incident is one postmortem record. Text fields hold plain text with
// paragraph breaks kept as "\n\n"; markup and control characters are gone.
type Incident struct {
	ID         string
	Date       time.Time // zero when unknown
	Severity   Severity  // zero when unknown
	Platform   string
	Services   []string // as written, e.g. "Amazon CloudFront"
	Title      string
	Summary    string
	RootCause  string
	Resolution string
	Prevention []string

	// Evidence is the incident's evidence board, in the order it is shown;
	// nil when none is written. It comes from the quiz material or from the
	// reader (a native TIMELINE key, an imported Timeline section).
	Evidence []Evidence

	// Pos is where the incident starts (its INCIDENT # line or first line).
	Pos Pos
	// Material is the optional authored quiz material; nil when none is written.
	Material *Material
}

// Material is authored quiz material for one incident, kept in a companion
// *.quiz.yaml file keyed by incident id so incident files stay untouched.
type Material struct {
	// Brief is the root cause in one sentence (at most BriefLimit characters),
	// shown as the right choice's text.
	Brief string `yaml:"brief"`
	// Phrasings are further wordings of the same cause; a session draws one
	// of Brief and Phrasings, so review does not train recognising a sentence.
	Phrasings []string `yaml:"phrasings,omitempty"`
	// Timeline is an optional hint revealed as the last clue.
	Timeline string `yaml:"timeline,omitempty"`
	// Distractors are near-miss wrong causes, each with why it is wrong.
	Distractors []Distractor `yaml:"distractors"`

	Pos Pos `yaml:"-"`
}

// Distractor is a plausible wrong cause and the clue that rules it out.
type Distractor struct {
	Text   string `yaml:"text"`
	WhyNot string `yaml:"why_not"`
	// RuledOutBy names the evidence items (by ID) that rule this option out.
	RuledOutBy []string `yaml:"ruled_out_by,omitempty"`
}

// Limits for authored material.
const (
	BriefLimit     = 160
	MinDistractors = 3
)

// Problem is one finding of parsing or validation. It prints as
// "FILE:LINE: incident ID: message" so a trainer can jump to it.
type Problem struct {
	Pos        Pos
	IncidentID string // "" when the problem is not about one incident
	Msg        string
	Warning    bool // true for problems that do not stop an incident loading
}

func (p Problem) String() string {
	s := p.Pos.String() + ": "
	if p.Warning {
		s += "warning: "
	}
	if p.IncidentID != "" {
		s += "incident " + p.IncidentID + ": "
	}
	return s + p.Msg
}

func (p Problem) Error() string { return p.String() }
