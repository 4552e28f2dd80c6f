package cli

import (
	"bytes"
	"errors"
	"testing"
)

// run runs "rootcause ARGS" in-process and returns stdout, stderr and the
// exit status cli.Execute would give; stderr ends with the error line
// Execute would print.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	root := NewRoot()
	var out, errOut bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errOut)
	root.SetArgs(args)
	code := 0
	if err := root.Execute(); err != nil {
		code = 1
		var ee *ExitError
		if errors.As(err, &ee) {
			code = ee.Code
		}
		errOut.WriteString("rootcause: " + err.Error() + "\n")
	}
	return out.String(), errOut.String(), code
}
