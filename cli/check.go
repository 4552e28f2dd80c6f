package cli

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode"

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
		fmt.Fprintf(w, "\n! above %.0f%%: that guesser wins without diagnosing. Write quiz material (brief, near-misses\n"+
			"ruled out by evidence) for the incidents below; 'rootcause incidents draft-material' starts it.\n", 100*checkBound)
	}
	writeExposed(w, e, incs)
	writeMissing(w, e, incs)
	return nil
}

// exposedLimit is how many words of its cause a card may share before the
// question counts as exposed.
const exposedLimit = 2

// writeExposed lists incidents whose title, summary or id state the cause:
// they share content words with the answer beyond the names of services.
func writeExposed(w io.Writer, e *quiz.Engine, incs []incidents.Incident) {
	type hit struct {
		id    string
		words []string
	}
	var hits []hit
	for i := range incs {
		inc := &incs[i]
		q, err := e.Question(inc.ID, quiz.Normal, 1)
		if err != nil {
			continue
		}
		shared := sharedWords(inc.Title+" "+inc.Summary+" "+inc.ID, q.Choices[q.Answer].Text, strings.Join(inc.Services, " ")+" "+inc.Platform)
		if len(shared) >= exposedLimit {
			hits = append(hits, hit{inc.ID, shared})
		}
	}
	sort.SliceStable(hits, func(a, b int) bool { return len(hits[a].words) > len(hits[b].words) })
	fmt.Fprintf(w, "\nMost exposed (the card shares %d or more words with the cause): %d\n", exposedLimit, len(hits))
	for _, h := range hits[:min(len(hits), 10)] {
		fmt.Fprintf(w, "  %s: %s\n", incidents.Sanitize(h.id), strings.Join(h.words, ", "))
	}
}

// sharedWords are the content words (four letters or more) of card found in
// cause, except those of names (services, platform), in card order.
func sharedWords(card, cause, names string) []string {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	in, skip := map[string]bool{}, map[string]bool{}
	for _, w := range split(cause) {
		in[w] = true
	}
	for _, w := range split(names) {
		skip[w] = true
	}
	var out []string
	seen := map[string]bool{}
	for _, w := range split(card) {
		if len(w) >= 4 && in[w] && !skip[w] && !seen[w] && !commonWord[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

var commonWord = map[string]bool{"with": true, "from": true, "that": true, "this": true, "were": true, "after": true, "during": true, "their": true, "when": true, "minutes": true, "hours": true, "users": true}

// writeMissing sums up the author notes: what material the incidents lack.
func writeMissing(w io.Writer, e *quiz.Engine, incs []incidents.Incident) {
	counts := map[string]int{}
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
			if counts[k] == 0 {
				order = append(order, k)
			}
			counts[k]++
		}
	}
	if len(order) == 0 {
		return
	}
	fmt.Fprintln(w, "\nMissing material:")
	for _, k := range order {
		fmt.Fprintf(w, "  %s: %d incident(s)\n", k, counts[k])
	}
}
