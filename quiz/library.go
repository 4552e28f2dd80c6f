package quiz

import (
	_ "embed" // the failure-mode library ships inside the binary
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/nexusflow/rootcause/incidents"
)

// Mechanism is one entry of the failure-mode library: a way systems fail,
// with what it looks like from outside and what evidence rules it out. The
// engine writes generated near-misses from it for incidents without authored
// material (and to fill sessions whose pool runs dry).
type Mechanism struct {
	ID     string
	Family string // database, cache, queue, dns, cdn, iam, deploy, scheduler, storage, network, certificate, clock, …
	// Head is the cause as a clause, "{svc}" standing for a component named
	// on the card.
	Head string
	// App says the head makes {svc} the team's own service, written {app}
	// in the library ("before {app} picked up the new secret", "a code
	// path in {app}"): told of a product it reads as nonsense.
	App bool
	// Match lists lower-case phrases that mean a root cause is this very
	// mechanism; the entry is then never offered for that incident.
	Match []string
	// Symptoms are words of the summaries this mechanism produces.
	Symptoms []string
	// RuledOutBy lists the evidence kinds that would show it is not the cause.
	RuledOutBy []string
	// WhyNot argues from that evidence, for the feedback.
	WhyNot string
}

//go:embed failuremodes.tsv
var libraryTSV string

var libraryOnce = sync.OnceValues(func() ([]Mechanism, error) { return parseLibrary(libraryTSV) })

// Library returns the failure-mode library (a copy the caller may keep).
func Library() []Mechanism {
	lib, err := libraryOnce()
	if err != nil {
		panic(err) // the embedded file is checked by TestLibrary; this is a build defect
	}
	return slices.Clone(lib)
}

// library is the shared, read-only library for the engine.
func library() []Mechanism {
	lib, err := libraryOnce()
	if err != nil {
		panic(err)
	}
	return lib
}

// mechanism is the library entry with id, nil when there is none.
func mechanism(id string) *Mechanism {
	lib := library()
	if k := slices.IndexFunc(lib, func(m Mechanism) bool { return m.ID == id }); k >= 0 {
		return &lib[k]
	}
	return nil
}

// kindred are library entries that tell one failure two ways: where one is
// an incident's mechanism, the other offered beside it is a second right
// answer ("a time-to-live set far too long" beside "written with no
// expiry", "the scheduler host was replaced and the trigger never
// recreated" beside a lost crontab, a trainee's read-through).
var kindred = bothWays([][2]string{
	{"cache-ttl-config", "cache-no-expiry"}, {"cache-ttl-config", "cdn-long-max-age"},
	{"clock-skew", "clock-ntp-stopped"}, {"clock-cron-utc", "scheduler-timezone"},
	{"scheduler-missed-trigger", "scheduler-crontab-lost"},
	{"scheduler-dependency-order", "scheduler-upstream-incomplete"},
	{"deploy-health-check", "deploy-liveness-dependency"},
})

// bothWays maps each entry of pairs to the entries it is paired with.
func bothWays(pairs [][2]string) map[string][]string {
	out := map[string][]string{}
	for _, p := range pairs {
		out[p[0]] = append(out[p[0]], p[1])
		out[p[1]] = append(out[p[1]], p[0])
	}
	return out
}

// sameFailure reports whether library entries a and b tell one failure:
// the same entry or kindred ones.
func sameFailure(a, b string) bool { return a == b || slices.Contains(kindred[a], b) }

// parseLibrary reads the tab-separated library: id, family, head, match
// (;-separated), symptoms (space-separated), ruled out by (,-separated),
// why not. Lines starting with # are comments.
func parseLibrary(src string) ([]Mechanism, error) {
	var out []Mechanism
	seen := map[string]bool{}
	for n, line := range strings.Split(src, "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("failuremodes.tsv:%d: %d fields, want 7", n+1, len(f))
		}
		m := Mechanism{ID: f[0], Family: f[1], Head: strings.ReplaceAll(f[2], "{app}", "{svc}"), App: strings.Contains(f[2], "{app}"), Symptoms: strings.Fields(f[4]), WhyNot: f[6]}
		for _, p := range strings.Split(f[3], ";") {
			if p = strings.TrimSpace(p); p != "" {
				m.Match = append(m.Match, strings.ToLower(p))
			}
		}
		for _, k := range strings.Split(f[5], ",") {
			k = strings.TrimSpace(k)
			if !slices.Contains(incidents.EvidenceKinds, k) {
				return nil, fmt.Errorf("failuremodes.tsv:%d: %s: unknown evidence kind %q", n+1, m.ID, k)
			}
			m.RuledOutBy = append(m.RuledOutBy, k)
		}
		switch {
		case seen[m.ID]:
			return nil, fmt.Errorf("failuremodes.tsv:%d: duplicate id %s", n+1, m.ID)
		case m.ID == "" || m.Family == "":
			return nil, fmt.Errorf("failuremodes.tsv:%d: an entry without id or family", n+1)
		case !strings.Contains(m.Head, "{svc}") || len(m.Match) == 0 || len(m.Symptoms) == 0 || m.WhyNot == "":
			return nil, fmt.Errorf("failuremodes.tsv:%d: %s: head without {svc} or {app}, or no match, symptoms or why-not", n+1, m.ID)
		}
		seen[m.ID] = true
		out = append(out, m)
	}
	return out, nil
}

// familyWords tell which families an incident's services and words belong
// to; a family without an entry here (deploy, config, clock, certificate,
// dependency, capacity) can hit any system.
var familyWords = map[string][]string{
	"database":  {"rds", "aurora", "postgres", "mysql", "dynamodb", "database", "sql", "mongo", "cassandra", "spanner", "cosmos", "db"},
	"cache":     {"elasticache", "redis", "memcache", "cache", "valkey"},
	"queue":     {"sqs", "sns", "kafka", "kinesis", "queue", "rabbit", "msk", "eventbridge", "stream", "pubsub", "pub/sub", "topic"},
	"dns":       {"route 53", "route53", "dns", "domain"},
	"cdn":       {"cloudfront", "cdn", "fastly", "akamai", "edge", "waf", "cloudflare"},
	"iam":       {"iam", "kms", "sso", "cognito", "okta", "auth", "identity", "login", "sts"},
	"scheduler": {"step functions", "cron", "airflow", "glue", "batch", "scheduler", "job", "etl", "lambda", "pipeline"},
	"storage":   {"s3", "ebs", "efs", "bucket", "storage", "gcs", "blob", "disk", "file"},
	"network":   {"vpc", "elb", "alb", "nlb", "load balancer", "nat", "network", "api gateway", "gateway", "ingress", "mesh"},
	"compute":   {"ec2", "ecs", "eks", "kubernetes", "k8s", "fargate", "instance", "lambda", "container", "pod", "node", "vm"},
}

// isMechanismOf reports whether a lower-cased root cause names m itself.
// rootWords are the root cause's words (see wordsOf): a phrase whose first
// word is not among them cannot match at a word boundary, which settles
// most of the library's phrases without a scan of the text.
func (m *Mechanism) isMechanismOf(rootLower string, rootWords map[string]bool) bool {
	for _, p := range m.Match {
		if w, ok := firstWord(p); ok && !rootWords[w] {
			continue
		}
		if containsWord(rootLower, p) {
			return true
		}
	}
	return false
}

// firstWord is phrase p's leading run of word bytes (notAlnumByte), and
// whether p starts with one.
func firstWord(p string) (string, bool) {
	end := 0
	for end < len(p) && !notAlnumByte(p[end]) {
		end++
	}
	return p[:end], end > 0
}

// wordsOf is the set of s's runs of word bytes, split as containsWord
// reads word boundaries.
func wordsOf(s string) map[string]bool {
	out := map[string]bool{}
	for start := 0; start < len(s); {
		for start < len(s) && notAlnumByte(s[start]) {
			start++
		}
		end := start
		for end < len(s) && !notAlnumByte(s[end]) {
			end++
		}
		if end > start {
			out[s[start:end]] = true
		}
		start = end
	}
	return out
}

// containsWord reports whether s contains phrase p starting and ending at
// word boundaries ("san" does not match "thousand").
func containsWord(s, p string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], p)
		if k < 0 {
			return false
		}
		at := off + k
		end := at + len(p)
		if (at == 0 || notAlnumByte(s[at-1])) && (end == len(s) || notAlnumByte(s[end])) {
			return true
		}
		off = at + 1
	}
}

func notAlnumByte(b byte) bool {
	return !(b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80)
}

// families scores how much each family fits an incident by its services,
// platform and title: 2 per family whose words the services use, 1 for one
// only the title or summary mentions.
func families(inc *incidents.Incident) map[string]float64 {
	svc := strings.ToLower(strings.Join(inc.Services, " ") + " " + inc.Platform)
	rest := strings.ToLower(inc.Title + " " + inc.Summary)
	out := map[string]float64{}
	for fam, words := range familyWords {
		for _, w := range words {
			switch {
			case containsWord(svc, w):
				out[fam] = 2
			case containsWord(rest, w) && out[fam] < 1:
				out[fam] = 1
			}
		}
	}
	return out
}
