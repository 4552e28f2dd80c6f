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
	"team easy 8x30":         {"word-overlap": 0.533, "least-overlap": 0.237, "char-ngram": 0.500, "bm25-pairs": 0.500, "longest": 0.283, "shortest": 0.304, "loner": 0.429, "centroid": 0.175, "odd-one-out": 0.275, "rarest-words": 0.225, "commonest-words": 0.258, "no-failure-class": 0.242, "failure-class": 0.242, "card-product": 0.263, "recurring": 0.575, "least-recurring": 0.196, "familiar": 0.329, "least-familiar": 0.246, "record-voice": 0.483, "strike-out": 0.258, "strike-templates": 0.537, "learned": 0.463},
	"team easy 24x10":        {"word-overlap": 0.771, "least-overlap": 0.054, "char-ngram": 0.708, "bm25-pairs": 0.804, "longest": 0.233, "shortest": 0.217, "loner": 0.283, "centroid": 0.258, "odd-one-out": 0.200, "rarest-words": 0.358, "commonest-words": 0.212, "no-failure-class": 0.258, "failure-class": 0.204, "card-product": 0.333, "recurring": 0.192, "least-recurring": 0.504, "familiar": 0.221, "least-familiar": 0.438, "record-voice": 0.613, "strike-out": 0.271, "strike-templates": 0.771, "learned": 0.550},
	"team normal 8x30":       {"word-overlap": 0.325, "least-overlap": 0.229, "char-ngram": 0.342, "bm25-pairs": 0.342, "longest": 0.304, "shortest": 0.325, "loner": 0.346, "centroid": 0.221, "odd-one-out": 0.192, "rarest-words": 0.383, "commonest-words": 0.117, "no-failure-class": 0.287, "failure-class": 0.254, "card-product": 0.237, "recurring": 0.338, "least-recurring": 0.163, "familiar": 0.133, "least-familiar": 0.383, "record-voice": 0.554, "strike-out": 0.254, "strike-templates": 0.375, "learned": 0.367},
	"team normal 24x10":      {"word-overlap": 0.308, "least-overlap": 0.317, "char-ngram": 0.350, "bm25-pairs": 0.321, "longest": 0.312, "shortest": 0.296, "loner": 0.321, "centroid": 0.212, "odd-one-out": 0.188, "rarest-words": 0.425, "commonest-words": 0.083, "no-failure-class": 0.267, "failure-class": 0.212, "card-product": 0.200, "recurring": 0.263, "least-recurring": 0.292, "familiar": 0.108, "least-familiar": 0.412, "record-voice": 0.504, "strike-out": 0.225, "strike-templates": 0.304, "learned": 0.392},
	"team hard 8x30":         {"word-overlap": 0.354, "least-overlap": 0.250, "char-ngram": 0.383, "bm25-pairs": 0.342, "longest": 0.258, "shortest": 0.292, "loner": 0.267, "centroid": 0.229, "odd-one-out": 0.308, "rarest-words": 0.346, "commonest-words": 0.133, "no-failure-class": 0.271, "failure-class": 0.312, "card-product": 0.304, "recurring": 0.383, "least-recurring": 0.133, "familiar": 0.183, "least-familiar": 0.283, "record-voice": 0.458, "strike-out": 0.304, "strike-templates": 0.358, "learned": 0.333},
	"team hard 24x10":        {"word-overlap": 0.338, "least-overlap": 0.212, "char-ngram": 0.396, "bm25-pairs": 0.342, "longest": 0.246, "shortest": 0.329, "loner": 0.279, "centroid": 0.283, "odd-one-out": 0.208, "rarest-words": 0.312, "commonest-words": 0.092, "no-failure-class": 0.292, "failure-class": 0.321, "card-product": 0.258, "recurring": 0.212, "least-recurring": 0.179, "familiar": 0.121, "least-familiar": 0.267, "record-voice": 0.388, "strike-out": 0.258, "strike-templates": 0.350, "learned": 0.338},
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
// services): 60% of team answers are like no other sentence met, so it wins
// whenever the rest are templates (means 0.566 -> 0.535 normal, 0.548 ->
// 0.441 hard). The learned bot's means are 0.366 normal and 0.334 hard
// (24x10: 0.370, 0.328); rarest-words' and least-familiar's pinned normal
// 24x10 figures are the draw's (means 0.418, 0.391; a block moves
// +-0.05-0.08). strike-templates is the within-session
// tell (templates wrong before in the sitting): 0.35, 0.37.
//
// A miss of the draw: bundled hard 8x30 least-recurring (and least-familiar)
// 0.354 has a 12-block mean of 0.324.
var openMisses = map[string]float64{
	"bundled hard 8x30 least-recurring": 0.354,
	"bundled hard 8x30 least-familiar":  0.354,
	"team normal 8x30 record-voice":     0.554,
	"team normal 24x10 rarest-words":    0.425,
	"team normal 24x10 least-familiar":  0.412,
	"team normal 24x10 record-voice":    0.504,
	"team hard 8x30 record-voice":       0.458,
}
