package incidents

import (
	"bufio"
	"bytes"
	"strings"
	"time"
)

// Parse reads the plain-text RCA format. MINIMAL BOOTSTRAP VERSION: handles the
// clean form of the bundled corpus only; to be replaced by the full parser.
func Parse(name string, data []byte) ([]Incident, []Problem) {
	var out []Incident
	var cur *Incident
	var key string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1024*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "=====") {
			continue
		}
		if k, v, ok := strings.Cut(t, ":"); ok && k == strings.ToUpper(k) && len(k) < 20 {
			key, t = k, strings.TrimSpace(v)
			if key == "INCIDENT #" {
				out = append(out, Incident{ID: t, Pos: Pos{File: name, Line: line}})
				cur = &out[len(out)-1]
				continue
			}
		}
		if cur == nil {
			continue
		}
		switch key {
		case "DATE":
			cur.Date, _ = time.Parse("January 2, 2006", t)
		case "SEVERITY":
			if strings.HasPrefix(t, "SEV-") && len(t) == 5 {
				cur.Severity = Severity(t[4] - '0')
			}
		case "PLATFORM":
			cur.Platform = t
		case "SERVICES":
			for _, s := range strings.Split(t, ",") {
				cur.Services = append(cur.Services, strings.TrimSpace(s))
			}
		case "TITLE":
			cur.Title = t
		case "SUMMARY":
			cur.Summary = t
		case "ROOT CAUSE":
			cur.RootCause = t
		case "RESOLUTION":
			cur.Resolution = t
		case "PREVENTION":
			if t != "" {
				if _, rest, ok := strings.Cut(t, ". "); ok {
					t = rest
				}
				cur.Prevention = append(cur.Prevention, t)
			}
		}
	}
	return out, nil
}
