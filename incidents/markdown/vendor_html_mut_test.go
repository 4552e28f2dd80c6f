package markdown

import "testing"

func checkHTML(t *testing.T, page string, wantIncs, wantProbs []string) {
	t.Helper()
	incs, probs := ParseHTML("page.html", []byte(page), nil)
	checkRead(t, incs, probs, wantIncs, wantProbs)
}

const htmlSections = `<h2>Summary</h2><p>Logs stopped for an hour.</p>
<h2>Root cause</h2><p>Log rotation was turned off.</p>
<h2>Resolution</h2><p>Freed space.</p>`

const htmlWant = `PAGE line 0 | Disk full on the log host |  | sev 0 |  | [] | sum "Logs stopped for an hour." | rc "Log rotation was turned off." | res "Freed space." | prev []`

var htmlWarnings = []string{
	`page.html: warning: incident PAGE: no date (add "**Date:** 2024-03-01" or date: in front matter)`,
	`page.html: warning: incident PAGE: no severity (add "**Severity:** SEV-2" or severity: in front matter)`,
}

// A Confluence page: only the main content is read, the title heading is
// preferred to <title> and loses its "Space : " prefix.
func TestHTMLMainContentOnly(t *testing.T) {
	page := `<html><head><title>Ops wiki - old title</title></head><body>
<h1 id="title-heading"><span id="title-text">Ops : Disk full on the log host</span></h1>
<div id="sidebar"><h2>Recent pages</h2><p>Quarterly planning</p></div>
<div id="main-content">` + htmlSections + `</div></body></html>`
	checkHTML(t, page, []string{htmlWant}, htmlWarnings)
}

// Without a main-content block the body is read, its navigation and images
// dropped, and the title comes from <title>.
func TestHTMLBodyWithoutChrome(t *testing.T) {
	page := `<html><head><title>Ops : Disk full on the log host</title><style>h2 {color: red}</style></head><body>
<nav><h2>Pages</h2><p>Home</p></nav>
` + htmlSections + `
<img src="disk.png" alt="Disk graph">
</body></html>`
	checkHTML(t, page, []string{htmlWant}, htmlWarnings)
}
