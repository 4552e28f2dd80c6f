package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/spf13/cobra"
)

// questionsFlags are the options of `rootcause questions`.
type questionsFlags struct {
	filters    filterFlags
	count      int
	seed       int64
	difficulty string
	format     string
	followUp   bool
}

func newQuestionsCmd(g *Globals) *cobra.Command {
	var f questionsFlags
	cmd := &cobra.Command{
		Use:   "questions [--count N] [--seed S] [--difficulty D] [filters] [--format json|md]",
		Short: "Print the questions a session would ask, as JSON or a printable handout",
		Long: "questions prints the questions a practice session with the same seed, difficulty and\n" +
			"filters would ask: as JSON for tools (one object per question: incident_id, kind, card,\n" +
			"choices, answer, evidence), or as a Markdown handout with an answer key at the end.\n\n" +
			"The card holds only what the trainee sees at the start: in hard mode the title and\n" +
			"services are null (they are clues). A choice's incident_id names the incident its text\n" +
			"came from, null for an authored near-miss; answer is the right choice's index; ruled_out_by\n" +
			"names the evidence items that rule a wrong choice out. evidence is the incident's board\n" +
			"(id, kind, title, at, lines or series with [seconds, value] points, cost); [] without one.\n\n" +
			"Without --seed a new seed is drawn and printed to stderr, so the quiz can be repeated.\n" +
			"When fewer incidents match than --count asks for, there are as many questions as match\n" +
			"and stderr says so (\"only 7 incidents match …: the round has 7 questions\"), as in\n" +
			"play, exam and serve; a filter that matches nothing is an error (exit 2).",
		Example: "  rootcause questions --count 5 --seed 7 --format md > handout.md\n" +
			"  rootcause questions --difficulty hard --platform DataNexus --format json | jq '.[].answer'",
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts, err := f.options(cmd)
			if err != nil {
				return err
			}
			incs, err := g.loadCorpus()
			if err != nil {
				return err
			}
			s, err := quiz.NewEngine(incs).NewSession(opts)
			if err != nil { // an exhausted filter or unknown id: the flags ask the impossible
				return usageErr("questions: %s", incidents.Sanitize(err.Error()))
			}
			if note := fewerMatch(opts.Count, s.Len(), opts.Filter); note != "" {
				fmt.Fprintln(cmd.ErrOrStderr(), "rootcause: "+note)
			}
			if !cmd.Flags().Changed("seed") {
				fmt.Fprintf(cmd.ErrOrStderr(), "seed %d (pass --seed %d to get these questions again)\n", opts.Seed, opts.Seed)
			}
			qs := sessionQuestions(s)
			if f.format == "md" {
				return writeHandout(cmd.OutOrStdout(), qs, opts)
			}
			return writeQuestionsJSON(cmd.OutOrStdout(), qs)
		},
	}
	fs := cmd.Flags()
	f.filters.register(fs)
	fs.IntVar(&f.count, "count", 10, "number of questions (0 = every matching incident; as many as match when fewer do)")
	fs.Int64Var(&f.seed, "seed", 0, "seed for a repeatable set (default: a new one each run)")
	fs.StringVar(&f.difficulty, "difficulty", "normal", "easy, normal or hard")
	fs.StringVar(&f.format, "format", "json", "json or md (a printable handout with an answer key)")
	fs.BoolVar(&f.followUp, "follow-up", false, "add the prevention follow-up after each root-cause question")
	return cmd
}

// options validates the flags into session options; bad values are usage errors.
func (f *questionsFlags) options(cmd *cobra.Command) (quiz.Options, error) {
	o := quiz.Options{Mode: quiz.Practice, FollowUp: f.followUp}
	var err error
	if o.Difficulty, err = quiz.ParseDifficulty(f.difficulty); err != nil {
		return o, usageErr("--difficulty: %v", err)
	}
	if f.format != "json" && f.format != "md" {
		return o, usageErr("--format: want json or md, not %q", incidents.Sanitize(f.format))
	}
	if f.count < 0 {
		return o, usageErr("--count: %d is negative", f.count)
	}
	if o.Filter, err = f.filters.filter(); err != nil {
		return o, err
	}
	o.Count = f.count
	o.Seed = f.seed
	if !cmd.Flags().Changed("seed") {
		o.Seed = time.Now().UnixNano()
	}
	return o, nil
}

// fewerMatch is the one rule for a --count the filters cannot fill, the
// same in play, exam, questions and serve: the round has as many questions
// as incidents match, and this says so. "" when the count fits (or is 0,
// every match) or nothing matched (an error of its own).
func fewerMatch(want, have int, f incidents.Filter) string {
	if want <= have || have == 0 {
		return ""
	}
	noun, verb := "incidents", "match"
	if have == 1 {
		noun, verb = "incident", "matches"
	}
	questions := "questions"
	if have == 1 {
		questions = "question"
	}
	return fmt.Sprintf("only %d %s %s %s: the round has %d %s", have, noun, verb,
		incidents.Sanitize(quiz.DescribeFilter(f, nil)), have, questions)
}

// sessionQuestions lists the session's questions in asking order, each
// root-cause question followed by its follow-up when there is one.
func sessionQuestions(s *quiz.Session) []*quiz.Question {
	var out []*quiz.Question
	for i := range s.Len() {
		r, _ := s.Record(i)
		out = append(out, r.Question)
		if r.FollowUp != nil {
			out = append(out, r.FollowUp)
		}
	}
	return out
}

// jsonQuestion is the documented JSON shape; nil pointers print as null.
type jsonQuestion struct {
	IncidentID string         `json:"incident_id"`
	Kind       quiz.Kind      `json:"kind"`
	Card       jsonCard       `json:"card"`
	Choices    []jsonChoice   `json:"choices"`
	Answer     int            `json:"answer"`
	Evidence   []jsonEvidence `json:"evidence"`
}

// jsonEvidence is a board item as incidents export writes it, plus what
// opening it costs within the question's budget (0 for a free item).
type jsonEvidence struct {
	incidents.EvidenceJSON
	Cost int `json:"cost"`
}

type jsonCard struct {
	Title    *string  `json:"title"`
	Summary  string   `json:"summary"`
	Platform string   `json:"platform"`
	Services []string `json:"services"`
	Severity *string  `json:"severity"`
}

type jsonChoice struct {
	Text       string   `json:"text"`
	IncidentID *string  `json:"incident_id"`
	RuledOutBy []string `json:"ruled_out_by"`
}

func writeQuestionsJSON(w io.Writer, qs []*quiz.Question) error {
	out := make([]jsonQuestion, 0, len(qs))
	for _, q := range qs {
		c := q.Card(0)
		jq := jsonQuestion{IncidentID: q.Incident.ID, Kind: q.Kind, Answer: q.Answer,
			Card: jsonCard{Summary: c.Summary, Platform: c.Platform, Severity: optional(c.Severity.String())}}
		if !c.TitleHidden {
			jq.Card.Title = &c.Title
		}
		if !c.ServicesHidden {
			jq.Card.Services = append([]string{}, c.Services...)
		}
		for _, ch := range q.Choices {
			jq.Choices = append(jq.Choices, jsonChoice{Text: ch.Text, IncidentID: optional(ch.IncidentID),
				RuledOutBy: append([]string{}, ch.RuledOutBy...)})
		}
		// The board as the trainee investigates it, then what is shown only
		// after answering (marked after_answer, cost 0).
		board := q.Board()
		jq.Evidence = make([]jsonEvidence, 0, len(board))
		for i, ej := range incidents.ToEvidenceJSON(board) {
			cost := 0
			if i < len(q.Investigation.Cost) {
				cost = q.Investigation.Cost[i]
			}
			jq.Evidence = append(jq.Evidence, jsonEvidence{EvidenceJSON: ej, Cost: cost})
		}
		out = append(out, jq)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// writeHandout prints the questions as a Markdown handout for a printed
// session: the cards and choices first, then an answer key a trainer keeps,
// with each wrong choice's reason and the clues to read out on request.
func writeHandout(w io.Writer, qs []*quiz.Question, o quiz.Options) error {
	bw := bufio.NewWriter(w)
	noun := "questions"
	if len(qs) == 1 {
		noun = "question"
	}
	fmt.Fprintf(bw, "# rootcause: %d %s\n\n", len(qs), noun)
	fmt.Fprintf(bw, "Difficulty %s, seed %d, drawn from %s. Pick one answer per question.\n", o.Difficulty, o.Seed,
		md(quiz.DescribeFilter(o.Filter, o.IDs)))
	for n, q := range qs {
		writeHandoutQuestion(bw, n+1, q)
	}
	fmt.Fprintf(bw, "\n---\n\n## Answer key\n")
	for n, q := range qs {
		writeKeyEntry(bw, n+1, q)
	}
	return bw.Flush()
}

func writeHandoutQuestion(w io.Writer, n int, q *quiz.Question) {
	c := q.Card(0)
	fmt.Fprintf(w, "\n## %d. ", n)
	switch {
	case q.Kind == quiz.KindPrevention:
		fmt.Fprintf(w, "Follow-up: %s\n\n", md(c.Title))
	case c.TitleHidden:
		fmt.Fprintf(w, "Incident %s\n\n", md(c.ID))
	default:
		fmt.Fprintf(w, "%s\n\n", md(c.Title))
	}
	fields := []string{"**Platform:** " + orDash(md(c.Platform)), "**Severity:** " + orDash(c.Severity.String())}
	if c.ServicesHidden {
		fields = append(fields, "**Services:** _ask for a clue_")
	} else {
		fields = append(fields, "**Services:** "+orDash(md(strings.Join(c.Services, ", "))))
	}
	fmt.Fprintf(w, "%s\n\n", strings.Join(fields, " · "))
	if c.Summary != "" {
		fmt.Fprintf(w, "> %s\n\n", md(c.Summary))
	}
	fmt.Fprintf(w, "**%s**\n\n", q.Prompt())
	for i, ch := range q.Choices {
		fmt.Fprintf(w, "- **%c)** %s\n", letter(i), md(ch.Text))
	}
	writeBoard(w, q.Evidence, false)
}

func writeKeyEntry(w io.Writer, n int, q *quiz.Question) {
	inc := q.Incident
	fmt.Fprintf(w, "\n%d. **%c)** %s (%s)\n", n, letter(q.Answer), md(inc.ID), md(inc.Title))
	for i, ch := range q.Choices {
		if i == q.Answer || ch.WhyNot == "" {
			continue
		}
		fmt.Fprintf(w, "   - %c) %s", letter(i), md(ch.WhyNot))
		if len(ch.RuledOutBy) > 0 {
			fmt.Fprintf(w, " (evidence: %s)", md(strings.Join(ch.RuledOutBy, ", ")))
		}
		fmt.Fprintln(w)
	}
	for _, cl := range q.Clues {
		fmt.Fprintf(w, "   - Clue, %s: %s\n", strings.ToLower(cl.Label), md(cl.Text))
	}
	writeBoard(w, q.AfterAnswer(), true)
	if q.Note != "" {
		fmt.Fprintf(w, "   - Note: %s\n", md(q.Note))
	}
}

// writeBoard prints a question's evidence as a list under the choices (or,
// with after set, the items shown only once the answer is given, in the
// key): text items as indented code, metrics as block sparklines.
func writeBoard(w io.Writer, items []incidents.Evidence, after bool) {
	if len(items) == 0 {
		return
	}
	indent := ""
	if after {
		indent = "   "
		fmt.Fprintf(w, "%s- After answering:\n", indent)
		indent += "  "
	} else {
		fmt.Fprintf(w, "\n**Evidence** (kind, time from the first alert):\n\n")
	}
	for _, ev := range items {
		at := ""
		if ev.AtSet {
			at = ", " + incidents.FormatRelTime(ev.At)
		}
		fmt.Fprintf(w, "%s- **%s** (%s%s)\n", indent, md(ev.Title), md(ev.Kind), at)
		for _, s := range ev.Series {
			fmt.Fprintf(w, "%s  - %s: `%s` %s\n", indent, md(seriesName(s)), sparkline(s.Points), md(seriesRange(s)))
		}
		if len(ev.Lines) > 0 {
			fmt.Fprintln(w)
			for _, l := range ev.Lines {
				fmt.Fprintf(w, "%s      %s\n", indent, strings.ReplaceAll(incidents.Sanitize(l), "\t", " "))
			}
			fmt.Fprintln(w)
		}
	}
}

func seriesName(s incidents.Series) string {
	if s.Unit == "" {
		return s.Label
	}
	return s.Label + " (" + s.Unit + ")"
}

// seriesRange says what the sparkline cannot: first and last value, and
// the range it is scaled to.
func seriesRange(s incidents.Series) string {
	if len(s.Points) == 0 {
		return ""
	}
	lo, hi := s.Points[0].V, s.Points[0].V
	for _, p := range s.Points {
		lo, hi = min(lo, p.V), max(hi, p.V)
	}
	first, last := s.Points[0], s.Points[len(s.Points)-1]
	return fmt.Sprintf("from %g at %s to %g at %s, range %g to %g", first.V, incidents.FormatRelTime(first.T),
		last.V, incidents.FormatRelTime(last.T), lo, hi)
}

// sparkline draws values as block glyphs scaled up to the series' maximum,
// from zero when no value is negative: a steady 94% hit ratio must not look
// like the noise between 93 and 95 blown up to full height.
func sparkline(pts []incidents.Point) string {
	const blocks = "▁▂▃▄▅▆▇█"
	glyphs := []rune(blocks)
	if len(pts) == 0 {
		return ""
	}
	lo, hi := 0.0, pts[0].V
	for _, p := range pts {
		lo, hi = min(lo, p.V), max(hi, p.V)
	}
	out := make([]rune, len(pts))
	for i, p := range pts {
		level := 0
		if hi > lo {
			level = int((p.V - lo) / (hi - lo) * float64(len(glyphs)-1))
		}
		out[i] = glyphs[level]
	}
	return string(out)
}

func letter(i int) rune { return rune('A' + i) }

// md makes data text safe inside one line of Markdown: control characters
// and line breaks go, and characters that would start markup are escaped.
func md(s string) string {
	s = strings.Join(strings.Fields(incidents.Sanitize(s)), " ")
	return mdEscaper.Replace(s)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", "#", `\#`)
