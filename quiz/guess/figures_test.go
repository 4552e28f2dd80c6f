package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.233, "least-overlap": 0.300, "char-ngram": 0.129, "bm25-pairs": 0.229, "longest": 0.163, "shortest": 0.212, "loner": 0.362, "centroid": 0.158, "odd-one-out": 0.163, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.304, "failure-class": 0.188, "card-product": 0.271, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.233, "foreign-service": 0.229, "strike-out": 0.275, "strike-templates": 0.233, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.258, "least-overlap": 0.329, "char-ngram": 0.113, "bm25-pairs": 0.229, "longest": 0.192, "shortest": 0.196, "loner": 0.362, "centroid": 0.175, "odd-one-out": 0.158, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.296, "failure-class": 0.217, "card-product": 0.279, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.258, "foreign-service": 0.246, "strike-out": 0.283, "strike-templates": 0.258, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.217, "least-overlap": 0.233, "char-ngram": 0.150, "bm25-pairs": 0.204, "longest": 0.267, "shortest": 0.196, "loner": 0.217, "centroid": 0.221, "odd-one-out": 0.208, "rarest-words": 0.237, "commonest-words": 0.188, "no-failure-class": 0.287, "failure-class": 0.204, "card-product": 0.250, "recurring": 0.108, "least-recurring": 0.308, "familiar": 0.108, "least-familiar": 0.308, "record-voice": 0.217, "foreign-service": 0.217, "strike-out": 0.242, "strike-templates": 0.217, "learned": 0.329},
	"bundled normal 24x10":   {"word-overlap": 0.225, "least-overlap": 0.221, "char-ngram": 0.158, "bm25-pairs": 0.204, "longest": 0.263, "shortest": 0.175, "loner": 0.225, "centroid": 0.212, "odd-one-out": 0.225, "rarest-words": 0.229, "commonest-words": 0.163, "no-failure-class": 0.258, "failure-class": 0.196, "card-product": 0.246, "recurring": 0.079, "least-recurring": 0.325, "familiar": 0.079, "least-familiar": 0.325, "record-voice": 0.225, "foreign-service": 0.221, "strike-out": 0.237, "strike-templates": 0.225, "learned": 0.300},
	"bundled hard 8x30":      {"word-overlap": 0.283, "least-overlap": 0.283, "char-ngram": 0.129, "bm25-pairs": 0.279, "longest": 0.250, "shortest": 0.212, "loner": 0.283, "centroid": 0.175, "odd-one-out": 0.183, "rarest-words": 0.242, "commonest-words": 0.167, "no-failure-class": 0.304, "failure-class": 0.212, "card-product": 0.275, "recurring": 0.163, "least-recurring": 0.329, "familiar": 0.163, "least-familiar": 0.329, "record-voice": 0.283, "foreign-service": 0.283, "strike-out": 0.275, "strike-templates": 0.283, "learned": 0.329},
	"bundled hard 24x10":     {"word-overlap": 0.200, "least-overlap": 0.196, "char-ngram": 0.104, "bm25-pairs": 0.196, "longest": 0.271, "shortest": 0.225, "loner": 0.292, "centroid": 0.192, "odd-one-out": 0.212, "rarest-words": 0.229, "commonest-words": 0.167, "no-failure-class": 0.254, "failure-class": 0.246, "card-product": 0.192, "recurring": 0.050, "least-recurring": 0.287, "familiar": 0.050, "least-familiar": 0.287, "record-voice": 0.200, "foreign-service": 0.200, "strike-out": 0.192, "strike-templates": 0.200, "learned": 0.246},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.487, "least-overlap": 0.179, "char-ngram": 0.521, "bm25-pairs": 0.533, "longest": 0.350, "shortest": 0.254, "loner": 0.312, "centroid": 0.167, "odd-one-out": 0.367, "rarest-words": 0.217, "commonest-words": 0.267, "no-failure-class": 0.250, "failure-class": 0.254, "card-product": 0.192, "recurring": 0.421, "least-recurring": 0.217, "familiar": 0.283, "least-familiar": 0.200, "record-voice": 0.358, "foreign-service": 0.500, "strike-out": 0.196, "strike-templates": 0.487, "learned": 0.467},
	"team easy 24x10":        {"word-overlap": 0.850, "least-overlap": 0.021, "char-ngram": 0.838, "bm25-pairs": 0.871, "longest": 0.463, "shortest": 0.104, "loner": 0.167, "centroid": 0.263, "odd-one-out": 0.329, "rarest-words": 0.458, "commonest-words": 0.125, "no-failure-class": 0.250, "failure-class": 0.229, "card-product": 0.300, "recurring": 0.108, "least-recurring": 0.688, "familiar": 0.138, "least-familiar": 0.458, "record-voice": 0.537, "foreign-service": 0.854, "strike-out": 0.242, "strike-templates": 0.850, "learned": 0.604},
	"team normal 8x30":       {"word-overlap": 0.338, "least-overlap": 0.271, "char-ngram": 0.317, "bm25-pairs": 0.346, "longest": 0.396, "shortest": 0.229, "loner": 0.367, "centroid": 0.233, "odd-one-out": 0.246, "rarest-words": 0.325, "commonest-words": 0.096, "no-failure-class": 0.250, "failure-class": 0.283, "card-product": 0.221, "recurring": 0.304, "least-recurring": 0.167, "familiar": 0.163, "least-familiar": 0.329, "record-voice": 0.392, "foreign-service": 0.354, "strike-out": 0.250, "strike-templates": 0.350, "learned": 0.333},
	"team normal 24x10":      {"word-overlap": 0.321, "least-overlap": 0.258, "char-ngram": 0.371, "bm25-pairs": 0.338, "longest": 0.388, "shortest": 0.212, "loner": 0.263, "centroid": 0.192, "odd-one-out": 0.163, "rarest-words": 0.333, "commonest-words": 0.121, "no-failure-class": 0.267, "failure-class": 0.237, "card-product": 0.258, "recurring": 0.271, "least-recurring": 0.250, "familiar": 0.167, "least-familiar": 0.321, "record-voice": 0.358, "foreign-service": 0.333, "strike-out": 0.287, "strike-templates": 0.304, "learned": 0.388},
	"team hard 8x30":         {"word-overlap": 0.333, "least-overlap": 0.212, "char-ngram": 0.358, "bm25-pairs": 0.329, "longest": 0.325, "shortest": 0.212, "loner": 0.300, "centroid": 0.233, "odd-one-out": 0.250, "rarest-words": 0.325, "commonest-words": 0.192, "no-failure-class": 0.237, "failure-class": 0.271, "card-product": 0.254, "recurring": 0.308, "least-recurring": 0.263, "familiar": 0.171, "least-familiar": 0.292, "record-voice": 0.354, "foreign-service": 0.333, "strike-out": 0.254, "strike-templates": 0.350, "learned": 0.308},
	"team hard 24x10":        {"word-overlap": 0.329, "least-overlap": 0.200, "char-ngram": 0.358, "bm25-pairs": 0.333, "longest": 0.308, "shortest": 0.217, "loner": 0.304, "centroid": 0.258, "odd-one-out": 0.221, "rarest-words": 0.321, "commonest-words": 0.217, "no-failure-class": 0.237, "failure-class": 0.258, "card-product": 0.275, "recurring": 0.242, "least-recurring": 0.308, "familiar": 0.225, "least-familiar": 0.292, "record-voice": 0.317, "foreign-service": 0.329, "strike-out": 0.275, "strike-templates": 0.312, "learned": 0.388},
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
var openMisses = map[string]float64{}
