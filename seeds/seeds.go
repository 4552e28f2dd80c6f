// Package seeds embeds the bundled incident corpus and its quiz material, so
// the single rootcause binary works with nothing else on disk.
package seeds

import "embed"

// FS holds the bundled incident files (*.txt, copied unchanged from the
// NexusFlow compilation) and their companion quiz material (*.quiz.yaml).
// The CLI hands it to the incidents package (incidents.Options.Builtin,
// incidents.LoadFS), which does not import this one: the records package
// holds no data.
//
//go:embed *.txt *.quiz.yaml
var FS embed.FS

// Format is the incident-file format guide (FORMAT.md), embedded so a trainer
// holding only the binary can read it with `rootcause incidents format`.
//
//go:embed FORMAT.md
var Format string
