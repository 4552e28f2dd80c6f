package gameday

import (
	"strings"
	"testing"
	"time"
)

// TestOneQuestionReadsSingular: a one-question game says "1 question".
func TestOneQuestionReadsSingular(t *testing.T) {
	p := newPlayerModel(nil, nil, asciiStyles())
	p.v, p.now = goldenState(PhaseLobby)
	pub := *p.v.Game
	pub.Settings.Questions = 1
	p.v.Game = &pub
	c := newConsole(nil, nil, asciiStyles(), ConsoleInfo{Addr: "127.0.0.1:2222"})
	c.v, c.now = p.v, p.now
	for what, out := range map[string]string{"lobby": p.View(), "console": c.View()} {
		if strings.Contains(out, "1 questions") || !strings.Contains(out, "1 question") {
			t.Errorf("%s:\n%s", what, out)
		}
	}
	if got := plural(0, "answer", "answers") + "," + plural(2, "answer", "answers"); got != "0 answers,2 answers" {
		t.Errorf("plural = %q", got)
	}
}

// TestDebriefHangsWrappedText: a prevention item that wraps continues
// under its text, not under its bullet; so do the cause and the fix.
func TestDebriefHangsWrappedText(t *testing.T) {
	r := longRound()
	r.RootCause = "A web firewall rule meant to block one scraper matched the user agent header that every player sends."
	r.Prevention = []string{"Test new firewall rules in count mode against a day of real traffic before they block anything at all.", "Alarm on 403 rates."}
	lines := debriefLines(newLook(asciiStyles()), []Round{r}, 60)
	bullet := -1
	for i, l := range lines {
		if strings.Contains(l, "• Test new firewall") {
			bullet = i
		}
	}
	if bullet < 0 || bullet+1 >= len(lines) {
		t.Fatalf("no wrapped prevention item in\n%s", strings.Join(lines, "\n"))
	}
	col := len([]rune(lines[bullet][:strings.Index(lines[bullet], "Test new")]))
	next := lines[bullet+1]
	if lead := len(next) - len(strings.TrimLeft(next, " ")); lead != col {
		t.Errorf("continuation starts at column %d, text at %d:\n%s\n%s", lead, col, lines[bullet], next)
	}
	for _, l := range lines {
		if len([]rune(l)) > 60 {
			t.Errorf("%d wide: %q", len([]rune(l)), l)
		}
	}
}

func TestClockText(t *testing.T) {
	for d, want := range map[time.Duration]string{30 * time.Second: "30s", time.Minute: "60s", 90 * time.Second: "90s", 2 * time.Minute: "2 min", 1500 * time.Millisecond: "2s"} {
		if got := clockText(d); got != want {
			t.Errorf("clockText(%v) = %q, want %q", d, got, want)
		}
	}
}
