package incidents

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// clean is the reference form every variant must parse to.
const clean = `INCIDENT #: NFI-2099-0001

DATE: October 26, 2023

SEVERITY: SEV-1

PLATFORM: AthenaStream

SERVICES: Amazon CloudFront, EC2

TITLE: Global Video Buffering

SUMMARY: Users saw buffering for 45 minutes.

ROOT CAUSE: A bad memory setting made instances fail health checks.

The group kept replacing them and stampeded the database.

RESOLUTION: Rolled back the release.

PREVENTION:

1. Use canary deployments.
2. Add memory health checks.
`

func want() Incident {
	return Incident{
		ID:         "NFI-2099-0001",
		Date:       time.Date(2023, 10, 26, 0, 0, 0, 0, time.UTC),
		Severity:   1,
		Platform:   "AthenaStream",
		Services:   []string{"Amazon CloudFront", "EC2"},
		Title:      "Global Video Buffering",
		Summary:    "Users saw buffering for 45 minutes.",
		RootCause:  "A bad memory setting made instances fail health checks.\n\nThe group kept replacing them and stampeded the database.",
		Resolution: "Rolled back the release.",
		Prevention: []string{"Use canary deployments.", "Add memory health checks."},
	}
}

// replace applies old/new pairs to the clean form.
func replace(pairs ...string) string { return strings.NewReplacer(pairs...).Replace(clean) }

func TestParseVariants(t *testing.T) {
	tests := []struct{ name, in string }{
		{"clean", clean},
		{"CRLF", strings.ReplaceAll(clean, "\n", "\r\n")},
		{"BOM", "\uFEFF" + clean},
		{"BOM and CRLF", "\uFEFF" + strings.ReplaceAll(clean, "\n", "\r\n")},
		{"trailing spaces and tabs", strings.ReplaceAll(clean, "\n", " \t \n")},
		{"tab after colon", replace("TITLE: ", "TITLE:\t", "DATE: ", "DATE:\t\t")},
		{"leading indentation", replace("SUMMARY:", "   SUMMARY:", "TITLE:", "\tTITLE:")},
		{"no blank lines", strings.ReplaceAll(replace("\n\nThe group", "\n\n\nThe group"), ":\n\n", ":\n")},
		{"keys in title case", replace("ROOT CAUSE:", "Root Cause:", "SUMMARY:", "Summary:", "INCIDENT #:", "Incident #:", "PREVENTION:", "Prevention:")},
		{"keys in lower case", replace("ROOT CAUSE:", "root cause:", "SEVERITY:", "severity:", "SERVICES:", "services:")},
		{"spaces around colon", replace("ROOT CAUSE:", "ROOT CAUSE :", "TITLE:", "TITLE  :  ", "INCIDENT #:", "INCIDENT # :")},
		{"underscore key", replace("ROOT CAUSE:", "ROOT_CAUSE:")},
		{"incident hash without colon", replace("INCIDENT #: ", "INCIDENT # ")},
		{"value on next line", replace("TITLE: ", "TITLE:\n", "SUMMARY: ", "SUMMARY:\n\n", "ROOT CAUSE: ", "ROOT CAUSE:\n", "INCIDENT #: ", "INCIDENT #:\n")},
		{"wrapped lines", replace("Users saw buffering for", "Users saw buffering\nfor", "made instances fail", "made\n  instances fail")},
		{"paragraph break with spaces", replace("checks.\n\nThe group", "checks.\n   \t\nThe group")},
		{"two blank lines between paragraphs", replace("checks.\n\nThe group", "checks.\n\n\n\nThe group")},
		{"prevention 1)", replace("1. Use", "1) Use", "2. Add", "2) Add")},
		{"prevention dashes", replace("1. Use", "- Use", "2. Add", "- Add")},
		{"prevention stars", replace("1. Use", "* Use", "2. Add", "* Add")},
		{"prevention bullets", replace("1. Use", "• Use", "2. Add", "•  Add")},
		{"prevention plain lines", replace("1. Use", "Use", "2. Add", "Add")},
		{"prevention checkboxes", replace("1. Use", "- [ ] Use", "2. Add", "- [x] Add")},
		{"prevention stray empty bullets", replace("1. Use", "-\n1. Use", "2. Add memory health checks.", "2.\n\n3. Add memory health checks.\n*\n•")},
		{"prevention wrapped item", replace("Use canary deployments.", "Use canary\n   deployments.")},
		{"prevention on key line", replace("PREVENTION:\n\n1. Use", "PREVENTION: 1. Use")},
		{"date abbreviated", replace("October 26, 2023", "Oct 26, 2023")},
		{"date abbreviated with dot", replace("October 26, 2023", "Oct. 26th, 2023")},
		{"date ISO", replace("October 26, 2023", "2023-10-26")},
		{"date day first", replace("October 26, 2023", "26 October 2023")},
		{"date with weekday", replace("October 26, 2023", "Thursday, October 26, 2023")},
		{"severity Sev 1", replace("SEV-1", "Sev 1")},
		{"severity SEV1", replace("SEV-1", "SEV1")},
		{"severity P1", replace("SEV-1", "P1")},
		{"severity with note", replace("SEV-1", "SEV-1 (Critical)")},
		{"bold keys", replace("TITLE:", "**TITLE:**", "SUMMARY:", "**Summary**:")},
		{"curly quotes", replace("A bad memory", "A bad memory", "Users saw", "Users saw")},
		{"services with semicolons", replace("Amazon CloudFront, EC2", "Amazon CloudFront; EC2;")},
		{"services with spaces", replace("Amazon CloudFront, EC2", " Amazon  CloudFront ,EC2 ")},
		{"preamble", "ACME CORP\n\nCONFIDENTIAL: internal\n\nThis document lists incidents.\n\n=====\n\n" + clean},
		{"rules and trailer", "=====\n" + clean + "\n=====\n\n=====\n\n****END OF DOCUMENT****\n"},
		{"blank line inside a sentence", replace("stampeded the database.", "stampeded\n\nthe database.")},
		{"no final newline", strings.TrimRight(clean, "\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			incs, probs := Parse("t.txt", []byte(tt.in))
			if len(probs) != 0 {
				t.Fatalf("problems: %v", probs)
			}
			if len(incs) != 1 {
				t.Fatalf("got %d incidents, want 1", len(incs))
			}
			got := incs[0]
			got.Pos = Pos{}
			if !reflect.DeepEqual(got, want()) {
				t.Errorf("got  %#v\nwant %#v", got, want())
			}
		})
	}
}

// TestParseKeepsInlineMarks: the native format keeps text as its author
// wrote it: code marks, emphasis and typographic quotes stay, so an export
// matches the file. Only backslash escapes and runs of blanks are read.
func TestParseKeepsInlineMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Reverted a \\$5,000 **“bad”** `config` – ‘quickly’.", "Reverted a $5,000 **“bad”** `config` – ‘quickly’."},
		{"Added the missing `s3:ListBucket` permission.", "Added the missing `s3:ListBucket` permission."},
		{"The rule was placed *after* the default.", "The rule was placed *after* the default."},
		{"A wildcard (/*) instead of a prefix (e.g., /assets/movie_123/*).", "A wildcard (/*) instead of a prefix (e.g., /assets/movie_123/*)."},
		{"Called with *args and **kwargs.", "Called with *args and **kwargs."},
		{"Load rose 2 * 3 times.", "Load rose 2 * 3 times."},
		{"The  *unclosed   emphasis.", "The *unclosed emphasis."},
		{"An escaped \\*star\\* and a \\`tick\\`.", "An escaped *star* and a `tick`."},
	}
	for _, tc := range tests {
		incs, probs := Parse("t.txt", []byte(replace("Rolled back the release.", tc.in)))
		if len(probs) != 0 || len(incs) != 1 || incs[0].Resolution != tc.want {
			t.Errorf("%q read as %q (problems %v), want %q", tc.in, incs[0].Resolution, probs, tc.want)
		}
	}
}

func TestParseSeparators(t *testing.T) {
	two := clean + "\n=====\n\n" + strings.ReplaceAll(clean, "NFI-2099-0001", "NFI-2099-0002")
	noRule := clean + "\n" + strings.ReplaceAll(clean, "NFI-2099-0001", "NFI-2099-0002")
	// A rule and no INCIDENT # line: the second incident has no id.
	ruleOnly := clean + "\n=====\n" + strings.ReplaceAll(clean, "INCIDENT #: NFI-2099-0001\n", "")
	for name, in := range map[string]string{"rule": two, "incident line": noRule} {
		incs, probs := Parse("t.txt", []byte(in))
		if len(incs) != 2 || len(probs) != 0 || incs[1].ID != "NFI-2099-0002" || incs[1].Pos.Line != strings.Count(in[:strings.LastIndex(in, "INCIDENT")], "\n")+1 {
			t.Errorf("%s: %d incidents, problems %v", name, len(incs), probs)
		}
	}
	incs, probs := Parse("t.txt", []byte(ruleOnly))
	if len(incs) != 2 || len(probs) != 1 || probs[0].String() != "t.txt:28: missing INCIDENT # (id) for the incident titled \"Global Video Buffering\"" {
		t.Errorf("rule only: %d incidents, problems %v", len(incs), probs)
	}
}

func TestParseDates(t *testing.T) {
	ok := map[string]string{
		"October 26, 2023": "2023-10-26", "Oct 26, 2023": "2023-10-26", "2023-10-26": "2023-10-26",
		"26 October 2023": "2023-10-26", "26 Oct 2023": "2023-10-26", "Sept 1, 2024": "2024-09-01",
		"2024/02/29": "2024-02-29", "october 26 2023": "2023-10-26", "Mon, 1 Jan 2024": "2024-01-01",
	}
	for in, w := range ok {
		d, err := ParseDate(in)
		if err != nil || d.Format("2006-01-02") != w {
			t.Errorf("ParseDate(%q) = %v, %v; want %s", in, d, err, w)
		}
	}
	for _, in := range []string{"", "yesterday", "2023-02-30", "February 30, 2023", "13/01/2023", "2023-13-01", "Oct 2023", "1 2 3", "Octo 26, 2023"} {
		if _, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) succeeded", in)
		}
	}
}

func TestParseSeverity(t *testing.T) {
	for in, w := range map[string]Severity{"SEV-1": 1, "Sev 2": 2, "SEV3": 3, "P4": 4, "p5": 5, "sev_1": 1, "1": 1,
		"Severity 2": 2, "SEV-2 (High)": 2, "P1 - critical": 1} {
		if got, err := ParseSeverity(in); err != nil || got != w {
			t.Errorf("ParseSeverity(%q) = %v, %v; want %v", in, got, err, w)
		}
	}
	for _, in := range []string{"", "SEV-0", "SEV-6", "SEV-10", "P12", "critical", "SEV-1.5"} {
		if _, err := ParseSeverity(in); err == nil {
			t.Errorf("ParseSeverity(%q) succeeded", in)
		}
	}
}

func TestServiceKey(t *testing.T) {
	same := [][]string{
		{"Amazon CloudFront", "CloudFront", "cloudfront", "Cloud Front", "AWS CloudFront"},
		{"AWS Lambda", "Lambda", "Lambda functions"},
		{"Amazon RDS (Aurora PostgreSQL)", "RDS", "Amazon Relational Database Service"},
		{"Amazon S3 (Replication)", "S3", "Simple Storage Service"},
		{"Amazon Elasticsearch Service (OpenSearch Service)", "OpenSearch", "Elasticsearch"},
		{"Amazon Route 53", "Route53"},
	}
	for _, group := range same {
		for _, s := range group[1:] {
			if ServiceKey(s) != ServiceKey(group[0]) {
				t.Errorf("ServiceKey(%q) = %q, ServiceKey(%q) = %q", s, ServiceKey(s), group[0], ServiceKey(group[0]))
			}
		}
	}
	if ServiceKey("EC2") == ServiceKey("ECS") || ServiceKey("SNS") == ServiceKey("SQS") {
		t.Error("distinct services share a key")
	}
}
