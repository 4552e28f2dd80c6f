package incidents

import (
	"fmt"
	"strings"
)

// attachMaterial gives each incident its material and evidence board;
// material for an id no loaded incident has is reported, as it is most
// likely a typo. Every board is checked for leaks of its cause here, where
// the root cause and the material meet.
func (l *loader) attachMaterial(incs []Incident) {
	byID := make(map[string]int, len(incs))
	for i := range incs {
		byID[strings.ToLower(incs[i].ID)] = i
	}
	seen := map[string]Pos{}
	checked := make([]bool, len(incs))
	drafts := map[string][]materialEntry{} // by file, in file order
	var files []string
	for _, e := range l.mats {
		k := strings.ToLower(e.ID)
		if p, dup := seen[k]; dup {
			l.probs = append(l.probs, Problem{Pos: e.Mat.Pos, IncidentID: e.ID,
				Msg: "quiz material given twice (first at " + p.String() + "); the first is used"})
			continue
		}
		seen[k] = e.Mat.Pos
		i, ok := byID[k]
		if !ok {
			l.probs = append(l.probs, Problem{Pos: e.Mat.Pos, IncidentID: e.ID,
				Msg: "quiz material for an incident that is not loaded (typo in the id?)"})
			continue
		}
		if e.Draft {
			if drafts[e.Mat.Pos.File] == nil {
				files = append(files, e.Mat.Pos.File)
			}
			drafts[e.Mat.Pos.File] = append(drafts[e.Mat.Pos.File], e)
		}
		if e.Bad {
			continue
		}
		board, probs := mergeBoard(e, incs[i].Evidence)
		probs = append(probs, checkRefs(e, board)...)
		if e.Draft { // checked, but its stubs must not play as authored material
			l.probs = append(l.probs, probs...)
			continue
		}
		probs = append(probs, checkBoard(e)...)
		l.probs = append(l.probs, probs...)
		if !hasError(probs) {
			incs[i].Material, incs[i].Evidence = e.Mat, board
			l.probs = append(l.probs, evidenceLeakProblems(&incs[i])...)
			checked[i] = true
		}
	}
	for _, f := range files {
		l.probs = append(l.probs, draftProblem(drafts[f]))
	}
	// A board the incident file gave (a TIMELINE key, an imported Timeline)
	// without material is checked against the root cause too. Incidents that
	// arrive with material already attached (the built-in corpus, loaded on
	// its own) were checked there, so their warnings are not repeated.
	for i := range incs {
		if !checked[i] && incs[i].Material == nil { // no board, no leaks
			l.probs = append(l.probs, evidenceLeakProblems(&incs[i])...)
		}
	}
}

// draftProblem is one file's warning about its entries not yet reviewed,
// at the first of them: they play with generated options until reviewed.
func draftProblem(es []materialEntry) Problem {
	ids := make([]string, 0, len(es))
	for _, e := range es {
		ids = append(ids, e.ID)
	}
	list := strings.Join(ids, ", ")
	if len(ids) > 5 {
		list = strings.Join(ids[:5], ", ") + ", …"
	}
	noun := "entries"
	if len(es) == 1 {
		noun = "entry"
	}
	return Problem{Pos: es[0].Mat.Pos, IncidentID: es[0].ID, Warning: true, Msg: fmt.Sprintf(
		"%d draft %s not yet reviewed (%s): they play with generated options until you replace the TODO lines, "+
			"review them and delete their draft: true line", len(es), noun, list)}
}

// mergeBoard puts the material's board first, then the items the incident
// file gave (a TIMELINE key, an imported Timeline) under ids the material
// does not use; a clash keeps the material's item, with a warning.
func mergeBoard(e materialEntry, read []Evidence) ([]Evidence, []Problem) {
	if len(e.Evidence) == 0 {
		return read, nil
	}
	out := append([]Evidence(nil), e.Evidence...)
	ids := make(map[string]bool, len(out))
	for _, ev := range out {
		ids[strings.ToLower(ev.ID)] = true
	}
	var probs []Problem
	for _, ev := range read {
		if ids[strings.ToLower(ev.ID)] {
			probs = append(probs, Problem{Pos: ev.Pos, IncidentID: e.ID, Warning: true,
				Msg: fmt.Sprintf("evidence %q is also on the quiz material's board; the material's item is used", ev.ID)})
			continue
		}
		out = append(out, ev)
	}
	return out, probs
}

// checkRefs reports ruled_out_by ids that are not on the board (an error:
// the why-not would point at nothing) and, on an incident with a board,
// distractors that name no evidence at all (a warning: the trainee cannot
// tell what rules them out before answering).
func checkRefs(e materialEntry, board []Evidence) []Problem {
	ids := make(map[string]bool, len(board))
	for _, ev := range board {
		ids[strings.ToLower(ev.ID)] = true
	}
	var probs []Problem
	for i, d := range e.Mat.Distractors {
		// materialItem records both lines for every distractor; 0 is no
		// ruled_out_by key.
		at := e.Mat.Pos
		at.Line = e.distractorLines[i]
		if e.ruledLines[i] > 0 {
			at.Line = e.ruledLines[i]
		}
		if len(d.RuledOutBy) == 0 {
			if len(board) > 0 {
				probs = append(probs, Problem{Pos: at, IncidentID: e.ID, Warning: true,
					Msg: fmt.Sprintf("distractor %d has no ruled_out_by: name the evidence items that rule it out", i+1)})
			}
			continue
		}
		for _, id := range d.RuledOutBy {
			if !ids[strings.ToLower(id)] {
				probs = append(probs, Problem{Pos: at, IncidentID: e.ID,
					Msg: fmt.Sprintf("distractor %d is ruled_out_by %q, which is not on the evidence board", i+1, truncate(id, 40))})
			}
		}
	}
	return probs
}

// checkBoard reports, as warnings up front, what a round would otherwise
// be the first to show about the material's board (QA F26): a why-not
// quoting an after_answer item (the trainee cannot open it before
// answering, so the round drops the quote), a board whose items are all
// after_answer (the round has no board), no alert (nothing shows what
// paged), and the kinds the round says it lacks ("no metric on this
// board").
func checkBoard(e materialEntry) []Problem {
	if len(e.Evidence) == 0 {
		return nil
	}
	after := map[string]bool{}
	kinds := map[string]bool{}
	for _, ev := range e.Evidence {
		if ev.AfterAnswer {
			after[strings.ToLower(ev.ID)] = true
		} else {
			kinds[ev.Kind] = true
		}
	}
	warn := func(line int, format string, a ...any) Problem {
		at := e.Mat.Pos
		if line > 0 {
			at.Line = line
		}
		return Problem{Pos: at, IncidentID: e.ID, Warning: true, Msg: fmt.Sprintf(format, a...)}
	}
	var probs []Problem
	for i, d := range e.Mat.Distractors {
		for _, id := range d.RuledOutBy {
			if after[strings.ToLower(id)] {
				probs = append(probs, warn(e.ruledLines[i], "distractor %d is ruled_out_by %q, an after_answer item: "+
					"the trainee cannot open it before answering, so the feedback leaves it out", i+1, truncate(id, 40)))
			}
		}
	}
	if len(kinds) == 0 {
		return append(probs, warn(0, "every evidence item is after_answer: rounds of this incident have no board to investigate"))
	}
	if !kinds[KindAlert] {
		probs = append(probs, warn(0, "the evidence board has no alert item: nothing on it shows what paged"))
	}
	var missing []string
	if !kinds[KindMetric] {
		missing = append(missing, "metric")
	}
	if !kinds[KindLog] && !kinds[KindChange] {
		missing = append(missing, "log or change")
	}
	if len(missing) > 0 {
		probs = append(probs, warn(0, "the evidence board has no %s item (rounds say so under the list); "+
			"the bundled boards have a metric and a log or change", strings.Join(missing, " and no ")))
	}
	return probs
}
