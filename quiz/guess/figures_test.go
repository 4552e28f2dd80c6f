package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.237, "least-overlap": 0.317, "char-ngram": 0.129, "bm25-pairs": 0.233, "longest": 0.167, "shortest": 0.208, "loner": 0.362, "centroid": 0.154, "odd-one-out": 0.163, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.308, "failure-class": 0.183, "card-product": 0.267, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.237, "foreign-service": 0.233, "strike-out": 0.250, "strike-templates": 0.237, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.254, "least-overlap": 0.325, "char-ngram": 0.113, "bm25-pairs": 0.229, "longest": 0.192, "shortest": 0.200, "loner": 0.362, "centroid": 0.175, "odd-one-out": 0.158, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.300, "failure-class": 0.217, "card-product": 0.279, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.254, "foreign-service": 0.242, "strike-out": 0.271, "strike-templates": 0.254, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.204, "least-overlap": 0.225, "char-ngram": 0.146, "bm25-pairs": 0.183, "longest": 0.283, "shortest": 0.204, "loner": 0.221, "centroid": 0.229, "odd-one-out": 0.225, "rarest-words": 0.233, "commonest-words": 0.179, "no-failure-class": 0.287, "failure-class": 0.196, "card-product": 0.237, "recurring": 0.154, "least-recurring": 0.292, "familiar": 0.154, "least-familiar": 0.292, "record-voice": 0.204, "foreign-service": 0.204, "strike-out": 0.229, "strike-templates": 0.204, "learned": 0.358},
	"bundled normal 24x10":   {"word-overlap": 0.242, "least-overlap": 0.225, "char-ngram": 0.158, "bm25-pairs": 0.204, "longest": 0.254, "shortest": 0.196, "loner": 0.217, "centroid": 0.212, "odd-one-out": 0.221, "rarest-words": 0.233, "commonest-words": 0.154, "no-failure-class": 0.279, "failure-class": 0.196, "card-product": 0.254, "recurring": 0.087, "least-recurring": 0.329, "familiar": 0.087, "least-familiar": 0.329, "record-voice": 0.242, "foreign-service": 0.237, "strike-out": 0.246, "strike-templates": 0.242, "learned": 0.292},
	"bundled hard 8x30":      {"word-overlap": 0.250, "least-overlap": 0.246, "char-ngram": 0.133, "bm25-pairs": 0.242, "longest": 0.250, "shortest": 0.217, "loner": 0.287, "centroid": 0.163, "odd-one-out": 0.192, "rarest-words": 0.267, "commonest-words": 0.158, "no-failure-class": 0.312, "failure-class": 0.225, "card-product": 0.237, "recurring": 0.133, "least-recurring": 0.312, "familiar": 0.133, "least-familiar": 0.312, "record-voice": 0.250, "foreign-service": 0.250, "strike-out": 0.237, "strike-templates": 0.250, "learned": 0.304},
	"bundled hard 24x10":     {"word-overlap": 0.208, "least-overlap": 0.200, "char-ngram": 0.104, "bm25-pairs": 0.204, "longest": 0.258, "shortest": 0.225, "loner": 0.279, "centroid": 0.237, "odd-one-out": 0.196, "rarest-words": 0.275, "commonest-words": 0.171, "no-failure-class": 0.237, "failure-class": 0.217, "card-product": 0.200, "recurring": 0.033, "least-recurring": 0.258, "familiar": 0.033, "least-familiar": 0.258, "record-voice": 0.208, "foreign-service": 0.208, "strike-out": 0.200, "strike-templates": 0.208, "learned": 0.225},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.500, "least-overlap": 0.183, "char-ngram": 0.525, "bm25-pairs": 0.496, "longest": 0.362, "shortest": 0.263, "loner": 0.325, "centroid": 0.200, "odd-one-out": 0.338, "rarest-words": 0.237, "commonest-words": 0.292, "no-failure-class": 0.267, "failure-class": 0.250, "card-product": 0.192, "recurring": 0.442, "least-recurring": 0.242, "familiar": 0.325, "least-familiar": 0.217, "record-voice": 0.338, "foreign-service": 0.508, "strike-out": 0.183, "strike-templates": 0.483, "learned": 0.446},
	"team easy 24x10":        {"word-overlap": 0.858, "least-overlap": 0.046, "char-ngram": 0.800, "bm25-pairs": 0.875, "longest": 0.442, "shortest": 0.117, "loner": 0.217, "centroid": 0.258, "odd-one-out": 0.346, "rarest-words": 0.429, "commonest-words": 0.167, "no-failure-class": 0.254, "failure-class": 0.258, "card-product": 0.333, "recurring": 0.079, "least-recurring": 0.679, "familiar": 0.167, "least-familiar": 0.525, "record-voice": 0.550, "foreign-service": 0.858, "strike-out": 0.271, "strike-templates": 0.858, "learned": 0.679},
	"team normal 8x30":       {"word-overlap": 0.321, "least-overlap": 0.275, "char-ngram": 0.333, "bm25-pairs": 0.346, "longest": 0.329, "shortest": 0.263, "loner": 0.312, "centroid": 0.225, "odd-one-out": 0.258, "rarest-words": 0.333, "commonest-words": 0.125, "no-failure-class": 0.246, "failure-class": 0.275, "card-product": 0.179, "recurring": 0.254, "least-recurring": 0.171, "familiar": 0.150, "least-familiar": 0.292, "record-voice": 0.354, "foreign-service": 0.329, "strike-out": 0.208, "strike-templates": 0.317, "learned": 0.333},
	"team normal 24x10":      {"word-overlap": 0.287, "least-overlap": 0.275, "char-ngram": 0.350, "bm25-pairs": 0.296, "longest": 0.329, "shortest": 0.258, "loner": 0.237, "centroid": 0.200, "odd-one-out": 0.204, "rarest-words": 0.338, "commonest-words": 0.113, "no-failure-class": 0.229, "failure-class": 0.254, "card-product": 0.225, "recurring": 0.283, "least-recurring": 0.204, "familiar": 0.188, "least-familiar": 0.300, "record-voice": 0.354, "foreign-service": 0.292, "strike-out": 0.250, "strike-templates": 0.287, "learned": 0.379},
	"team hard 8x30":         {"word-overlap": 0.271, "least-overlap": 0.142, "char-ngram": 0.371, "bm25-pairs": 0.333, "longest": 0.321, "shortest": 0.292, "loner": 0.188, "centroid": 0.304, "odd-one-out": 0.304, "rarest-words": 0.312, "commonest-words": 0.175, "no-failure-class": 0.225, "failure-class": 0.325, "card-product": 0.196, "recurring": 0.367, "least-recurring": 0.104, "familiar": 0.171, "least-familiar": 0.246, "record-voice": 0.300, "foreign-service": 0.271, "strike-out": 0.196, "strike-templates": 0.287, "learned": 0.317},
	"team hard 24x10":        {"word-overlap": 0.300, "least-overlap": 0.242, "char-ngram": 0.342, "bm25-pairs": 0.304, "longest": 0.304, "shortest": 0.283, "loner": 0.217, "centroid": 0.279, "odd-one-out": 0.208, "rarest-words": 0.296, "commonest-words": 0.138, "no-failure-class": 0.221, "failure-class": 0.300, "card-product": 0.267, "recurring": 0.217, "least-recurring": 0.171, "familiar": 0.183, "least-familiar": 0.312, "record-voice": 0.300, "foreign-service": 0.300, "strike-out": 0.267, "strike-templates": 0.263, "learned": 0.283},
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
// and 0.377 hard; 24x10, 8 blocks: 0.386 and 0.391). No miss is open.
var openMisses = map[string]float64{}
