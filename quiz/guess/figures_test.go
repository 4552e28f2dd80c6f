package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.296, "least-overlap": 0.338, "char-ngram": 0.138, "bm25-pairs": 0.275, "longest": 0.154, "shortest": 0.188, "loner": 0.371, "centroid": 0.167, "odd-one-out": 0.254, "rarest-words": 0.546, "commonest-words": 0.058, "no-failure-class": 0.333, "failure-class": 0.225, "strike-out": 0.321, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.250, "least-overlap": 0.333, "char-ngram": 0.092, "bm25-pairs": 0.242, "longest": 0.175, "shortest": 0.179, "loner": 0.379, "centroid": 0.188, "odd-one-out": 0.225, "rarest-words": 0.537, "commonest-words": 0.025, "no-failure-class": 0.308, "failure-class": 0.196, "strike-out": 0.267, "learned": 0.975},
	"bundled normal 8x30":    {"word-overlap": 0.225, "least-overlap": 0.204, "char-ngram": 0.125, "bm25-pairs": 0.192, "longest": 0.258, "shortest": 0.188, "loner": 0.229, "centroid": 0.263, "odd-one-out": 0.254, "rarest-words": 0.275, "commonest-words": 0.113, "no-failure-class": 0.250, "failure-class": 0.188, "strike-out": 0.196, "learned": 0.392},
	"bundled normal 24x10":   {"word-overlap": 0.229, "least-overlap": 0.271, "char-ngram": 0.129, "bm25-pairs": 0.217, "longest": 0.287, "shortest": 0.163, "loner": 0.246, "centroid": 0.208, "odd-one-out": 0.263, "rarest-words": 0.242, "commonest-words": 0.113, "no-failure-class": 0.258, "failure-class": 0.163, "strike-out": 0.250, "learned": 0.333},
	"bundled hard 8x30":      {"word-overlap": 0.258, "least-overlap": 0.196, "char-ngram": 0.121, "bm25-pairs": 0.271, "longest": 0.229, "shortest": 0.254, "loner": 0.246, "centroid": 0.242, "odd-one-out": 0.263, "rarest-words": 0.242, "commonest-words": 0.129, "no-failure-class": 0.263, "failure-class": 0.171, "strike-out": 0.221, "learned": 0.379},
	"bundled hard 24x10":     {"word-overlap": 0.242, "least-overlap": 0.196, "char-ngram": 0.133, "bm25-pairs": 0.242, "longest": 0.246, "shortest": 0.188, "loner": 0.267, "centroid": 0.212, "odd-one-out": 0.246, "rarest-words": 0.258, "commonest-words": 0.171, "no-failure-class": 0.233, "failure-class": 0.200, "strike-out": 0.221, "learned": 0.308},
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
	"bundled hard 8x30 learned": 0.379,
	"team hard 24x10 learned":   0.596,
	"team hard 8x30 char-ngram": 0.442,
	"team hard 8x30 learned":    0.575,
	"team normal 24x10 learned": 0.508,
	"team normal 8x30 learned":  0.433,
}
