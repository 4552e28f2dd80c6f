package cli

import (
	"io"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/seeds"
	"github.com/spf13/pflag"
)

// filterFlags are the incident filters shared by list, export, questions and play.
type filterFlags struct {
	platforms  []string
	severities []string
	services   []string
	ids        []string
	since      string
	until      string
	read       readFlags
}

// readFlags map a team's own words onto the record: shared by every command
// that reads incident files (import, validate, export, list, play, ...).
type readFlags struct {
	severityMap string
	headingMap  string
}

func (r *readFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&r.severityMap, "severity-map", "", "read severity words as severities, e.g. 'Critical=SEV-1,Major=SEV-2,P1=SEV-1'")
	fs.StringVar(&r.headingMap, "heading-map", "", "read a house template's headings as sections, e.g. 'What went wrong=root cause,Next steps=prevention'")
}

// options turns the flags into reader options, the bundled corpus
// included; bad values are usage errors.
func (r *readFlags) options() (*incidents.Options, error) {
	o := incidents.Options{Builtin: seeds.FS}
	if r.severityMap == "" && r.headingMap == "" {
		return &o, nil
	}
	var err error
	if o.Severity, err = incidents.ParseSeverityMap(r.severityMap); err != nil {
		return nil, usageErr("--severity-map: %v", err)
	}
	if o.Headings, err = incidents.ParseHeadingMap(r.headingMap); err != nil {
		return nil, usageErr("--heading-map: %v", err)
	}
	return &o, nil
}

func (f *filterFlags) register(fs *pflag.FlagSet) {
	fs.StringSliceVar(&f.platforms, "platform", nil, "only incidents on these platforms (repeatable or comma-separated)")
	fs.StringSliceVar(&f.severities, "severity", nil, "only these severities, e.g. SEV-1,SEV-2")
	fs.StringSliceVar(&f.services, "service", nil, "only incidents involving these services, e.g. CloudFront")
	fs.StringSliceVar(&f.ids, "id", nil, "only these incident ids")
	fs.StringVar(&f.since, "since", "", "only incidents on or after this date (YYYY-MM-DD)")
	fs.StringVar(&f.until, "until", "", "only incidents on or before this date (YYYY-MM-DD, inclusive)")
	f.read.register(fs)
}

// filter turns the flags into an incidents.Filter; bad values are usage errors.
func (f *filterFlags) filter() (incidents.Filter, error) {
	out := incidents.Filter{Platforms: f.platforms, Services: f.services, IDs: f.ids}
	for _, s := range f.severities {
		sev, err := incidents.ParseSeverity(s)
		if err != nil {
			return out, usageErr("--severity: %v", err)
		}
		out.Severities = append(out.Severities, sev)
	}
	var err error
	if out.From, err = parseDay("--since", f.since); err != nil {
		return out, err
	}
	if out.To, err = parseDay("--until", f.until); err != nil {
		return out, err
	}
	if !out.From.IsZero() && !out.To.IsZero() && out.To.Before(out.From) {
		return out, usageErr("--until %s is before --since %s", f.until, f.since)
	}
	return out, nil
}

// parseDay reads a --since/--until date: YYYY-MM-DD, or any form incident
// files accept ("Oct 26, 2023", "26 October 2023").
func parseDay(flag, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := incidents.ParseDate(s)
	if err != nil {
		return t, usageErr("%s: %q is not a date like 2024-03-31", flag, s)
	}
	return t, nil
}

// selectIncidents loads the corpus, applies the filter flags and sorts;
// problems in the data go to stderr.
func selectIncidents(g *Globals, ff *filterFlags, sortKey string, stderr io.Writer) ([]incidents.Incident, error) {
	f, err := ff.filter()
	if err != nil {
		return nil, err
	}
	probe := []incidents.Incident{}
	if !incidents.SortBy(probe, sortKey) {
		return nil, usageErr("--sort %q: want id, date, severity or file", sortKey)
	}
	opts, err := ff.read.options()
	if err != nil {
		return nil, err
	}
	incs, _, err := g.loadCorpusWith(stderr, opts)
	if err != nil {
		return nil, err
	}
	incs = f.Select(incs)
	incidents.SortBy(incs, sortKey)
	return incs, nil
}
