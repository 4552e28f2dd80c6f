package incidents

import (
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
			for _, ev := range TimelineEvidence("timeline", "Timeline", tc.rows, cause, Pos{}) {
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
