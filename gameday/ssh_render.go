package gameday

import (
	"io"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
)

// liveScreen draws a player's program as soon as its model has handled a
// message, in place of Bubble Tea's renderer (the program runs with
// tea.WithoutRenderer). That renderer flushes on a frame ticker: an answer's
// "Locked in" waited up to a frame (33 ms at 30 frames a second) for the next
// tick, and each of a game's 1,000 programs woke 30 times a second to copy its
// whole screen into a string and compare it with the last one. In a profile
// of BenchmarkSwarm at 1,000 players the tickers and those copies were about
// a fifth of the server's CPU, beside the screens it really had to send.
//
// Like Bubble Tea's renderer it repaints only the lines that changed, cuts
// lines to the terminal's width, keeps the bottom of a view taller than the
// terminal, and erases what a shorter view leaves below.
type liveScreen struct {
	tea.Model
	w             io.Writer
	width, height int
	last          []string // the lines on screen; nil after a clear
	buf           strings.Builder
}

func newLiveScreen(m tea.Model, w io.Writer) *liveScreen { return &liveScreen{Model: m, w: w} }

// Escape sequences the screen needs besides the lines themselves.
const (
	liveEnter = "\x1b[?1049h\x1b[?25l\x1b[2J" // alternate screen, cursor hidden, cleared
	liveLeave = "\x1b[?25h\x1b[?1049l"        // cursor shown, main screen back
	liveClear = "\x1b[2J"
)

func (s *liveScreen) Init() tea.Cmd {
	s.buf.WriteString(liveEnter)
	s.draw()
	return s.Model.Init()
}

func (s *liveScreen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if ws, ok := msg.(tea.WindowSizeMsg); ok {
		s.width, s.height, s.last = ws.Width, ws.Height, nil
		s.buf.WriteString(liveClear)
	}
	var cmd tea.Cmd
	s.Model, cmd = s.Model.Update(msg)
	s.draw()
	return s, cmd
}

// draw writes the lines of the view that differ from the screen's, in one
// write (each write is an SSH packet).
func (s *liveScreen) draw() {
	lines := strings.Split(s.Model.View(), "\n")
	if s.height > 0 && len(lines) > s.height {
		lines = lines[len(lines)-s.height:]
	}
	for i, line := range lines {
		if s.width > 0 {
			line = ansi.Truncate(line, s.width, "")
			lines[i] = line
		}
		if i < len(s.last) && s.last[i] == line {
			continue
		}
		s.moveTo(i)
		s.buf.WriteString(line)
		if s.width <= 0 || ansi.StringWidth(line) < s.width {
			s.buf.WriteString(ansi.EraseLineRight)
		}
	}
	if len(lines) < len(s.last) {
		s.moveTo(len(lines))
		s.buf.WriteString(ansi.EraseScreenBelow)
	}
	s.last = lines
	if s.buf.Len() > 0 {
		_, _ = io.WriteString(s.w, s.buf.String())
		s.buf.Reset()
	}
}

// moveTo puts the cursor at the start of screen line i (from 0).
func (s *liveScreen) moveTo(i int) {
	s.buf.WriteString("\x1b[")
	s.buf.WriteString(strconv.Itoa(i + 1))
	s.buf.WriteString(";1H")
}
