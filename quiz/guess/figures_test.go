package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.225, "least-overlap": 0.304, "char-ngram": 0.129, "bm25-pairs": 0.225, "longest": 0.175, "shortest": 0.221, "loner": 0.362, "centroid": 0.154, "odd-one-out": 0.163, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.362, "failure-class": 0.192, "card-product": 0.267, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.225, "foreign-service": 0.221, "strike-out": 0.258, "strike-templates": 0.225, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.221, "least-overlap": 0.275, "char-ngram": 0.113, "bm25-pairs": 0.200, "longest": 0.200, "shortest": 0.200, "loner": 0.350, "centroid": 0.175, "odd-one-out": 0.158, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.283, "failure-class": 0.204, "card-product": 0.237, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.221, "foreign-service": 0.212, "strike-out": 0.237, "strike-templates": 0.221, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.221, "least-overlap": 0.254, "char-ngram": 0.133, "bm25-pairs": 0.183, "longest": 0.279, "shortest": 0.196, "loner": 0.217, "centroid": 0.217, "odd-one-out": 0.258, "rarest-words": 0.229, "commonest-words": 0.183, "no-failure-class": 0.292, "failure-class": 0.204, "card-product": 0.229, "recurring": 0.133, "least-recurring": 0.283, "familiar": 0.133, "least-familiar": 0.283, "record-voice": 0.221, "foreign-service": 0.221, "strike-out": 0.225, "strike-templates": 0.221, "learned": 0.333},
	"bundled normal 24x10":   {"word-overlap": 0.225, "least-overlap": 0.258, "char-ngram": 0.142, "bm25-pairs": 0.204, "longest": 0.263, "shortest": 0.208, "loner": 0.212, "centroid": 0.263, "odd-one-out": 0.246, "rarest-words": 0.233, "commonest-words": 0.142, "no-failure-class": 0.267, "failure-class": 0.217, "card-product": 0.237, "recurring": 0.054, "least-recurring": 0.308, "familiar": 0.054, "least-familiar": 0.308, "record-voice": 0.225, "foreign-service": 0.225, "strike-out": 0.237, "strike-templates": 0.225, "learned": 0.271},
	"bundled hard 8x30":      {"word-overlap": 0.237, "least-overlap": 0.229, "char-ngram": 0.129, "bm25-pairs": 0.233, "longest": 0.254, "shortest": 0.208, "loner": 0.287, "centroid": 0.188, "odd-one-out": 0.208, "rarest-words": 0.242, "commonest-words": 0.175, "no-failure-class": 0.287, "failure-class": 0.217, "card-product": 0.246, "recurring": 0.208, "least-recurring": 0.333, "familiar": 0.208, "least-familiar": 0.333, "record-voice": 0.237, "foreign-service": 0.237, "strike-out": 0.246, "strike-templates": 0.237, "learned": 0.312},
	"bundled hard 24x10":     {"word-overlap": 0.221, "least-overlap": 0.225, "char-ngram": 0.113, "bm25-pairs": 0.217, "longest": 0.279, "shortest": 0.221, "loner": 0.283, "centroid": 0.204, "odd-one-out": 0.242, "rarest-words": 0.229, "commonest-words": 0.154, "no-failure-class": 0.246, "failure-class": 0.263, "card-product": 0.204, "recurring": 0.121, "least-recurring": 0.279, "familiar": 0.121, "least-familiar": 0.279, "record-voice": 0.221, "foreign-service": 0.221, "strike-out": 0.204, "strike-templates": 0.221, "learned": 0.246},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.496, "least-overlap": 0.192, "char-ngram": 0.529, "bm25-pairs": 0.533, "longest": 0.354, "shortest": 0.250, "loner": 0.317, "centroid": 0.163, "odd-one-out": 0.375, "rarest-words": 0.221, "commonest-words": 0.279, "no-failure-class": 0.242, "failure-class": 0.258, "card-product": 0.204, "recurring": 0.425, "least-recurring": 0.217, "familiar": 0.292, "least-familiar": 0.204, "record-voice": 0.383, "foreign-service": 0.508, "strike-out": 0.221, "strike-templates": 0.496, "learned": 0.512},
	"team easy 24x10":        {"word-overlap": 0.863, "least-overlap": 0.021, "char-ngram": 0.842, "bm25-pairs": 0.883, "longest": 0.475, "shortest": 0.079, "loner": 0.175, "centroid": 0.263, "odd-one-out": 0.375, "rarest-words": 0.487, "commonest-words": 0.113, "no-failure-class": 0.246, "failure-class": 0.229, "card-product": 0.296, "recurring": 0.108, "least-recurring": 0.688, "familiar": 0.146, "least-familiar": 0.467, "record-voice": 0.554, "foreign-service": 0.867, "strike-out": 0.237, "strike-templates": 0.863, "learned": 0.629},
	"team normal 8x30":       {"word-overlap": 0.346, "least-overlap": 0.233, "char-ngram": 0.342, "bm25-pairs": 0.321, "longest": 0.412, "shortest": 0.221, "loner": 0.379, "centroid": 0.221, "odd-one-out": 0.233, "rarest-words": 0.300, "commonest-words": 0.100, "no-failure-class": 0.242, "failure-class": 0.287, "card-product": 0.225, "recurring": 0.317, "least-recurring": 0.167, "familiar": 0.167, "least-familiar": 0.254, "record-voice": 0.354, "foreign-service": 0.362, "strike-out": 0.263, "strike-templates": 0.350, "learned": 0.321},
	"team normal 24x10":      {"word-overlap": 0.321, "least-overlap": 0.258, "char-ngram": 0.371, "bm25-pairs": 0.333, "longest": 0.388, "shortest": 0.233, "loner": 0.271, "centroid": 0.208, "odd-one-out": 0.183, "rarest-words": 0.371, "commonest-words": 0.121, "no-failure-class": 0.237, "failure-class": 0.246, "card-product": 0.254, "recurring": 0.263, "least-recurring": 0.229, "familiar": 0.163, "least-familiar": 0.283, "record-voice": 0.346, "foreign-service": 0.342, "strike-out": 0.283, "strike-templates": 0.308, "learned": 0.400},
	"team hard 8x30":         {"word-overlap": 0.342, "least-overlap": 0.204, "char-ngram": 0.367, "bm25-pairs": 0.354, "longest": 0.338, "shortest": 0.233, "loner": 0.283, "centroid": 0.212, "odd-one-out": 0.279, "rarest-words": 0.346, "commonest-words": 0.175, "no-failure-class": 0.229, "failure-class": 0.279, "card-product": 0.229, "recurring": 0.292, "least-recurring": 0.229, "familiar": 0.179, "least-familiar": 0.300, "record-voice": 0.308, "foreign-service": 0.342, "strike-out": 0.229, "strike-templates": 0.317, "learned": 0.304},
	"team hard 24x10":        {"word-overlap": 0.329, "least-overlap": 0.192, "char-ngram": 0.367, "bm25-pairs": 0.342, "longest": 0.325, "shortest": 0.200, "loner": 0.275, "centroid": 0.287, "odd-one-out": 0.242, "rarest-words": 0.308, "commonest-words": 0.175, "no-failure-class": 0.237, "failure-class": 0.250, "card-product": 0.263, "recurring": 0.217, "least-recurring": 0.233, "familiar": 0.237, "least-familiar": 0.267, "record-voice": 0.263, "foreign-service": 0.329, "strike-out": 0.263, "strike-templates": 0.308, "learned": 0.350},
	"team follow-up 8x30":    {"word-overlap": 0.352, "least-overlap": 0.264, "char-ngram": 0.347, "bm25-pairs": 0.342, "longest": 0.373, "shortest": 0.228, "loner": 0.301, "centroid": 0.295, "odd-one-out": 0.321, "rarest-words": 0.197, "commonest-words": 0.290, "no-failure-class": 0.285, "failure-class": 0.326, "card-product": 0.311, "recurring": 0.440, "least-recurring": 0.176, "familiar": 0.440, "least-familiar": 0.166, "record-voice": 0.352, "foreign-service": 0.373, "strike-out": 0.301, "strike-templates": 0.342, "learned": 0.420},
}

// openMisses are the targets not met yet, at their measured figure.
// A figure moves by about one standard error (0.03 at 240 questions) when a
// change only reshuffles the draws, so judge a change by 12-block means
// (go test ./quiz/guess -run TestReplicates -ablate -v, with -blocks, -per,
// -questions, -only).
//
// The recurring bot picks the sentence met most often over a plan's
// sessions: a team's answer comes back with its incident and as similar
// incidents' wrong option. Library-written options used to be drawn afresh
// per session, with an entry one question drew closed to the rest, and were
// met about 2.2 times to the answer's 5; a derived answer's question now
// draws its incident's entries whatever the session drew elsewhere, with a
// random source fixed per incident (about 3.2 times). 12-block means went
// 0.539 -> 0.462 normal and 0.541 -> 0.480 hard. What was left is the answer
// lent as similar incidents' wrong option while the library options were
// not: a team question now also borrows the library near-misses its most
// similar incident's own question shows (quiz/shown.go), so they are met as
// often as the causes lent (means 0.462 -> 0.381 normal, 0.480 -> 0.444
// hard), and five library entries match the usual wordings of their
// mechanism ("deadlocked", "memory grew", "minutes behind the primary"), so
// those causes are also told in the library's words (0.353, 0.422), and a
// hard question lends at most one team cause, each being met whole as an
// answer elsewhere (hard 0.422 -> 0.383). The record-voice bot sets aside
// every choice like another sentence met (a template told of other
// services): 62% of team answers were like no other sentence met, against
// 27% of wrong options, most of them causes the engine could not reword.
// A derived cause is now also told with its card's impact (", so ledger
// writes failed for 12 minutes"), as generated options are, and its
// variants are alike; the options sharing that clause give up their own
// consequence for it, and a near-miss lent from a similar incident leaves
// that incident's clause behind (means 0.540 -> 0.366 normal, 0.446 ->
// 0.313 hard; recurring 0.364 -> 0.297 and 0.380 -> 0.348). Trigram
// likeness to the card now weighs as much as length and word overlap in
// the balancing (hard 24x10 char-ngram 0.409 -> 0.397), and the impact
// wording may run to 200 characters (normal record-voice 0.368 -> 0.331).
// Fifteen library entries for common failure modes the library lacked (an
// index alias swapped before its reindex, a long max-age, a liveness probe
// that checks a dependency, retries without an idempotency key, a crontab
// lost with its host, …) let 36 of the 60 team causes be told in the
// library's words, against 25: 12-block means of rarest-words 0.385 ->
// 0.340 normal, loner 0.338 -> 0.283, recurring 0.366 -> 0.348 hard,
// learned 0.328 -> 0.269 hard. Every team figure is now under 0.40 on the
// pinned draws and on 12-block means (char-ngram the highest, 0.393 normal
// and 0.377 hard; 24x10, 8 blocks: 0.386 and 0.391).
// Three fixes a trainee's read-through asked for took some near-misses
// away: a derived cause is no longer cut to a short action that ", and"
// continues ("The identity provider's signing key was rotated."), library
// entries that are another product's idiom are not offered beside it (an
// instance quota beside Lambda, a consumer group rebalance beside Kinesis,
// burst credits beside S3), and kindred entries (a time-to-live set too
// long, an entry written with no expiry) are not offered beside each
// other's causes. Hard char-ngram went 0.377 -> 0.385 over 96 seeds (the
// answer "…, and the back-office app cached the old public key for 24
// hours" shares "back-office" and "hour" with its card), and the pinned
// draw of seeds 1-8 was one question over the target (0.404). A hard
// question now shows mostly the near-misses it shows when asked alone, the
// same each session (quiz/shown.go preferSteady): hard char-ngram 12-block
// means 0.380 -> 0.351 (24x10: 0.405 -> 0.377), and the pinned draw 0.358.
//
// A summary's first sentence used to be told as a consequence clause only
// when it was one short clause without a comma: 39 of the team corpus's 63
// summaries, none of the held-out corpus's 40 (quiz/testdata/heldout.txt,
// written by other hands), where every derived answer was then the one
// sentence of its question told a single way. Its main clause is now told
// (quiz/tail.go: 62 of 63 and 31 of 40): held-out 12-block means of 8x30
// went 0.579 -> 0.519 hard and 0.634 -> 0.555 normal for the best guesser
// (record-voice 0.544 -> 0.344 normal), 24x10 0.513 -> 0.391 and 0.469 ->
// 0.390. Team means stayed (24x10 normal, 16 blocks: char-ngram 0.390 both,
// learned 0.361 -> 0.374), and the pinned draw of learned on team normal
// 24x10 (seeds 1-24) came out at 0.425. A derived cause telling its own
// consequence is now told with the card's impact after it too (quiz/
// rephrase.go afterConsequence; one wording only: 3 team incidents, 9
// held-out): held-out means 0.519 -> 0.481 hard, 0.555 -> 0.523 normal
// (recurring; 24x10 0.391 -> 0.369, 0.390 -> 0.375). Those answers are the
// longest wordings: team normal 8x30 longest 12-block mean 0.340 (0.323
// with them capped at 170 characters, which cost the held-out recurring
// figures what they had gained), and the pinned draw (seeds 1-8) 0.412.
var openMisses = map[string]float64{
	"team normal 8x30 longest": 0.412,
}
