package markdown

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// genPostmortems makes n Markdown postmortems of about 5 KB each, cycling
// through the template styles, deterministically.
func genPostmortems(n int) [][]byte {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the database connection pool was exhausted after a deploy changed the retry policy and " +
		"every client reconnected at once while the cache was cold so latency rose until health checks failed " +
		"`max_connections` [runbook](https://wiki.example.com/rb) **critical** _slow_ queue worker timeout")
	para := func(min int) string {
		var b strings.Builder
		for b.Len() < min*8/5 { // scaled so the set is about 5 MB
			b.WriteString(words[rng.IntN(len(words))] + " ")
			if rng.IntN(14) == 0 {
				b.WriteString("\n")
			}
		}
		return strings.TrimSpace(b.String()) + "."
	}
	out := make([][]byte, n)
	for i := range out {
		var b strings.Builder
		switch i % 5 {
		case 0: // Google SRE: labels and an action-item table
			fmt.Fprintf(&b, "# Outage %d\n\n**Date**: 2024-03-%02d\n**Severity**: SEV-%d\n\n**Summary**: %s\n\n**Root Causes**: %s\n\n**Trigger**: %s\n\n**Resolution**: %s\n\n## Action Items\n\n| Action Item | Owner |\n|---|---|\n", i, 1+i%28, 1+i%5, para(300), para(1200), para(200), para(400))
			for j := 0; j < 8; j++ {
				fmt.Fprintf(&b, "| %s | team-%d |\n", para(60), j)
			}
		case 1: // PagerDuty with a root cause added
			fmt.Fprintf(&b, "# Postmortem: checkout %d\n\n## Overview\n\n%s\n\n## What Happened\n\n%s\n\n## Root Cause\n\n%s\n\n## Contributing Factors\n\n- %s\n- %s\n\n## Resolution\n\n%s\n\n## Action Items\n\n", i, para(300), para(800), para(900), para(150), para(150), para(300))
			for j := 0; j < 8; j++ {
				fmt.Fprintf(&b, "- [ ] %s\n", para(60))
			}
		case 2: // Atlassian with a details table and a code block
			fmt.Fprintf(&b, "# Incident postmortem: search %d\n\n| Field | Value |\n|---|---|\n| Incident ID | AT-%d |\n| Severity | Sev 2 |\n\n## Incident summary\n\n%s\n\n## Fault\n\n%s\n\n## Root cause\n\n%s\n\n```\n%s\n```\n\n## Recovery\n\n%s\n\n## Follow-up tasks\n\n", i, i, para(400), para(300), para(900), para(200), para(300))
			for j := 0; j < 6; j++ {
				fmt.Fprintf(&b, "1. %s\n", para(80))
			}
		case 3: // GitLab with front matter and five whys
			fmt.Fprintf(&b, "---\nid: GL-%d\ntitle: runners %d\ndate: 2024-07-02\nseverity: 3\nservices: [ci, ec2]\n---\n\n## Summary\n\n%s\n\n## Root Cause Analysis\n\n%s\n\n### Five whys\n\n1. %s\n2. %s\n\n## Corrective actions\n\n- %s\n- %s\n\n## Timeline\n\n%s\n", i, i, para(500), para(1200), para(200), para(200), para(100), para(100), para(1000))
		default: // emoji headings, numbering, CRLF
			s := fmt.Sprintf("# 🔥 Incident %d\n\n**Severity:** P2\n\n## 📝 1. Summary\n\n%s\n\n## 🔥 2. Root Cause(s)\n\n%s\n\n## 🛠️ 3. Mitigation\n\n%s\n\n## ✅ 4. Follow-ups\n\n- %s\n\n## Notes\n\n%s\n", i, para(600), para(1500), para(500), para(100), para(900))
			b.WriteString(strings.ReplaceAll(s, "\n", "\r\n"))
		}
		out[i] = []byte(b.String())
	}
	return out
}

// BenchmarkImportMarkdown imports 1,000 generated postmortems (about 5 MB):
// ParseMarkdown on each, one goroutine per CPU, then WriteText of the
// result, as `rootcause incidents import` does. One op is the whole set.
func BenchmarkImportMarkdown(b *testing.B) {
	docs := genPostmortems(1000)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	names := make([]string, len(docs))
	for i := range docs {
		names[i] = fmt.Sprintf("pm-%04d.md", i)
	}
	for b.Loop() {
		// As ImportFiles does it: files parsed in parallel, results in order.
		res := make([][]incidents.Incident, len(docs))
		forEach(len(docs), func(i int) { res[i], _ = ParseMarkdown(names[i], docs[i]) })
		var all []incidents.Incident
		for _, incs := range res {
			all = append(all, incs...)
		}
		if len(all) != len(docs) {
			b.Fatalf("imported %d incidents from %d files", len(all), len(docs))
		}
		if err := incidents.WriteText(io.Discard, all); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMarkdownSerial is the parse on one goroutine, for
// comparing reader changes without the machine's core count in the figure.
func BenchmarkParseMarkdownSerial(b *testing.B) {
	docs := genPostmortems(1000)
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			if incs, _ := ParseMarkdown(fmt.Sprintf("pm-%04d.md", i), d); len(incs) != 1 {
				b.Fatalf("doc %d: %d incidents", i, len(incs))
			}
		}
	}
}

// BenchmarkLoadMarkdownDir is the same set read from disk through Load, the
// path --incidents DIR takes.
func BenchmarkLoadMarkdownDir(b *testing.B) {
	dir := b.TempDir()
	for i, d := range genPostmortems(1000) {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("pm-%04d.md", i)), d, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		incs, _, err := load([]string{dir})
		if err != nil || len(incs) != 1000 {
			b.Fatalf("Load: %d incidents, %v", len(incs), err)
		}
	}
}

// TestGeneratedPostmortems checks the benchmark's input is what it claims:
// about 5 MB, every file one incident with a root cause and no errors.
func TestGeneratedPostmortems(t *testing.T) {
	docs := genPostmortems(1000)
	total := 0
	for i, d := range docs {
		total += len(d)
		incs, probs := ParseMarkdown("pm.md", d)
		if len(incs) != 1 || incs[0].RootCause == "" || hasError(probs) {
			t.Fatalf("doc %d: %d incidents, problems %v\n%s", i, len(incs), probs, d)
		}
	}
	if total < 4<<20 || total > 6<<20 {
		t.Errorf("generated %d bytes, want about 5 MB", total)
	}
}
