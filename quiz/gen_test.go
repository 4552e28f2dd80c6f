package quiz_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/nexusflow/rootcause/incidents"
)

// genCorpus makes n plausible incidents without authored material, for
// property tests beyond the bundled corpus and for benchmarks. Texts are
// built from failure-mode templates over platform and service names, so
// similar incidents exist and some root causes repeat word for word.
func genCorpus(n int, seed uint64) []incidents.Incident {
	rng := rand.New(rand.NewPCG(seed, 42))
	platforms := []string{"AthenaStream", "DataNexus", "NexusCommerce", "Internal Tools", "All"}
	services := []string{"Amazon CloudFront", "EC2", "AWS Glue", "S3", "Amazon RDS", "Lambda", "Amazon API Gateway",
		"Amazon DynamoDB", "Route 53", "Amazon Kinesis", "Amazon SQS", "Amazon SNS", "AWS WAF", "Amazon ECS",
		"Amazon EKS", "Amazon Redshift", "AWS KMS", "AWS IAM", "Amazon ElastiCache", "Amazon OpenSearch"}
	modes := []string{
		"An expired TLS certificate on the %s endpoint broke every handshake from clients",
		"A configuration push to %s shortened timeouts so that requests failed under normal load",
		"The %s connection pool was exhausted by a retry storm after a brief network blip",
		"A missing IAM permission stopped %s from reading the objects it needed",
		"A schema migration took a lock on a hot table used by %s and blocked writes",
		"Clock skew on hosts behind %s made signed requests fail validation",
		"A bad deploy of the %s worker leaked memory until instances were killed",
		"A noisy neighbour saturated the shared disk under %s during the nightly batch",
		"The %s quota was reached during a traffic spike and new calls were throttled",
		"A DNS change pointed %s at a decommissioned load balancer",
		"A feature flag rollout enabled an unfinished code path in %s for all users",
		"Autoscaling for %s lagged behind a sudden surge so queues grew without bound",
	}
	summaries := []string{
		"Users saw errors and slow pages for %d minutes.",
		"Dashboards showed stale data for %d minutes.",
		"Checkout requests timed out for %d minutes.",
		"Playback failed for a share of viewers for %d minutes.",
		"Internal tools were unavailable for %d minutes.",
	}
	out := make([]incidents.Incident, n)
	for i := range out {
		svc := []string{services[rng.IntN(len(services))]}
		if rng.IntN(2) == 0 {
			if s2 := services[rng.IntN(len(services))]; s2 != svc[0] {
				svc = append(svc, s2)
			}
		}
		mode := modes[rng.IntN(len(modes))]
		cause := fmt.Sprintf(mode, svc[0]) + ". " +
			fmt.Sprintf("The on-call team found it after %d alerts fired.", 1+rng.IntN(9))
		out[i] = incidents.Incident{
			ID:         fmt.Sprintf("GEN-%05d", i),
			Date:       time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(700)),
			Severity:   incidents.Severity(1 + rng.IntN(5)),
			Platform:   platforms[rng.IntN(len(platforms))],
			Services:   svc,
			Title:      fmt.Sprintf("%s incident %d", strings.Fields(svc[0])[len(strings.Fields(svc[0]))-1], i),
			Summary:    fmt.Sprintf(summaries[rng.IntN(len(summaries))], 5+rng.IntN(120)),
			RootCause:  cause,
			Resolution: "Rolled back and restored service.",
			Prevention: []string{
				fmt.Sprintf("Alert on %s error rates before users notice (item %d).", svc[0], rng.IntN(1000)),
				fmt.Sprintf("Run a game day for %s failure mode %d.", svc[0], rng.IntN(1000)),
			},
		}
	}
	return out
}
