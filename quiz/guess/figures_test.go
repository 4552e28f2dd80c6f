package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.279, "least-overlap": 0.317, "char-ngram": 0.150, "bm25-pairs": 0.271, "longest": 0.175, "shortest": 0.188, "loner": 0.371, "centroid": 0.167, "odd-one-out": 0.171, "rarest-words": 0.546, "commonest-words": 0.058, "no-failure-class": 0.325, "failure-class": 0.212, "recurring": 0.000, "least-recurring": 1.000, "strike-out": 0.308, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.242, "least-overlap": 0.333, "char-ngram": 0.096, "bm25-pairs": 0.229, "longest": 0.192, "shortest": 0.179, "loner": 0.379, "centroid": 0.188, "odd-one-out": 0.163, "rarest-words": 0.537, "commonest-words": 0.025, "no-failure-class": 0.312, "failure-class": 0.196, "recurring": 0.000, "least-recurring": 1.000, "strike-out": 0.267, "learned": 1.000},
	"bundled normal 8x30":    {"word-overlap": 0.212, "least-overlap": 0.183, "char-ngram": 0.129, "bm25-pairs": 0.179, "longest": 0.267, "shortest": 0.192, "loner": 0.225, "centroid": 0.275, "odd-one-out": 0.208, "rarest-words": 0.304, "commonest-words": 0.108, "no-failure-class": 0.233, "failure-class": 0.188, "recurring": 0.075, "least-recurring": 0.338, "strike-out": 0.183, "learned": 0.312},
	"bundled normal 24x10":   {"word-overlap": 0.233, "least-overlap": 0.275, "char-ngram": 0.129, "bm25-pairs": 0.221, "longest": 0.296, "shortest": 0.167, "loner": 0.229, "centroid": 0.217, "odd-one-out": 0.217, "rarest-words": 0.254, "commonest-words": 0.121, "no-failure-class": 0.258, "failure-class": 0.158, "recurring": 0.067, "least-recurring": 0.317, "strike-out": 0.246, "learned": 0.267},
	"bundled hard 8x30":      {"word-overlap": 0.263, "least-overlap": 0.200, "char-ngram": 0.121, "bm25-pairs": 0.275, "longest": 0.246, "shortest": 0.237, "loner": 0.233, "centroid": 0.237, "odd-one-out": 0.233, "rarest-words": 0.246, "commonest-words": 0.142, "no-failure-class": 0.263, "failure-class": 0.175, "recurring": 0.083, "least-recurring": 0.321, "strike-out": 0.225, "learned": 0.312},
	"bundled hard 24x10":     {"word-overlap": 0.279, "least-overlap": 0.233, "char-ngram": 0.133, "bm25-pairs": 0.275, "longest": 0.258, "shortest": 0.192, "loner": 0.275, "centroid": 0.204, "odd-one-out": 0.237, "rarest-words": 0.287, "commonest-words": 0.179, "no-failure-class": 0.233, "failure-class": 0.208, "recurring": 0.096, "least-recurring": 0.367, "strike-out": 0.263, "learned": 0.317},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "recurring": 0.493, "least-recurring": 0.160, "strike-out": 0.432, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.483, "least-overlap": 0.233, "char-ngram": 0.496, "bm25-pairs": 0.408, "longest": 0.300, "shortest": 0.271, "loner": 0.242, "centroid": 0.212, "odd-one-out": 0.254, "rarest-words": 0.117, "commonest-words": 0.346, "no-failure-class": 0.237, "failure-class": 0.279, "recurring": 0.675, "least-recurring": 0.167, "strike-out": 0.279, "learned": 0.554},
	"team easy 24x10":        {"word-overlap": 0.717, "least-overlap": 0.062, "char-ngram": 0.721, "bm25-pairs": 0.729, "longest": 0.200, "shortest": 0.217, "loner": 0.275, "centroid": 0.271, "odd-one-out": 0.208, "rarest-words": 0.350, "commonest-words": 0.237, "no-failure-class": 0.312, "failure-class": 0.275, "recurring": 0.204, "least-recurring": 0.400, "strike-out": 0.292, "learned": 0.546},
	"team normal 8x30":       {"word-overlap": 0.275, "least-overlap": 0.317, "char-ngram": 0.371, "bm25-pairs": 0.250, "longest": 0.321, "shortest": 0.263, "loner": 0.242, "centroid": 0.212, "odd-one-out": 0.221, "rarest-words": 0.267, "commonest-words": 0.225, "no-failure-class": 0.242, "failure-class": 0.271, "recurring": 0.650, "least-recurring": 0.037, "strike-out": 0.296, "learned": 0.275},
	"team normal 24x10":      {"word-overlap": 0.221, "least-overlap": 0.350, "char-ngram": 0.312, "bm25-pairs": 0.204, "longest": 0.317, "shortest": 0.250, "loner": 0.242, "centroid": 0.242, "odd-one-out": 0.233, "rarest-words": 0.317, "commonest-words": 0.200, "no-failure-class": 0.246, "failure-class": 0.258, "recurring": 0.521, "least-recurring": 0.075, "strike-out": 0.287, "learned": 0.358},
	"team hard 8x30":         {"word-overlap": 0.333, "least-overlap": 0.250, "char-ngram": 0.362, "bm25-pairs": 0.375, "longest": 0.304, "shortest": 0.233, "loner": 0.217, "centroid": 0.317, "odd-one-out": 0.192, "rarest-words": 0.208, "commonest-words": 0.317, "no-failure-class": 0.229, "failure-class": 0.346, "recurring": 0.583, "least-recurring": 0.042, "strike-out": 0.283, "learned": 0.408},
	"team hard 24x10":        {"word-overlap": 0.287, "least-overlap": 0.208, "char-ngram": 0.338, "bm25-pairs": 0.329, "longest": 0.300, "shortest": 0.242, "loner": 0.250, "centroid": 0.300, "odd-one-out": 0.196, "rarest-words": 0.221, "commonest-words": 0.254, "no-failure-class": 0.237, "failure-class": 0.283, "recurring": 0.550, "least-recurring": 0.029, "strike-out": 0.225, "learned": 0.379},
	"team follow-up 8x30":    {"word-overlap": 0.383, "least-overlap": 0.301, "char-ngram": 0.368, "bm25-pairs": 0.373, "longest": 0.389, "shortest": 0.228, "loner": 0.352, "centroid": 0.264, "odd-one-out": 0.311, "rarest-words": 0.207, "commonest-words": 0.306, "no-failure-class": 0.311, "failure-class": 0.326, "recurring": 0.430, "least-recurring": 0.171, "strike-out": 0.352, "learned": 0.456},
}

// openMisses are the targets not met yet, at their measured figure:
// the learned model on team hard 8x30, a draw a little above its mean (it
// ranges about 0.31-0.46 over blocks of 8 seeds, mean 0.38 over 16; team
// normal 24x10 ranges 0.22-0.42 over blocks of 24 seeds: go test
// ./quiz/guess -run TestReplicates -ablate -v, with -blocks, -per,
// -questions, -only). More training data makes the model stronger. Its
// signal is the idf of each option's rarest word and the word log-odds
// (TestAblateLearned): a team's answer is a sentence that recurs with its
// incident and as similar incidents' wrong option, so its rarest word is
// commoner than a library entry's, which turns up only when that entry is
// drawn. A figure moves by about one standard error (0.03 at 240
// questions) when a change only reshuffles the draws.
//
// The recurring bots see the same cause more plainly: over a plan's
// sessions a team's answer is met word for word about 5.5 times (with its
// incident, and as similar incidents' wrong option), a generated wrong
// option about 2.9 times (library entries are drawn per session), so
// "pick the sentence met most often" wins. Drawing an incident's entries
// the same way in every session raised a wrong option to 3.7 and left the
// bot at 0.56; dropping the verbatim borrowed causes brought it to 0.35
// but the learned bot to 0.56 (the answer became the loner again). On the
// bundled corpus the answer's phrasings (two or more per incident) make it
// the sentence met least in hard 24x10.
var openMisses = map[string]float64{
	"team hard 8x30 learned":             0.408,
	"team normal 8x30 recurring":         0.650,
	"team normal 24x10 recurring":        0.521,
	"team hard 8x30 recurring":           0.583,
	"team hard 24x10 recurring":          0.550,
	"bundled hard 24x10 least-recurring": 0.367,
}
