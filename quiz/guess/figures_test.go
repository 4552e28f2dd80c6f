package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.233, "least-overlap": 0.358, "char-ngram": 0.129, "bm25-pairs": 0.237, "longest": 0.163, "shortest": 0.204, "loner": 0.367, "centroid": 0.154, "odd-one-out": 0.150, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.287, "failure-class": 0.179, "card-product": 0.300, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.233, "foreign-service": 0.225, "strike-out": 0.296, "strike-templates": 0.233, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.250, "least-overlap": 0.329, "char-ngram": 0.113, "bm25-pairs": 0.225, "longest": 0.204, "shortest": 0.208, "loner": 0.367, "centroid": 0.175, "odd-one-out": 0.167, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.321, "failure-class": 0.188, "card-product": 0.283, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.250, "foreign-service": 0.237, "strike-out": 0.300, "strike-templates": 0.250, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.254, "least-overlap": 0.237, "char-ngram": 0.158, "bm25-pairs": 0.208, "longest": 0.246, "shortest": 0.217, "loner": 0.188, "centroid": 0.204, "odd-one-out": 0.221, "rarest-words": 0.229, "commonest-words": 0.179, "no-failure-class": 0.283, "failure-class": 0.192, "card-product": 0.237, "recurring": 0.129, "least-recurring": 0.346, "familiar": 0.129, "least-familiar": 0.346, "record-voice": 0.254, "foreign-service": 0.254, "strike-out": 0.221, "strike-templates": 0.254, "learned": 0.292},
	"bundled normal 24x10":   {"word-overlap": 0.246, "least-overlap": 0.258, "char-ngram": 0.158, "bm25-pairs": 0.212, "longest": 0.246, "shortest": 0.183, "loner": 0.212, "centroid": 0.175, "odd-one-out": 0.258, "rarest-words": 0.196, "commonest-words": 0.146, "no-failure-class": 0.300, "failure-class": 0.229, "card-product": 0.237, "recurring": 0.054, "least-recurring": 0.346, "familiar": 0.054, "least-familiar": 0.346, "record-voice": 0.246, "foreign-service": 0.246, "strike-out": 0.225, "strike-templates": 0.246, "learned": 0.325},
	"bundled hard 8x30":      {"word-overlap": 0.271, "least-overlap": 0.263, "char-ngram": 0.113, "bm25-pairs": 0.267, "longest": 0.254, "shortest": 0.237, "loner": 0.267, "centroid": 0.208, "odd-one-out": 0.221, "rarest-words": 0.258, "commonest-words": 0.154, "no-failure-class": 0.246, "failure-class": 0.217, "card-product": 0.242, "recurring": 0.121, "least-recurring": 0.329, "familiar": 0.121, "least-familiar": 0.329, "record-voice": 0.271, "foreign-service": 0.271, "strike-out": 0.242, "strike-templates": 0.271, "learned": 0.300},
	"bundled hard 24x10":     {"word-overlap": 0.267, "least-overlap": 0.263, "char-ngram": 0.108, "bm25-pairs": 0.263, "longest": 0.287, "shortest": 0.196, "loner": 0.296, "centroid": 0.217, "odd-one-out": 0.188, "rarest-words": 0.271, "commonest-words": 0.167, "no-failure-class": 0.246, "failure-class": 0.229, "card-product": 0.250, "recurring": 0.096, "least-recurring": 0.333, "familiar": 0.096, "least-familiar": 0.333, "record-voice": 0.267, "foreign-service": 0.267, "strike-out": 0.250, "strike-templates": 0.267, "learned": 0.263},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.508, "least-overlap": 0.246, "char-ngram": 0.521, "bm25-pairs": 0.467, "longest": 0.333, "shortest": 0.275, "loner": 0.412, "centroid": 0.167, "odd-one-out": 0.338, "rarest-words": 0.237, "commonest-words": 0.283, "no-failure-class": 0.263, "failure-class": 0.225, "card-product": 0.225, "recurring": 0.475, "least-recurring": 0.237, "familiar": 0.325, "least-familiar": 0.196, "record-voice": 0.362, "foreign-service": 0.508, "strike-out": 0.208, "strike-templates": 0.508, "learned": 0.467},
	"team easy 24x10":        {"word-overlap": 0.838, "least-overlap": 0.046, "char-ngram": 0.779, "bm25-pairs": 0.850, "longest": 0.417, "shortest": 0.142, "loner": 0.275, "centroid": 0.271, "odd-one-out": 0.304, "rarest-words": 0.471, "commonest-words": 0.150, "no-failure-class": 0.246, "failure-class": 0.204, "card-product": 0.304, "recurring": 0.129, "least-recurring": 0.675, "familiar": 0.221, "least-familiar": 0.450, "record-voice": 0.475, "foreign-service": 0.846, "strike-out": 0.246, "strike-templates": 0.838, "learned": 0.650},
	"team normal 8x30":       {"word-overlap": 0.300, "least-overlap": 0.258, "char-ngram": 0.312, "bm25-pairs": 0.279, "longest": 0.379, "shortest": 0.263, "loner": 0.333, "centroid": 0.212, "odd-one-out": 0.267, "rarest-words": 0.417, "commonest-words": 0.142, "no-failure-class": 0.275, "failure-class": 0.263, "card-product": 0.233, "recurring": 0.271, "least-recurring": 0.175, "familiar": 0.179, "least-familiar": 0.354, "record-voice": 0.375, "foreign-service": 0.304, "strike-out": 0.250, "strike-templates": 0.308, "learned": 0.342},
	"team normal 24x10":      {"word-overlap": 0.296, "least-overlap": 0.312, "char-ngram": 0.329, "bm25-pairs": 0.283, "longest": 0.333, "shortest": 0.250, "loner": 0.312, "centroid": 0.208, "odd-one-out": 0.200, "rarest-words": 0.392, "commonest-words": 0.125, "no-failure-class": 0.292, "failure-class": 0.254, "card-product": 0.221, "recurring": 0.233, "least-recurring": 0.308, "familiar": 0.125, "least-familiar": 0.346, "record-voice": 0.333, "foreign-service": 0.283, "strike-out": 0.254, "strike-templates": 0.292, "learned": 0.338},
	"team hard 8x30":         {"word-overlap": 0.383, "least-overlap": 0.250, "char-ngram": 0.408, "bm25-pairs": 0.358, "longest": 0.279, "shortest": 0.242, "loner": 0.217, "centroid": 0.250, "odd-one-out": 0.271, "rarest-words": 0.292, "commonest-words": 0.171, "no-failure-class": 0.271, "failure-class": 0.308, "card-product": 0.267, "recurring": 0.375, "least-recurring": 0.129, "familiar": 0.208, "least-familiar": 0.254, "record-voice": 0.367, "foreign-service": 0.383, "strike-out": 0.275, "strike-templates": 0.362, "learned": 0.292},
	"team hard 24x10":        {"word-overlap": 0.325, "least-overlap": 0.208, "char-ngram": 0.362, "bm25-pairs": 0.338, "longest": 0.279, "shortest": 0.321, "loner": 0.254, "centroid": 0.300, "odd-one-out": 0.225, "rarest-words": 0.300, "commonest-words": 0.108, "no-failure-class": 0.258, "failure-class": 0.287, "card-product": 0.258, "recurring": 0.267, "least-recurring": 0.142, "familiar": 0.158, "least-familiar": 0.242, "record-voice": 0.296, "foreign-service": 0.325, "strike-out": 0.258, "strike-templates": 0.329, "learned": 0.300},
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
// 12-block means now: every team figure at or under 0.385 (record-voice
// 0.331 normal, 0.307 hard; char-ngram 0.375, 0.378); 24x10, 8 blocks:
// rarest-words 0.409 normal and char-ngram 0.398 hard the highest. The
// pinned misses are the draw's: team normal 8x30 rarest-words (mean
// 0.385) and team hard 8x30 char-ngram (mean 0.378). strike-templates is
// the within-session tell (templates wrong before in the sitting): 0.32,
// 0.34.
var openMisses = map[string]float64{
	"team normal 8x30 rarest-words": 0.417,
	"team hard 8x30 char-ngram":     0.408,
}
