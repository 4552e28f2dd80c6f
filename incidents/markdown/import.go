package markdown

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nexusflow/rootcause/incidents"
)

// FileResult is what one file of an import held.
type FileResult struct {
	Name      string
	Incidents []incidents.Incident
	Problems  []incidents.Problem
}

// maxImportFile bounds one postmortem file, so a wrong path (a disk image)
// fails fast instead of exhausting memory.
const maxImportFile = 64 << 20

// ImportFiles reads postmortem files for "rootcause incidents import":
// JSON exports, HTML pages, anything else as Markdown. Files are read and
// parsed in parallel, one goroutine per CPU, and the results come back in
// the order of names; a file that cannot be read is a problem of its own.
func ImportFiles(names []string, opts *incidents.Options) []FileResult {
	out := make([]FileResult, len(names))
	forEach(len(names), func(i int) {
		incs, probs := importFile(names[i], opts)
		out[i] = FileResult{Name: names[i], Incidents: incs, Problems: probs}
	})
	return out
}

func importFile(name string, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	fail := func(msg string) []incidents.Problem {
		return []incidents.Problem{{Pos: incidents.Pos{File: name}, Msg: msg}}
	}
	st, err := os.Stat(name)
	if err != nil {
		return nil, fail(pathErrText(err))
	}
	if st.Size() > maxImportFile {
		return nil, fail(fmt.Sprintf("file is %d MB; postmortems over %d MB are not read", st.Size()>>20, maxImportFile>>20))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fail(pathErrText(err))
	}
	return parseImport(name, data, opts)
}

// parseImport parses one file's bytes by its extension.
func parseImport(name string, data []byte, opts *incidents.Options) ([]incidents.Incident, []incidents.Problem) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".json":
		return ParseJSON(name, data, opts)
	case ".html", ".htm":
		return ParseHTML(name, data, opts)
	}
	return ParseMarkdownWith(name, data, opts)
}

func pathErrText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// forEach runs fn(0) .. fn(n-1) on one goroutine per CPU. Parsing is CPU
// bound and each file is independent, so this is where a large import
// gains: goldmark's parse is most of the time and cannot be made cheaper.
func forEach(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
}
