package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/view"
)

// Column widths of the trainee table (the name takes the rest).
const (
	colWeek    = 10 // "123 · 7d"
	colAcc     = 10
	colMastery = 8
	colDue     = 5
	colWeakest = 18 // shown from wideTable on
	wideTable  = 96
	serviceMax = 6 // services listed; a corpus has dozens
)

func (m dashboardModel) header(w int) string {
	s := m.c.styles
	title := s.Title.Render("Dashboard")
	if d := m.data; d != nil && m.cohort != "" {
		title += s.Muted.Render(" · " + safeLine(m.cohort) + " · " + view.Plural(len(d.Trainees), "trainee") + " (" + m.c.keys.NextCohort.Help().Key + ": next cohort)")
	} else if d != nil {
		title += s.Muted.Render(" · everyone · " + view.Plural(len(d.Trainees), "trainee") + " · " + view.Plural(len(d.Cohorts), "cohort"))
	}
	switch {
	case m.err != "":
		return title + "\n" + m.c.wrap("! "+safeLine(m.err), w, s.Error)
	case m.note != "":
		return title + "\n" + m.c.wrap(safeLine(m.note), w, s.Correct)
	case m.data == nil:
		return title + "\n" + s.Muted.Render("Loading…")
	}
	return title + "\n" + s.Muted.Render("Last 7 days, accuracy over every answer, mastery and due as of today.")
}

// lines is the whole page, for the scroll window.
func (m dashboardModel) lines(w int) []string {
	if m.data == nil {
		return nil
	}
	var out []string
	out = append(out, m.traineeLines(w)...)
	out = append(out, "")
	out = append(out, m.leechLines(w)...)
	out = append(out, "")
	out = append(out, m.masteryLines("Mastery by platform", m.data.Platform, len(m.data.Platform), w)...)
	out = append(out, "")
	if len(m.data.Service) > 0 {
		out = append(out, m.masteryLines("Mastery by service", m.data.Service, serviceMax, w)...)
		out = append(out, "")
	}
	out = append(out, m.cohortLines(w)...)
	return out
}

func (m dashboardModel) traineeLines(w int) []string {
	s := m.c.styles
	wide := w >= wideTable
	nameW := w - 2 - colWeek - colAcc - colMastery - colDue
	if wide {
		nameW -= colWeakest
	}
	row := func(name, week, acc, mastery, due, weakest string) string {
		r := "  " + view.PadRight(view.Truncate(name, nameW-1), nameW) + padLeft(week, colWeek) + padLeft(acc, colAcc) +
			padLeft(mastery, colMastery) + padLeft(due, colDue)
		if wide {
			r += "  " + view.Truncate(weakest, colWeakest-2)
		}
		return r
	}
	out := []string{s.Ink.Label("Trainees"), s.Ink.Muted(row("Trainee", "7 days", "Accuracy", "Mastery", "Due", "Weakest platform"))}
	if len(m.data.Trainees) == 0 {
		return append(out, s.Ink.Muted("  No trainee yet: accounts appear at their first login."))
	}
	for _, t := range m.data.Trainees {
		week := s.Ink.Muted("—")
		if t.WeekAnswers > 0 {
			week = fmt.Sprintf("%d · %dd", t.WeekAnswers, t.WeekDays)
		}
		acc := s.Ink.Muted("—")
		if t.Answers > 0 {
			acc = pct(t.Accuracy())
		}
		due := fmt.Sprint(t.DueToday)
		if t.DueToday == 0 {
			due = s.Ink.Muted("0")
		}
		out = append(out, row(safeLine(t.User), week, acc, pct(t.Mastery), due, safeLine(t.Weakest)))
	}
	return out
}

func (m dashboardModel) leechLines(w int) []string {
	s := m.c.styles
	out := []string{s.Ink.Label("Team leeches") + s.Ink.Muted("  the incidents the team misses most")}
	if len(m.data.Leeches) == 0 {
		return append(out, s.Ink.Muted("  No misses yet."))
	}
	for _, l := range m.data.Leeches {
		misses := fmt.Sprintf("%d misses", l.Misses)
		if l.Misses == 1 {
			misses = "1 miss"
		}
		right := s.Ink.Number(misses) + s.Ink.Muted(" · "+view.Plural(l.Trainees, "trainee"))
		left := safeLine(l.ID) + "  " + safeLine(l.Title)
		if l.Title == "" {
			left += s.Ink.Muted("(not in the loaded incidents)")
		}
		left = view.Truncate(left, max(10, w-4-lipgloss.Width(right)))
		out = append(out, "  "+view.Spread(left, right, w-2))
	}
	return out
}

// masteryLines is one mastery section: up to most groups, then how many more.
func (m dashboardModel) masteryLines(title string, groups []Mastery, most, w int) []string {
	s := m.c.styles
	out := []string{s.Ink.Label(title) + s.Ink.Muted("  the trainees' mean")}
	if len(groups) == 0 {
		return append(out, s.Ink.Muted("  No incidents loaded."))
	}
	nameW := 0
	for _, p := range groups {
		nameW = max(nameW, lipgloss.Width(safeLine(p.Name)))
	}
	nameW = min(nameW, w/3)
	for _, p := range groups[:min(most, len(groups))] {
		bar := meter(p.Mastery, 20)
		out = append(out, "  "+view.PadRight(view.Truncate(safeLine(p.Name), nameW), nameW)+"  "+padLeft(pct(p.Mastery), 4)+"  "+
			s.Ink.Number(bar)+s.Ink.Muted("  "+view.Plural(p.Incidents, "incident")))
	}
	if n := len(groups) - most; n > 0 {
		out = append(out, s.Ink.Muted(fmt.Sprintf("  … %d more", n)))
	}
	return out
}

func (m dashboardModel) cohortLines(w int) []string {
	s, k := m.c.styles, m.c.keys
	hk := func(b key.Binding) string { return b.Help().Key }
	out := []string{s.Ink.Label("Cohorts and assignments")}
	if len(m.data.Cohorts) == 0 {
		hint := fmt.Sprintf("  No cohort yet: %s creates one, %s adds a trainee, %s assigns a track.", hk(k.NewCohort), hk(k.AddMember), hk(k.Assign))
		return append(out, s.Ink.Muted(view.Truncate(hint, w)))
	}
	for _, c := range m.data.Cohorts {
		out = append(out, "  "+s.Ink.Bold(safeLine(c.Name))+s.Ink.Muted(" · "+view.Plural(c.Members, "member")))
		if len(c.Assignments) == 0 {
			out = append(out, s.Ink.Muted("    no assignment ("+hk(k.Assign)+" assigns a track)"))
		}
		// Numbered within the cohort: the unassign form asks for the number.
		for i, a := range c.Assignments {
			num := fmt.Sprintf("%d. ", i+1)
			out = append(out, "    "+s.Ink.Number(num)+view.Truncate(safeLine(a.Track), w-6-len(num))+s.Ink.Muted("  due "+safeLine(a.Due)))
			state := fmt.Sprintf("%d of %d complete · %d started · %.1f of %d done on average", a.Complete, c.Members, a.Started, a.MeanDone, a.Count)
			line := "       " + s.Ink.Text(view.Truncate(state, w-9))
			if a.Overdue > 0 {
				line += s.Ink.Error(fmt.Sprintf(" · %d overdue", a.Overdue))
			}
			out = append(out, line)
		}
	}
	return out
}

// pct is a share as "42%".
func pct(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }

// padLeft right-aligns s in w cells.
func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(0, w-lipgloss.Width(s))) + s
}

// meter is a bar of w cells filled by share f (0..1), legible without color.
func meter(f float64, w int) string {
	n := min(w, max(0, int(f*float64(w)+0.5)))
	return strings.Repeat("█", n) + strings.Repeat("░", w-n)
}

// joinLines joins rows with newlines.
func joinLines(l []string) string { return strings.Join(l, "\n") }
