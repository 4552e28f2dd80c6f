package markdown

import (
	"bytes"
	"os"
	"reflect"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

func TestNativeTimelineAndLogKeys(t *testing.T) {
	incs, probs := incidents.Parse("t.txt", []byte(timelineTxt))
	if len(incs) != 1 || len(probs) != 0 {
		t.Fatalf("%d incidents, problems %v", len(incs), probs)
	}
	want := []incidents.Evidence{
		{ID: "timeline", Kind: incidents.KindTimeline, Title: "Timeline", AtSet: true, Pos: incidents.Pos{File: "t.txt", Line: 5},
			Lines: []string{"18:40 queue age alert", "Detection: a customer asked about a late order"}},
		{ID: "timeline-after", Kind: incidents.KindTimeline, Title: "Timeline (after the diagnosis)", AfterAnswer: true, Pos: incidents.Pos{File: "t.txt", Line: 5},
			Lines: []string{"19:20 missing acknowledgement identified"}},
		{ID: "log-1", Kind: incidents.KindLog, Title: "Log", Pos: incidents.Pos{File: "t.txt", Line: 9},
			Lines: []string{"ERROR: redelivery count 14 for msg 8812", "WARN  visibility timeout reached"}},
	}
	if !reflect.DeepEqual(incs[0].Evidence, want) {
		t.Errorf("evidence\n%#v\nwant\n%#v", incs[0].Evidence, want)
	}
	// Both writers write the board back so that both readers read it again.
	for _, rw := range []struct {
		write func(*bytes.Buffer, []incidents.Incident) error
		read  func(string, []byte) ([]incidents.Incident, []incidents.Problem)
	}{
		{func(b *bytes.Buffer, i []incidents.Incident) error { return incidents.WriteText(b, i) }, incidents.Parse},
		{func(b *bytes.Buffer, i []incidents.Incident) error { return incidents.WriteMarkdown(b, i) }, ParseMarkdown},
		{func(b *bytes.Buffer, i []incidents.Incident) error { return incidents.WriteMarkdown(b, i) }, incidents.Parse},
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
	want := []incidents.Evidence{
		{ID: "timeline", Kind: incidents.KindTimeline, Title: "Timeline", Lines: []string{"The disk alert fired at 03:10."}, Pos: incidents.Pos{File: "d.md", Line: 11}},
		{ID: "timeline-after", Kind: incidents.KindTimeline, Title: "Timeline (after the diagnosis)", AfterAnswer: true, Lines: []string{"On-call found the log volume full."}, Pos: incidents.Pos{File: "d.md", Line: 11}},
		{ID: "log-1", Kind: incidents.KindLog, Title: "Log", Lines: []string{"ENOSPC: no space left on device"}, Pos: incidents.Pos{File: "d.md", Line: 7}},
		{ID: "log-2", Kind: incidents.KindLog, Title: "Log (text)", Lines: []string{"kernel: EXT4-fs warning"}, Pos: incidents.Pos{File: "d.md", Line: 15}},
	}
	if len(incs) != 1 || !reflect.DeepEqual(incs[0].Evidence, want) {
		t.Errorf("board\n%#v\nwant\n%#v", incs[0].Evidence, want)
	}
}
