// Package markdown reads postmortems written for people into the
// incidents record: Markdown (goldmark) from the common templates, and the
// exports of incident tools built on it, JSON (GitLab issues,
// Blameless-like records) and HTML pages (Confluence). The native text
// format stays with the record in package incidents.
//
// Readers gives the table that incidents.Options.Readers takes, so that
// incidents.LoadWith reads these files without the record package
// depending on goldmark; ImportFiles is "rootcause incidents import".
package markdown
