package gameday

import "time"

// maxEvents is how many events the console keeps: a screenful.
const maxEvents = 50

// event is one line of the console's event log: joins, leaves, refused
// connections and why.
type event struct {
	At   time.Time
	Text string
}

// event adds a line to the console's event log (and logs it).
func (g *game) event(text string) {
	g.events = append(g.events, event{At: g.now(), Text: text})
	if n := len(g.events); n > maxEvents {
		g.events = append(g.events[:0:0], g.events[n-maxEvents:]...)
	}
	g.dirty = true
}
