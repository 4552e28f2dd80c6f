package incidents

// EvidenceJSON is an evidence item as the JSON outputs write it (incidents
// export, rootcause questions). Times are written as material writes them
// ("-20m", "+4m", "0"); a point's time is in seconds from the first alert,
// so tools can plot [t, v] pairs without parsing.
type EvidenceJSON struct {
	ID          string       `json:"id"`
	Kind        string       `json:"kind"`
	Title       string       `json:"title"`
	At          *string      `json:"at"`
	Lines       []string     `json:"lines,omitempty"`
	Series      []SeriesJSON `json:"series,omitempty"`
	AfterAnswer bool         `json:"after_answer,omitempty"`
}

// SeriesJSON is one metric series: points as [seconds, value] pairs.
type SeriesJSON struct {
	Label  string       `json:"label"`
	Unit   string       `json:"unit"`
	Points [][2]float64 `json:"points"`
	Marks  []MarkJSON   `json:"marks,omitempty"`
}

// MarkJSON is a labelled moment on a chart.
type MarkJSON struct {
	At    string `json:"at"`
	Label string `json:"label"`
}

// ToEvidenceJSON converts a board for JSON output; nil for no board. Text is
// passed through Sanitize again, as the board may have been built by hand.
func ToEvidenceJSON(board []Evidence) []EvidenceJSON {
	if len(board) == 0 {
		return nil
	}
	out := make([]EvidenceJSON, len(board))
	for i, ev := range board {
		j := EvidenceJSON{ID: Sanitize(ev.ID), Kind: Sanitize(ev.Kind), Title: Sanitize(ev.Title), AfterAnswer: ev.AfterAnswer}
		if ev.AtSet {
			at := fmtRel(ev.At)
			j.At = &at
		}
		for _, l := range ev.Lines {
			j.Lines = append(j.Lines, Sanitize(l))
		}
		for _, s := range ev.Series {
			sj := SeriesJSON{Label: Sanitize(s.Label), Unit: Sanitize(s.Unit), Points: make([][2]float64, len(s.Points))}
			for k, p := range s.Points {
				sj.Points[k] = [2]float64{p.T.Seconds(), p.V}
			}
			for _, m := range s.Marks {
				sj.Marks = append(sj.Marks, MarkJSON{At: fmtRel(m.At), Label: Sanitize(m.Label)})
			}
			j.Series = append(j.Series, sj)
		}
		out[i] = j
	}
	return out
}
