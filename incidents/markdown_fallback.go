package incidents

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// Where real postmortems put a field when it has no heading of its own.
// Each fallback is reported as a warning naming where the value came from,
// so a trainer can check it and add the heading if it is wrong.

// severityOf reads a severity value: the user's --severity-map, the native
// spellings with a note around them, GitLab's "~severity::2" and "S2", and
// the default words ("Critical", "Major (customer facing)"). note is set
// when a default word was used.
func (o *Options) severityOf(s string) (sev Severity, note string, ok bool) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "~", ""))
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune("(),;/", r) })
	if o != nil && len(o.Severity) > 0 {
		for _, w := range append([]string{s}, words...) {
			if v, byDefault, ok := o.severityWord(w); ok && !byDefault {
				return v, "", true
			}
		}
	}
	if v, ok := parseSeverityLoose(s); ok {
		return v, "", true
	}
	for _, w := range words {
		if len(w) == 2 && (w[0] == 'S' || w[0] == 's') && w[1] >= '1' && w[1] <= '5' {
			return Severity(w[1] - '0'), "", true
		}
	}
	for _, w := range words {
		if v, byDefault, ok := o.severityWord(w); ok {
			if byDefault {
				note = "severity " + quoted(s) + " read as " + v.String() + " (default mapping; change it with --severity-map)"
			}
			return v, note, true
		}
	}
	return 0, "", false
}

// dateFallback looks for the date where real postmortems give it without a
// label: the summary's first sentence ("On March 3rd, 2024, ..."), the first
// timeline row, then the file's path ("2024-03-14-db-outage.md").
func (doc *mdDoc) dateFallback(d *mdDraft, summary string) (time.Time, string, bool) {
	if t, _, _, ok := scanDate(head(firstSentence(summary))); ok {
		return t, "the summary's first sentence", true
	}
	for _, s := range d.secs {
		if s.kind != secTimeline || len(s.parts) == 0 {
			continue
		}
		first := s.parts[0]
		if t, _, _, ok := scanDate(head(firstLine(doc.partRow(&first)))); ok {
			return t, "the first timeline row", true
		}
	}
	if t, ok := pathDate(doc.name); ok {
		return t, "the file name", true
	}
	return time.Time{}, "", false
}

// acronyms stay upper case in a title made from a file name.
var acronyms = map[string]bool{"api": true, "dns": true, "ci": true, "cd": true, "cdn": true, "db": true, "tls": true,
	"ssl": true, "sso": true, "s3": true, "ec2": true, "rds": true, "iam": true, "vpn": true, "k8s": true, "sql": true,
	"http": true, "https": true, "ssh": true, "aws": true, "gcp": true, "eu": true, "us": true, "ui": true, "id": true}

// titleFromName makes a title of a file name: "2023-11-08-order-queue.md"
// reads "Order queue".
func titleFromName(name string) string {
	base := filepath.Base(name)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	if _, start, end, ok := scanDate(base); ok && start == 0 {
		base = base[end:]
	}
	words := strings.FieldsFunc(base, func(r rune) bool { return r == '-' || r == '_' || r == ' ' || r == '.' })
	for i, w := range words {
		switch lw := strings.ToLower(w); {
		case acronyms[lw]:
			words[i] = strings.ToUpper(w)
		case i == 0:
			words[i] = strings.ToUpper(w[:1]) + w[1:]
		}
	}
	return strings.Join(words, " ")
}

// causeFallback finds the root cause of a postmortem without a root-cause
// heading: Contributing Factors or Contributors (PagerDuty, FireHydrant,
// incident.io), then a five-whys list, then a paragraph of the summary that
// says "The root cause was ..." (taken out of the summary).
func (doc *mdDoc) causeFallback(d *mdDraft, id string) (string, string) {
	for _, k := range []secKind{secContributing, secFiveWhys} {
		if t := doc.pick(d, k, id); t != "" {
			for _, s := range d.secs {
				if s.kind == k {
					return t, "section " + quoted(s.head) + " (line " + strconv.Itoa(s.line) + ")"
				}
			}
		}
	}
	for _, s := range append([]*mdSection{&d.pre}, d.secs...) {
		if s.kind != secSummary {
			continue
		}
		for i := range s.parts {
			p := &s.parts[i]
			if t := doc.partText(p, id); causeCue.MatchString(t) {
				p.drop = true
				return t, "the paragraph at line " + strconv.Itoa(p.line) + " of " + quoted(s.head)
			}
		}
	}
	return "", ""
}

// causeCue starts a paragraph that states the cause in prose.
var causeCue = regexp.MustCompile(`(?i)^(the )?(root |underlying |direct )?cause (of (this|the) (incident|outage) )?(was|is|:)|^(this|it|the (incident|outage)) was caused by`)

// fixCue marks a sentence that says how the incident was mitigated.
var fixCue = regexp.MustCompile(`(?i)\b(mitigated|rolled back|rolling back|reverted|restored|resolved (it )?by|fixed|refunds?|failed over|we (disabled|restarted|re-?deployed))\b`)

// resolutionFallback finds a resolution written as prose: paragraphs of the
// summary after the one naming the cause, else sentences of a Detection or
// Response narrative that say how it was mitigated.
func (doc *mdDoc) resolutionFallback(d *mdDraft, id string) (string, string) {
	for _, s := range append([]*mdSection{&d.pre}, d.secs...) {
		if s.kind != secSummary {
			continue
		}
		for i := range s.parts {
			p := &s.parts[i]
			if i > 0 && s.parts[i-1].drop && !p.drop {
				if t := doc.partText(p, id); fixCue.MatchString(t) {
					p.drop = true
					return t, "the paragraph at line " + strconv.Itoa(p.line) + " of " + quoted(s.head)
				}
			}
		}
	}
	for _, s := range d.secs {
		if s.kind != secDetection {
			continue
		}
		var found []string
		for _, sent := range sentences(doc.sectionText(s, id)) {
			if fixCue.MatchString(sent) {
				found = append(found, sent)
			}
		}
		if len(found) > 0 {
			return strings.Join(found, " "), "sentences of " + quoted(s.head) + " (line " + strconv.Itoa(s.line) + ")"
		}
	}
	return "", ""
}

// head is the start of a text, enough to hold a date near its start; it
// bounds the date scanners' work on long paragraphs.
func head(s string) string {
	const n = 200
	if len(s) > n {
		return s[:n]
	}
	return s
}

// partRow renders the first row of a timeline part: a list's first item, a
// heading ("### 14 May 2024") or a paragraph's first line.
func (doc *mdDoc) partRow(p *mdPart) string {
	switch n := p.node.(type) {
	case nil:
		return p.text
	case *ast.List:
		if n.FirstChild() != nil {
			return doc.itemText(n.FirstChild(), "")
		}
		return ""
	}
	return doc.blockText(p.node, "")
}

func (doc *mdDoc) partText(p *mdPart, id string) string {
	if p.node != nil {
		if _, ok := p.node.(*ast.Paragraph); !ok {
			return ""
		}
		return doc.blockText(p.node, id)
	}
	return p.text
}

// sentences splits prose at full stops followed by a blank.
func sentences(s string) []string {
	var out []string
	s = strings.Join(strings.Fields(s), " ")
	for s != "" {
		i := strings.Index(s, ". ")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
	return out
}

// requireFields reports a missing title, summary or root cause as an error.
// A missing root cause is never filled from Contributing Factors, Trigger or
// Five whys: the report names what was found so the author can label it.
func (doc *mdDoc) requireFields(d *mdDraft, inc *Incident) {
	line := inc.Pos.Line
	fail := func(msg string) {
		doc.probs = append(doc.probs, Problem{Pos: Pos{File: doc.name, Line: line}, IncidentID: inc.ID, Msg: msg})
	}
	if inc.Title == "" {
		fail("no title (looked for a \"# \" heading, \"**Title:**\" or title: in front matter)")
	}
	if inc.Summary == "" {
		fail("no summary section (looked for headings like \"Summary\", \"Overview\", \"What happened\", \"Impact\")" + unknownHeadings(d, "summary"))
	}
	if inc.Resolution == "" {
		doc.warn(line, inc.ID, "no resolution section (looked for headings like \"Resolution\", \"Recovery\", \"Mitigation\")")
	}
	if inc.RootCause == "" {
		msg := "no root cause section (looked for headings like \"Root Cause\", \"Fault\", \"Causes\")"
		found := false
		for _, s := range d.secs {
			if s.kind == secContributing || s.kind == secTrigger || s.kind == secFiveWhys {
				msg += "; found " + quoted(s.head) + " at line " + strconv.Itoa(s.line) + ", which is not read as the root cause: add a \"Root Cause\" heading"
				found = true
				break
			}
		}
		if !found {
			msg += unknownHeadings(d, "root cause")
		}
		fail(msg)
	}
}

// unknownHeadings names the sections that were found but not recognised,
// with the --heading-map that would read the first as field: the heading
// a house template uses is most likely one of them.
func unknownHeadings(d *mdDraft, field string) string {
	var heads []string
	for _, s := range d.secs {
		if s.kind == secUnknown && len(heads) < 3 {
			heads = append(heads, quoted(s.head))
		}
	}
	if len(heads) == 0 {
		return ""
	}
	first := strings.Trim(heads[0], `"`)
	return "; found " + strings.Join(heads, ", ") + ", not recognised: rename the one that holds the " + field +
		", or pass --heading-map '" + first + "=" + field + "'"
}
