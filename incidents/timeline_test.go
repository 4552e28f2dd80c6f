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
		{"present-tense finding and recovery", []string{"10:00 sale starts", "10:12 p99 latency page fires", "10:30 DBA finds sequential scans on orders", "10:47 index added, latency recovers"},
			[]string{"10:00 sale starts", "10:12 p99 latency page fires"}, []string{"10:30 DBA finds sequential scans on orders", "10:47 index added, latency recovers"}},
		{"a recovery row alone", []string{"14:00 errors rise", "14:20 traffic shifted, error rate recovers"}, []string{"14:00 errors rise"}, []string{"14:20 traffic shifted, error rate recovers"}},
		{"a hotfix row", []string{"14:00 errors rise", "14:30 hotfix shipped"}, []string{"14:00 errors rise"}, []string{"14:30 hotfix shipped"}},
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
