package cli

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
	"github.com/spf13/cobra"
)

// newDraftCmd builds "rootcause incidents draft-material": drafted quiz
// material for a team's incidents, for a trainer to review.
func newDraftCmd(g *Globals) *cobra.Command {
	var seed int64
	cmd := &cobra.Command{
		Use:   "draft-material [PATH...]",
		Short: "Draft quiz material (brief, near-misses, a board stub) for incidents to review",
		Long: "Write a draft *.quiz.yaml for the incidents in PATHs (else --incidents): per incident the\n" +
			"cause in brief (from its root cause), four near-misses from rootcause's failure-mode\n" +
			"library with why-nots and ruled_out_by, and a stub evidence board whose TODO lines you\n" +
			"replace with what responders saw. Every entry is marked draft: true, and a draft entry\n" +
			"(or one whose board still has TODO lines) does not play: the quiz uses generated options\n" +
			"until you review it and delete the line. 'rootcause incidents validate' accepts the file\n" +
			"as written and warns how many drafts are not yet reviewed.",
		Example: "  rootcause incidents draft-material team.txt > team.quiz.yaml",
		RunE: func(cmd *cobra.Command, args []string) error {
			gg := *g
			if len(args) > 0 {
				gg.Incidents = args
			}
			incs, _, err := gg.loadCorpusTo(cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			return writeDrafts(cmd.OutOrStdout(), quiz.NewEngine(incs), incs, seed)
		},
	}
	cmd.Flags().Int64Var(&seed, "seed", 1, "seed for the drafted near-misses")
	return cmd
}

const draftHeader = `# Draft quiz material written by 'rootcause incidents draft-material': REVIEW EVERY ENTRY.
# An entry marked draft: true (or whose board has a TODO line) does not play; delete the line once reviewed.
# brief:       the cause in one sentence, taken from the root cause; reword it as a mechanism.
# phrasings:   another wording of the cause (from the library, where it names the mechanism); a session
#              shows one of brief and phrasings, so reviewing an incident does not train one sentence.
# distractors: near-misses from the failure-mode library, in the card's words; keep the ones a
#              colleague would find tempting, and make each why_not name the evidence that rules it out.
# evidence:    a stub board; replace every TODO line with what responders saw before the diagnosis
#              (a metric becomes kind: metric with a series). See 'rootcause incidents format'.
`

// writeDrafts writes the drafts of every askable incident in corpus order.
func writeDrafts(w io.Writer, e *quiz.Engine, incs []incidents.Incident, seed int64) error {
	if _, err := io.WriteString(w, draftHeader); err != nil {
		return err
	}
	for i := range incs {
		d, err := e.Draft(incs[i].ID, seed)
		if err != nil {
			continue // no root cause: nothing to draft (validate reports it)
		}
		if err := writeDraft(w, &incs[i], d); err != nil {
			return err
		}
	}
	return nil
}

func writeDraft(w io.Writer, inc *incidents.Incident, d quiz.Draft) error {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s:\n  # DRAFT: review the brief, the near-misses and the board, then delete the draft line:\n"+
		"  # until then the quiz plays generated options for this incident, not these.\n  draft: true\n", yamlKey(d.ID))
	fmt.Fprintf(&b, "  brief: %s\n", yamlQuote(d.Brief))
	if len(d.Phrasings) == 0 {
		b.WriteString("  # phrasings: [\"another wording of the same cause\"]\n")
	} else {
		b.WriteString("  phrasings:\n")
		for _, p := range d.Phrasings {
			fmt.Fprintf(&b, "    - %s\n", yamlQuote(p))
		}
	}
	b.WriteString("  distractors:\n")
	own := len(inc.Evidence) > 0 // a board from the incident file: point at it, write no stub
	var kinds []string
	for _, o := range d.Distractors {
		ids := o.RuledOutBy
		if !own {
			ids = nil
			for _, k := range o.Kinds {
				ids = append(ids, stubFor(k).id)
				if !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
		}
		fmt.Fprintf(&b, "    - text: %s\n      why_not: %s\n", yamlQuote(o.Text), yamlQuote(o.WhyNot))
		if len(ids) > 0 {
			fmt.Fprintf(&b, "      ruled_out_by: [%s]\n", strings.Join(ids, ", "))
		}
	}
	if !own {
		writeStub(&b, inc, kinds)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// stub is a board item to be written by the trainer.
type stub struct{ id, kind, title, line string }

func stubFor(kind string) stub {
	switch kind {
	case incidents.KindAlert:
		return stub{"alert", kind, "First alert", ""}
	case incidents.KindMetric: // a metric needs real series: a note asks for them
		return stub{"metrics", incidents.KindNote, "Metrics to draw", "TODO: add the metric series responders watched (kind: metric, series: label, unit, points)."}
	case incidents.KindLog:
		return stub{"logs", kind, "Error logs", "TODO: paste the log lines responders saw before the diagnosis."}
	case incidents.KindChange:
		return stub{"changes", kind, "Recent changes", "TODO: list the deploys, config and infrastructure changes before the first alert."}
	case incidents.KindConfig:
		return stub{"config", kind, "Configuration", "TODO: the settings responders checked."}
	case incidents.KindTimeline:
		return stub{"timeline", kind, "Timeline", "TODO: the observations before the cause was found, with times."}
	case incidents.KindTrace:
		return stub{"traces", kind, "Traces", "TODO: what a slow or failing request's trace showed."}
	}
	return stub{"notes", incidents.KindNote, "Notes", "TODO: what responders noticed."}
}

// writeStub writes the alert (the summary as it paged) and one TODO item per
// evidence kind the near-misses are ruled out by, in the board's kind order.
func writeStub(b *strings.Builder, inc *incidents.Incident, kinds []string) {
	b.WriteString("  evidence:\n")
	alert := stubFor(incidents.KindAlert)
	alert.line = strings.TrimSpace(inc.Summary)
	if alert.line == "" {
		alert.line = "TODO: the alert or first report."
	}
	items := []stub{alert}
	for _, k := range incidents.EvidenceKinds {
		if k != incidents.KindAlert && slices.Contains(kinds, k) {
			items = append(items, stubFor(k))
		}
	}
	for _, s := range items {
		fmt.Fprintf(b, "    - id: %s\n      kind: %s\n      title: %s\n", s.id, s.kind, yamlQuote(s.title))
		if s.kind == incidents.KindAlert {
			b.WriteString("      at: \"0\"\n")
		}
		fmt.Fprintf(b, "      lines:\n        - %s\n", yamlQuote(s.line))
	}
}

// yamlQuote writes s as a double-quoted YAML scalar; Go's escapes (\" \\ \n
// \uXXXX) are valid YAML escapes.
func yamlQuote(s string) string { return strconv.Quote(incidents.Sanitize(s)) }

// yamlKey writes an incident id as a mapping key, quoted unless it is plain.
func yamlKey(id string) string {
	if id != "" && !strings.ContainsFunc(id, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '_' || r == '.')
	}) {
		return id
	}
	return yamlQuote(id)
}
