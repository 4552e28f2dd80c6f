package view

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"github.com/nexusflow/rootcause/incidents"
)

func asciiStyles() *Styles {
	return NewStyles(lipgloss.NewRenderer(io.Discard, termenv.WithProfile(termenv.Ascii)))
}

// latency is a metric item: p99 latency flat, then climbing steadily after
// a deploy at -20m, over n points a minute apart.
func latency(n int) incidents.Evidence {
	sr := incidents.Series{Label: "checkout p99", Unit: "ms", Marks: []incidents.Mark{{At: -20 * time.Minute, Label: "deploy"}}}
	for i := range n {
		t := time.Duration(i-n+10) * time.Minute
		v := 180.0
		if t > -20*time.Minute {
			v += float64(t+20*time.Minute) / float64(time.Minute) * 40
		}
		sr.Points = append(sr.Points, incidents.Point{T: t, V: v})
	}
	return incidents.Evidence{ID: "p99", Kind: incidents.KindMetric, Title: "Checkout p99 latency", Series: []incidents.Series{sr}}
}

func TestChartHasAxesMarksAndCaption(t *testing.T) {
	lines := Chart(asciiStyles(), latency(40), 0, 76, 10)
	out := strings.Join(lines, "\n")
	for _, want := range []string{"checkout p99 (ms)", "┊ deploy at -20m", "-20m", "+0m", "1.1k"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in\n%s", want, out)
		}
	}
	if !strings.ContainsAny(out, "⠁⠂⠄⡀⠈⠐⠠⢀⣀⠉⠒⠤") {
		t.Errorf("no braille line in\n%s", out)
	}
	for _, l := range lines {
		if w := lipgloss.Width(l); w > 76 {
			t.Errorf("%d wide: %q", w, l)
		}
	}
}

func TestAt(t *testing.T) {
	for d, want := range map[time.Duration]string{-20 * time.Minute: "-20m", 4 * time.Minute: "+4m", 0: "+0m",
		65 * time.Minute: "+1h05m", -30 * time.Second: "-30s", -6 * time.Hour: "-6h", -48 * time.Hour: "-2d"} {
		if got := At(d); got != want {
			t.Errorf("At(%v) = %q, want %q", d, got, want)
		}
	}
}

// BenchmarkChart draws a 120-point series at 80 columns, uncached (each
// iteration another width key would be the same work; the cache is
// bypassed by drawing directly).
func BenchmarkChart(b *testing.B) {
	s, ev := asciiStyles(), latency(120)
	b.ReportAllocs()
	for b.Loop() {
		_ = drawChart(s, ev.Series[0], 76, 12)
	}
}

// BenchmarkChartCached is the same chart once drawn: what every further
// session and frame pays.
func BenchmarkChartCached(b *testing.B) {
	s, ev := asciiStyles(), latency(120)
	Chart(s, ev, 0, 76, 12)
	b.ReportAllocs()
	for b.Loop() {
		_ = Chart(s, ev, 0, 76, 12)
	}
}

// TestChartMarkOnEveryPanel (QA F7): a mark written under one series of a
// metric shows on each of its panels whose span holds it, and not on a
// panel that ends before it.
func TestChartMarkOnEveryPanel(t *testing.T) {
	ev := latency(40) // -30m … +9m, "deploy" at -20m
	errs := incidents.Series{Label: "checkout 5xx", Unit: "/min"}
	early := incidents.Series{Label: "queue depth"}
	for i := range 40 {
		errs.Points = append(errs.Points, incidents.Point{T: time.Duration(i-30) * time.Minute, V: float64(i % 3)})
		early.Points = append(early.Points, incidents.Point{T: time.Duration(i-80) * time.Minute, V: float64(i)})
	}
	ev.ID = "p99-and-errors"
	ev.Series = append(ev.Series, errs, early)
	for i, want := range []bool{true, true, false} {
		out := strings.Join(Chart(asciiStyles(), ev, i, 76, 10), "\n")
		if got := strings.Contains(out, "┊ deploy at -20m"); got != want {
			t.Errorf("series %d: deploy mark shown %v, want %v:\n%s", i, got, want, out)
		}
	}
}

// TestChangeLinesHangUnderTheirText: a wrapped change line continues under
// its text, not under its time column.
func TestChangeLinesHangUnderTheirText(t *testing.T) {
	ev := incidents.Evidence{ID: "changes", Kind: incidents.KindChange, Title: "Changes",
		Lines: []string{"-2d   eventbridge: liveops-start-channels event pattern updated for the new schedule format"}}
	got := EvidenceBody(asciiStyles(), ev, 40, 8)
	want := []string{"-2d   eventbridge: liveops-start-", "      channels event pattern updated for", "      the new schedule format"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for in, lead := range map[string]int{"19:04  paged": 7, "no schema migrations": 0, "  indented": 0, "a b  c": 0, "-2d  ": 0} {
		if got := columnLead(in); got != lead {
			t.Errorf("columnLead(%q) = %d, want %d", in, got, lead)
		}
	}
}
