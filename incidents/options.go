package incidents

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
)

// Options adjusts how the readers map a team's own words onto the record,
// and gives Load the bundled corpus and the import readers. The zero value
// (or nil) reads with the defaults and has neither.
type Options struct {
	// Builtin is the bundled corpus that BuiltinName (and no paths) names:
	// the CLI passes seeds.FS, so this package does not embed data.
	Builtin fs.FS
	// Severity maps severity words and labels ("Critical", "P0") to
	// severities, checked before DefaultSeverityWords. Keys are compared
	// without case.
	Severity map[string]Severity
	// Headings maps a house template's headings ("What went wrong") to the
	// section they hold; see markdown.ParseHeadingMap.
	Headings map[string]string
	// Readers parse the files Load does not read natively, by lower-case
	// extension with its dot (".md", ".json"); markdown.Readers is the
	// table the CLI passes. A file whose extension has no reader is read as
	// native text, except .md, .markdown, .json, .html and .htm, which
	// are a problem without one.
	Readers map[string]Reader
}

// Reader parses one file's bytes into incidents, reporting what it could
// not read as problems (never panicking on input).
type Reader func(name string, data []byte, opts *Options) ([]Incident, []Problem)

// reader returns the reader for a file name's extension, if any.
func (o *Options) reader(name string) (Reader, bool) {
	if o == nil {
		return nil, false
	}
	r, ok := o.Readers[strings.ToLower(filepath.Ext(name))]
	return r, ok && r != nil
}

// DefaultSeverityWords is how severity words read when --severity-map does
// not say otherwise. Validate reports every use, so a team whose "Major" is
// a SEV-1 sees it and passes a map.
var DefaultSeverityWords = map[string]Severity{
	"critical": 1, "blocker": 1, "emergency": 1,
	"major": 2, "high": 2, "severe": 2,
	"medium": 3, "moderate": 3, "normal": 3,
	"minor": 4, "low": 4,
	"trivial": 5, "cosmetic": 5, "informational": 5, "info": 5,
}

// ParseSeverityMap reads "Critical=SEV-1,Major=SEV-2,P1=SEV-1".
func ParseSeverityMap(s string) (map[string]Severity, error) {
	out := map[string]Severity{}
	for _, pair := range strings.Split(s, ",") {
		if strings.TrimSpace(pair) == "" {
			continue
		}
		word, sev, ok := strings.Cut(pair, "=")
		word = strings.ToLower(strings.TrimSpace(word))
		if !ok || word == "" {
			return nil, fmt.Errorf("severity map entry %q: want WORD=SEV-N, e.g. Critical=SEV-1", strings.TrimSpace(pair))
		}
		v, err := ParseSeverity(sev)
		if err != nil {
			return nil, fmt.Errorf("severity map entry %q: %v", strings.TrimSpace(pair), err)
		}
		out[word] = v
	}
	return out, nil
}

// SeverityWord reads a severity word or label through the user's map, then
// the defaults; byDefault reports that a default was used. Readers of
// free-form postmortems call it (the native format takes SEV-N only).
func (o *Options) SeverityWord(word string) (sev Severity, byDefault, ok bool) {
	w := strings.ToLower(strings.Trim(word, " .:;,()[]~*_"))
	if o != nil {
		for k, v := range o.Severity {
			if strings.EqualFold(k, w) {
				return v, false, true
			}
		}
	}
	if v, ok := DefaultSeverityWords[w]; ok {
		return v, true, true
	}
	return 0, false, false
}
