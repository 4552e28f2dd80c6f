package incidents_test

// Date edges pinned against mutants (docs/mutation.md): the forms
// seeds/FORMAT.md lists, at the ends of each range.

import (
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

func TestParseDateEdges(t *testing.T) {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	good := []struct {
		in   string
		want time.Time
	}{
		{"1970-01-01", day(1970, 1, 1)},
		{"2200-12-31", day(2200, 12, 31)},
		{"2023/10/26", day(2023, 10, 26)},
		{"December 31, 2023", day(2023, 12, 31)},
		{"Jan 1st 2024", day(2024, 1, 1)},
		{"Sept. 22nd, 2023", day(2023, 9, 22)},
		{"Thu, Oct 26, 2023", day(2023, 10, 26)},
		{"Thursday, 26 October 2023", day(2023, 10, 26)},
		{"2024-02-29", day(2024, 2, 29)},
	}
	for _, tc := range good {
		got, err := incidents.ParseDate(tc.in)
		if err != nil || !got.Equal(tc.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	bad := []struct{ in, msg string }{
		{"1969-12-31", "unknown date"},
		{"2201-01-01", "unknown date"},
		{"2023-00-10", "unknown date"},
		{"2023-13-10", "unknown date"},
		{"2023-10-00", "unknown date"},
		{"2023-10-32", "unknown date"},
		{"Oc 26, 2023", "unknown date"},
		{"26 Foo 2023", "unknown date"},
		{"Foo 26 2023", "unknown date"},
		{"Thursday, Oct 26, 2023, 10:00 UTC", "unknown date"},
		{"April 31, 2023", "does not exist: April 2023 has fewer days"},
		{"2023-02-29", "does not exist: February 2023 has fewer days"},
		{"2024-02-30", "does not exist: February 2024 has fewer days"},
		{"2023-06-31", "does not exist: June 2023 has fewer days"},
	}
	for _, tc := range bad {
		_, err := incidents.ParseDate(tc.in)
		if err == nil || !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("ParseDate(%q) error %v, want one saying %q", tc.in, err, tc.msg)
		}
	}
}

// DateOf is for dates found in free text: years 1990-2100 only, months by
// number or name.
func TestDateOfEdges(t *testing.T) {
	for _, tc := range []struct {
		y, m, d string
		ok      bool
	}{
		{"1990", "1", "1", true}, {"2100", "12", "31", true}, {"1989", "6", "1", false},
		{"2101", "6", "1", false}, {"2023", "0", "1", false}, {"2023", "13", "1", false},
		{"2023", "Sep", "30", true}, {"2023", "sept", "31", false},
	} {
		got, ok := incidents.DateOf(tc.y, tc.m, tc.d)
		if ok != tc.ok {
			t.Errorf("DateOf(%s, %s, %s) = %v, %v; want ok %v", tc.y, tc.m, tc.d, got, ok, tc.ok)
		}
	}
}
