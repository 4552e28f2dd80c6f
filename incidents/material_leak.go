package incidents

import (
	"fmt"
	"strings"
	"unicode"
)

// A board must show what responders saw, not name the cause: an item that
// repeats a distinctive phrase of the root cause or of the brief turns the
// question into word matching. A distinctive phrase is three words in a row
// of the cause, at least two of them not function words, that the card
// (title, summary, platform, services) does not already show.

// Leak is one evidence item repeating a phrase of its incident's cause.
type Leak struct {
	EvidenceID string
	Phrase     string // the repeated words, lower-cased
	Pos        Pos
}

// EvidenceLeaks lists the items of inc's board that repeat a distinctive
// phrase of its root cause, brief or phrasings, one Leak per item.
func EvidenceLeaks(inc *Incident) []Leak {
	if len(inc.Evidence) == 0 {
		return nil
	}
	causes := []string{inc.RootCause}
	if m := inc.Material; m != nil {
		causes = append(causes, m.Brief)
		causes = append(causes, m.Phrasings...)
	}
	card := trigramSet(strings.Join(append([]string{inc.Title, inc.Summary, inc.Platform}, inc.Services...), " \n "))
	phrases := map[trigram]bool{}
	for _, c := range causes {
		eachTrigram(c, func(g trigram) bool {
			if !card[g] && distinctiveWords(g[:]) {
				phrases[g] = true
			}
			return true
		})
	}
	var out []Leak
	for _, ev := range inc.Evidence {
		eachTrigram(EvidenceText(ev), func(g trigram) bool {
			if !phrases[g] {
				return true
			}
			out = append(out, Leak{EvidenceID: ev.ID, Phrase: strings.Join(g[:], " "), Pos: ev.Pos})
			return false
		})
	}
	return out
}

// trigram is three words in a row; comparing them as an array builds no
// strings, and the leak check runs over every board at start-up.
type trigram [3]string

// eachTrigram calls f with the trigrams of s in order until f returns false.
func eachTrigram(s string, f func(trigram) bool) {
	w := words(s)
	for i := 0; i+2 < len(w); i++ {
		if w[i] != "" && w[i+1] != "" && w[i+2] != "" && !f(trigram{w[i], w[i+1], w[i+2]}) {
			return
		}
	}
}

func trigramSet(s string) map[trigram]bool {
	out := map[trigram]bool{}
	eachTrigram(s, func(g trigram) bool { out[g] = true; return true })
	return out
}

// evidenceLeakProblems reports EvidenceLeaks as warnings: a trainer's imported
// timeline may quote the cause, which the quiz shows only after answering
// when marked after_answer.
func evidenceLeakProblems(inc *Incident) []Problem {
	var out []Problem
	for _, lk := range EvidenceLeaks(inc) {
		out = append(out, Problem{Pos: lk.Pos, IncidentID: inc.ID, Warning: true, Msg: fmt.Sprintf(
			"evidence %q repeats %q from the root cause or brief: show what responders saw, not the cause", lk.EvidenceID, lk.Phrase)})
	}
	return out
}

// EvidenceText is all the words an item shows: title, lines, series labels
// and units, mark labels; one line each.
func EvidenceText(ev Evidence) string {
	parts := append([]string{ev.Title}, ev.Lines...)
	for _, s := range ev.Series {
		parts = append(parts, s.Label+" "+s.Unit)
		for _, m := range s.Marks {
			parts = append(parts, m.Label)
		}
	}
	return strings.Join(parts, "\n")
}

// words splits s into lower-case words of letters and digits; a line break
// becomes "" so no phrase spans two lines.
func words(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		out = append(out, strings.FieldsFunc(strings.ToLower(line), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})...)
		out = append(out, "")
	}
	return out
}

// orderedTrigrams lists the trigrams of s in order, each as its words
// joined by one space.
func orderedTrigrams(s string) []string {
	var out []string
	eachTrigram(s, func(g trigram) bool { out = append(out, strings.Join(g[:], " ")); return true })
	return out
}

func trigrams(s string) map[string]bool {
	out := map[string]bool{}
	for _, g := range orderedTrigrams(s) {
		out[g] = true
	}
	return out
}

// distinctive reports whether at least two of a phrase's words carry meaning.
func distinctive(g string) bool { return distinctiveWords(strings.Fields(g)) }

func distinctiveWords(g []string) bool {
	n := 0
	for _, w := range g {
		if !functionWords[w] {
			n++
		}
	}
	return n >= 2
}

var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on at for by with and or but nor so as is are was were be been
		being it its this that these those which who whom whose what from into onto than then there their they them
		not no had has have having did do does done all each every any some after before during when while over under
		up out off about between through per via one two our we us can could would should will may might also only
		very more most less new its itself than s t`) {
		m[w] = true
	}
	return m
}()
