package gameday

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/view"
)

// evidenceKey is the facilitator's game-master key: reveal the next
// evidence item to every player.
var evidenceKey = key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reveal evidence"))

// chartRows is how tall a revealed metric is drawn during a question: the
// choices must stay in sight.
const chartRows = 5

// revealedLines draws the evidence the facilitator has shown: the newest
// item whole (its chart or lines), the earlier ones by their heading, so
// the question's choices stay on screen. Drawn by view's evidence renderer,
// the same as the app's investigation screen.
func revealedLines(st *view.Styles, evs []incidents.Evidence, total, w int) []string {
	if len(evs) == 0 {
		return nil
	}
	out := []string{"", st.Ink.Label(fmt.Sprintf("Evidence from the facilitator · %d of %d", len(evs), total))}
	for i, ev := range evs {
		head := view.EvidenceHead(st, ev, w)
		if i < len(evs)-1 {
			out = append(out, head...)
			continue
		}
		out = append(out, head...)
		out = append(out, view.EvidenceBody(st, ev, w, chartRows)...)
	}
	return out
}

// boardLines is an incident's whole evidence board, for the debrief.
func boardLines(st *view.Styles, inc *incidents.Incident, w int) []string {
	if len(inc.Evidence) == 0 {
		return nil
	}
	out := []string{"", st.Ink.Label("Evidence board · " + inc.ID)}
	for _, ev := range inc.Evidence {
		out = append(out, view.EvidenceHead(st, ev, w)...)
		out = append(out, view.EvidenceBody(st, ev, w, chartRows)...)
	}
	return out
}
