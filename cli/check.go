package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/nexusflow/rootcause/quiz/guess"
	"github.com/spf13/cobra"
)

// newCheckCmd builds "rootcause incidents check": how far the quiz over a
// team's files can be won without diagnosing.
func newCheckCmd(g *Globals) *cobra.Command {
	var seeds, count int
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Report how guessable the quiz over your incidents is, per difficulty and guesser",
		Long: "Play rootcause's guessers (bots that match words, lengths, writing style, earlier\n" +
			"answers, and a model trained on the choices alone) over quiz sessions drawn from PATHs\n" +
			"(else --incidents) and report each one's accuracy per difficulty; chance is 25%. Then\n" +
			"list the questions most exposed (a title, summary or id that states the cause) and what\n" +
			"material is missing. Above 40% a guesser wins without diagnosing: see the fixes listed.",
		Example: "  rootcause incidents check team.txt team.quiz.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			if seeds < 1 || count < 0 {
				return usageErr("--seeds must be at least 1 and --count not negative")
			}
			gg := *g
			if len(args) > 0 {
				gg.Incidents = args
			}
			incs, _, err := gg.loadCorpusTo(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return writeCheck(cmd.OutOrStdout(), incs, seeds, count)
		},
	}
	cmd.Flags().IntVar(&seeds, "seeds", 8, "sessions per difficulty")
	cmd.Flags().IntVar(&count, "count", 30, "questions per session (0 = every incident)")
	return cmd
}

// checkBound is the accuracy from which a guesser is reported as winning.
const checkBound = 0.40

func writeCheck(w io.Writer, incs []incidents.Incident, seeds, count int) error {
	e := quiz.NewEngine(incs)
	diffs := []quiz.Difficulty{quiz.Normal, quiz.Hard}
	table := map[string][]guess.Score{}
	var names []string
	questions := 0
	for _, d := range diffs {
		ss, err := guess.Sessions(e, guess.Plan{Difficulty: d, Seeds: seeds, Count: count})
		if err != nil {
			return err
		}
		for _, sc := range guess.Run(ss) {
			if _, ok := table[sc.Name]; !ok {
				names = append(names, sc.Name)
			}
			table[sc.Name] = append(table[sc.Name], sc)
			questions = sc.Total
		}
	}
	fmt.Fprintf(w, "Guessability of %d incidents: %d sessions per difficulty, %d questions each (chance 25%%).\n\n",
		len(incs), seeds, questions/max(seeds, 1))
	fmt.Fprintf(w, "%-18s %8s %8s\n", "guesser", "normal", "hard")
	over := 0
	for _, n := range names {
		fmt.Fprintf(w, "%-18s", n)
		for _, sc := range table[n] {
			mark := " "
			if sc.Correct > checkBound {
				mark, over = "!", over+1
			}
			fmt.Fprintf(w, " %6.0f%%%s", 100*sc.Correct, mark)
		}
		fmt.Fprintln(w)
	}
	if over > 0 {
		fmt.Fprintf(w, "\n! above %.0f%%: that guesser wins without diagnosing. Write quiz material (brief, a second\n"+
			"phrasing of the cause, near-misses ruled out by evidence) for the incidents below;\n"+
			"'rootcause incidents draft-material' starts it.\n", 100*checkBound)
	}
	writeExposed(w, incs)
	writeMissing(w, e, incs)
	return nil
}

// writeExposed lists the card fields (title, summary, id) that name their
// incident's cause, most words first: the same finding validate warns
// about. An exposed title is hidden in normal and hard mode; a summary or
// id cannot be, so it needs rewriting.
func writeExposed(w io.Writer, incs []incidents.Incident) {
	type hit struct {
		id string
		x  incidents.Exposure
	}
	var hits []hit
	for i := range incs {
		for _, x := range incidents.Exposed(&incs[i]) {
			hits = append(hits, hit{incs[i].ID, x})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return len(hits[a].x.Words) > len(hits[b].x.Words) })
	fmt.Fprintf(w, "\nMost exposed (a title, summary or id that names the cause): %d\n", len(hits))
	for _, h := range hits[:min(len(hits), 10)] {
		note := "rewrite it"
		if h.x.Field == "title" {
			note = "hidden in normal and hard mode"
		}
		fmt.Fprintf(w, "  %s %s %s names %s (%s)\n", incidents.Sanitize(h.id), h.x.Field,
			incidents.Sanitize(incidents.Quoted(h.x.Text)), strings.Join(h.x.Words, ", "), note)
	}
}

// writeMissing sums up the author notes: what material the incidents lack,
// naming them where some do and some do not (up to listedIDs of them).
func writeMissing(w io.Writer, e *quiz.Engine, incs []incidents.Incident) {
	ids := map[string][]string{}
	var order []string
	for i := range incs {
		q, err := e.Question(incs[i].ID, quiz.Hard, 1)
		if err != nil || q.AuthorNote == "" {
			continue
		}
		for _, n := range strings.SplitAfter(q.AuthorNote, ". ") {
			k := strings.TrimSpace(n)
			if at := strings.Index(k, " for "); at > 0 {
				k = k[:at] // "No authored brief for X: …" → per kind of note
			}
			if len(ids[k]) == 0 {
				order = append(order, k)
			}
			ids[k] = append(ids[k], incidents.Sanitize(incs[i].ID))
		}
	}
	if len(order) == 0 {
		return
	}
	fmt.Fprintln(w, "\nMissing material:")
	for _, k := range order {
		fmt.Fprintf(w, "  %s: %d incident(s)\n", k, len(ids[k]))
		if n := len(ids[k]); n < len(incs) {
			list := strings.Join(ids[k][:min(n, listedIDs)], ", ")
			if n > listedIDs {
				list += fmt.Sprintf(" and %d more", n-listedIDs)
			}
			writeWrapped(w, list, "    ", "    ", 78)
		}
	}
}

// listedIDs is how many incidents a line of missing material names.
const listedIDs = 12
