package quiz

import (
	"slices"
	"strings"
)

// techFamily is the library family of well-known technology a card names
// as a service ("PostgreSQL", "Kafka", "CloudFront"): such a component can
// only be what entries of its family are about. Told of another entry it
// reads as nonsense a trainee strikes out at once ("a provider retired the
// API version PostgreSQL still called"). The team's own services
// (checkout-api, ledger-writer) can run into any failure and fill any entry.
var techFamily = map[string]string{
	"postgresql": "database", "postgres": "database", "mysql": "database", "aurora": "database",
	"rds": "database", "postgis": "database", "dynamodb": "database", "mongodb": "database",
	"cassandra": "database", "snowflake": "database", "bigquery": "database", "redshift": "database",
	"spanner": "database", "cockroachdb": "database", "elasticsearch": "database", "opensearch": "database",
	"redis": "cache", "memcached": "cache", "elasticache": "cache", "varnish": "cache",
	"kafka": "queue", "rabbitmq": "queue", "sqs": "queue", "sns": "queue",
	"kinesis": "queue", "pub/sub": "queue", "mqtt broker": "queue",
	"s3": "storage", "gcs": "storage", "ebs": "storage", "efs": "storage",
	"cloudfront": "cdn", "fastly": "cdn", "akamai": "cdn", "cloudflare": "cdn", "waf": "cdn",
	"envoy": "network", "nginx": "network", "haproxy": "network", "alb": "network", "elb": "network",
	"istio": "network", "rds proxy": "network", "nat gateway": "network",
	"dns": "dns", "route53": "dns", "route 53": "dns", "coredns": "dns",
	"kubernetes": "compute", "eks": "compute", "gke": "compute", "aks": "compute", "ecs": "compute",
	"lambda": "compute", "ec2": "compute", "fargate": "compute", "node.js": "compute",
	"airflow": "scheduler", "cron": "scheduler",
	"vault": "iam", "kms": "iam", "iam": "iam", "okta": "iam", "auth0": "iam", "hsm": "iam", "keycloak": "iam",
	"clock": "clock", "ntp": "clock", "chrony": "clock", "network": external,
	"clickhouse": "database", "aurora mysql": "database", "aurora postgresql": "database", "mariadb": "database",
	"trino": "database", "druid": "database", "celery": "queue", "sidekiq": "queue", "nats": "queue", "pulsar": "queue",
	"pgbouncer": "network", "traefik": "network", "kong": "network", "aws nat gateway": "network",
	"spark": "compute", "flink": "compute", "emr": "compute", "cert-manager": "certificate",
	// Tools that change or watch the system but serve none of its traffic:
	// "the storage behind Terraform", "the ArgoCD subnets" (a trainee's
	// read-through of a held-out platform).
	"terraform": external, "pulumi": external, "cloudformation": external, "helm": external, "argocd": external,
	"argo cd": external, "ansible": external, "jenkins": external, "github actions": external, "spinnaker": external,
	"dbt": external, "launchdarkly": external, "feature flags": external, "datadog": external, "prometheus": external,
	"grafana": external, "pagerduty": external, "sentry": external,
	"ipsec vpn": "network", "clearinghouse": external, "insurance clearinghouse": external, "e-prescribing gateway": external,
	"slack": external, "slack api": external, "salesforce api": external, "salesforce": external, "gracenote api": external,
	// Outside products and providers: the library's heads make {svc} the
	// team's caller or host, which these never are, so they fill no entry.
	"stripe api": external, "stripe": external, "ses": external, "sendgrid": external, "twilio": external,
	"firebase": external, "let's encrypt": external, "sagemaker": external, "app store": external,
	"maps provider": external, "vendor api": external, "external provider": external, "bank sftp": external,
}

// unfitFor are the library entries a card naming a product cannot have:
// each is another product's idiom ("a consumer group rebalance" beside
// Kinesis, "the instance quota" or "the open-file limit" beside Lambda,
// "burst credits" beside S3, a hot partition key beside an RDS proxy: a
// trainee's read-through struck each out at once).
var unfitFor = withSQLEngines(map[string][]string{
	"lambda": {"compute-instance-quota", "compute-file-descriptors", "compute-thread-pool", "compute-spot-reclaim",
		"compute-node-drain", "compute-container-limits", "compute-autoscaling-lag", "storage-volume-iops",
		"storage-disk-full", "deploy-health-check", "deploy-liveness-dependency", "network-bandwidth",
		"capacity-noisy-neighbour", "network-load-balancer"},
	"fargate": {"compute-node-drain", "storage-volume-iops", "compute-instance-quota"},
	// A gateway out or a tunnel is no front door; a DNS product has no
	// public name of its own to shadow (held-out read-through).
	"nat gateway": {"network-ddos"}, "aws nat gateway": {"network-ddos"}, "ipsec vpn": {"network-ddos"},
	"route 53": {"dns-split-horizon"}, "route53": {"dns-split-horizon"}, "coredns": {"dns-split-horizon"}, "dns": {"dns-split-horizon"},
	"kinesis":  {"queue-partition-rebalance", "queue-broker-disk", "queue-visibility-timeout", "queue-fanout-throttle"},
	"sqs":      {"queue-partition-rebalance", "queue-broker-disk", "queue-ordering", "queue-stream-shards", "queue-fanout-throttle"},
	"sns":      {"queue-partition-rebalance", "queue-broker-disk", "queue-ordering", "queue-stream-shards", "queue-visibility-timeout"},
	"kafka":    {"queue-visibility-timeout", "queue-dead-letter", "queue-fanout-throttle"},
	"rabbitmq": {"queue-partition-rebalance", "queue-stream-shards", "queue-visibility-timeout", "queue-fanout-throttle"},
	"s3":       {"storage-volume-iops", "storage-nfs-mount", "storage-repair-saturation"},
	"gcs":      {"storage-volume-iops", "storage-nfs-mount", "storage-repair-saturation"},
	"dynamodb": {"db-vacuum-bloat", "db-lock-migration", "db-query-plan", "db-failover-dns", "db-pool-exhausted",
		"db-connection-storm", "db-connection-leak", "db-parameter-change", "db-credentials-rotated",
		"db-version-upgrade", "db-long-transaction", "db-storage-full", "db-deadlock"},
})

// withSQLEngines adds to m the entries the relational products cannot
// have: provisioned throughput and hot partition keys are a key-value
// store's idiom.
func withSQLEngines(m map[string][]string) map[string][]string {
	for _, p := range []string{"postgresql", "postgres", "mysql", "aurora", "rds", "rds proxy", "postgis", "cockroachdb"} {
		m[p] = append(m[p], "db-hot-partition", "db-throttled-capacity")
	}
	return m
}

// unfitEntries are the library entries that are the idiom of another
// product than one of services names (see unfitFor).
func unfitEntries(services []string) []string {
	var out []string
	for _, svc := range services {
		out = append(out, unfitFor[strings.ToLower(strings.TrimSpace(svc))]...)
	}
	return out
}

// external is the family of a product outside the team: no library entry
// has it.
const external = "external"

// techFits lists the families besides its own that a kind of technology
// can be the subject of: a CDN's edge terminates TLS and sits on the
// network; a cluster is capacity and takes deploys.
var techFits = map[string][]string{
	"cdn":     {"network", "certificate"},
	"compute": {"capacity", "deploy"},
}

// productFamily is the family of a well-known product named svc; ok is
// false for the team's own services.
func productFamily(svc string) (family string, ok bool) {
	family, ok = techFamily[strings.ToLower(strings.TrimSpace(svc))]
	return family, ok
}

// fitsComponent reports whether a library entry of family can be told of
// component svc.
func fitsComponent(family, svc string) bool {
	own, product := productFamily(svc)
	return !product || own == family || slices.Contains(techFits[own], family)
}

// clientEntries are the library entries an app on users' devices can
// have: its calls, its releases and its settings. The rest make the slot a
// backend ("a faulty driver app build reached every region", "the
// configuration push to the driver app ... read at startup", a trainee's
// read-through).
var clientEntries = map[string]bool{
	"deploy-bad-release": true, "deploy-feature-flag": true, "deploy-dependency-bump": true,
	"dependency-api-version": true, "dependency-third-party": true, "dependency-timeout-config": true,
	"dependency-shared-library": true, "config-region-endpoint": true,
}

// forClients reports whether entry m can be told of a client app.
func (m *Mechanism) forClients() bool { return clientEntries[m.ID] }

// clientApp reports a service id naming an app on users' devices.
func clientApp(svc string) bool {
	low := strings.ToLower(strings.TrimSpace(svc))
	for _, suf := range []string{"-app", " app", "-ios", "-android", "-mobile"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// fits reports whether entry m can be told of component svc: its family
// fits, and an entry about the team's own service ("a code path in {app}",
// "before {app} picked up the new secret") is told of the team's services
// only, never of a product ("two code paths in PostgreSQL", "before Aurora
// picked up the new secret").
func (m *Mechanism) fits(svc string) bool {
	if clientApp(svc) {
		return m.forClients()
	}
	if _, product := productFamily(svc); product && m.App {
		return false
	}
	return fitsComponent(m.Family, svc)
}

// fittingComponents are the (up to) two components entry m number k is
// told of: the card's components rotate over the entries, so generated
// options do not share a name among themselves more than with the answer,
// skipping those m does not fit.
func fittingComponents(m *Mechanism, all []string, k int) []string {
	var out []string
	for n := 0; n < len(all) && len(out) < 2; n++ {
		if svc := all[(k+n)%len(all)]; m.fits(svc) {
			out = append(out, svc)
		}
	}
	return out
}

// sameKind reports whether component b can stand for a in a borrowed
// cause: two products of one family, or two of the team's own services.
func sameKind(a, b string) bool {
	fa, productA := productFamily(a)
	fb, productB := productFamily(b)
	return productA == productB && fa == fb
}
