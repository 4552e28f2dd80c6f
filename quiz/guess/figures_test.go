package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.188, "least-overlap": 0.304, "char-ngram": 0.079, "bm25-pairs": 0.163, "longest": 0.133, "shortest": 0.221, "loner": 0.367, "centroid": 0.163, "odd-one-out": 0.212, "rarest-words": 0.529, "commonest-words": 0.033, "no-failure-class": 0.287, "failure-class": 0.200, "strike-out": 0.279, "learned": 0.950},
	"bundled easy 24x10":     {"word-overlap": 0.225, "least-overlap": 0.358, "char-ngram": 0.071, "bm25-pairs": 0.204, "longest": 0.171, "shortest": 0.221, "loner": 0.375, "centroid": 0.179, "odd-one-out": 0.179, "rarest-words": 0.512, "commonest-words": 0.013, "no-failure-class": 0.304, "failure-class": 0.200, "strike-out": 0.296, "learned": 1.000},
	"bundled normal 8x30":    {"word-overlap": 0.237, "least-overlap": 0.258, "char-ngram": 0.092, "bm25-pairs": 0.204, "longest": 0.246, "shortest": 0.208, "loner": 0.254, "centroid": 0.233, "odd-one-out": 0.254, "rarest-words": 0.275, "commonest-words": 0.125, "no-failure-class": 0.267, "failure-class": 0.163, "strike-out": 0.263, "learned": 0.463},
	"bundled normal 24x10":   {"word-overlap": 0.221, "least-overlap": 0.258, "char-ngram": 0.104, "bm25-pairs": 0.208, "longest": 0.258, "shortest": 0.208, "loner": 0.258, "centroid": 0.225, "odd-one-out": 0.233, "rarest-words": 0.246, "commonest-words": 0.113, "no-failure-class": 0.258, "failure-class": 0.208, "strike-out": 0.237, "learned": 0.304},
	"bundled hard 8x30":      {"word-overlap": 0.275, "least-overlap": 0.279, "char-ngram": 0.071, "bm25-pairs": 0.271, "longest": 0.196, "shortest": 0.217, "loner": 0.250, "centroid": 0.267, "odd-one-out": 0.258, "rarest-words": 0.275, "commonest-words": 0.113, "no-failure-class": 0.279, "failure-class": 0.183, "strike-out": 0.254, "learned": 0.392},
	"bundled hard 24x10":     {"word-overlap": 0.212, "least-overlap": 0.221, "char-ngram": 0.075, "bm25-pairs": 0.212, "longest": 0.229, "shortest": 0.229, "loner": 0.254, "centroid": 0.221, "odd-one-out": 0.221, "rarest-words": 0.246, "commonest-words": 0.154, "no-failure-class": 0.212, "failure-class": 0.192, "strike-out": 0.208, "learned": 0.279},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "strike-out": 0.432, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.454, "least-overlap": 0.292, "char-ngram": 0.454, "bm25-pairs": 0.400, "longest": 0.275, "shortest": 0.358, "loner": 0.237, "centroid": 0.200, "odd-one-out": 0.292, "rarest-words": 0.121, "commonest-words": 0.350, "no-failure-class": 0.246, "failure-class": 0.317, "strike-out": 0.263, "learned": 0.708},
	"team easy 24x10":        {"word-overlap": 0.675, "least-overlap": 0.092, "char-ngram": 0.671, "bm25-pairs": 0.738, "longest": 0.242, "shortest": 0.242, "loner": 0.250, "centroid": 0.229, "odd-one-out": 0.275, "rarest-words": 0.221, "commonest-words": 0.267, "no-failure-class": 0.225, "failure-class": 0.254, "strike-out": 0.258, "learned": 0.446},
	"team normal 8x30":       {"word-overlap": 0.225, "least-overlap": 0.350, "char-ngram": 0.329, "bm25-pairs": 0.225, "longest": 0.225, "shortest": 0.329, "loner": 0.325, "centroid": 0.179, "odd-one-out": 0.254, "rarest-words": 0.237, "commonest-words": 0.271, "no-failure-class": 0.204, "failure-class": 0.296, "strike-out": 0.217, "learned": 0.450},
	"team normal 24x10":      {"word-overlap": 0.146, "least-overlap": 0.371, "char-ngram": 0.287, "bm25-pairs": 0.133, "longest": 0.200, "shortest": 0.329, "loner": 0.250, "centroid": 0.212, "odd-one-out": 0.237, "rarest-words": 0.221, "commonest-words": 0.229, "no-failure-class": 0.292, "failure-class": 0.246, "strike-out": 0.271, "learned": 0.558},
	"team hard 8x30":         {"word-overlap": 0.308, "least-overlap": 0.183, "char-ngram": 0.450, "bm25-pairs": 0.392, "longest": 0.258, "shortest": 0.325, "loner": 0.229, "centroid": 0.342, "odd-one-out": 0.217, "rarest-words": 0.142, "commonest-words": 0.325, "no-failure-class": 0.217, "failure-class": 0.263, "strike-out": 0.237, "learned": 0.588},
	"team hard 24x10":        {"word-overlap": 0.275, "least-overlap": 0.225, "char-ngram": 0.354, "bm25-pairs": 0.342, "longest": 0.250, "shortest": 0.392, "loner": 0.225, "centroid": 0.312, "odd-one-out": 0.242, "rarest-words": 0.225, "commonest-words": 0.308, "no-failure-class": 0.275, "failure-class": 0.221, "strike-out": 0.225, "learned": 0.621},
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
// that only generated options carry. Hiding exposed titles in normal mode
// moved the team normal 24x10 figure by about one standard error (learned
// 0.508 → 0.558); bundled hard 8x30 learned moved 0.379 → 0.392 while the
// bundled normal ones fell (0.517/0.429 → 0.463/0.362).
var openMisses = map[string]float64{
	"bundled hard 8x30 learned":   0.392,
	"bundled normal 8x30 learned": 0.463,
	"team hard 24x10 learned":     0.621,
	"team hard 8x30 char-ngram":   0.450,
	"team hard 8x30 learned":      0.588,
	"team normal 24x10 learned":   0.558,
	"team normal 8x30 learned":    0.450,
}
