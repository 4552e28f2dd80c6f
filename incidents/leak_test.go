package incidents

import "testing"

func TestCauseStated(t *testing.T) {
	const cause = "The nightly cleanup job deregistered the AMI that the runner launch template referenced."
	tests := []struct {
		name, title, summary string
		field, sentence      string
	}{
		{"symptoms only", "CI jobs stuck in pending", "Jobs waited two hours. Developers could not merge.", "", ""},
		{"cue and the cause's words", "CI jobs stuck", "Jobs waited two hours. This was caused by the cleanup job removing the launch template's AMI.",
			"summary", "This was caused by the cleanup job removing the launch template's AMI."},
		{"a phrase of the cause in the title", "Cleanup job deregistered AMI", "Jobs waited.", "title", "Cleanup job deregistered AMI"},
		{"a cue alone is not enough", "Checkout slow because of load", "Pages were slow.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			inc := Incident{Title: tc.title, Summary: tc.summary, RootCause: cause, Services: []string{"EC2"}}
			f, s, ok := causeStated(&inc)
			if f != tc.field || s != tc.sentence || ok != (tc.field != "") {
				t.Errorf("causeStated = %q, %q, %v; want %q, %q", f, s, ok, tc.field, tc.sentence)
			}
		})
	}
}

func TestCauseStatedIgnoresServiceNames(t *testing.T) {
	inc := Incident{Title: "Kinesis Firehose delivery stream lag", Summary: "Clickstream data was late.",
		RootCause: "The Kinesis Firehose delivery stream transformed records with a Lambda function that timed out.",
		Services:  []string{"Amazon Kinesis Data Firehose"}}
	if f, s, ok := causeStated(&inc); ok {
		t.Errorf("flagged %s %q", f, s)
	}
}
