package incidents

import (
	"bytes"
	"strings"
	"testing"
)

// TestIDsStableAcrossReimportAndEdits: progress is keyed by incident id,
// so an id must not change when a postmortem is imported again, when its
// text is edited, or when an incident is added at the end of its file.
func TestIDsStableAcrossReimportAndEdits(t *testing.T) {
	const one = "# Queue backlog\n\n## Summary\n\nOrders were late.\n\n## Root cause\n\nNo acks.\n"
	const two = "# Cache stampede\n\n## Summary\n\nPages were slow.\n\n## Root cause\n\nAll keys expired.\n"
	ids := func(name, src string) []string {
		incs, _ := ParseMarkdown(name, []byte(src))
		var out []string
		for _, in := range incs {
			out = append(out, in.ID)
		}
		return out
	}
	base := ids("postmortems/2024-q3.md", one+"\n"+two)
	if strings.Join(base, " ") != "2024-Q3 2024-Q3-2" {
		t.Fatalf("ids %v", base)
	}
	for name, src := range map[string]string{
		"imported again":      one + "\n" + two,
		"text edited":         strings.Replace(one, "Orders were late.", "Orders were late by an hour.\n\nMore detail.", 1) + "\n" + two,
		"title edited":        strings.Replace(one, "Queue backlog", "Order queue backlog", 1) + "\n" + two,
		"incident added last": one + "\n" + two + "\n# DNS\n\n## Summary\n\nS.\n\n## Root cause\n\nR.\n",
	} {
		if got := ids("postmortems/2024-q3.md", src); strings.Join(got[:2], " ") != strings.Join(base, " ") {
			t.Errorf("%s: ids %v, want %v first", name, got, base)
		}
	}
	// The native text written by import keeps the ids, so importing that
	// file (or loading it) gives them again.
	incs, _ := ParseMarkdown("postmortems/2024-q3.md", []byte(one+"\n"+two))
	var buf bytes.Buffer
	if err := WriteTextDraft(&buf, incs); err != nil {
		t.Fatal(err)
	}
	back, _ := Parse("team.txt", buf.Bytes())
	if len(back) != 2 || back[0].ID != base[0] || back[1].ID != base[1] {
		t.Errorf("native file gives %+v", back)
	}
}
