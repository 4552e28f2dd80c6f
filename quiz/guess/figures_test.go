package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.258, "least-overlap": 0.333, "char-ngram": 0.129, "bm25-pairs": 0.254, "longest": 0.171, "shortest": 0.217, "loner": 0.362, "centroid": 0.158, "odd-one-out": 0.142, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.312, "failure-class": 0.221, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "strike-out": 0.304, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.237, "least-overlap": 0.342, "char-ngram": 0.113, "bm25-pairs": 0.221, "longest": 0.196, "shortest": 0.208, "loner": 0.362, "centroid": 0.175, "odd-one-out": 0.158, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.300, "failure-class": 0.196, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "strike-out": 0.292, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.175, "least-overlap": 0.167, "char-ngram": 0.138, "bm25-pairs": 0.142, "longest": 0.296, "shortest": 0.175, "loner": 0.212, "centroid": 0.258, "odd-one-out": 0.221, "rarest-words": 0.287, "commonest-words": 0.158, "no-failure-class": 0.229, "failure-class": 0.188, "recurring": 0.079, "least-recurring": 0.333, "familiar": 0.079, "least-familiar": 0.333, "strike-out": 0.167, "learned": 0.350},
	"bundled normal 24x10":   {"word-overlap": 0.204, "least-overlap": 0.246, "char-ngram": 0.138, "bm25-pairs": 0.192, "longest": 0.275, "shortest": 0.175, "loner": 0.221, "centroid": 0.217, "odd-one-out": 0.217, "rarest-words": 0.225, "commonest-words": 0.154, "no-failure-class": 0.254, "failure-class": 0.175, "recurring": 0.067, "least-recurring": 0.300, "familiar": 0.067, "least-familiar": 0.300, "strike-out": 0.225, "learned": 0.242},
	"bundled hard 8x30":      {"word-overlap": 0.242, "least-overlap": 0.242, "char-ngram": 0.129, "bm25-pairs": 0.246, "longest": 0.229, "shortest": 0.246, "loner": 0.217, "centroid": 0.237, "odd-one-out": 0.217, "rarest-words": 0.283, "commonest-words": 0.167, "no-failure-class": 0.254, "failure-class": 0.200, "recurring": 0.096, "least-recurring": 0.329, "familiar": 0.096, "least-familiar": 0.329, "strike-out": 0.246, "learned": 0.308},
	"bundled hard 24x10":     {"word-overlap": 0.271, "least-overlap": 0.254, "char-ngram": 0.121, "bm25-pairs": 0.267, "longest": 0.279, "shortest": 0.200, "loner": 0.271, "centroid": 0.217, "odd-one-out": 0.217, "rarest-words": 0.300, "commonest-words": 0.192, "no-failure-class": 0.208, "failure-class": 0.200, "recurring": 0.104, "least-recurring": 0.304, "familiar": 0.104, "least-familiar": 0.304, "strike-out": 0.275, "learned": 0.263},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "recurring": 0.493, "least-recurring": 0.160, "familiar": 0.493, "least-familiar": 0.160, "strike-out": 0.432, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.463, "least-overlap": 0.258, "char-ngram": 0.492, "bm25-pairs": 0.429, "longest": 0.308, "shortest": 0.275, "loner": 0.421, "centroid": 0.196, "odd-one-out": 0.237, "rarest-words": 0.146, "commonest-words": 0.317, "no-failure-class": 0.254, "failure-class": 0.237, "recurring": 0.567, "least-recurring": 0.188, "familiar": 0.533, "least-familiar": 0.150, "strike-out": 0.246, "learned": 0.487},
	"team easy 24x10":        {"word-overlap": 0.750, "least-overlap": 0.067, "char-ngram": 0.738, "bm25-pairs": 0.787, "longest": 0.217, "shortest": 0.250, "loner": 0.287, "centroid": 0.258, "odd-one-out": 0.246, "rarest-words": 0.362, "commonest-words": 0.183, "no-failure-class": 0.296, "failure-class": 0.233, "recurring": 0.125, "least-recurring": 0.354, "familiar": 0.171, "least-familiar": 0.404, "strike-out": 0.229, "learned": 0.400},
	"team normal 8x30":       {"word-overlap": 0.308, "least-overlap": 0.279, "char-ngram": 0.362, "bm25-pairs": 0.292, "longest": 0.325, "shortest": 0.317, "loner": 0.308, "centroid": 0.154, "odd-one-out": 0.229, "rarest-words": 0.333, "commonest-words": 0.217, "no-failure-class": 0.250, "failure-class": 0.246, "recurring": 0.487, "least-recurring": 0.100, "familiar": 0.279, "least-familiar": 0.263, "strike-out": 0.283, "learned": 0.296},
	"team normal 24x10":      {"word-overlap": 0.258, "least-overlap": 0.325, "char-ngram": 0.321, "bm25-pairs": 0.283, "longest": 0.321, "shortest": 0.287, "loner": 0.325, "centroid": 0.179, "odd-one-out": 0.237, "rarest-words": 0.388, "commonest-words": 0.150, "no-failure-class": 0.287, "failure-class": 0.229, "recurring": 0.396, "least-recurring": 0.183, "familiar": 0.179, "least-familiar": 0.308, "strike-out": 0.275, "learned": 0.338},
	"team hard 8x30":         {"word-overlap": 0.342, "least-overlap": 0.208, "char-ngram": 0.379, "bm25-pairs": 0.350, "longest": 0.279, "shortest": 0.271, "loner": 0.258, "centroid": 0.258, "odd-one-out": 0.279, "rarest-words": 0.212, "commonest-words": 0.242, "no-failure-class": 0.237, "failure-class": 0.350, "recurring": 0.496, "least-recurring": 0.037, "familiar": 0.358, "least-familiar": 0.138, "strike-out": 0.221, "learned": 0.333},
	"team hard 24x10":        {"word-overlap": 0.258, "least-overlap": 0.208, "char-ngram": 0.342, "bm25-pairs": 0.287, "longest": 0.271, "shortest": 0.283, "loner": 0.246, "centroid": 0.275, "odd-one-out": 0.237, "rarest-words": 0.263, "commonest-words": 0.188, "no-failure-class": 0.242, "failure-class": 0.304, "recurring": 0.421, "least-recurring": 0.079, "familiar": 0.208, "least-familiar": 0.217, "strike-out": 0.200, "learned": 0.292},
	"team follow-up 8x30":    {"word-overlap": 0.383, "least-overlap": 0.301, "char-ngram": 0.368, "bm25-pairs": 0.373, "longest": 0.389, "shortest": 0.228, "loner": 0.352, "centroid": 0.264, "odd-one-out": 0.311, "rarest-words": 0.207, "commonest-words": 0.306, "no-failure-class": 0.311, "failure-class": 0.326, "recurring": 0.430, "least-recurring": 0.171, "familiar": 0.430, "least-familiar": 0.161, "strike-out": 0.352, "learned": 0.456},
}

// openMisses are the targets not met yet, at their measured figure.
// The learned model meets its target on these draws but not by much: on
// team hard it ranges about 0.30-0.50 over blocks of 8 seeds (mean 0.37
// over 24) and 0.19-0.43 over blocks of 24 seeds x 10 (mean 0.30 over 20):
// go test ./quiz/guess -run TestReplicates -ablate -v, with -blocks, -per,
// -questions, -only. Its signal is the idf of each option's rarest word and
// the word log-odds (TestAblateLearned): a team's answer is a sentence that
// recurs with its incident and as similar incidents' wrong option, so its
// rarest word is commoner than a library entry's, which turns up only when
// that entry is drawn. A figure moves by about one standard error (0.03 at
// 240 questions) when a change only reshuffles the draws.
//
// The recurring bots see the same cause more plainly: over a plan's
// sessions (8x30) a team's answer was met word for word about 5.5 times
// (with its incident, and as similar incidents' wrong option), a generated
// wrong option about 2.9 times (library entries are drawn per session), so
// "pick the sentence met most often" won 0.61 normal and 0.54 hard. The
// engine now rewords 35 of the 63 derived causes in the record's own words
// and lends a borrowed cause in any of its wordings: the answer is met 4.1
// times normal and 4.5 hard, a library option 2.5 and 2.2, a borrowed cause
// 4.4 and 4.9 (other incidents' answers). The familiar bots, which count
// alike sentences as one, stay at or under 0.36: rewording that only split
// the count would show there. Drawing an incident's entries the same way in
// every session left the bot at 0.56; dropping the verbatim borrowed causes
// brought it to 0.35 but the learned bot to 0.56 (the answer became the
// loner again); drawing from four library entries instead of six, 0.47 but
// loner 0.41 normal. On the bundled corpus three texts drawn evenly made
// the answer the sentence met least (hard 24x10 0.37); the brief is now
// asked half the time.
var openMisses = map[string]float64{
	"team normal 8x30 recurring": 0.487,
	"team hard 8x30 recurring":   0.496,
	"team hard 24x10 recurring":  0.421,
}
