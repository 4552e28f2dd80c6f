package incidents

import (
	"strings"
	"time"
)

// Filter selects incidents. Empty fields match everything; within a field any
// listed value matches (OR); fields combine with AND.
type Filter struct {
	Platforms  []string   // case-insensitive
	Severities []Severity // exact
	Services   []string   // compared by ServiceKey, so "CloudFront" matches "Amazon CloudFront"
	From, To   time.Time  // inclusive date range; zero = open
	IDs        []string   // case-insensitive
}

// Match reports whether inc passes the filter.
func (f Filter) Match(inc *Incident) bool {
	if len(f.Platforms) > 0 && !containsFold(f.Platforms, inc.Platform) {
		return false
	}
	if len(f.IDs) > 0 && !containsFold(f.IDs, inc.ID) {
		return false
	}
	if len(f.Severities) > 0 {
		ok := false
		for _, s := range f.Severities {
			ok = ok || s == inc.Severity
		}
		if !ok {
			return false
		}
	}
	if !f.From.IsZero() && (inc.Date.IsZero() || inc.Date.Before(f.From)) {
		return false
	}
	if !f.To.IsZero() && (inc.Date.IsZero() || inc.Date.After(f.To)) {
		return false
	}
	if len(f.Services) > 0 {
		ok := false
		for _, want := range f.Services {
			for _, have := range inc.Services {
				ok = ok || ServiceKey(want) == ServiceKey(have)
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// Select returns the incidents that pass the filter, in input order.
func (f Filter) Select(all []Incident) []Incident {
	var out []Incident
	for i := range all {
		if f.Match(&all[i]) {
			out = append(out, all[i])
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, v := range list {
		if strings.EqualFold(strings.TrimSpace(v), strings.TrimSpace(s)) {
			return true
		}
	}
	return false
}

// ServiceKey normalizes a service name for filtering and grouping: case,
// spacing and punctuation, vendor prefixes ("Amazon ", "AWS "), a trailing
// "Service" and parenthetical notes are dropped, and a few long names map to
// their usual short ones, so "Amazon CloudFront" and "cloudfront" are one
// service, as are "AWS Lambda" and "Lambda", "Simple Storage Service" and "S3".
func ServiceKey(name string) string {
	s := strings.ToLower(strings.TrimSpace(name))
	if i := strings.IndexByte(s, '('); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	for _, p := range []string{"amazon web services ", "amazon ", "aws "} {
		s = strings.TrimPrefix(s, p)
	}
	s = strings.TrimSuffix(s, " service")
	key := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if c := s[i]; (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 {
			key = append(key, c)
		}
	}
	if alias, ok := serviceAliases[string(key)]; ok {
		return alias
	}
	return string(key)
}

// serviceAliases maps long or old service names to the short key.
var serviceAliases = map[string]string{
	"simplestorage": "s3", "elasticcomputecloud": "ec2", "relationaldatabase": "rds",
	"simplenotification": "sns", "simplequeue": "sqs", "identityandaccessmanagement": "iam",
	"elasticloadbalancing": "elb", "elasticloadbalancer": "elb", "elastickubernetes": "eks",
	"elasticcontainer": "ecs", "elasticsearch": "opensearch", "sso": "iamidentitycenter",
	"lambdafunction": "lambda", "lambdafunctions": "lambda", "dynamo": "dynamodb",
	"cloudfrontcdn": "cloudfront", "route53dns": "route53",
}
