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
			"choices, answer), or as a Markdown handout with an answer key at the end.\n\n" +
			"The card holds only what the trainee sees at the start: in hard mode the title and\n" +
			"services are null (they are clues). A choice's incident_id names the incident its text\n" +
			"came from, null for an authored near-miss; answer is the right choice's index.\n\n" +
			"Without --seed a new seed is drawn and printed to stderr, so the quiz can be repeated.\n" +
			"An explicit --count that the filters cannot fill is an error; the default of 10 shrinks.",
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
	fs.IntVar(&f.count, "count", 10, "number of questions (0 = every matching incident)")
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
	o.ExactCount = cmd.Flags().Changed("count") && f.count > 0
	o.Seed = f.seed
	if !cmd.Flags().Changed("seed") {
		o.Seed = time.Now().UnixNano()
	}
	return o, nil
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
	IncidentID string       `json:"incident_id"`
	Kind       quiz.Kind    `json:"kind"`
	Card       jsonCard     `json:"card"`
	Choices    []jsonChoice `json:"choices"`
	Answer     int          `json:"answer"`
}

type jsonCard struct {
	Title    *string  `json:"title"`
	Summary  string   `json:"summary"`
	Platform string   `json:"platform"`
	Services []string `json:"services"`
	Severity *string  `json:"severity"`
}

type jsonChoice struct {
	Text       string  `json:"text"`
	IncidentID *string `json:"incident_id"`
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
			jq.Choices = append(jq.Choices, jsonChoice{Text: ch.Text, IncidentID: optional(ch.IncidentID)})
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
}

func writeKeyEntry(w io.Writer, n int, q *quiz.Question) {
	inc := q.Incident
	fmt.Fprintf(w, "\n%d. **%c)** %s (%s)\n", n, letter(q.Answer), md(inc.ID), md(inc.Title))
	for i, ch := range q.Choices {
		if i != q.Answer && ch.WhyNot != "" {
			fmt.Fprintf(w, "   - %c) %s\n", letter(i), md(ch.WhyNot))
		}
	}
	for _, cl := range q.Clues {
		fmt.Fprintf(w, "   - Clue, %s: %s\n", strings.ToLower(cl.Label), md(cl.Text))
	}
	if q.Note != "" {
		fmt.Fprintf(w, "   - Note: %s\n", md(q.Note))
	}
}

func letter(i int) rune { return rune('A' + i) }

// md makes data text safe inside one line of Markdown: control characters
// and line breaks go, and characters that would start markup are escaped.
func md(s string) string {
	s = strings.Join(strings.Fields(incidents.Sanitize(s)), " ")
	return mdEscaper.Replace(s)
}

var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", "&lt;", "#", `\#`)
