package incidents

import (
	"io/fs"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/seeds"
)

func TestBuiltinEveryField(t *testing.T) {
	incs, probs := LoadFS(seeds.FS)
	for _, p := range probs {
		t.Errorf("problem in the bundled corpus: %v", p)
	}
	if len(incs) != 30 {
		t.Fatalf("got %d incidents, want 30", len(incs))
	}
	for _, inc := range incs {
		if inc.ID == "" || inc.Date.IsZero() || inc.Severity == 0 || inc.Platform == "" || len(inc.Services) == 0 ||
			inc.Title == "" || inc.Summary == "" || inc.RootCause == "" || inc.Resolution == "" || len(inc.Prevention) == 0 {
			t.Errorf("%s: a field is empty: %#v", inc.ID, inc)
		}
		for _, s := range append([]string{inc.Title, inc.Summary, inc.RootCause, inc.Resolution}, inc.Prevention...) {
			if strings.Contains(s, "\\") || strings.Contains(s, "**") {
				t.Errorf("%s: escape or bold markup left in %q", inc.ID, s)
			}
		}
		for _, s := range append([]string{inc.Title}, inc.Prevention...) {
			if strings.Contains(s, "\n") {
				t.Errorf("%s: line break in %q", inc.ID, s)
			}
		}
		// Only NFI-2024-0012 has lines inside a paragraph: its numbered resolution.
		if linesInParagraph(inc.Summary) || linesInParagraph(inc.RootCause) || linesInParagraph(inc.Resolution) != (inc.ID == "NFI-2024-0012") {
			t.Errorf("%s: unexpected line structure in %q / %q", inc.ID, inc.RootCause, inc.Resolution)
		}
	}
}

// linesInParagraph reports a line break inside a paragraph of a value.
func linesInParagraph(s string) bool {
	return strings.Contains(strings.ReplaceAll(s, "\n\n", ""), "\n")
}

func TestBuiltinPinned(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	byID := map[string]Incident{}
	for _, inc := range incs {
		inc.Material, inc.Evidence = nil, nil // the quiz material's, pinned in seeds tests
		byID[inc.ID] = inc
	}
	const file = "builtin/000_5f375ddc84a7b13d.txt"
	pinned := []Incident{
		{
			ID: "NFI-2023-0011", Date: time.Date(2023, 11, 5, 0, 0, 0, 0, time.UTC), Severity: 2, Platform: "DataNexus",
			Services: []string{"AWS Glue", "S3"}, Title: "ETL Pipeline Failure",
			Summary: "Nightly ETL jobs failed, causing dashboards to display stale data.",
			RootCause: "A Glue Job's IAM execution role did not have the `s3:ListBucket` permission on a newly created target S3 bucket. " +
				"The job could write data but failed during its final step to list and verify the output, causing it to error out.",
			Resolution: "Added the missing `s3:ListBucket` permission to the IAM role. Manually triggered the failed jobs.",
			Prevention: []string{"Implement a standardized IAM policy template for Glue jobs.",
				"Add a pre-flight check in the CI/CD pipeline to validate required permissions against the target environments."},
			Pos: Pos{File: file, Line: 45},
		},
		{
			ID: "NFI-2023-0015", Date: time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC), Severity: 3, Platform: "DataNexus",
			Services: []string{"AWS Cost Explorer", "S3"}, Title: "Cost Overrun Alert",
			Summary: "Unexpected $5,000 spike in S3 costs.",
			RootCause: "A developer's script, which was intended to run once, was incorrectly configured and began running in an infinite loop. " +
				"Each iteration uploaded several MBs of test data to an S3 bucket. Over a weekend, this resulted in millions of PUT requests and several TB of storage.",
			Resolution: "Identified and terminated the script. Implemented S3 Lifecycle Policies to automatically delete objects in the target bucket after 1 day.",
			Prevention: []string{"Implement S3 Cost Allocation tags.", "Create AWS Budgets alerts with a lower threshold.",
				"Use S3 Intelligent-Tiering for unpredictable access patterns."},
			Pos: Pos{File: file, Line: 137},
		},
		{
			ID: "NFI-2024-0020", Date: time.Date(2024, 5, 23, 0, 0, 0, 0, time.UTC), Severity: 3, Platform: "All",
			Services: []string{"AWS Budgets", "SNS", "Email"}, Title: "Billing Alarm Notification Failure",
			Summary: "The monthly billing alarm did not notify the finance team, leading to a late surprise about costs.",
			RootCause: "The SNS topic for billing alerts was configured to send email to a distribution list that was decommissioned " +
				"without updating the SNS subscription, causing all notification emails to bounce.",
			Resolution: "Updated the SNS topic subscription to a new, valid email address. Verified the alarm notification worked.",
			Prevention: []string{"Create a runbook for decommissioning resources that includes checking for AWS dependencies like SNS subscriptions.",
				"Use a shared Slack channel integrated with SNS for critical alerts instead of email alone."},
			Pos: Pos{File: file, Line: 709},
		},
	}
	for _, w := range pinned {
		if got := byID[w.ID]; !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got %#v\nwant %#v", w.ID, got, w)
		}
	}
}

func TestBuiltinMaterial(t *testing.T) {
	incs, _ := LoadFS(seeds.FS)
	n := 0
	for _, inc := range incs {
		if m := inc.Material; m != nil {
			n++
			if m.Brief == "" || len(m.Distractors) < MinDistractors || m.Pos.Line == 0 {
				t.Errorf("%s: incomplete material %+v", inc.ID, m)
			}
		}
	}
	if n == 0 {
		t.Error("no incident has quiz material")
	}
}

// The bundled corpus saved by a Windows editor (BOM, CRLF, tabs, trailing
// blanks, keys in title case) reads as the same incidents.
func TestBuiltinAsWindowsFile(t *testing.T) {
	data, err := fs.ReadFile(seeds.FS, "000_5f375ddc84a7b13d.txt")
	if err != nil {
		t.Fatal(err)
	}
	s := strings.NewReplacer("ROOT CAUSE:", "Root Cause :", "SUMMARY: ", "Summary:\t", "\n", " \t\r\n").Replace(string(data))
	got, probs := Parse("win.txt", []byte("\uFEFF"+s))
	want, _ := Parse("orig.txt", data)
	if len(probs) != 0 || len(got) != len(want) {
		t.Fatalf("%d incidents, %v", len(got), probs)
	}
	for i := range want {
		got[i].Pos, want[i].Pos = Pos{}, Pos{}
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("incident %s differs:\n got %#v\nwant %#v", want[i].ID, got[i], want[i])
		}
	}
}
