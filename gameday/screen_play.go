package gameday

import (
	"fmt"
	"github.com/charmbracelet/x/ansi"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/view"
)

// The player's screens during play. Each is a pure function of the last
// snapshot and the window; they return at most h lines of width w.

func lobbyView(st *view.Styles, v playerView, w, h int) string {
	g, me := v.Game, v.Me
	set := g.Settings
	var b strings.Builder
	welcome := []string{st.Ink.Bold("Welcome, " + me.Name + "."), "Waiting for the facilitator to start."}
	b.WriteString("\n" + strings.Join(view.JoinParts(welcome, " ", w), "\n") + "\n")
	rules := []string{view.Plural(set.Questions, "question"), view.Limit(set.TimePerQuestion) + " each"}
	if set.SpeedBonus {
		rules = append(rules, "speed points")
	}
	if set.StreakBonus {
		rules = append(rules, "streak bonus")
	}
	if set.Anonymous {
		rules = append(rules, "anonymous leaderboard")
	}
	b.WriteString(strings.Join(view.Paint(st.Ink.Muted, view.JoinParts(rules, " · ", w)), "\n") + "\n\n")
	if len(set.Teams) > 0 {
		b.WriteString(st.Ink.Label("Your team") + "  ")
		for i, t := range set.Teams {
			if i == me.Team {
				b.WriteString(st.Ink.Selected("["+t+"]") + " ")
			} else {
				b.WriteString(st.Ink.Muted(" "+t+" ") + " ")
			}
		}
		if me.Team < 0 {
			b.WriteString(st.Ink.Notice(" ← → to pick"))
		}
		note := fmt.Sprintf("Teams discuss for %s before answers open; a team scores the mean of its members.", view.Limit(set.Discussion))
		b.WriteString("\n" + strings.Join(view.Paint(st.Ink.Muted, view.Wrap(note, w)), "\n") + "\n\n")
	}
	b.WriteString(st.Ink.Label(fmt.Sprintf("Players (%d)", len(g.Seats))) + "\n")
	rows := h - strings.Count(b.String(), "\n") - 1
	b.WriteString(strings.Join(nameColumns(st, g.Seats, me.Seat, w, rows), "\n"))
	return b.String()
}

// nameColumns lays player names out in as many columns as fit, at most rows
// lines; the rest is summarized.
func nameColumns(st *view.Styles, seats []seatRow, self int, w, rows int) []string {
	const colW = maxNameLen + 4
	cols := max(w/colW, 1)
	rows = max(rows, 1)
	var lines []string
	for i := 0; i < len(seats); i += cols {
		if len(lines) == rows-1 && len(seats)-i > cols {
			lines = append(lines, st.Ink.Muted(fmt.Sprintf("… and %d more", len(seats)-i)))
			break
		}
		var line strings.Builder
		for j := i; j < min(i+cols, len(seats)); j++ {
			p := seats[j]
			mark, ink := "● ", st.Ink.Text
			if !p.Connected {
				mark, ink = "○ ", st.Ink.Muted
			}
			if p.Number == self {
				ink = st.Ink.Selected
			}
			cell := mark + p.Name
			line.WriteString(ink(cell) + strings.Repeat(" ", max(colW-ansi.StringWidth(cell), 1)))
		}
		lines = append(lines, strings.TrimRight(line.String(), " "))
	}
	return lines
}

// questionParts is the question screen: the clock stays on top and the
// status at the bottom; between them the card, the prompt and every choice
// scroll, laid out as the app lays them out (view.Question), the player's
// pick marked as the app marks its cursor. Text is w wide, indented by pad.
func questionParts(st *view.Styles, v playerView, now time.Time, w, pad int, memo *cardMemo) screenParts {
	g, me := v.Game, v.Me
	left := secondsLeft(g, now)
	total := g.Settings.TimePerQuestion
	label := fmt.Sprintf("%2ds", left)
	switch {
	case g.Paused:
		label = "paused"
	case g.Phase == phaseDiscuss:
		total = g.Settings.Discussion
		label = fmt.Sprintf("discuss · answers open in %ds", left)
	}
	timer := st.Ink.Timer(label)
	if left <= 5 && !g.Paused && g.Phase == phaseQuestion {
		timer = st.Ink.Urgent(label)
	}
	head := []string{view.Spread(timeBar(st, time.Duration(left)*time.Second, total, min(w-len(label)-2, 40)), timer, w)}
	qa := memo.question(st, g, me.Choice, w)
	// Revealed evidence goes under the choices: they stay in sight, and
	// the newest item is one scroll away at most.
	body := shift(append(qa, revealedLines(st, g.Evidence, g.EvidenceTotal, w)...), pad)
	return screenParts{head: shift(head, pad), body: body, foot: shift(append([]string{""}, questionStatus(st, v, w)...), pad)}
}

// cardMemo keeps a player's card and choices as last drawn. The countdown
// and the room's counts redraw every player's screen each second, while the
// card changes only with the question, the pick and the width; styling it
// again each time was a tenth of the server's CPU at 1,000 players.
type cardMemo struct {
	index, cursor, w int
	lines            []string
}

// question is the card, prompt and choices of g's question with the
// player's pick marked, from the memo when nothing they depend on changed.
// A nil memo draws every time.
func (m *cardMemo) question(st *view.Styles, g *shared, cursor, w int) []string {
	if m != nil && m.lines != nil && m.index == g.Index && m.cursor == cursor && m.w == w {
		return m.lines
	}
	o := view.NoMarks()
	o.Cursor = cursor
	card, rest, _ := view.Question(st, cardOf(g.Asked), g.Asked.Prompt, g.Asked.Choices, o, w, w)
	// A fresh slice: callers append to it.
	lines := append(card[:len(card):len(card)], rest...)
	if m != nil {
		*m = cardMemo{index: g.Index, cursor: cursor, w: w, lines: lines}
	}
	return lines[:len(lines):len(lines)]
}

// shift indents lines by pad columns.
func shift(lines []string, pad int) []string {
	if pad <= 0 {
		return lines
	}
	sp := strings.Repeat(" ", pad)
	out := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			l = sp + l
		}
		out[i] = l
	}
	return out
}

// questionStatus says where the player stands on the open question. The
// trailing hint goes first when the window is too narrow for it.
func questionStatus(st *view.Styles, v playerView, w int) []string {
	g, me := v.Game, v.Me
	count := fmt.Sprintf("%d/%d answered", g.Answered, g.Active)
	var main, hint string
	switch {
	case g.Phase == phaseDiscuss:
		return view.Paint(st.Ink.Muted, view.Wrap("Talk it through with your team — the answer keys unlock when the clock starts.", w))
	case me.Choice >= 0:
		main, hint = st.Ink.Bold(fmt.Sprintf("Locked in: %d.", me.Choice+1))+" "+st.Ink.Muted(count), " · waiting for the others"
	case g.Paused:
		main = st.Ink.Notice("The facilitator paused the game.") + " " + st.Ink.Muted(count)
	case me.Problem != "":
		main = st.Ink.Urgent(view.Truncate(me.Problem, max(w-len(count)-1, 10))) + " " + st.Ink.Muted(count)
	default:
		main, hint = st.Ink.Muted(count), " · press the number of the root cause"
	}
	if hint != "" && len([]rune(main))+len([]rune(hint)) <= w {
		main += st.Ink.Muted(hint)
	}
	return []string{main}
}

// revealParts is the reveal: which choice was the root cause and how the
// room picked, every choice whole, why the player's pick was wrong; the
// player's outcome stays in view at the bottom.
func revealParts(st *view.Styles, v playerView, w, pad int) screenParts {
	g, me := v.Game, v.Me
	rv := g.Reveal
	most, total := 1, 0
	for _, n := range rv.Counts {
		most, total = max(most, n), total+n
	}
	right := 0
	if rv.Answer < len(rv.Counts) {
		right = rv.Counts[rv.Answer]
	}
	body := []string{"", st.Ink.Label(fmt.Sprintf("The root cause was %d", rv.Answer+1)) +
		st.Ink.Muted(fmt.Sprintf(" · %d of %d picked it", right, total)), ""}
	barW := 10 // narrower windows leave the room to the choices' text
	if w < 70 {
		barW = 5
	}
	o := view.NoMarks()
	o.Answer, o.RightW = rv.Answer, 4+barW
	if me.Last != nil && me.Last.Answered {
		o.Picked = me.Last.Choice
	}
	o.Right = func(i int) string {
		n := 0
		if i < len(rv.Counts) {
			n = rv.Counts[i]
		}
		return st.Ink.Number(fmt.Sprintf("%3d", n)) + " " + view.Bar(st, n, most, barW)
	}
	choices, _ := view.Choices(st, g.Asked.Choices, o, w)
	body = append(body, choices...)
	if p := o.Picked; p >= 0 && p != rv.Answer && p < len(rv.Choices) {
		c := rv.Choices[p]
		why := view.WhyNot(st, "WHY NOT YOUR PICK", []view.Option{{Number: p + 1, Text: c.Text, Why: c.WhyNot, Incident: c.IncidentID, Yours: true}}, w)
		body = append(append(body, ""), why...)
	}
	var foot []string
	if out := yourOutcome(st, v, w); len(out) > 0 {
		foot = append([]string{""}, out...)
	}
	return screenParts{body: shift(body, pad), foot: shift(foot, pad)}
}

// yourOutcome is the player's verdict and points on the revealed question,
// as the app words them.
func yourOutcome(st *view.Styles, v playerView, w int) []string {
	g, me := v.Game, v.Me
	res := me.Last
	rank := view.RankOf(me.Rank, len(g.Board))
	if res == nil {
		return []string{st.Ink.Muted("You joined after this question opened."), st.Ink.Bold("Total " + view.Thousands(me.Score) + " · " + rank)}
	}
	verdict := view.VerdictLine(st, view.Verdict{Correct: res.Correct, TimedOut: !res.Answered, Choice: res.Choice, Answer: res.Answer})
	if res.Answered {
		verdict += st.Ink.Muted(fmt.Sprintf(" · in %.1fs", res.Elapsed.Seconds()))
	}
	// The rank goes on the points line when it fits, else under it.
	pts := view.JoinParts([]string{view.PointsLine(st, res.Outcome, me.Score), st.Ink.Muted(rank)}, st.Ink.Muted(" · "), w)
	return append([]string{verdict}, pts...)
}

func boardView(st *view.Styles, v playerView, w, h int) string {
	g, me := v.Game, v.Me
	lines := []string{"", st.Ink.Label(fmt.Sprintf("Leaderboard after question %d/%d", g.Index+1, g.Settings.Questions)), ""}
	var teams []string
	if len(g.Teams) > 0 {
		teams = append(teams, "", st.Ink.Label("Teams (mean score)"))
		for _, t := range g.Teams {
			if t.Members == 0 {
				continue
			}
			teams = append(teams, fmt.Sprintf(" %3d  %s %8s  %s", t.Rank, view.PadRight(t.Name, maxNameLen+6), view.Thousands(t.Score), st.Ink.Muted(view.Plural(t.Members, "player"))))
		}
	}
	room := max(h-len(lines)-len(teams)-2, 3)
	lines = append(lines, boardRows(st, g, me, room)...)
	lines = append(lines, teams...)
	lines = append(lines, "", st.Ink.Bold("You: "+view.RankOf(me.Rank, len(g.Board))+" · "+view.Thousands(me.Score)))
	return strings.Join(lines, "\n")
}

// boardRows lists the top of the board in n lines; a player below the cut
// sees their own line last. In anonymous mode names are hidden, except that
// each player's own line says "you".
func boardRows(st *view.Styles, g *shared, me selfView, n int) []string {
	var out []string
	shown := false
	row := func(r boardRow, mine bool) string {
		name := r.Name
		switch {
		case mine:
			name = me.Name + " (you)"
		case name == "":
			name = "·····"
		}
		gain := ""
		if r.Gain > 0 {
			gain = "+" + view.Thousands(r.Gain)
		}
		text := fmt.Sprintf(" %3d  %s %8s %7s", r.Rank, view.PadRight(name, maxNameLen+6), view.Thousands(r.Score), gain)
		if mine {
			return st.Ink.Selected(text)
		}
		return st.Ink.Text(text)
	}
	for i, r := range g.Board {
		if i >= n-1 && !(i == n-1 && shown) {
			break
		}
		mine := r.Rank == me.Rank && !shown && (r.Name == me.Name || r.Name == "")
		shown = shown || mine
		out = append(out, row(r, mine))
	}
	if !shown {
		for _, r := range g.Board {
			if r.Rank == me.Rank {
				out = append(out, st.Ink.Muted("  ⋮"), row(r, true))
				break
			}
		}
	}
	return out
}
