package quiz

import (
	"fmt"
	"strings"
)

// Difficulty decides what the card shows and where wrong choices come from.
// The zero value is Normal, the default.
type Difficulty int

// Difficulties, from forgiving to strict.
const (
	Normal Difficulty = iota // the causes of the most similar other incidents
	Easy                     // unbalanced: own near-misses where authored, else other causes at random
	Hard                     // authored near-misses; title and services held back as clues
)

// Difficulties lists every difficulty from easiest to hardest, for menus.
var Difficulties = []Difficulty{Easy, Normal, Hard}

func (d Difficulty) String() string {
	switch d {
	case Easy:
		return "easy"
	case Normal:
		return "normal"
	case Hard:
		return "hard"
	}
	return fmt.Sprintf("Difficulty(%d)", int(d))
}

// ParseDifficulty accepts easy, normal and hard in any case.
func ParseDifficulty(s string) (Difficulty, error) {
	for _, d := range Difficulties {
		if strings.EqualFold(strings.TrimSpace(s), d.String()) {
			return d, nil
		}
	}
	return Normal, fmt.Errorf("unknown difficulty %q (want easy, normal or hard)", s)
}

// Mode is how a session runs. The zero value is Practice.
type Mode int

// Modes.
const (
	Practice Mode = iota // feedback after each answer, optional follow-up
	Exam                 // fixed count, time limit, flags, feedback only at the end
	Review               // replays given incidents in order, feedback after each answer
)

// Modes lists every mode, for menus.
var Modes = []Mode{Practice, Exam, Review}

func (m Mode) String() string {
	switch m {
	case Practice:
		return "practice"
	case Exam:
		return "exam"
	case Review:
		return "review"
	}
	return fmt.Sprintf("Mode(%d)", int(m))
}

// ParseMode accepts practice, exam and review in any case.
func ParseMode(s string) (Mode, error) {
	for _, m := range Modes {
		if strings.EqualFold(strings.TrimSpace(s), m.String()) {
			return m, nil
		}
	}
	return Practice, fmt.Errorf("unknown mode %q (want practice, exam or review)", s)
}

// Kind is what a question asks; its value is used in JSON output.
type Kind string

// Question kinds.
const (
	KindRootCause  Kind = "root_cause" // which cause explains the card?
	KindPrevention Kind = "prevention" // which action would have prevented it?
)

// Prompt is the question line shown above the choices.
func (k Kind) Prompt() string {
	if k == KindPrevention {
		return "Which action would have prevented this?"
	}
	return "What was the root cause?"
}
