package gameday

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestLayers keeps the package's three responsibilities apart: the room
// (room_*.go: hub, game, seats, scoring, results) is plain Go, testable
// without a terminal or SSH; the screens (screen_*.go) draw snapshots with
// the presentation layer and know nothing of SSH; only the transport
// (ssh_*.go) touches SSH.
func TestLayers(t *testing.T) {
	ui := []string{"github.com/charmbracelet/bubbletea", "github.com/charmbracelet/lipgloss", "github.com/charmbracelet/bubbles",
		"github.com/nexusflow/rootcause/view", "github.com/nexusflow/rootcause/tui"}
	transport := []string{"github.com/charmbracelet/ssh", "github.com/charmbracelet/wish", "golang.org/x/crypto/ssh"}
	forbidden := map[string][]string{"room_": append(append([]string{}, ui...), transport...), "screen_": transport}
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for prefix, bad := range forbidden {
			if !strings.HasPrefix(name, prefix) {
				continue
			}
			for _, imp := range f.Imports {
				path := strings.Trim(imp.Path.Value, `"`)
				for _, b := range bad {
					if path == b || strings.HasPrefix(path, b+"/") {
						t.Errorf("%s imports %s", name, path)
					}
				}
			}
		}
	}
}
