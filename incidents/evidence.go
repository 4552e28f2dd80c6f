package incidents

import "time"

// Evidence kinds: what a responder could look at while the incident was open.
const (
	KindAlert    = "alert"
	KindMetric   = "metric"
	KindLog      = "log"
	KindChange   = "change" // deploys, config pushes, infra changes
	KindTimeline = "timeline"
	KindTrace    = "trace"
	KindConfig   = "config"
	KindNote     = "note"
)

// EvidenceKinds lists the known kinds in the order a board shows them by default.
var EvidenceKinds = []string{KindAlert, KindMetric, KindLog, KindChange, KindTimeline, KindTrace, KindConfig, KindNote}

// Evidence is one item of an incident's evidence board: something responders
// saw *before* the diagnosis. It never states the root cause; reading it is
// the skill the quiz trains.
type Evidence struct {
	// ID is stable within its incident ("alert", "p99", "deploys"); wrong
	// options point at it through Distractor.RuledOutBy.
	ID    string
	Kind  string // one of EvidenceKinds
	Title string
	// At is the item's time relative to the first alert (-20m, +4m); AtSet
	// tells an explicit zero ("+0m") from no time given.
	At    time.Duration
	AtSet bool
	// Lines is the text of a log, change, timeline, config or note item, one
	// entry a line, as written.
	Lines []string
	// Series holds a metric item's numeric series (one or more).
	Series []Series
	// AfterAnswer marks what responders learned only once the cause was
	// found (an imported timeline's later rows): shown after answering only.
	AfterAnswer bool
	// Pos is where the item is written.
	Pos Pos
}

// Series is one numeric series of a metric item.
type Series struct {
	Label  string
	Unit   string
	Points []Point
	Marks  []Mark
}

// Point is one sample: time relative to the first alert and a value.
type Point struct {
	T time.Duration
	V float64
}

// Mark labels a moment on a chart ("deploy", "failover").
type Mark struct {
	At    time.Duration
	Label string
}
