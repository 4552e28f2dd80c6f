package quiz

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// Options configure a session. The zero value is a practice session at
// normal difficulty over every incident, with [DefaultScoring].
type Options struct {
	Mode       Mode
	Difficulty Difficulty
	// Count is how many questions to ask; 0 asks every matching incident.
	// When fewer incidents match, practice and review ask them all, while an
	// exam (which promises a fixed count) or ExactCount fails.
	Count      int
	ExactCount bool
	Seed       int64
	// TimeLimit is an exam's limit for the whole session. The engine has no
	// clock: the caller watches it and calls [Session.Finish] when it runs out.
	TimeLimit time.Duration
	// PerQuestion is the time allowed per question; when set it enables the
	// speed bonus, measured on the elapsed times passed to [Session.Answer].
	PerQuestion time.Duration
	Filter      incidents.Filter
	// IDs restricts the session to these incidents (on top of Filter). In
	// review mode they are required and asked in the order given.
	IDs []string
	// FollowUp adds the prevention question after each root-cause answer in
	// practice and review (exams have none).
	FollowUp bool
	// Scoring is the rule set; the zero value means DefaultScoring().
	Scoring Scoring
}

// ExhaustedError says a filter left fewer incidents than a session needs.
type ExhaustedError struct {
	Filter incidents.Filter
	IDs    []string
	Want   int // questions asked for (0 = any)
	Have   int // incidents that matched
}

func (e *ExhaustedError) Error() string {
	f := DescribeFilter(e.Filter, e.IDs)
	if e.Have == 0 {
		return "no incidents match " + f
	}
	return fmt.Sprintf("%d questions asked for, but only %d incidents match %s", e.Want, e.Have, f)
}

// DescribeFilter renders a filter for messages, e.g.
// "platform AthenaStream, severity SEV-1"; "the corpus" when it is empty.
func DescribeFilter(f incidents.Filter, ids []string) string {
	var parts []string
	add := func(name string, vals []string) {
		if len(vals) > 0 {
			parts = append(parts, name+" "+strings.Join(vals, "|"))
		}
	}
	add("platform", f.Platforms)
	var sevs []string
	for _, s := range f.Severities {
		sevs = append(sevs, s.String())
	}
	add("severity", sevs)
	add("service", f.Services)
	add("id", append(slices.Clone(f.IDs), ids...))
	if !f.From.IsZero() {
		parts = append(parts, "since "+f.From.Format(time.DateOnly))
	}
	if !f.To.IsZero() {
		parts = append(parts, "until "+f.To.Format(time.DateOnly))
	}
	if len(parts) == 0 {
		return "the corpus"
	}
	return "the filter (" + strings.Join(parts, ", ") + ")"
}

// pick lists the incidents a session asks about, in asking order.
func (e *Engine) pick(o Options) ([]int, error) {
	if o.Mode == Review && len(o.IDs) == 0 {
		return nil, fmt.Errorf("review mode needs the incident ids to replay")
	}
	var order []int
	if len(o.IDs) > 0 {
		seen := map[int]bool{}
		var unknown []string
		for _, id := range o.IDs {
			i, ok := e.byID[strings.ToUpper(strings.TrimSpace(id))]
			switch {
			case !ok:
				unknown = append(unknown, id)
			case !seen[i] && e.ok[i] && o.Filter.Match(&e.incs[i]):
				order = append(order, i)
				seen[i] = true
			}
		}
		if len(unknown) > 0 {
			return nil, fmt.Errorf("no incident %s in the corpus", strings.Join(unknown, ", "))
		}
	} else {
		order = e.selectIdx(o.Filter)
	}
	if o.Mode != Review {
		rng := rand.New(rand.NewPCG(uint64(o.Seed), 0x5e551011))
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
	}
	exact := o.ExactCount || o.Mode == Exam
	if len(order) == 0 || (exact && o.Count > len(order)) {
		return nil, &ExhaustedError{Filter: o.Filter, IDs: o.IDs, Want: o.Count, Have: len(order)}
	}
	if o.Count > 0 && o.Count < len(order) {
		order = order[:o.Count]
	}
	return order, nil
}

// NewSession picks the incidents and builds every question up front, so a
// session is fixed by its options and seed.
func (e *Engine) NewSession(o Options) (*Session, error) {
	if o.Scoring == (Scoring{}) {
		o.Scoring = DefaultScoring()
	}
	order, err := e.pick(o)
	if err != nil {
		return nil, err
	}
	s := &Session{opts: o, recs: make([]AnswerRecord, len(order))}
	st := e.newSessState(order)                         // no answer reused, no option repeated
	sp, fst := e.newScope(order), e.newSessState(order) // follow-ups: lessons of later questions kept out
	for n, i := range order {
		r := &s.recs[n]
		r.Question = e.question(i, o.Difficulty, o.Seed, o.Scoring, st)
		r.Choice = -1
		if o.FollowUp && o.Mode != Exam {
			if r.FollowUp = e.followUp(i, o.Seed, sp.from(n), fst); r.FollowUp != nil {
				r.FollowUp.Difficulty = o.Difficulty // recorded with the session's answers
			}
		}
	}
	return s, nil
}
