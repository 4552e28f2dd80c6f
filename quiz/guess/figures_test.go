package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.233, "least-overlap": 0.358, "char-ngram": 0.129, "bm25-pairs": 0.237, "longest": 0.163, "shortest": 0.204, "loner": 0.367, "centroid": 0.154, "odd-one-out": 0.150, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.287, "failure-class": 0.179, "card-product": 0.300, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.233, "strike-out": 0.296, "strike-templates": 0.233, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.250, "least-overlap": 0.329, "char-ngram": 0.113, "bm25-pairs": 0.225, "longest": 0.204, "shortest": 0.208, "loner": 0.367, "centroid": 0.175, "odd-one-out": 0.167, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.321, "failure-class": 0.188, "card-product": 0.283, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.250, "strike-out": 0.300, "strike-templates": 0.250, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.258, "least-overlap": 0.246, "char-ngram": 0.142, "bm25-pairs": 0.221, "longest": 0.250, "shortest": 0.212, "loner": 0.200, "centroid": 0.208, "odd-one-out": 0.221, "rarest-words": 0.242, "commonest-words": 0.142, "no-failure-class": 0.271, "failure-class": 0.171, "card-product": 0.254, "recurring": 0.104, "least-recurring": 0.338, "familiar": 0.104, "least-familiar": 0.338, "record-voice": 0.258, "strike-out": 0.242, "strike-templates": 0.258, "learned": 0.312},
	"bundled normal 24x10":   {"word-overlap": 0.242, "least-overlap": 0.246, "char-ngram": 0.142, "bm25-pairs": 0.212, "longest": 0.254, "shortest": 0.179, "loner": 0.204, "centroid": 0.192, "odd-one-out": 0.250, "rarest-words": 0.212, "commonest-words": 0.146, "no-failure-class": 0.296, "failure-class": 0.212, "card-product": 0.246, "recurring": 0.042, "least-recurring": 0.329, "familiar": 0.042, "least-familiar": 0.329, "record-voice": 0.242, "strike-out": 0.233, "strike-templates": 0.242, "learned": 0.304},
	"bundled hard 8x30":      {"word-overlap": 0.271, "least-overlap": 0.267, "char-ngram": 0.083, "bm25-pairs": 0.267, "longest": 0.254, "shortest": 0.246, "loner": 0.254, "centroid": 0.246, "odd-one-out": 0.229, "rarest-words": 0.263, "commonest-words": 0.133, "no-failure-class": 0.246, "failure-class": 0.221, "card-product": 0.246, "recurring": 0.075, "least-recurring": 0.354, "familiar": 0.075, "least-familiar": 0.354, "record-voice": 0.271, "strike-out": 0.246, "strike-templates": 0.271, "learned": 0.275},
	"bundled hard 24x10":     {"word-overlap": 0.267, "least-overlap": 0.254, "char-ngram": 0.092, "bm25-pairs": 0.263, "longest": 0.275, "shortest": 0.204, "loner": 0.279, "centroid": 0.229, "odd-one-out": 0.188, "rarest-words": 0.275, "commonest-words": 0.188, "no-failure-class": 0.246, "failure-class": 0.229, "card-product": 0.250, "recurring": 0.108, "least-recurring": 0.329, "familiar": 0.108, "least-familiar": 0.329, "record-voice": 0.267, "strike-out": 0.250, "strike-templates": 0.267, "learned": 0.250},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "card-product": 0.329, "recurring": 0.493, "least-recurring": 0.160, "familiar": 0.493, "least-familiar": 0.160, "record-voice": 0.474, "strike-out": 0.432, "strike-templates": 0.531, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.512, "least-overlap": 0.254, "char-ngram": 0.517, "bm25-pairs": 0.471, "longest": 0.333, "shortest": 0.275, "loner": 0.404, "centroid": 0.171, "odd-one-out": 0.325, "rarest-words": 0.250, "commonest-words": 0.283, "no-failure-class": 0.258, "failure-class": 0.225, "card-product": 0.229, "recurring": 0.483, "least-recurring": 0.237, "familiar": 0.333, "least-familiar": 0.204, "record-voice": 0.379, "strike-out": 0.217, "strike-templates": 0.517, "learned": 0.463},
	"team easy 24x10":        {"word-overlap": 0.825, "least-overlap": 0.042, "char-ngram": 0.771, "bm25-pairs": 0.854, "longest": 0.404, "shortest": 0.142, "loner": 0.271, "centroid": 0.263, "odd-one-out": 0.300, "rarest-words": 0.471, "commonest-words": 0.150, "no-failure-class": 0.246, "failure-class": 0.200, "card-product": 0.308, "recurring": 0.142, "least-recurring": 0.650, "familiar": 0.221, "least-familiar": 0.446, "record-voice": 0.458, "strike-out": 0.250, "strike-templates": 0.825, "learned": 0.637},
	"team normal 8x30":       {"word-overlap": 0.317, "least-overlap": 0.271, "char-ngram": 0.321, "bm25-pairs": 0.300, "longest": 0.358, "shortest": 0.271, "loner": 0.321, "centroid": 0.221, "odd-one-out": 0.242, "rarest-words": 0.404, "commonest-words": 0.142, "no-failure-class": 0.263, "failure-class": 0.246, "card-product": 0.242, "recurring": 0.292, "least-recurring": 0.167, "familiar": 0.167, "least-familiar": 0.312, "record-voice": 0.404, "strike-out": 0.250, "strike-templates": 0.312, "learned": 0.321},
	"team normal 24x10":      {"word-overlap": 0.300, "least-overlap": 0.308, "char-ngram": 0.333, "bm25-pairs": 0.287, "longest": 0.321, "shortest": 0.233, "loner": 0.287, "centroid": 0.204, "odd-one-out": 0.200, "rarest-words": 0.383, "commonest-words": 0.117, "no-failure-class": 0.292, "failure-class": 0.237, "card-product": 0.208, "recurring": 0.233, "least-recurring": 0.304, "familiar": 0.138, "least-familiar": 0.362, "record-voice": 0.362, "strike-out": 0.237, "strike-templates": 0.292, "learned": 0.346},
	"team hard 8x30":         {"word-overlap": 0.371, "least-overlap": 0.263, "char-ngram": 0.392, "bm25-pairs": 0.358, "longest": 0.258, "shortest": 0.254, "loner": 0.221, "centroid": 0.237, "odd-one-out": 0.338, "rarest-words": 0.300, "commonest-words": 0.179, "no-failure-class": 0.246, "failure-class": 0.321, "card-product": 0.325, "recurring": 0.400, "least-recurring": 0.117, "familiar": 0.217, "least-familiar": 0.221, "record-voice": 0.375, "strike-out": 0.329, "strike-templates": 0.354, "learned": 0.279},
	"team hard 24x10":        {"word-overlap": 0.312, "least-overlap": 0.196, "char-ngram": 0.375, "bm25-pairs": 0.354, "longest": 0.267, "shortest": 0.317, "loner": 0.263, "centroid": 0.312, "odd-one-out": 0.242, "rarest-words": 0.333, "commonest-words": 0.121, "no-failure-class": 0.267, "failure-class": 0.308, "card-product": 0.242, "recurring": 0.221, "least-recurring": 0.150, "familiar": 0.138, "least-familiar": 0.279, "record-voice": 0.283, "strike-out": 0.242, "strike-templates": 0.329, "learned": 0.317},
	"team follow-up 8x30":    {"word-overlap": 0.383, "least-overlap": 0.301, "char-ngram": 0.368, "bm25-pairs": 0.373, "longest": 0.389, "shortest": 0.228, "loner": 0.352, "centroid": 0.264, "odd-one-out": 0.311, "rarest-words": 0.207, "commonest-words": 0.306, "no-failure-class": 0.311, "failure-class": 0.326, "card-product": 0.358, "recurring": 0.430, "least-recurring": 0.171, "familiar": 0.430, "least-familiar": 0.161, "record-voice": 0.383, "strike-out": 0.352, "strike-templates": 0.373, "learned": 0.456},
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
// that incident's clause behind (means 0.540 -> 0.364 normal, 0.446 ->
// 0.291 hard; recurring 0.364 -> 0.295 and 0.380 -> 0.321). The pinned
// team normal 8x30 misses are the draw's: means 0.390 rarest-words, 0.364
// record-voice. strike-templates is the within-session tell (templates
// wrong before in the sitting): 0.32, 0.33.
//
// A miss of the draw: bundled hard 8x30 least-recurring (and least-familiar)
// 0.354 has a 12-block mean of 0.324.
var openMisses = map[string]float64{
	"bundled hard 8x30 least-recurring": 0.354,
	"bundled hard 8x30 least-familiar":  0.354,
	"team normal 8x30 rarest-words":     0.404,
	"team normal 8x30 record-voice":     0.404,
}
