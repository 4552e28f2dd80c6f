package gameday

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// The player's screens during play. Each is a pure function of the last
// snapshot and the window; they return at most h lines of width w.

func lobbyView(st *look, v View, w, h int) string {
	g, me := v.Game, v.Me
	set := g.Settings
	var b strings.Builder
	welcome := []string{st.ink.Bold("Welcome, " + me.Name + "."), "Waiting for the facilitator to start."}
	b.WriteString("\n" + strings.Join(joinParts(welcome, " ", w), "\n") + "\n")
	rules := []string{plural(set.Questions, "question", "questions"), clockText(set.TimePerQuestion) + " each"}
	if set.SpeedBonus {
		rules = append(rules, "speed points")
	}
	if set.StreakBonus {
		rules = append(rules, "streak bonus")
	}
	if set.Anonymous {
		rules = append(rules, "anonymous leaderboard")
	}
	b.WriteString(strings.Join(inkLines(st.ink.Muted, joinParts(rules, " · ", w)), "\n") + "\n\n")
	if len(set.Teams) > 0 {
		b.WriteString(st.ink.Label("Your team") + "  ")
		for i, t := range set.Teams {
			if i == me.Team {
				b.WriteString(st.ink.Selected("["+t+"]") + " ")
			} else {
				b.WriteString(st.ink.Muted(" "+t+" ") + " ")
			}
		}
		if me.Team < 0 {
			b.WriteString(st.ink.Notice(" ← → to pick"))
		}
		note := fmt.Sprintf("Teams discuss for %s before answers open; a team scores the mean of its members.", clockText(set.Discussion))
		b.WriteString("\n" + st.ink.Muted(strings.Join(wrap(note, w), "\n")) + "\n\n")
	}
	b.WriteString(st.ink.Label(fmt.Sprintf("Players (%d)", len(g.Players))) + "\n")
	rows := h - strings.Count(b.String(), "\n") - 1
	b.WriteString(strings.Join(nameColumns(st, g.Players, me.ID, w, rows), "\n"))
	return b.String()
}

// nameColumns lays player names out in as many columns as fit, at most rows
// lines; the rest is summarized.
func nameColumns(st *look, ps []PlayerRow, self string, w, rows int) []string {
	const colW = MaxNameLen + 4
	cols := max(w/colW, 1)
	rows = max(rows, 1)
	var lines []string
	for i := 0; i < len(ps); i += cols {
		if len(lines) == rows-1 && len(ps)-i > cols {
			lines = append(lines, st.ink.Muted(fmt.Sprintf("… and %d more", len(ps)-i)))
			break
		}
		var line strings.Builder
		for j := i; j < min(i+cols, len(ps)); j++ {
			p := ps[j]
			mark, style := "● ", st.ink.Text
			if !p.Connected {
				mark, style = "○ ", st.ink.Muted
			}
			if p.ID == self {
				style = st.ink.Selected
			}
			cell := mark + p.Name
			line.WriteString(style(cell) + strings.Repeat(" ", max(colW-len([]rune(cell)), 1)))
		}
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	return lines
}

// questionParts is the question screen: the clock stays on top and the
// status at the bottom; the card (meta, title, summary), the prompt and every
// choice, each wrapped whole at word boundaries, scroll between them.
func questionParts(st *look, v View, now time.Time, w int) screenParts {
	g, me := v.Game, v.Me
	r := g.Round
	left := secondsLeft(g, now)
	total := g.Settings.TimePerQuestion
	label := fmt.Sprintf("%2ds", left)
	switch {
	case g.Paused:
		label = "paused"
	case g.Phase == PhaseDiscuss:
		total = g.Settings.Discussion
		label = fmt.Sprintf("discuss · answers open in %ds", left)
	}
	timer := st.ink.Timer(label)
	if left <= 5 && !g.Paused && g.Phase == PhaseQuestion {
		timer = st.ink.Urgent(label)
	}
	head := []string{spread(timeBar(st, time.Duration(left)*time.Second, total, min(w-lipgloss.Width(timer)-2, 40)), timer, w)}
	body := cardLines(st, r, "", w)
	body = append(body, "")
	body = append(body, inkLines(st.ink.Label, wrap(r.Prompt, w))...)
	body = append(body, choiceLines(st, r, me.Choice, w)...)
	return screenParts{head: head, body: body, foot: append([]string{""}, questionStatus(st, v, w)...)}
}

// cardLines is what is known of the incident: a meta line (the id first
// when given, severity, services, platform, date) broken between its parts,
// the title and the summary, all wrapped whole.
func cardLines(st *look, r *Round, id string, w int) []string {
	var parts []string
	if id != "" {
		parts = append(parts, st.ink.Bold(id))
	}
	parts = append(parts, st.Badge(r.Severity))
	var lines []string
	for _, s := range []string{strings.Join(r.Services, ", "), r.Platform, dateOf(r.Date)} {
		if s == "" {
			continue
		}
		if ansi.StringWidth(s) <= w {
			parts = append(parts, st.ink.Muted(s))
			continue
		}
		// A field wider than the window (a long service list) gets lines
		// of its own.
		lines = append(lines, joinParts(parts, st.ink.Muted(" · "), w)...)
		lines = append(lines, inkLines(st.ink.Muted, wrap(s, w))...)
		parts = nil
	}
	lines = append(lines, joinParts(parts, st.ink.Muted(" · "), w)...)
	if r.Title != "" {
		lines = append(lines, inkLines(st.ink.CardTitle, wrap(r.Title, w))...)
	}
	if r.Summary != "" {
		lines = append(lines, wrap(r.Summary, w)...)
	}
	return lines
}

// choiceLines numbers the choices, each wrapped whole under its text; the
// player's pick is marked with "›" (visible without color).
func choiceLines(st *look, r *Round, picked, w int) []string {
	var out []string
	for i, c := range r.Choices {
		prefix := fmt.Sprintf(" %d  ", i+1)
		style := st.ink.Choice
		if i == picked {
			prefix, style = "›"+prefix[1:], st.ink.Selected
		}
		out = append(out, inkLines(style, hang(prefix, c, w))...)
	}
	return out
}

// questionStatus says where the player stands on the open question. The
// trailing hint goes first when the window is too narrow for it.
func questionStatus(st *look, v View, w int) []string {
	g, me := v.Game, v.Me
	count := fmt.Sprintf("%d/%d answered", g.Answered, g.Active)
	var main, hint string
	switch {
	case g.Phase == PhaseDiscuss:
		return inkLines(st.ink.Muted, wrap("Talk it through with your team — the answer keys unlock when the clock starts.", w))
	case me.Choice >= 0:
		main, hint = st.ink.Bold(fmt.Sprintf("Locked in: %d.", me.Choice+1))+" "+st.ink.Muted(count), " · waiting for the others"
	case g.Paused:
		main = st.ink.Notice("The facilitator paused the game.") + " " + st.ink.Muted(count)
	default:
		main, hint = st.ink.Muted(count), " · press the number of the root cause"
	}
	if hint != "" && ansi.StringWidth(main)+ansi.StringWidth(hint) <= w {
		main += st.ink.Muted(hint)
	}
	return []string{main}
}

// revealParts is the reveal: which choice was the root cause and how the
// room picked, every choice whole, why the player's pick was wrong; the
// player's outcome stays in view at the bottom.
func revealParts(st *look, v View, w int) screenParts {
	g, me := v.Game, v.Me
	r := g.Round
	most, total := 1, 0
	for _, n := range g.Counts {
		most, total = max(most, n), total+n
	}
	right := 0
	if r.Answer < len(g.Counts) {
		right = g.Counts[r.Answer]
	}
	body := []string{"", st.ink.Label(fmt.Sprintf("The root cause was %d", r.Answer+1)) +
		st.ink.Muted(fmt.Sprintf(" · %d of %d picked it", right, total)), ""}
	barW := 10 // narrower windows leave the room to the choices' text
	if w < 70 {
		barW = 5
	}
	textW := w - 4 - 1 - 3 - 1 - barW
	for i, c := range r.Choices {
		mark, style := "  ", st.ink.Choice
		if i == r.Answer {
			mark, style = "✓ ", st.ink.Correct
		} else if me.Last != nil && me.Last.Answered && me.Last.Choice == i {
			mark, style = "✗ ", st.ink.Wrong
		}
		n := 0
		if i < len(g.Counts) {
			n = g.Counts[i]
		}
		for j, l := range hang(fmt.Sprintf("%s%d ", mark, i+1), c, textW+4) {
			if j == 0 {
				l = style(padRight(l, textW+4)) + " " + st.ink.Number(fmt.Sprintf("%3d", n)) + " " + st.ink.Muted(strings.Repeat("▇", n*barW/most))
			} else {
				l = style(l)
			}
			body = append(body, l)
		}
	}
	if me.Last != nil && me.Last.Answered && !me.Last.Correct && me.Last.Choice < len(r.WhyNot) {
		if why := r.WhyNot[me.Last.Choice]; why != "" {
			body = append(body, "")
			body = append(body, hang("Why not "+itoa(me.Last.Choice+1)+": ", why, w)...)
		}
	}
	var foot []string
	if out := yourOutcome(st, v); len(out) > 0 {
		foot = append([]string{""}, out...)
	}
	return screenParts{body: body, foot: foot}
}

func yourOutcome(st *look, v View) []string {
	g, me := v.Game, v.Me
	res := me.Last
	var head string
	switch {
	case me.Facilitator:
		return nil
	case res == nil:
		head = st.ink.Muted("You joined after this question opened.")
	case !res.Answered:
		head = st.ink.Wrong("No answer in time.") + st.ink.Muted(" +0")
	case res.Correct:
		head = st.ink.Correct("Right!") + " " + st.ink.Number("+"+thousands(res.Points))
		var parts []string
		if res.Speed > 0 {
			parts = append(parts, "speed +"+itoa(res.Speed))
		}
		if res.Streak > 0 {
			parts = append(parts, "streak +"+itoa(res.Streak))
		}
		if len(parts) > 0 {
			head += st.ink.Muted(" (" + strings.Join(parts, ", ") + ")")
		}
		head += st.ink.Muted(fmt.Sprintf(" in %.1fs", res.Elapsed.Seconds()))
	default:
		head = st.ink.Wrong("Not this time.") + st.ink.Muted(" +0 · streak reset")
	}
	total := fmt.Sprintf("Total %s · %s", thousands(me.Score), rankOf(me.Rank, len(g.Board)))
	if me.Streak > 1 {
		total += fmt.Sprintf(" · %d right in a row", me.Streak)
	}
	return []string{head, st.ink.Bold(total)}
}

func boardView(st *look, v View, w, h int) string {
	g, me := v.Game, v.Me
	lines := []string{"", st.ink.Label(fmt.Sprintf("Leaderboard after question %d/%d", g.Index+1, g.Settings.Questions)), ""}
	var teams []string
	if len(g.Teams) > 0 {
		teams = append(teams, "", st.ink.Label("Teams (mean score)"))
		for _, t := range g.Teams {
			if t.Members == 0 {
				continue
			}
			who := itoa(t.Members) + " players"
			if t.Members == 1 {
				who = "1 player"
			}
			teams = append(teams, fmt.Sprintf(" %3d  %-*s %8s  %s", t.Rank, MaxNameLen+6, t.Name, thousands(t.Score), st.ink.Muted(who)))
		}
	}
	room := max(h-len(lines)-len(teams)-2, 3)
	lines = append(lines, boardRows(st, g, me, w, room)...)
	lines = append(lines, teams...)
	if !me.Facilitator {
		lines = append(lines, "", st.ink.Bold("You: "+rankOf(me.Rank, len(g.Board))+" · "+thousands(me.Score)))
	}
	return strings.Join(lines, "\n")
}

// boardRows lists the top of the board in n lines; a player below the cut
// sees their own line last. In anonymous mode names are hidden, except that
// each player's own line says "you".
func boardRows(st *look, g *Public, me Self, w, n int) []string {
	var out []string
	shown := false
	row := func(r BoardRow, mine bool) string {
		name := r.Name
		switch {
		case mine:
			name = me.Name + " (you)"
		case name == "":
			name = "·····"
		}
		gain := ""
		if r.Gain > 0 {
			gain = "+" + thousands(r.Gain)
		}
		text := fmt.Sprintf(" %3d  %-*s %8s %7s", r.Rank, MaxNameLen+6, name, thousands(r.Score), gain)
		if mine {
			return st.ink.Selected(text)
		}
		return st.ink.Text(text)
	}
	for i, r := range g.Board {
		if i >= n-1 && !(i == n-1 && (shown || me.Facilitator)) {
			break
		}
		mine := !me.Facilitator && r.Rank == me.Rank && !shown && (r.Name == me.Name || r.Name == "")
		shown = shown || mine
		out = append(out, row(r, mine))
	}
	if !shown && !me.Facilitator {
		for _, r := range g.Board {
			if r.Rank == me.Rank {
				out = append(out, st.ink.Muted("  ⋮"), row(r, true))
				break
			}
		}
	}
	return out
}

// clockText renders a time limit as people say it: "30s", "90s", "2 min",
// rather than Go's "1m0s".
func clockText(d time.Duration) string {
	d = d.Round(time.Second)
	if d >= 2*time.Minute && d%time.Minute == 0 {
		return itoa(int(d/time.Minute)) + " min"
	}
	return itoa(int(d/time.Second)) + "s"
}

func dateOf(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}
