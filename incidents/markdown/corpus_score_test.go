package markdown

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nexusflow/rootcause/incidents"
)

// corpusWant is the expected record of one postmortem in testdata/corpus, a
// corpus written for these tests in the shapes real teams use (see
// testdata/corpus/README.md). Only the fields listed are scored.
type corpusWant struct {
	file     string
	nth      int    // which incident of the file, 0-based
	id       string // "" when the id is not checked
	title    string
	date     string // YYYY-MM-DD
	sev      incidents.Severity
	cause    []string // the root cause contains each
	notCause []string // ... and none of these
	res      string   // the resolution contains it
	notRes   string   // "" or a text the resolution must not contain
	actions  int
	services []string // nil when not checked
	notSum   []string // the summary contains none of these
}

var corpusWants = []corpusWant{
	{file: "01-title-iso-date.md", title: "Checkout latency spike after connection pool change", date: "2024-03-14", sev: 2,
		cause: []string{"`max_pool_size`", "lowered from 40 to 8"}, res: "Restored `max_pool_size` to 40", actions: 2},
	{file: "02-title-us-date.md", title: "Login failures for SSO users", date: "2024-03-07", sev: 1,
		cause: []string{"pinned the old certificate"}, res: "Imported the new certificate", actions: 3},
	{file: "03-title-european-date.md", title: "Nightly invoice run sent duplicate e-mails", date: "2024-02-12", sev: 3,
		cause: []string{"stale lock"}, res: "Scaled the worker", actions: 2},
	{file: "04-summary-first-sentence-date.md", id: "OPS-311", title: "Search returned empty results", date: "2024-03-03", sev: 2,
		cause: []string{"half-empty index"}, res: "Pointed the alias back", actions: 1, services: []string{"search", "Elasticsearch"}},
	{file: "05-date-and-severity-sections.md", title: "Webhook deliveries delayed", date: "2024-04-16", sev: 2,
		cause: []string{"per-endpoint concurrency limit"}, res: "Disabled deliveries", actions: 3},
	{file: "06-weekday-date.md", title: "Mobile push notifications stopped", date: "2024-05-10", sev: 3,
		cause: []string{"APNs authentication key was revoked"}, res: "Created a new APNs key", actions: 2},
	{file: "07-date-range.md", title: "Partner report exports failed", date: "2024-06-03", sev: 3,
		cause: []string{"password expired"}, res: "key-based service account", actions: 2},
	{file: "08-first-timeline-row-date.md", title: `Status page stuck on "operational" during outage`, date: "2024-01-22", sev: 2,
		cause: []string{"personal API token"}, notCause: []string{"14:05"}, res: "team-owned token", actions: 1},
	{file: "2023-11-08-order-queue-backlog.md", title: "Order queue backlog", date: "2023-11-08", sev: 2,
		cause: []string{"never acknowledged"}, res: "Rolled back the consumer", actions: 2},
	{file: "10-pagerduty-contributing-factors.md", title: "Payments API errors", date: "2024-02-27", sev: 1,
		cause: []string{"security group did not allow", "rollout checklist"}, notCause: []string{"10:12"},
		res: "Drained the new node pool", actions: 2},
	{file: "11-firehydrant-contributing-factors.md", title: "Image uploads failing", date: "2024-04-02", sev: 2,
		cause: []string{"`s3:PutObject`", "removed statement was not noticed"}, res: "Re-applied the previous bucket policy", actions: 3,
		services: []string{"media-service", "S3"}},
	{file: "12-incident-io-export.md", id: "INC-512", title: "Elevated error rate on notifications-api", date: "2024-05-14", sev: 1,
		cause: []string{"`maxmemory-policy noeviction`", "without a TTL"}, notCause: []string{"21:03"}, res: "`allkeys-lru`", actions: 2,
		services: []string{"notifications-api", "Redis"}},
	{file: "13-question-headings.md", title: "Feature flag service outage", date: "2024-06-18", sev: 2,
		cause: []string{"TLS certificate expired"}, res: "Issued a certificate by hand", actions: 2},
	{file: "14-question-headings-2.md", title: "Analytics dashboards showed yesterday's numbers", date: "2024-07-09", sev: 4,
		cause: []string{"set to UTC instead of Europe/Berlin"}, res: "Ran the aggregation by hand", actions: 2},
	{file: "15-gitlab-incident-fields.md", id: "4417", title: "CI runners could not pull images", date: "2024-08-21", sev: 1,
		cause: []string{"object-count quota"}, notCause: []string{"Detection", "support channel"}, res: "Raised the quota", actions: 2,
		services: []string{"CI runners", "container registry"}, notSum: []string{"Service(s) affected"}},
	{file: "16-bold-list-labels.md", title: "Dropped metrics after collector upgrade", date: "2024-09-02", sev: 3,
		cause: []string{"renamed the `host` label"}, notCause: []string{"4 hours", "backfilled"}, res: "restored the old label name", actions: 2},
	{file: "17-label-punctuation.md", title: "Password reset e-mails not sent", date: "2024-10-01", sev: 3,
		cause: []string{"replaced with the staging key"}, res: "put the production key back", actions: 2},
	{file: "18-long-five-whys.md", id: "PM-2024-019", title: "Data warehouse load stalled for a day", date: "2024-11-12", sev: 2,
		cause: []string{"lost its date filter"}, notCause: []string{"02:40", "did not corrupt"}, res: "Restored the date filter", actions: 3},
	{file: "19-plain-prose-cause.md", title: "Customers charged in the wrong currency", date: "2024-12-05", sev: 2,
		cause: []string{"fell back to the store's default currency"}, notCause: []string{"240 customers"},
		res: "Refunds and corrected charges", actions: 2, notSum: []string{"root cause", "Refunds"}},
	{file: "20-immediate-actions-done.md", title: "Disk full on the log aggregation cluster", date: "2025-01-14", sev: 3,
		cause: []string{"read-only flag"}, res: "Deleted two weeks", actions: 2},
	{file: "21-crlf-unindented-subbullets.md", title: "Background jobs stuck after Sidekiq upgrade", date: "2025-01-30", sev: 3,
		cause: []string{"empty schedule"}, res: "Renamed the config key", actions: 3},
	{file: "22-actions-inside-resolution.md", title: "API keys rejected after database failover", date: "2025-02-11", sev: 1,
		cause: []string{"hash algorithm migration"}, res: "Pointed the API at the promoted primary", notRes: "synthetic", actions: 2},
	{file: "23-recovering-system.md", title: "Payments database ran out of connections", date: "2025-02-20", sev: 2,
		cause: []string{"bypassing", "PgBouncer"}, res: "Killed the reporting job's sessions", actions: 2},
	{file: "24-mitigation-in-response.md", title: "Slow page loads in Asia-Pacific", date: "2025-03-04", sev: 3,
		cause: []string{"`User-Agent`"}, res: "rolling back the CDN configuration", actions: 2},
	{file: "25-hugo-toml-front-matter.md", title: "Scheduled reports sent to the wrong recipients", date: "2025-03-19", sev: 2,
		cause: []string{"recipient lists by report id"}, res: "Disabled the cache", actions: 2,
		services: []string{"reports", "mailer"}, notSum: []string{"title =", "+++"}},
	{file: "26-h2-title-under-generic-h1.md", title: "Kafka consumer lag on the billing topic", date: "2025-04-02", sev: 3,
		cause: []string{"failing disk"}, res: "Moved the partitions", actions: 2},
	{file: "27-h1-sections.md", title: "Session tokens invalidated for all users", date: "2025-04-15", sev: 2,
		cause: []string{"only trusted the newest key"}, res: "Added the previous key back", actions: 2},
	{file: "28-web-leftovers.md", title: "The afternoon our DNS stopped answering", date: "2025-05-06", sev: 1,
		cause: []string{"forwarding zone for the internal domain, so"}, notCause: []string{"[^2]", "office network"},
		res: "Reverted the template change", actions: 2, notSum: []string{"Home", "Graph of DNS", "[^1]", "Skip to", "8 min read"}},
	{file: "29-web-leftovers-2.md", title: "Object storage latency in eu-west (June 2025)", date: "2025-06-12", sev: 4,
		cause: []string{"saturated the storage network."}, notCause: []string{"[2]"}, res: "Paused the rebalancing", actions: 1,
		notSum: []string{"[1]", "Menu", "banner"}},
	{file: "30-gitlab-header-services.md", id: "INC-2291", title: "Merge requests could not be merged", date: "2025-06-24", sev: 2,
		cause: []string{"stale lock"}, res: "Removed lock files", actions: 2, services: []string{"merge service", "Gitaly"}},
	{file: "31-google-docs-export.md", title: "Cart service returned empty carts", date: "2025-07-08", sev: 2,
		cause: []string{"cart:v2:<user_id>"}, notCause: []string{"100% of traffic"}, res: "Turned the flag off", actions: 2},
	{file: "32-confluence-export.html", title: "Deploy pipeline blocked", date: "2025-07-29", sev: 3,
		cause: []string{"intermediate certificate", "`x509: certificate signed by unknown authority`"}, res: "Added the intermediate certificate", actions: 2,
		services: []string{"deploy pipeline", "artifact store"}, notSum: []string{"Created by", "Engineering"}},
	{file: "33-gitlab-issue.json", id: "5120", title: "Search indexing paused", date: "2025-08-13", sev: 2,
		cause: []string{"dead-letter queue filled up"}, res: "Skipped the malformed document", actions: 2},
	{file: "34-blameless-export.json", id: "BL-7731", title: "Checkout tax calculation timed out", date: "2025-09-02", sev: 1,
		cause: []string{"egress firewall only allowed the old addresses"}, res: "Updated the egress allow list", actions: 2,
		services: []string{"checkout", "tax-service"}},
	{file: "35-two-incidents.md", title: "Translation strings missing in the app", date: "2025-07-03", sev: 4,
		cause: []string{"stray quote"}, res: "Fixed the string", actions: 1},
	{file: "35-two-incidents.md", nth: 1, title: "Rate limiter blocked a partner integration", date: "2025-07-21", sev: 3,
		cause: []string{"single NAT address"}, res: "per-API-key rate limit", actions: 2},
	{file: "dns-resolver-timeouts.md", title: "DNS resolver timeouts", date: "2025-10-07", sev: 3,
		cause: []string{"scaled down to one replica"}, res: "Restored the production autoscaler", actions: 1},
}

// TestCorpusScore imports every file of testdata/corpus and scores it field
// by field against its expected record; every field must match, and the
// score is printed so a change to the readers shows what it gained or lost.
func TestCorpusScore(t *testing.T) {
	got, total := 0, 0
	files := map[string]bool{}
	for _, w := range corpusWants {
		files[w.file] = true
		name := fmt.Sprintf("%s#%d", w.file, w.nth)
		t.Run(name, func(t *testing.T) {
			incs, probs, err := load([]string{filepath.Join("testdata", "corpus", w.file)})
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range probs {
				if !p.Warning {
					t.Errorf("error: %v", p)
				}
			}
			if w.nth >= len(incs) {
				t.Fatalf("%d incidents, want at least %d", len(incs), w.nth+1)
			}
			ok, n := scoreIncident(t, &incs[w.nth], w)
			got, total = got+ok, total+n
		})
	}
	entries, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*"))
	for _, e := range entries {
		if b := filepath.Base(e); b != "README.md" && !files[b] {
			t.Errorf("%s has no expected record", b)
		}
	}
	t.Logf("corpus score: %d/%d fields (%d files, %d incidents)", got, total, len(files), len(corpusWants))
	fmt.Printf("corpus score: %d/%d fields (%d files, %d incidents)\n", got, total, len(files), len(corpusWants))
}

// scoreIncident checks one record, reporting each wrong field, and returns
// how many of the scored fields were right and how many were scored.
func scoreIncident(t *testing.T, inc *incidents.Incident, w corpusWant) (ok, n int) {
	t.Helper()
	check := func(field string, good bool, got any) {
		n++
		if good {
			ok++
			return
		}
		t.Errorf("%s = %q", field, fmt.Sprint(got))
	}
	if w.id != "" {
		check("id", inc.ID == w.id, inc.ID)
	}
	check("title", inc.Title == w.title, inc.Title)
	check("date", !inc.Date.IsZero() && inc.Date.Format("2006-01-02") == w.date, inc.Date)
	check("severity", inc.Severity == w.sev, inc.Severity)
	causeOK := inc.RootCause != ""
	for _, s := range w.cause {
		causeOK = causeOK && strings.Contains(inc.RootCause, s)
	}
	for _, s := range w.notCause {
		causeOK = causeOK && !strings.Contains(inc.RootCause, s)
	}
	check("root cause", causeOK, inc.RootCause)
	check("resolution", strings.Contains(inc.Resolution, w.res) && (w.notRes == "" || !strings.Contains(inc.Resolution, w.notRes)), inc.Resolution)
	check("action items", len(inc.Prevention) == w.actions, inc.Prevention)
	if w.services != nil {
		check("services", fmt.Sprint(inc.Services) == fmt.Sprint(w.services), inc.Services)
	}
	if w.notSum != nil {
		sumOK := inc.Summary != ""
		for _, s := range w.notSum {
			sumOK = sumOK && !strings.Contains(inc.Summary, s)
		}
		check("summary", sumOK, inc.Summary)
	}
	return ok, n
}
