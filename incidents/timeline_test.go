package incidents

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

func TestTimelineEvidenceSplitsAtTheDiagnosis(t *testing.T) {
	const cause = "The nightly cleanup job deregistered the AMI the launch template referenced."
	tests := []struct {
		name          string
		rows          []string
		before, after []string
	}{
		{"a diagnosis row", []string{"09:02 queue alert", "09:10 runners not registering", "09:31 cause identified: missing AMI", "09:50 template fixed"},
			[]string{"09:02 queue alert", "09:10 runners not registering"}, []string{"09:31 cause identified: missing AMI", "09:50 template fixed"}},
		{"a row quoting the cause", []string{"09:02 queue alert", "09:20 the launch template referenced an image that is gone"},
			[]string{"09:02 queue alert"}, []string{"09:20 the launch template referenced an image that is gone"}},
		{"a fix row", []string{"09:02 alert", "09:40 rolled back the template"}, []string{"09:02 alert"}, []string{"09:40 rolled back the template"}},
		{"nothing after", []string{"09:02 alert", "09:05 paged on-call"}, []string{"09:02 alert", "09:05 paged on-call"}, nil},
		{"diagnosis first", []string{"Root cause found at 10:00"}, nil, []string{"Root cause found at 10:00"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var before, after []string
			for _, ev := range timelineEvidence("timeline", "Timeline", tc.rows, cause, Pos{}) {
				switch {
				case ev.ID == "timeline" && !ev.AfterAnswer && ev.Kind == KindTimeline:
					before = ev.Lines
				case ev.ID == "timeline-after" && ev.AfterAnswer && ev.Kind == KindTimeline:
					after = ev.Lines
				default:
					t.Errorf("unexpected item %+v", ev)
				}
			}
			if !reflect.DeepEqual(before, tc.before) || !reflect.DeepEqual(after, tc.after) {
				t.Errorf("before %q after %q, want %q and %q", before, after, tc.before, tc.after)
			}
		})
	}
}

const timelineTxt = `INCIDENT #: TL-1
TITLE: Queue backlog
SUMMARY: Orders were late.
ROOT CAUSE: The consumer never acknowledged messages.
TIMELINE:
- 18:40 queue age alert
- Detection: a customer asked about a late order
- 19:20 missing acknowledgement identified
LOG:
    ERROR: redelivery count 14 for msg 8812
    WARN  visibility timeout reached
`

func TestNativeTimelineAndLogKeys(t *testing.T) {
	incs, probs := Parse("t.txt", []byte(timelineTxt))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	want := []Evidence{
		{ID: "timeline", Kind: KindTimeline, Title: "Timeline", AtSet: true, Pos: Pos{File: "t.txt", Line: 5},
			Lines: []string{"18:40 queue age alert", "Detection: a customer asked about a late order"}},
		{ID: "timeline-after", Kind: KindTimeline, Title: "Timeline (after the diagnosis)", AfterAnswer: true, Pos: Pos{File: "t.txt", Line: 5},
			Lines: []string{"19:20 missing acknowledgement identified"}},
		{ID: "log-1", Kind: KindLog, Title: "Log", Pos: Pos{File: "t.txt", Line: 9},
			Lines: []string{"ERROR: redelivery count 14 for msg 8812", "WARN  visibility timeout reached"}},
	}
	if !reflect.DeepEqual(incs[0].Evidence, want) {
		t.Errorf("evidence\n%#v\nwant\n%#v", incs[0].Evidence, want)
	}
	// Both writers write the board back so that both readers read it again.
	for _, rw := range []struct {
		write func(*bytes.Buffer, []Incident) error
		read  func(string, []byte) ([]Incident, []Problem)
	}{
		{func(b *bytes.Buffer, i []Incident) error { return WriteText(b, i) }, Parse},
		{func(b *bytes.Buffer, i []Incident) error { return WriteMarkdown(b, i) }, ParseMarkdown},
		{func(b *bytes.Buffer, i []Incident) error { return WriteMarkdown(b, i) }, Parse},
	} {
		var buf bytes.Buffer
		if err := rw.write(&buf, incs); err != nil {
			t.Fatal(err)
		}
		back, _ := rw.read("back", buf.Bytes())
		if len(back) != 1 || !reflect.DeepEqual(withoutPlaces(back[0]).Evidence, withoutPlaces(incs[0]).Evidence) {
			t.Errorf("board changed in a round trip:\n%s\n%#v", buf.String(), back)
		}
	}
}

func TestMarkdownTimelineAndLogs(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/12-incident-io-export.md")
	if err != nil {
		t.Fatal(err)
	}
	incs, _ := ParseMarkdown("io.md", data)
	if len(incs) != 1 {
		t.Fatal(len(incs))
	}
	var before, after []string
	for _, ev := range incs[0].Evidence {
		if ev.ID == "timeline" {
			before = ev.Lines
		}
		if ev.ID == "timeline-after" {
			after = ev.Lines
		}
	}
	if !reflect.DeepEqual(before, []string{"[21:03] Alert fired: notifications-api 5xx above 5%", "[21:10] On-call noticed Redis memory at 100% on the primary"}) ||
		!reflect.DeepEqual(after, []string{"[21:26] Eviction policy identified as the problem", "[21:50] Error rate back to normal"}) {
		t.Errorf("timeline %q / %q", before, after)
	}

	md := "# Disk full\n\n## Summary\n\nWrites failed.\n\n```\nENOSPC: no space left on device\n```\n\n## Detection\n\nThe disk alert fired at 03:10. On-call found the log volume full.\n\n" +
		"```text\nkernel: EXT4-fs warning\n```\n\n## Root cause\n\nLogs were never rotated.\n\n```\nlogrotate: config missing\n```\n"
	incs, _ = ParseMarkdown("d.md", []byte(md))
	want := []Evidence{
		{ID: "timeline", Kind: KindTimeline, Title: "Timeline", Lines: []string{"The disk alert fired at 03:10."}, Pos: Pos{File: "d.md", Line: 11}},
		{ID: "timeline-after", Kind: KindTimeline, Title: "Timeline (after the diagnosis)", AfterAnswer: true, Lines: []string{"On-call found the log volume full."}, Pos: Pos{File: "d.md", Line: 11}},
		{ID: "log-1", Kind: KindLog, Title: "Log", Lines: []string{"ENOSPC: no space left on device"}, Pos: Pos{File: "d.md", Line: 7}},
		{ID: "log-2", Kind: KindLog, Title: "Log (text)", Lines: []string{"kernel: EXT4-fs warning"}, Pos: Pos{File: "d.md", Line: 15}},
	}
	if len(incs) != 1 || !reflect.DeepEqual(incs[0].Evidence, want) {
		t.Errorf("board\n%#v\nwant\n%#v", incs[0].Evidence, want)
	}
}
