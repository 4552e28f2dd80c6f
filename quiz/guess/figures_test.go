package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.237, "least-overlap": 0.362, "char-ngram": 0.079, "bm25-pairs": 0.217, "longest": 0.129, "shortest": 0.225, "loner": 0.375, "centroid": 0.163, "odd-one-out": 0.212, "rarest-words": 0.529, "commonest-words": 0.033, "no-failure-class": 0.321, "failure-class": 0.217, "strike-out": 0.308, "learned": 0.950},
	"bundled easy 24x10":     {"word-overlap": 0.217, "least-overlap": 0.375, "char-ngram": 0.071, "bm25-pairs": 0.192, "longest": 0.175, "shortest": 0.217, "loner": 0.388, "centroid": 0.179, "odd-one-out": 0.183, "rarest-words": 0.512, "commonest-words": 0.013, "no-failure-class": 0.271, "failure-class": 0.200, "strike-out": 0.263, "learned": 1.000},
	"bundled normal 8x30":    {"word-overlap": 0.192, "least-overlap": 0.217, "char-ngram": 0.108, "bm25-pairs": 0.171, "longest": 0.275, "shortest": 0.163, "loner": 0.263, "centroid": 0.229, "odd-one-out": 0.258, "rarest-words": 0.271, "commonest-words": 0.129, "no-failure-class": 0.263, "failure-class": 0.200, "strike-out": 0.217, "learned": 0.408},
	"bundled normal 24x10":   {"word-overlap": 0.208, "least-overlap": 0.283, "char-ngram": 0.104, "bm25-pairs": 0.196, "longest": 0.263, "shortest": 0.183, "loner": 0.250, "centroid": 0.200, "odd-one-out": 0.246, "rarest-words": 0.242, "commonest-words": 0.108, "no-failure-class": 0.254, "failure-class": 0.192, "strike-out": 0.246, "learned": 0.321},
	"bundled hard 8x30":      {"word-overlap": 0.204, "least-overlap": 0.212, "char-ngram": 0.083, "bm25-pairs": 0.200, "longest": 0.204, "shortest": 0.263, "loner": 0.263, "centroid": 0.221, "odd-one-out": 0.254, "rarest-words": 0.283, "commonest-words": 0.129, "no-failure-class": 0.279, "failure-class": 0.171, "strike-out": 0.217, "learned": 0.367},
	"bundled hard 24x10":     {"word-overlap": 0.212, "least-overlap": 0.200, "char-ngram": 0.092, "bm25-pairs": 0.212, "longest": 0.229, "shortest": 0.196, "loner": 0.283, "centroid": 0.204, "odd-one-out": 0.229, "rarest-words": 0.250, "commonest-words": 0.163, "no-failure-class": 0.237, "failure-class": 0.192, "strike-out": 0.217, "learned": 0.333},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "strike-out": 0.432, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.417, "least-overlap": 0.296, "char-ngram": 0.458, "bm25-pairs": 0.346, "longest": 0.354, "shortest": 0.308, "loner": 0.225, "centroid": 0.163, "odd-one-out": 0.275, "rarest-words": 0.092, "commonest-words": 0.388, "no-failure-class": 0.246, "failure-class": 0.346, "strike-out": 0.233, "learned": 0.617},
	"team easy 24x10":        {"word-overlap": 0.700, "least-overlap": 0.067, "char-ngram": 0.667, "bm25-pairs": 0.688, "longest": 0.225, "shortest": 0.254, "loner": 0.246, "centroid": 0.267, "odd-one-out": 0.229, "rarest-words": 0.292, "commonest-words": 0.267, "no-failure-class": 0.292, "failure-class": 0.263, "strike-out": 0.263, "learned": 0.454},
	"team normal 8x30":       {"word-overlap": 0.217, "least-overlap": 0.333, "char-ngram": 0.304, "bm25-pairs": 0.183, "longest": 0.342, "shortest": 0.254, "loner": 0.287, "centroid": 0.233, "odd-one-out": 0.258, "rarest-words": 0.175, "commonest-words": 0.354, "no-failure-class": 0.196, "failure-class": 0.325, "strike-out": 0.263, "learned": 0.433},
	"team normal 24x10":      {"word-overlap": 0.146, "least-overlap": 0.354, "char-ngram": 0.292, "bm25-pairs": 0.100, "longest": 0.321, "shortest": 0.312, "loner": 0.192, "centroid": 0.233, "odd-one-out": 0.258, "rarest-words": 0.200, "commonest-words": 0.292, "no-failure-class": 0.242, "failure-class": 0.283, "strike-out": 0.183, "learned": 0.508},
	"team hard 8x30":         {"word-overlap": 0.325, "least-overlap": 0.196, "char-ngram": 0.442, "bm25-pairs": 0.375, "longest": 0.342, "shortest": 0.304, "loner": 0.188, "centroid": 0.321, "odd-one-out": 0.242, "rarest-words": 0.142, "commonest-words": 0.371, "no-failure-class": 0.192, "failure-class": 0.279, "strike-out": 0.246, "learned": 0.575},
	"team hard 24x10":        {"word-overlap": 0.225, "least-overlap": 0.196, "char-ngram": 0.371, "bm25-pairs": 0.304, "longest": 0.317, "shortest": 0.271, "loner": 0.175, "centroid": 0.333, "odd-one-out": 0.225, "rarest-words": 0.138, "commonest-words": 0.279, "no-failure-class": 0.233, "failure-class": 0.225, "strike-out": 0.221, "learned": 0.596},
	"team follow-up 8x30":    {"word-overlap": 0.383, "least-overlap": 0.301, "char-ngram": 0.368, "bm25-pairs": 0.373, "longest": 0.389, "shortest": 0.228, "loner": 0.352, "centroid": 0.264, "odd-one-out": 0.311, "rarest-words": 0.207, "commonest-words": 0.306, "no-failure-class": 0.311, "failure-class": 0.326, "strike-out": 0.352, "learned": 0.456},
}

// openMisses are the targets not met yet, at their measured figure:
// what the engine cannot hide yet or what the bundled material still tells.
// The learned model's heaviest weights (trained on all of 8×30) name the
// tells: on the bundled corpus the word log-odds (words that two or more
// incidents' wrong options use and no answer does: "connection", "queued",
// "servers", "certificate"), commas and word count up, ", so" down; on the
// team corpus length and rarest word down, "The " up, and the card's
// service names ("checkout api") and library words ("instances", "path")
// that only generated options carry. A figure moves by about one standard
// error (0.03 at 240 questions) when a change only reshuffles the draws.
var openMisses = map[string]float64{
	"bundled hard 8x30 learned":   0.367,
	"bundled normal 8x30 learned": 0.408,
	"team hard 24x10 learned":     0.596,
	"team hard 8x30 char-ngram":   0.442,
	"team hard 8x30 learned":      0.575,
	"team normal 24x10 learned":   0.508,
	"team normal 8x30 learned":    0.433,
}
