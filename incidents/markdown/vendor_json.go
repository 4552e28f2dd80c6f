package markdown

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/nexusflow/rootcause/incidents"
)

// ParseJSON reads postmortems exported as JSON: a GitLab incident issue (its
// description is the Markdown postmortem, its "severity::N" and
// "service::X" labels give severity and services), or a record with the
// fields themselves, as Blameless-like tools export it ("summary",
// "root_cause", "why_items", "action_items"). A file may hold one object, an
// array of them, or an object wrapping one ({"incident": {...}}). Problems
// name the line where each object starts.
func ParseJSON(name string, data []byte, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	if p, ok := incidents.CheckEncoding(name, data); !ok {
		return nil, []incidents.Problem{p}
	}
	objs, lines, err := jsonObjects(data)
	if err != nil {
		return nil, []incidents.Problem{{Pos: incidents.Pos{File: name, Line: jsonErrLine(data, err)}, Msg: "not valid JSON: " + err.Error()}}
	}
	var out []incidents.Incident
	var probs []incidents.Problem
	for i, o := range objs {
		if inner, ok := o["incident"].(map[string]any); ok && len(o) <= 2 {
			o = inner
		}
		var incs []incidents.Incident
		var ps []incidents.Problem
		if desc, ok := o["description"].(string); ok && (o["iid"] != nil || o["labels"] != nil) {
			incs, ps = gitlabIssue(name, lines[i], o, desc, opts)
		} else {
			incs, ps = jsonRecord(name, lines[i], o, len(out)+1, opts)
		}
		out, probs = append(out, incs...), append(probs, ps...)
	}
	if len(objs) == 0 {
		probs = append(probs, incidents.Problem{Pos: incidents.Pos{File: name, Line: 1}, Msg: "no incidents found: the JSON holds no objects"})
	}
	// JSON strings may hold any character ("\u001b"): made safe here, where
	// the records are read.
	for i := range out {
		if incidents.ScrubIncident(&out[i]) {
			probs = append(probs, incidents.Problem{Pos: out[i].Pos, IncidentID: out[i].ID, Warning: true,
				Msg: "control characters or escape sequences removed"})
		}
	}
	return out, incidents.SanitizeProblems(probs)
}

// jsonObjects decodes one object or an array of objects, with the line
// where each starts.
func jsonObjects(data []byte) ([]map[string]any, []int, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	t, err := dec.Token()
	if err != nil {
		return nil, nil, err
	}
	lineAt := func(off int64) int { return bytes.Count(data[:off], []byte("\n")) + 1 }
	switch t {
	case json.Delim('{'):
		whole := json.NewDecoder(bytes.NewReader(data))
		whole.UseNumber()
		var o map[string]any
		if err := whole.Decode(&o); err != nil {
			return nil, nil, err
		}
		return []map[string]any{o}, []int{lineAt(dec.InputOffset() - 1)}, nil
	case json.Delim('['):
		var objs []map[string]any
		var lines []int
		for dec.More() {
			start := dec.InputOffset()
			var o map[string]any
			if err := dec.Decode(&o); err != nil {
				return nil, nil, err
			}
			// InputOffset is before the comma and blanks ahead of the object.
			for start < int64(len(data)) && bytes.IndexByte([]byte(", \t\r\n"), data[start]) >= 0 {
				start++
			}
			objs, lines = append(objs, o), append(lines, lineAt(start))
		}
		return objs, lines, nil
	}
	return nil, nil, fmt.Errorf("want an object or an array of objects")
}

func jsonErrLine(data []byte, err error) int {
	if se, ok := err.(*json.SyntaxError); ok && se.Offset <= int64(len(data)) {
		return bytes.Count(data[:se.Offset], []byte("\n")) + 1
	}
	return 1
}

// gitlabIssue reads an incident issue: the description as Markdown, with
// the issue's own fields filling what the description does not say.
func gitlabIssue(name string, line int, o map[string]any, desc string, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	title := jsonString(o, "title")
	head := "# " + strings.ReplaceAll(title, "\n", " ") + "\n\n"
	incs, probs := ParseMarkdownWith(name, []byte(head+desc), opts)
	for i := range probs {
		probs[i].Pos.Line = line // lines of the description are not lines of the file
	}
	if len(incs) == 0 {
		return nil, probs
	}
	inc := &incs[0]
	inc.Pos.Line = line
	if iid := jsonString(o, "iid"); iid != "" {
		inc.ID = iid
	}
	var services []string
	for _, l := range jsonStrings(o["labels"]) {
		k, v, ok := strings.Cut(l, "::")
		switch k = strings.ToLower(strings.TrimSpace(k)); {
		case !ok:
		case k == "severity" && inc.Severity == 0:
			inc.Severity, _, _ = severityOf(opts, strings.TrimSpace(v))
		case k == "service" || k == "services":
			services = append(services, strings.TrimSpace(v))
		}
	}
	if len(inc.Services) == 0 {
		inc.Services = services
	}
	if created := jsonString(o, "created_at"); created != "" {
		if t, _, _, ok := scanDate(created); ok {
			inc.Date = t
		}
	}
	// The issue's fields filled what the description lacked: drop the
	// warnings about them.
	kept := probs[:0]
	for _, p := range probs {
		if !(p.Warning && (inc.Severity != 0 && strings.Contains(p.Msg, "no severity") || !inc.Date.IsZero() && strings.Contains(p.Msg, "date"))) {
			p.IncidentID = inc.ID
			kept = append(kept, p)
		}
	}
	return incs[:1], kept
}

// jsonKeys are the names tools give each field, compared without case, "_"
// or "-".
var jsonKeys = map[string][]string{
	"id":         {"id", "incidentid", "key", "number", "reference"},
	"title":      {"title", "name", "subject", "headline"},
	"date":       {"date", "started", "startedat", "starttime", "created", "createdat", "detectedat", "occurredat"},
	"severity":   {"severity", "sev", "priority", "level"},
	"platform":   {"platform", "product"},
	"services":   {"services", "service", "affectedservices", "components"},
	"summary":    {"summary", "description", "overview", "impact"},
	"rootcause":  {"rootcause", "rootcauses", "cause", "rca"},
	"resolution": {"resolution", "mitigation", "fix", "remediation"},
	"whys":       {"whyitems", "fivewhys", "whys"},
	"actions":    {"actionitems", "followups", "followupactions", "actions", "tasks", "prevention"},
}

// jsonRecord reads an object holding the record's fields.
func jsonRecord(name string, line int, o map[string]any, n int, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	get := func(field string) any {
		for k, v := range o {
			key := strings.NewReplacer("_", "", "-", "", " ", "").Replace(strings.ToLower(k))
			for _, want := range jsonKeys[field] {
				if key == want {
					return v
				}
			}
		}
		return nil
	}
	str := func(field string) string { return strings.TrimSpace(jsonText(get(field))) }
	if get("title") == nil && get("summary") == nil && get("rootcause") == nil && get("whys") == nil {
		return nil, []incidents.Problem{{Pos: incidents.Pos{File: name, Line: line}, Warning: true,
			Msg: "not an incident record (no title, summary or root_cause key); skipped"}}
	}
	inc := incidents.Incident{Pos: incidents.Pos{File: name, Line: line}, Platform: oneLine(str("platform")), Services: jsonStrings(get("services"))}
	inc.ID = firstOf(oneLine(str("id")), idFromName(name, n))
	inc.Title = oneLine(str("title"))
	inc.Summary, inc.RootCause, inc.Resolution = tidy(str("summary")), tidy(str("rootcause")), tidy(str("resolution"))
	var probs []incidents.Problem
	warn := func(msg string) {
		probs = append(probs, incidents.Problem{Pos: inc.Pos, IncidentID: inc.ID, Msg: msg, Warning: true})
	}
	fail := func(msg string) { probs = append(probs, incidents.Problem{Pos: inc.Pos, IncidentID: inc.ID, Msg: msg}) }
	if whys := jsonStrings(get("whys")); inc.RootCause == "" && len(whys) > 0 {
		inc.RootCause = "- " + strings.Join(whys, "\n- ")
		warn("no root_cause; the root cause is read from the five whys")
	}
	for _, a := range jsonItems(get("actions")) {
		inc.Prevention = append(inc.Prevention, oneLine(a))
	}
	if d := str("date"); d != "" {
		if t, _, _, ok := scanDate(d); ok {
			inc.Date = t
		} else {
			warn("date " + incidents.Quoted(d) + " not understood; left empty")
		}
	}
	if s := str("severity"); s != "" {
		var note string
		var ok bool
		if inc.Severity, note, ok = severityOf(opts, s); !ok {
			warn("severity " + incidents.Quoted(s) + " not understood; left empty")
		} else if note != "" {
			warn(note)
		}
	}
	for _, f := range []struct{ val, key string }{{inc.Title, "title"}, {inc.Summary, "summary"}, {inc.RootCause, "root_cause"}} {
		if f.val == "" {
			fail("no " + f.key + " (looked for the keys " + strings.Join(jsonKeys[strings.ReplaceAll(f.key, "_", "")], ", ") + ")")
		}
	}
	return []incidents.Incident{inc}, probs
}

func jsonString(o map[string]any, key string) string { return strings.TrimSpace(jsonText(o[key])) }

// jsonText renders a scalar; numbers keep their text ("0010" stays, as
// json.Number).
func jsonText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return v.String()
	case bool:
		return strconv.FormatBool(v)
	case map[string]any:
		// {"text": "..."} or {"value": "..."} rich-text wrappers
		for _, k := range []string{"text", "value", "markdown", "content"} {
			if s, ok := v[k].(string); ok {
				return s
			}
		}
	}
	return ""
}

// jsonStrings reads a list of names ("a, b" or ["a", "b"]).
func jsonStrings(v any) []string {
	var out []string
	switch v := v.(type) {
	case string:
		out = splitList(mdValue{text: v})
	case []any:
		for _, e := range v {
			if s := strings.TrimSpace(jsonText(e)); s != "" {
				out = append(out, s)
			} else if m, ok := e.(map[string]any); ok {
				if s := strings.TrimSpace(firstOf(jsonText(m["name"]), jsonText(m["title"]))); s != "" {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// jsonItems reads action items: strings, or objects with a title,
// summary or description.
func jsonItems(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return jsonStrings(v)
	}
	var out []string
	for _, e := range list {
		switch e := e.(type) {
		case map[string]any:
			if s := firstOf(jsonText(e["title"]), jsonText(e["summary"]), jsonText(e["description"]), jsonText(e["text"])); s != "" {
				out = append(out, s)
			}
		default:
			if s := strings.TrimSpace(jsonText(e)); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}
