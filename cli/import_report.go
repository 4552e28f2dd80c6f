package cli

import (
	"github.com/nexusflow/rootcause/incidents"
)

// fileReport is one line of "import --report json": what became of one
// file, so a team importing hundreds of postmortems sees what to fix.
type fileReport struct {
	File string `json:"file"`
	// Status is "imported" (every incident has every field), "partial"
	// (imported; Missing lists the fields some incident lacks) or
	// "refused" (no incident; Reason says why).
	Status    string   `json:"status"`
	Incidents []string `json:"incidents"`
	Missing   []string `json:"missing,omitempty"`
	Reason    string   `json:"reason,omitempty"`
	Errors    int      `json:"errors"`
	Warnings  int      `json:"warnings"`
	Problems  []string `json:"problems,omitempty"`
}

// reportFields are the fields a report names as missing, in record order.
var reportFields = []struct {
	name  string
	empty func(*incidents.Incident) bool
}{
	{"date", func(in *incidents.Incident) bool { return in.Date.IsZero() }},
	{"severity", func(in *incidents.Incident) bool { return in.Severity == 0 }},
	{"title", func(in *incidents.Incident) bool { return in.Title == "" }},
	{"summary", func(in *incidents.Incident) bool { return in.Summary == "" }},
	{"root_cause", func(in *incidents.Incident) bool { return in.RootCause == "" }},
	{"resolution", func(in *incidents.Incident) bool { return in.Resolution == "" }},
	{"prevention", func(in *incidents.Incident) bool { return len(in.Prevention) == 0 }},
}

func newFileReport(file string, incs []incidents.Incident, probs []incidents.Problem) fileReport {
	r := fileReport{File: incidents.Sanitize(file), Incidents: []string{}}
	for _, p := range probs {
		if p.Warning {
			r.Warnings++
		} else {
			r.Errors++
		}
		r.Problems = append(r.Problems, incidents.Sanitize(p.String()))
	}
	for i := range incs {
		r.Incidents = append(r.Incidents, incidents.Sanitize(incs[i].ID))
	}
	for _, f := range reportFields {
		for i := range incs {
			if f.empty(&incs[i]) {
				r.Missing = append(r.Missing, f.name)
				break
			}
		}
	}
	switch {
	case len(incs) == 0:
		r.Status, r.Reason = "refused", "no incident found"
		if len(probs) > 0 {
			r.Reason = incidents.Sanitize(probs[0].Msg)
		}
	case len(r.Missing) > 0:
		r.Status = "partial"
	default:
		r.Status = "imported"
	}
	return r
}
