package quiz

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Result sums up a session.
type Result struct {
	Mode       Mode
	Difficulty Difficulty
	Answers    []AnswerRecord
	Score      int
	Correct    int     // right root-cause answers
	Total      int     // questions
	Skipped    int     // skipped or left unanswered
	Accuracy   float64 // Correct / Total, 0..1
	// Elapsed sums the elapsed times passed to Answer: time spent on the
	// questions themselves. Wall is the session's real duration as the
	// caller measured it and passed to [Session.End] (0 when not given);
	// show Wall as "time taken" and Elapsed as "time answering".
	Elapsed, Wall time.Duration
	// Ended says how the session ended (EndNone until [Session.End]);
	// TimedOut is Ended == EndTimedOut, an exam whose time ran out.
	Ended      EndReason
	TimedOut   bool
	BestStreak int
	// FollowUps counts answered prevention follow-ups, FollowUpsCorrect the
	// right ones.
	FollowUps, FollowUpsCorrect int
	// Breakdowns, most-asked first (severity: SEV-1 first). An incident with
	// several services counts once for each.
	ByPlatform, ByService, BySeverity []Breakdown
	// Missed lists the incidents answered wrong or skipped, in question
	// order: feed them to a review session.
	Missed []string
}

// Breakdown is the score for one platform, service or severity.
type Breakdown struct {
	Key     string // grouping key: lower-cased platform, incidents.ServiceKey, "SEV-1"
	Label   string // as written in the first incident seen
	Correct int
	Total   int
	Points  int
}

// Accuracy is Correct / Total, 0 when empty.
func (b Breakdown) Accuracy() float64 {
	if b.Total == 0 {
		return 0
	}
	return float64(b.Correct) / float64(b.Total)
}

// Result sums up the session so far. An exam's answers count only once it
// is finished.
func (s *Session) Result() Result {
	res := Result{
		Mode: s.opts.Mode, Difficulty: s.opts.Difficulty,
		Answers: slices.Clone(s.recs), Score: s.score, Total: len(s.recs), BestStreak: s.best,
		Wall: s.wall, Ended: s.reason, TimedOut: s.reason == EndTimedOut,
	}
	plat, svc, sev := newGroups(), newGroups(), newGroups()
	for i := range s.recs {
		r := &s.recs[i]
		inc := r.Question.Incident
		res.Elapsed += r.Elapsed
		if r.Correct {
			res.Correct++
		} else {
			res.Missed = append(res.Missed, inc.ID)
		}
		if r.Skipped || !r.Answered {
			res.Skipped++
		}
		if r.FollowUpOutcome != nil {
			res.FollowUps++
			if r.FollowUpOutcome.Correct {
				res.FollowUpsCorrect++
			}
		}
		plat.add(strings.ToLower(strings.TrimSpace(inc.Platform)), inc.Platform, r)
		sev.add(inc.Severity.String(), inc.Severity.String(), r)
		seen := map[string]bool{}
		for _, name := range inc.Services {
			if k := incidents.ServiceKey(name); !seen[k] {
				seen[k] = true
				svc.add(k, name, r)
			}
		}
	}
	if res.Total > 0 {
		res.Accuracy = float64(res.Correct) / float64(res.Total)
	}
	res.ByPlatform, res.ByService = plat.sorted(byTotal), svc.sorted(byTotal)
	res.BySeverity = sev.sorted(func(a, b Breakdown) int { return cmp.Compare(a.Key, b.Key) })
	return res
}

// groups accumulates breakdowns in first-seen order.
type groups struct {
	at   map[string]int
	list []Breakdown
}

func newGroups() *groups { return &groups{at: map[string]int{}} }

func (g *groups) add(key, label string, r *AnswerRecord) {
	if key == "" {
		key, label = "unknown", "unknown"
	}
	n, ok := g.at[key]
	if !ok {
		n = len(g.list)
		g.at[key] = n
		g.list = append(g.list, Breakdown{Key: key, Label: label})
	}
	b := &g.list[n]
	b.Total++
	b.Points += r.Points
	if r.Correct {
		b.Correct++
	}
}

func (g *groups) sorted(less func(a, b Breakdown) int) []Breakdown {
	slices.SortStableFunc(g.list, less)
	return g.list
}

func byTotal(a, b Breakdown) int {
	if c := cmp.Compare(b.Total, a.Total); c != 0 {
		return c
	}
	return cmp.Compare(a.Label, b.Label)
}
