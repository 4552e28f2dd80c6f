package view

import (
	"strconv"
	"strings"
)

// ChoiceOpts says how the numbered choices are marked.
type ChoiceOpts struct {
	// Cursor is the focused choice (the app's cursor, a player's pick),
	// marked with Styles.Cursor; -1 for none.
	Cursor int
	// Answer, once the answer is known, is the right choice, marked ✓;
	// Picked is the trainee's pick, marked ✗ when it is not the answer.
	// -1 before the reveal and for no pick.
	Answer, Picked int
	// Suffix, when set, adds text after a choice, e.g. "(your answer)".
	Suffix func(i int) string
	// Right, when set, draws a column RightW wide after the first line of
	// each choice (the room's counts on a game-day reveal).
	Right  func(i int) string
	RightW int
}

// NoMarks is ChoiceOpts with nothing focused or revealed.
func NoMarks() ChoiceOpts { return ChoiceOpts{Cursor: -1, Answer: -1, Picked: -1} }

// Choices draws numbered choices in width w, each wrapped whole with a
// hanging indent: "> 1. text" for the focused one, "✓ 2. text" for the
// answer once known, "✗ 3. text" for a wrong pick. It returns the lines and
// where each choice starts, for scrolling.
func Choices(s *Styles, texts []string, o ChoiceOpts, w int) (lines []string, starts []int) {
	textW := w - len(s.Cursor) - 3
	if o.Right != nil {
		textW -= o.RightW + 1
	}
	textW = max(textW, 10)
	starts = make([]int, len(texts))
	for i, text := range texts {
		starts[i] = len(lines)
		text = OneLine(text)
		if o.Suffix != nil {
			if m := o.Suffix(i); m != "" {
				text += "  " + m
			}
		}
		marker, ink := s.NoCursor, s.Ink.Choice
		switch {
		case i == o.Answer:
			marker, ink = "✓ ", s.Ink.Correct
		case o.Answer >= 0 && i == o.Picked:
			marker, ink = "✗ ", s.Ink.Wrong
		case i == o.Cursor:
			marker, ink = s.Cursor, s.Ink.Selected
		}
		num := strconv.Itoa(i+1) + ". "
		for j, l := range Wrap(text, textW) {
			if j > 0 {
				lines = append(lines, s.NoCursor+"   "+ink(l))
				continue
			}
			line := marker + ink(num+l)
			if o.Right != nil {
				line = PadRight(line, len(s.Cursor)+3+textW) + " " + o.Right(i)
			}
			lines = append(lines, line)
		}
	}
	return lines, starts
}

// Prompt is the question line over the choices.
func Prompt(s *Styles, prompt string, w int) []string {
	return Paint(s.Ink.Bold, Hang(" ", prompt, w))
}

// Bar draws n of most as a bar up to w cells wide.
func Bar(s *Styles, n, most, w int) string {
	if most <= 0 || n <= 0 {
		return ""
	}
	return s.Ink.Muted(strings.Repeat("▇", max(n*w/most, 0)))
}

// ContentWidth is the width text is laid out in for a window w wide: the
// window minus margins, capped so lines stay readable on wide screens. The
// app and the game server's player screen use the same, so a question
// reads the same in both.
func ContentWidth(w int) int { return max(20, min(w-4, MaxContent)) }

// MaxContent is the widest text column.
const MaxContent = 100

// Question is a question screen's two parts: the card (cardW wide), and the
// prompt over the numbered choices (w wide), with where each choice starts
// in the second part. The app and the game-day player lay out these same
// lines.
func Question(s *Styles, c Card, prompt string, choices []string, o ChoiceOpts, cardW, w int) (card, rest []string, starts []int) {
	card = CardLines(s, c, cardW)
	rest = Prompt(s, prompt, w)
	lines, starts := Choices(s, choices, o, w)
	for i := range starts {
		starts[i] += len(rest)
	}
	return card, append(rest, lines...), starts
}
