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
// FILE.quiz.yaml format. Its why-nots argue from the board the trainee sees
// before answering (QA F27): a why-not that cites the fix teaches nothing,
// as the fix is hidden until after the answer.
const TemplateMaterial = `# Quiz material, keyed by incident id: save as FILE.quiz.yaml beside FILE.txt.
# brief:       the true cause in one sentence (at most 160 characters), shown as the right choice.
# timeline:    optional hint revealed as the last clue; never states the cause.
# evidence:    what responders saw before anyone knew the cause: the alert, a metric or two,
#              logs, recent changes (with a red herring where the incident had one).
# distractors: at least 3 near-miss wrong causes. ruled_out_by names the board items that rule
#              each one out, and why_not argues from them ("the change log shows no deploy to
#              checkout that day"), never from the fix: the fix is shown only after answering.

ACME-2024-0001:
  brief: A missing index made the checkout query scan the whole orders table, which slowed as the sale filled it.
  timeline: Latency rose steadily with order volume from the sale's start; nothing was deployed that day.
  evidence:
    - id: alert
      kind: alert
      title: Checkout latency page
      at: "0"
      lines: |
        PAGE checkout p99 4.8 s (SLO 1.5 s)
    - id: p99
      kind: metric
      title: Checkout p99 and database connections
      at: -1h
      series:
        - label: p99
          unit: ms
          start: -1h
          step: 5m
          points: [420, 450, 510, 600, 720, 880, 1100, 1350, 1700, 2100, 2600, 3200, 3900]
          marks: [{at: -55m, label: sale opens}]
        - label: connections
          unit: conns
          points: [[-1h, 180], [-30m, 250], [0, 252]]
    - id: changes
      kind: change
      title: Changes this week
      at: -2d
      lines: |
        -2d   checkout-fn v214: receipt email wording
        no schema migrations this week
  distractors:
    - text: The database ran out of connections as Lambda scaled out, so checkout calls waited for a free connection.
      why_not: Connections held near 250 while latency kept climbing; a connection limit fails at the burst.
      ruled_out_by: [p99]
    - text: A deploy that morning added a synchronous fraud check to every checkout request, doubling its latency.
      why_not: The change log shows no deploy that day; the only change that week reworded a receipt email, two days earlier.
      ruled_out_by: [changes]
    - text: The payment provider rate-limited authorization calls at the sale peak, so checkouts queued on retries.
      why_not: Latency climbed steadily from the sale's first minutes, long before any peak, as the p99 chart shows.
      ruled_out_by: [p99, alert]
`
