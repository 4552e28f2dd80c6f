package incidents

// Template is a starter incident file in the native format, printed by
// "rootcause incidents template" for trainers to copy and fill in.
const Template = `Incident reports for ACME (free text before the first INCIDENT # line is ignored)

=====

INCIDENT #: ACME-2024-0001
DATE: March 4, 2024
SEVERITY: SEV-2
PLATFORM: Checkout
SERVICES: Amazon RDS, AWS Lambda
TITLE: Checkout timeouts during the spring sale
SUMMARY: 20% of checkouts timed out for 35 minutes during the sale's first hour.
ROOT CAUSE: The orders table had no index on (user_id, created_at), so the checkout
query scanned the whole table, and got slower as the sale filled it.

A retry loop in the Lambda function tripled the load on the database.
RESOLUTION: Added the composite index and capped retries at two.
PREVENTION:
1. Review slow-query logs weekly.
2. Load-test checkout with a sale-sized orders table.

=====

INCIDENT #: ACME-2024-0002
DATE: 2024-04-18
SEVERITY: SEV-3
PLATFORM: Internal Tools
SERVICES: AWS Secrets Manager
TITLE: Deploys failing after a secret rotation
SUMMARY: Every deploy failed for two hours with authentication errors from the artifact store.
ROOT CAUSE: The artifact-store password was rotated, but the deploy runners cached the old
value at boot and never re-read it.
RESOLUTION: Restarted the runners; they now fetch the secret per job.
PREVENTION:
- Alert on authentication failures in the deploy pipeline.
- Test rotations in staging with long-running consumers.
`

// TemplateMaterial is starter quiz material for Template, in the companion
// FILE.quiz.yaml format.
const TemplateMaterial = `# Quiz material, keyed by incident id: save as FILE.quiz.yaml beside FILE.txt.
# brief: the true cause in one sentence (at most 160 characters), shown as the right choice.
# distractors: at least 3 near-miss wrong causes, each with the clue that rules it out.
# timeline: optional hint revealed as the last clue; never states the cause.

ACME-2024-0001:
  brief: A missing index made the checkout query scan the whole orders table, which slowed as the sale filled it.
  timeline: Latency rose steadily with order volume from the sale's start; nothing was deployed that day.
  distractors:
    - text: The database ran out of connections as Lambda scaled out, so checkout calls waited for a free one.
      why_not: Latency grew with the table's size, not with concurrency; an index, not more connections, fixed it.
    - text: A deploy that morning added a synchronous fraud check to every checkout request, doubling its latency.
      why_not: Nothing was deployed that day, as the timeline says.
    - text: The payment provider rate-limited authorization calls at the sale peak, so checkouts queued on retries.
      why_not: The fix was a database index; a provider's rate limit would not be cured by that.
`
