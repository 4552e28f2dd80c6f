package incidents

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// The format guide and the bundled material point at guides in the source
// tree: those files must exist (issue 18 found one that did not).
func TestMaterialDocReferencesExist(t *testing.T) {
	ref := regexp.MustCompile("docs/[a-z0-9-]+\\.md")
	for _, f := range []string{"../seeds/FORMAT.md", "../seeds/nexusflow.quiz.yaml"} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		refs := ref.FindAllString(string(data), -1)
		if len(refs) == 0 {
			t.Errorf("%s names no guide in docs/", f)
		}
		for _, r := range refs {
			if _, err := os.Stat(filepath.Join("..", r)); err != nil {
				t.Errorf("%s points to %s: %v", f, r, err)
			}
		}
	}
}
