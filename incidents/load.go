package incidents

import (
	"io/fs"
	"path"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/nexusflow/rootcause/seeds"
)

// Builtin loads the embedded NexusFlow corpus with its quiz material.
// BOOTSTRAP VERSION: to be replaced by the full loader (Load with paths).
func Builtin() ([]Incident, []Problem) {
	var all []Incident
	var probs []Problem
	mats := map[string]*Material{}
	entries, _ := fs.ReadDir(seeds.FS, ".")
	for _, e := range entries {
		data, _ := fs.ReadFile(seeds.FS, e.Name())
		name := path.Join("builtin", e.Name())
		switch {
		case strings.HasSuffix(e.Name(), ".quiz.yaml"):
			var m map[string]*Material
			if err := yaml.Unmarshal(data, &m); err != nil {
				probs = append(probs, Problem{Pos: Pos{File: name}, Msg: err.Error()})
			}
			for k, v := range m {
				mats[k] = v
			}
		case strings.HasSuffix(e.Name(), ".txt"):
			incs, p := Parse(name, data)
			all = append(all, incs...)
			probs = append(probs, p...)
		}
	}
	for i := range all {
		all[i].Material = mats[all[i].ID]
	}
	return all, probs
}
