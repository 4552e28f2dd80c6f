package tui

import (
	"encoding/json"
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// setupField is one row of the setup form: a label and a cycle of values.
type setupField struct {
	label  string
	values []string
	at     int
}

func (f setupField) value() string { return f.values[f.at] }

// Setup rows, in order.
const (
	fieldMode = iota
	fieldDifficulty
	fieldQuestions
	fieldPlatform
	fieldSeverity
	fieldService
	fieldTime
	fieldFollowUp
	numFields
)

// anyValue is a filter row's "no filter" value. No corpus value is empty
// (distinct skips those), so a platform really named "any" or "All" reads
// as itself; the form shows this one as "any platform".
const anyValue = ""

// setupModel is the form before a session: mode, difficulty, count, filters
// (with how many incidents match) and timing. Enter starts at once; the
// defaults are a sensible 10-question round.
type setupModel struct {
	c      *common
	engine *quiz.Engine
	fields [numFields]setupField
	cursor int
	seed   int64
	err    string // why the last start failed
}

func newSetup(c *common, e *quiz.Engine, mode quiz.Mode, seed int64) setupModel {
	incs := e.Incidents()
	m := setupModel{c: c, engine: e, seed: seed}
	m.fields = [numFields]setupField{
		{label: "Mode", values: []string{"practice", "exam", "review"}},
		{label: "Difficulty", values: []string{"easy", "normal", "hard"}, at: 1},
		{label: "Questions", values: []string{"5", "10", "15", "20", "all"}, at: 1},
		{label: "Platform", values: distinct(incs, func(i *incidents.Incident) []string { return []string{i.Platform} })},
		{label: "Severity", values: severities(incs)},
		{label: "Service", values: distinct(incs, func(i *incidents.Incident) []string { return i.Services })},
		{label: "Time"},
		{label: "Follow-up", values: []string{"off", "on"}},
	}
	switch mode {
	case quiz.Exam:
		m.fields[fieldMode].at = 1
	case quiz.Review:
		m.fields[fieldMode].at = 2
	}
	m.fields[fieldTime] = m.timeField()
	return m
}

// withServices offers only the services of incidents that match the
// platform and severity chosen, so no service leads to an empty round; the
// chosen service stays when it still applies.
func (m setupModel) withServices() setupModel {
	f := m.filter()
	f.Services = nil
	matching := f.Select(m.engine.Incidents())
	chosen := m.fields[fieldService].value()
	values := distinct(matching, func(i *incidents.Incident) []string { return i.Services })
	at := 0
	for i, v := range values {
		if incidents.ServiceKey(v) == incidents.ServiceKey(chosen) {
			at = i
		}
	}
	m.fields[fieldService] = setupField{label: "Service", values: values, at: at}
	return m
}

// timeField offers per-question limits in practice, a total in exams and
// a time box in reviews (the review stops offering new questions once it
// is used up; evidence makes questions longer, so a day's review is kept to
// a time rather than a count).
func (m setupModel) timeField() setupField {
	switch m.fields[fieldMode].value() {
	case "exam":
		return setupField{label: "Time limit", values: []string{"5m", "10m", "15m", "20m", "30m", "none"}, at: 2}
	case "review":
		return setupField{label: "Time box", values: []string{"none", "5m", "10m", "15m", "20m", "30m"}, at: 2}
	}
	return setupField{label: "Per question", values: []string{"none", "30s", "60s", "90s"}}
}

// distinct lists the values of one field across incidents, "any" first;
// services are grouped by incidents.ServiceKey.
func distinct(incs []incidents.Incident, get func(*incidents.Incident) []string) []string {
	seen := map[string]bool{}
	var out []string
	for i := range incs {
		for _, v := range get(&incs[i]) {
			v = view.OneLine(v)
			if k := incidents.ServiceKey(v); v != "" && !seen[k] {
				seen[k] = true
				out = append(out, v)
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return strings.ToLower(out[a]) < strings.ToLower(out[b]) })
	return append([]string{anyValue}, out...)
}

func severities(incs []incidents.Incident) []string {
	out := []string{anyValue}
	for sev := incidents.Severity(1); sev <= 5; sev++ {
		for i := range incs {
			if incs[i].Severity == sev {
				out = append(out, sev.String())
				break
			}
		}
	}
	return out
}

// filter is the incident filter the form describes.
func (m setupModel) filter() incidents.Filter {
	var f incidents.Filter
	if v := m.fields[fieldPlatform].value(); v != anyValue {
		f.Platforms = []string{v}
	}
	if v := m.fields[fieldSeverity].value(); v != anyValue {
		if sev, err := incidents.ParseSeverity(v); err == nil {
			f.Severities = []incidents.Severity{sev}
		}
	}
	if v := m.fields[fieldService].value(); v != anyValue {
		f.Services = []string{v}
	}
	return f
}

// options turns the form into session options.
func (m setupModel) options() quiz.Options {
	o := quiz.Options{Seed: m.seed, Filter: m.filter()}
	o.Mode, _ = quiz.ParseMode(m.fields[fieldMode].value())
	o.Difficulty, _ = quiz.ParseDifficulty(m.fields[fieldDifficulty].value())
	if v := m.fields[fieldQuestions].value(); v != "all" {
		fmt.Sscan(v, &o.Count)
	}
	if d, err := time.ParseDuration(m.fields[fieldTime].value()); err == nil {
		if o.Mode == quiz.Practice {
			o.PerQuestion = d
		} else {
			o.TimeLimit = d // an exam's limit, a review's time box (see newRun)
		}
	}
	// One rule for every mode: a round never asks more questions than
	// incidents match; it has as many as match, and the form says so.
	if n := m.engine.Count(o.Filter); o.Count == 0 || o.Count > n {
		o.Count = n
	}
	o.FollowUp = o.Mode != quiz.Exam && m.fields[fieldFollowUp].value() == "on"
	return o
}

// settingsMsg carries the trainee's settings to Setup, which takes up the
// last round's choices from them.
type settingsMsg struct{ settings Settings }

// choices are the form's values by field label, as JSON, for
// Settings.LastSetup.
func (m setupModel) choices() string {
	out := map[string]string{}
	for _, f := range m.fields {
		out[f.label] = f.value()
	}
	b, _ := json.Marshal(out) // a map of strings always encodes
	return string(b)
}

// withLast takes up the choices a previous Setup saved (see choices),
// except the mode, which the trainee just picked on Home. Values the corpus
// no longer offers, and anything unreadable, keep the defaults.
func (m setupModel) withLast(last string) setupModel {
	var vals map[string]string
	if json.Unmarshal([]byte(last), &vals) != nil {
		return m
	}
	pick := func(i int) {
		f := &m.fields[i]
		v, ok := vals[f.label]
		for j, have := range f.values {
			if ok && have == v {
				f.at = j
			}
		}
	}
	for _, i := range []int{fieldDifficulty, fieldQuestions, fieldPlatform, fieldSeverity} {
		pick(i)
	}
	m = m.withServices()
	for _, i := range []int{fieldService, fieldTime, fieldFollowUp} {
		pick(i)
	}
	return m
}

func (m setupModel) update(msg tea.Msg) (setupModel, tea.Cmd) {
	if sm, ok := msg.(settingsMsg); ok {
		return m.withLast(sm.settings.LastSetup), nil
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	k := m.c.keys
	switch {
	case key.Matches(km, k.Up):
		m.cursor = (m.cursor + len(m.fields) - 1) % len(m.fields)
	case key.Matches(km, k.Down):
		m.cursor = (m.cursor + 1) % len(m.fields)
	case key.Matches(km, k.Left):
		m = m.shift(-1)
	case key.Matches(km, k.Right):
		m = m.shift(1)
	case key.Matches(km, k.Enter):
		m.err = ""
		if o := m.options(); o.Mode == quiz.Review {
			return m, cmd(reviewMsg{opts: o}) // planned from the store: due first, then new
		}
		return m, cmd(startMsg{opts: m.options()})
	case key.Matches(km, k.Back):
		return m, cmd(goHomeMsg{})
	}
	return m, nil
}

// shift moves the focused field to its previous or next value.
func (m setupModel) shift(d int) setupModel {
	f := &m.fields[m.cursor]
	f.at = (f.at + d + len(f.values)) % len(f.values)
	switch m.cursor {
	case fieldMode:
		m.fields[fieldTime] = m.timeField()
	case fieldPlatform, fieldSeverity:
		m = m.withServices()
	}
	m.err = ""
	return m
}

func (m setupModel) view() string {
	s := m.c.styles
	w := m.c.contentWidth()
	var b strings.Builder
	b.WriteString(s.Title.Render("New round") + "\n\n")
	for i, f := range m.fields {
		val := f.value()
		if i == fieldFollowUp && m.fields[fieldMode].value() == "exam" {
			val = "off (exams have none)"
		}
		switch {
		case val == anyValue:
			val = "any " + strings.ToLower(f.label)
		case i == fieldPlatform || i == fieldSeverity || i == fieldService:
			val = literal(val, strings.ToLower(f.label))
		}
		line := fmt.Sprintf("%-13s ‹ %s ›", f.label, val)
		b.WriteString(s.Item(line, i == m.cursor) + "\n")
	}
	n := m.engine.Count(m.filter())
	verb := " match these filters"
	if n == 1 {
		verb = " matches these filters"
	}
	b.WriteString("\n" + s.Number.Render(view.Plural(n, "incident")) + s.Muted.Render(verb))
	review := m.fields[fieldMode].value() == "review"
	switch want := m.wanted(); {
	case n == 0:
		b.WriteString(s.Notice.Render(": change a filter to play"))
	case want > n && !review: // a review asks what is due and new, often fewer
		b.WriteString(s.Notice.Render(": the round has " + view.Plural(n, "question")))
	}
	b.WriteString("\n")
	if review {
		note := "A review asks the due incidents first, then new ones."
		if box, err := time.ParseDuration(m.fields[fieldTime].value()); err == nil {
			note += " After " + view.Limit(box) + " no new question starts; the one on screen is finished."
		}
		b.WriteString(m.c.wrap(note, w, s.Muted) + "\n")
	}
	if m.err != "" {
		b.WriteString(m.c.wrap(safeLine(m.err), w, s.Error) + "\n")
	}
	b.WriteString("\n" + s.Muted.Render("enter starts · ←/→ change · esc back"))
	return m.c.center(b.String())
}

// wanted is the question count chosen, 0 for all.
func (m setupModel) wanted() int {
	var n int
	fmt.Sscan(m.fields[fieldQuestions].value(), &n)
	return n
}

// wildcards are values a reader takes for "every platform" rather than a
// name; a platform (or service) really called so is shown quoted.
var wildcards = map[string]bool{"all": true, "any": true, "every": true, "none": true, "*": true, "-": true}

// literal shows a filter value so it cannot be read as a wildcard: a
// platform named "All" reads `platform "All"`, beside "any platform".
func literal(val, label string) string {
	if wildcards[strings.ToLower(strings.TrimSpace(val))] {
		return label + " named \"" + val + "\""
	}
	return val
}

func (m setupModel) help() screenHelp {
	k := m.c.keys
	start := view.Relabel(k.Enter, "enter", "start")
	left := view.Relabel(k.Left, "←/h", "previous value")
	right := view.Relabel(k.Right, "→/l", "next value")
	return screenHelp{
		short: []key.Binding{k.Move, k.Sideways, start, k.Back},
		full:  [][]key.Binding{{k.Up, k.Down, left, right}, {start, k.Back}},
	}
}
