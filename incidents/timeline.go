package incidents

import (
	"regexp"
	"strconv"
	"strings"
)

// A postmortem's timeline is evidence: the alert, what on-call looked at,
// the deploy twenty minutes earlier. Real timelines go on to the diagnosis
// and the fix; those rows would give the answer away, so a timeline is
// split where the cause was identified: the rows before are the "timeline"
// item, the rows from there on the "timeline-after" item, shown only after
// answering (AfterAnswer).

// diagnosisCue marks the row where responders found or fixed the cause.
var diagnosisCue = regexp.MustCompile(`(?i)\b(identified|root cause|found|diagnos\w*|determined|discovered|realised|realized|pinpointed|traced|the cause|rolled back|rolling back|roll back|reverted|reverting|fix(ed)? (deployed|applied|merged|rolled out)|mitigat\w*|resolved|restored|recovered|back to normal)\b`)

// rowTime is a row that starts with its time of day: "14:05", "[21:03]",
// "2024-01-22 14:05 UTC".
var rowTime = regexp.MustCompile(`^\W*(?:\d{4}-\d\d-\d\d[ T])?([01]?\d|2[0-3]):([0-5]\d)\b`)

// timelineEvidence makes the board items of a written timeline. Rows are
// split at the first that names the diagnosis or the fix, or repeats a
// distinctive phrase of the root cause. Items are "id" and "id-after";
// either is left out when it has no rows.
func timelineEvidence(id, title string, rows []string, rootCause string, pos Pos) []Evidence {
	if len(rows) == 0 {
		return nil
	}
	cause := " " + strings.Join(plainWords(rootCause), " ") + " "
	split := len(rows)
	for i, r := range rows {
		if diagnosisCue.MatchString(r) || sharesPhrase(r, cause) {
			split = i
			break
		}
	}
	var out []Evidence
	if split > 0 {
		// A timeline starts at the first alert: +0m when its first row
		// gives a time.
		out = append(out, Evidence{ID: id, Kind: KindTimeline, Title: title, Lines: rows[:split], AtSet: rowTime.MatchString(rows[0]), Pos: pos})
	}
	if split < len(rows) {
		out = append(out, Evidence{ID: id + "-after", Kind: KindTimeline, Title: title + " (after the diagnosis)",
			Lines: rows[split:], AfterAnswer: true, Pos: pos})
	}
	return out
}

// sharesPhrase reports whether a row repeats three words in a row of the
// cause (given as " word word ... "), two of them meaningful. Rows are
// short and causes long, so the row's phrases are looked up in the cause.
func sharesPhrase(row, cause string) bool {
	w := plainWords(row)
	for i := 0; i+2 < len(w); i++ {
		g := w[i] + " " + w[i+1] + " " + w[i+2]
		if distinctive(g) && strings.Contains(cause, " "+g+" ") {
			return true
		}
	}
	return false
}

// logEvidence makes a "log-N" item of a fenced code block.
func logEvidence(n int, info string, lines []string, pos Pos) Evidence {
	title := "Log"
	if info = strings.TrimSpace(info); info != "" && !strings.ContainsAny(info, "{}") {
		title = "Log (" + info + ")"
	}
	return Evidence{ID: "log-" + strconv.Itoa(n), Kind: KindLog, Title: title, Lines: lines, Pos: pos}
}
