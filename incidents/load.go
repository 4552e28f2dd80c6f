package incidents

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// BuiltinName is the --incidents value that names the embedded corpus.
const BuiltinName = "builtin"

// maxFileSize bounds what Load reads from one file, so a wrong path (a disk
// image, a log archive) fails fast instead of exhausting memory.
const maxFileSize = 64 << 20

// LoadFS loads a corpus kept in a file system, such as the embedded
// bundled corpus (seeds.FS, which the CLI passes in): its *.txt incident
// files and *.quiz.yaml material, named "builtin/FILE" in problems. A file
// system is parsed once per process; each call returns a fresh slice whose
// Services, Prevention, Evidence and Material are shared between calls and
// must not be modified in place.
func LoadFS(fsys fs.FS) ([]Incident, []Problem) {
	if c, ok := fsCache.Load(fsys); ok {
		r := c.(fsResult)
		return slices.Clone(r.incs), slices.Clone(r.probs)
	}
	l := newLoader()
	l.addFS(fsys)
	incs, probs := l.finish()
	fsCache.Store(fsys, fsResult{incs, probs})
	return slices.Clone(incs), slices.Clone(probs)
}

// fsCache holds LoadFS results by file system (an embed.FS is comparable).
var fsCache sync.Map

type fsResult struct {
	incs  []Incident
	probs []Problem
}

// Load reads incidents from files and directories; BuiltinName names the
// bundled corpus (Options.Builtin, see LoadWith), and no paths at all mean
// the bundled corpus.
//
// A directory is walked recursively for *.txt, *.md and *.markdown incident
// files and *.quiz.yaml quiz material (hidden entries are skipped). A file is
// parsed by its extension: .md and .markdown as Markdown, .quiz.yaml/.quiz.yml
// as quiz material, anything else as the native text format. For an incident
// file FILE.txt (or FILE.md) the companion FILE.quiz.yaml beside it is read
// too when it exists. Markdown that would make the parser crawl is refused
// by ParseMarkdown with a problem instead.
// Material applies to incidents of any loaded file, matched by id.
//
// Problems in the data are returned as Problems (errors and warnings), so one
// bad incident never hides the others; the error is non-nil only when a path
// cannot be read at all.
func Load(paths []string) ([]Incident, []Problem, error) {
	return LoadWith(paths, nil)
}

// LoadWith is Load with options: a team's severity words and headings
// (they apply to every reader but the bundled corpus's), and the bundled
// corpus BuiltinName names. Without opts.Builtin, naming it is a problem.
func LoadWith(paths []string, opts *Options) ([]Incident, []Problem, error) {
	if len(paths) == 0 {
		paths = []string{BuiltinName}
	}
	l := newLoader()
	l.opts = opts
	if opts != nil {
		l.builtin = opts.Builtin
	}
	for _, p := range paths {
		if err := l.addPath(p); err != nil {
			return nil, l.probs, err
		}
	}
	incs, probs := l.finish()
	sortByPlace(probs)
	return incs, probs, nil
}

// sortByPlace orders problems by file (in the order the files were read) and
// line, so a trainer reads them top to bottom; checks that span the whole
// corpus (duplicate ids, material) otherwise report after everything else.
func sortByPlace(probs []Problem) {
	order := map[string]int{}
	for _, p := range probs {
		if _, ok := order[p.Pos.File]; !ok {
			order[p.Pos.File] = len(order)
		}
	}
	sort.SliceStable(probs, func(i, j int) bool {
		a, b := probs[i].Pos, probs[j].Pos
		if order[a.File] != order[b.File] {
			return order[a.File] < order[b.File]
		}
		return a.Line < b.Line
	})
}

// loader accumulates incidents, material and problems across files.
type loader struct {
	incs    []Incident
	mats    []materialEntry
	probs   []Problem
	seen    map[string]bool // files already read, so a file named twice loads once
	opts    *Options
	builtin fs.FS // the bundled corpus, for BuiltinName
}

func newLoader() *loader { return &loader{seen: map[string]bool{}} }

// addBuiltinFiles adds the bundled corpus to what Load is loading, once.
func (l *loader) addBuiltinFiles() {
	if l.seen["\x00builtin"] {
		return
	}
	l.seen["\x00builtin"] = true
	if l.builtin == nil {
		l.probs = append(l.probs, Problem{Pos: Pos{File: BuiltinName}, Msg: "the bundled corpus is not available here (no Options.Builtin)"})
		return
	}
	incs, probs := LoadFS(l.builtin)
	l.incs = append(l.incs, incs...)
	l.probs = append(l.probs, probs...)
}

// addFS adds the incident text and quiz material of a file system's top
// directory.
func (l *loader) addFS(fsys fs.FS) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		l.probs = append(l.probs, Problem{Pos: Pos{File: BuiltinName}, Msg: err.Error()})
		return
	}
	for _, e := range entries {
		// Only incident text and quiz material: docs may be embedded too.
		if !strings.HasSuffix(e.Name(), ".txt") && !isMaterialFile(e.Name()) {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		name := path.Join(BuiltinName, e.Name())
		if err != nil {
			l.probs = append(l.probs, Problem{Pos: Pos{File: name}, Msg: err.Error()})
			continue
		}
		l.addData(name, data, true)
	}
}

func (l *loader) addPath(p string) error {
	if p == BuiltinName {
		l.addBuiltinFiles()
		return nil
	}
	st, err := os.Stat(p)
	if err != nil {
		return fmt.Errorf("cannot read incidents from %s: %w", p, unwrapPathErr(err))
	}
	if !st.IsDir() {
		return l.addFile(p, true)
	}
	found := 0
	err = filepath.WalkDir(p, func(fp string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("cannot read incidents from %s: %w", fp, unwrapPathErr(err))
		}
		if fp != p && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() || !isCorpusFile(d.Name()) {
			return nil
		}
		before := len(l.incs)
		err = l.addFile(fp, false)
		// An export file counts only when it held incidents: folders have
		// other JSON and HTML too.
		if !isMaterialFile(d.Name()) && (!isExportFile(d.Name()) || len(l.incs) > before) {
			found++
		}
		return err
	})
	if err == nil && found == 0 {
		// Most likely a wrong folder: an empty corpus must not pass as clean.
		l.probs = append(l.probs, Problem{Pos: Pos{File: p},
			Msg: "no incident files (*.txt, *.md, *.markdown) in this folder"})
	}
	return err
}

// isCorpusFile reports whether a directory walk should read the file.
func isCorpusFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".txt") || isMarkdownFile(n) || isMaterialFile(n) || isExportFile(n)
}

// isExportFile reports the files of incident tools' exports: JSON (GitLab
// issues, Blameless-like records) and HTML pages (Confluence).
func isExportFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".json") || strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".htm")
}

func isMarkdownFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".md") || strings.HasSuffix(n, ".markdown")
}

func isMaterialFile(name string) bool {
	n := strings.ToLower(name)
	return strings.HasSuffix(n, ".quiz.yaml") || strings.HasSuffix(n, ".quiz.yml")
}

// addFile reads one file; named says the user named it (rather than a
// directory walk finding it), which makes "no incidents" an error even for
// Markdown, where a walk finds READMEs too.
func (l *loader) addFile(fp string, named bool) error {
	key, err := filepath.Abs(fp)
	if err != nil {
		key = fp
	}
	if l.seen[key] {
		return nil
	}
	l.seen[key] = true
	st, err := os.Stat(fp)
	if err != nil {
		return fmt.Errorf("cannot read incidents from %s: %w", fp, unwrapPathErr(err))
	}
	if st.Size() > maxFileSize {
		l.probs = append(l.probs, Problem{Pos: Pos{File: fp}, Msg: fmt.Sprintf("file is %d MB, over the %d MB limit; is this an incident file?", st.Size()>>20, maxFileSize>>20)})
		return nil
	}
	data, err := os.ReadFile(fp)
	if err != nil {
		return fmt.Errorf("cannot read incidents from %s: %w", fp, unwrapPathErr(err))
	}
	l.addData(fp, data, named)
	if isMaterialFile(fp) {
		return nil
	}
	// The companion material file FILE.quiz.yaml beside FILE.txt / FILE.md.
	comp := strings.TrimSuffix(fp, filepath.Ext(fp)) + ".quiz.yaml"
	if _, err := os.Stat(comp); err == nil {
		return l.addFile(comp, true)
	}
	return nil
}

// addData parses one file's bytes by the file's extension.
func (l *loader) addData(name string, data []byte, named bool) {
	lower := strings.ToLower(name)
	switch {
	case isMaterialFile(lower):
		mats, probs := parseMaterial(name, data)
		l.mats = append(l.mats, mats...)
		l.probs = append(l.probs, probs...)
	case isMarkdownFile(lower):
		l.addParsed(name, data, named, func(name string, data []byte) ([]Incident, []Problem) {
			return ParseMarkdownWith(name, data, l.opts)
		})
	case strings.HasSuffix(lower, ".json"):
		l.addParsed(name, data, named, func(name string, data []byte) ([]Incident, []Problem) {
			return ParseJSON(name, data, l.opts)
		})
	case strings.HasSuffix(lower, ".html") || strings.HasSuffix(lower, ".htm"):
		l.addParsed(name, data, named, func(name string, data []byte) ([]Incident, []Problem) {
			return ParseHTML(name, data, l.opts)
		})
	case strings.HasSuffix(lower, ".yaml") || strings.HasSuffix(lower, ".yml"):
		l.probs = append(l.probs, Problem{Pos: Pos{File: name},
			Msg: "not an incident file (quiz material files are named *.quiz.yaml)"})
	default:
		incs, probs := Parse(name, data)
		l.incs = append(l.incs, incs...)
		l.probs = append(l.probs, probs...)
	}
}

// addParsed adds what one of the import readers (Markdown, JSON, HTML)
// found in a file, made safe to print.
func (l *loader) addParsed(name string, data []byte, named bool, parse func(string, []byte) ([]Incident, []Problem)) {
	incs, probs := parse(name, data)
	for i := range incs {
		if scrubIncident(&incs[i]) {
			probs = append(probs, Problem{Pos: incs[i].Pos, IncidentID: incs[i].ID, Warning: true,
				Msg: "control characters or escape sequences removed"})
		}
	}
	if len(incs) == 0 && !named {
		// A README or notes file in an incident directory: say so, don't fail.
		for i := range probs {
			probs[i].Warning = true
		}
		if len(probs) == 0 {
			probs = []Problem{{Pos: Pos{File: name}, Msg: "no incidents found; skipped", Warning: true}}
		}
	}
	l.incs = append(l.incs, incs...)
	l.probs = append(l.probs, sanitizeProblems(probs)...)
}

// scrubIncident removes anything that could drive a terminal from every
// text of an incident another parser made, reporting whether it found any.
func scrubIncident(inc *Incident) bool {
	dirty := false
	scrub := func(s *string) {
		if c := Sanitize(*s); c != *s {
			*s, dirty = c, true
		}
	}
	for _, s := range []*string{&inc.ID, &inc.Platform, &inc.Title, &inc.Summary, &inc.RootCause, &inc.Resolution} {
		scrub(s)
	}
	for i := range inc.Services {
		scrub(&inc.Services[i])
	}
	for i := range inc.Prevention {
		scrub(&inc.Prevention[i])
	}
	return dirty
}

// finish checks what needs all files at once: duplicate ids and material.
func (l *loader) finish() ([]Incident, []Problem) {
	incs := l.dedupe()
	l.attachMaterial(incs)
	l.probs = append(l.probs, leakProblems(incs)...)
	return incs, l.probs
}

// dedupe drops every later incident whose id was already loaded, reporting
// both places; incidents without an id are kept (they were reported already).
func (l *loader) dedupe() []Incident {
	first := make(map[string]Pos, len(l.incs))
	out := l.incs[:0]
	for _, inc := range l.incs {
		if inc.ID != "" {
			if p, dup := first[strings.ToLower(inc.ID)]; dup {
				l.probs = append(l.probs, Problem{Pos: inc.Pos, IncidentID: truncate(inc.ID, 64),
					Msg: dupMsg + " (first defined at " + p.String() + "); this one is skipped"})
				continue
			}
			first[strings.ToLower(inc.ID)] = inc.Pos
		}
		out = append(out, inc)
	}
	return out
}
