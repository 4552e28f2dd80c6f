package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.233, "least-overlap": 0.358, "char-ngram": 0.129, "bm25-pairs": 0.237, "longest": 0.163, "shortest": 0.204, "loner": 0.367, "centroid": 0.154, "odd-one-out": 0.150, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.287, "failure-class": 0.179, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.233, "strike-out": 0.296, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.250, "least-overlap": 0.329, "char-ngram": 0.113, "bm25-pairs": 0.225, "longest": 0.204, "shortest": 0.208, "loner": 0.367, "centroid": 0.175, "odd-one-out": 0.167, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.321, "failure-class": 0.188, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.250, "strike-out": 0.300, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.258, "least-overlap": 0.246, "char-ngram": 0.142, "bm25-pairs": 0.221, "longest": 0.250, "shortest": 0.212, "loner": 0.200, "centroid": 0.208, "odd-one-out": 0.221, "rarest-words": 0.242, "commonest-words": 0.142, "no-failure-class": 0.271, "failure-class": 0.171, "recurring": 0.104, "least-recurring": 0.338, "familiar": 0.104, "least-familiar": 0.338, "record-voice": 0.258, "strike-out": 0.242, "learned": 0.312},
	"bundled normal 24x10":   {"word-overlap": 0.242, "least-overlap": 0.246, "char-ngram": 0.142, "bm25-pairs": 0.212, "longest": 0.254, "shortest": 0.179, "loner": 0.204, "centroid": 0.192, "odd-one-out": 0.250, "rarest-words": 0.212, "commonest-words": 0.146, "no-failure-class": 0.296, "failure-class": 0.212, "recurring": 0.042, "least-recurring": 0.329, "familiar": 0.042, "least-familiar": 0.329, "record-voice": 0.242, "strike-out": 0.233, "learned": 0.304},
	"bundled hard 8x30":      {"word-overlap": 0.275, "least-overlap": 0.271, "char-ngram": 0.083, "bm25-pairs": 0.271, "longest": 0.254, "shortest": 0.246, "loner": 0.254, "centroid": 0.246, "odd-one-out": 0.229, "rarest-words": 0.263, "commonest-words": 0.133, "no-failure-class": 0.246, "failure-class": 0.221, "recurring": 0.075, "least-recurring": 0.354, "familiar": 0.075, "least-familiar": 0.354, "record-voice": 0.275, "strike-out": 0.250, "learned": 0.275},
	"bundled hard 24x10":     {"word-overlap": 0.271, "least-overlap": 0.258, "char-ngram": 0.092, "bm25-pairs": 0.267, "longest": 0.275, "shortest": 0.204, "loner": 0.279, "centroid": 0.229, "odd-one-out": 0.188, "rarest-words": 0.275, "commonest-words": 0.188, "no-failure-class": 0.246, "failure-class": 0.229, "recurring": 0.108, "least-recurring": 0.329, "familiar": 0.108, "least-familiar": 0.329, "record-voice": 0.271, "strike-out": 0.254, "learned": 0.246},
	"bundled follow-up 8x30": {"word-overlap": 0.474, "least-overlap": 0.169, "char-ngram": 0.512, "bm25-pairs": 0.516, "longest": 0.333, "shortest": 0.357, "loner": 0.319, "centroid": 0.296, "odd-one-out": 0.343, "rarest-words": 0.239, "commonest-words": 0.460, "no-failure-class": 0.347, "failure-class": 0.282, "recurring": 0.493, "least-recurring": 0.160, "familiar": 0.493, "least-familiar": 0.160, "record-voice": 0.474, "strike-out": 0.432, "learned": 0.723},
	"team easy 8x30":         {"word-overlap": 0.483, "least-overlap": 0.229, "char-ngram": 0.458, "bm25-pairs": 0.454, "longest": 0.300, "shortest": 0.292, "loner": 0.358, "centroid": 0.188, "odd-one-out": 0.192, "rarest-words": 0.167, "commonest-words": 0.342, "no-failure-class": 0.225, "failure-class": 0.208, "recurring": 0.617, "least-recurring": 0.171, "familiar": 0.512, "least-familiar": 0.125, "record-voice": 0.471, "strike-out": 0.242, "learned": 0.550},
	"team easy 24x10":        {"word-overlap": 0.754, "least-overlap": 0.092, "char-ngram": 0.717, "bm25-pairs": 0.783, "longest": 0.254, "shortest": 0.196, "loner": 0.267, "centroid": 0.263, "odd-one-out": 0.267, "rarest-words": 0.287, "commonest-words": 0.163, "no-failure-class": 0.250, "failure-class": 0.225, "recurring": 0.171, "least-recurring": 0.417, "familiar": 0.212, "least-familiar": 0.379, "record-voice": 0.592, "strike-out": 0.271, "learned": 0.433},
	"team normal 8x30":       {"word-overlap": 0.312, "least-overlap": 0.292, "char-ngram": 0.354, "bm25-pairs": 0.317, "longest": 0.304, "shortest": 0.300, "loner": 0.338, "centroid": 0.167, "odd-one-out": 0.212, "rarest-words": 0.308, "commonest-words": 0.192, "no-failure-class": 0.229, "failure-class": 0.300, "recurring": 0.550, "least-recurring": 0.054, "familiar": 0.225, "least-familiar": 0.263, "record-voice": 0.558, "strike-out": 0.250, "learned": 0.287},
	"team normal 24x10":      {"word-overlap": 0.237, "least-overlap": 0.354, "char-ngram": 0.321, "bm25-pairs": 0.271, "longest": 0.312, "shortest": 0.296, "loner": 0.321, "centroid": 0.179, "odd-one-out": 0.225, "rarest-words": 0.379, "commonest-words": 0.167, "no-failure-class": 0.258, "failure-class": 0.233, "recurring": 0.408, "least-recurring": 0.154, "familiar": 0.158, "least-familiar": 0.342, "record-voice": 0.492, "strike-out": 0.237, "learned": 0.333},
	"team hard 8x30":         {"word-overlap": 0.333, "least-overlap": 0.204, "char-ngram": 0.433, "bm25-pairs": 0.362, "longest": 0.292, "shortest": 0.308, "loner": 0.254, "centroid": 0.192, "odd-one-out": 0.263, "rarest-words": 0.208, "commonest-words": 0.233, "no-failure-class": 0.250, "failure-class": 0.292, "recurring": 0.529, "least-recurring": 0.058, "familiar": 0.350, "least-familiar": 0.138, "record-voice": 0.508, "strike-out": 0.217, "learned": 0.362},
	"team hard 24x10":        {"word-overlap": 0.338, "least-overlap": 0.229, "char-ngram": 0.346, "bm25-pairs": 0.338, "longest": 0.296, "shortest": 0.287, "loner": 0.279, "centroid": 0.233, "odd-one-out": 0.179, "rarest-words": 0.275, "commonest-words": 0.183, "no-failure-class": 0.250, "failure-class": 0.296, "recurring": 0.421, "least-recurring": 0.071, "familiar": 0.196, "least-familiar": 0.221, "record-voice": 0.521, "strike-out": 0.271, "learned": 0.350},
	"team follow-up 8x30":    {"word-overlap": 0.383, "least-overlap": 0.301, "char-ngram": 0.368, "bm25-pairs": 0.373, "longest": 0.389, "shortest": 0.228, "loner": 0.352, "centroid": 0.264, "odd-one-out": 0.311, "rarest-words": 0.207, "commonest-words": 0.306, "no-failure-class": 0.311, "failure-class": 0.326, "recurring": 0.430, "least-recurring": 0.171, "familiar": 0.430, "least-familiar": 0.161, "record-voice": 0.383, "strike-out": 0.352, "learned": 0.456},
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
// engine now rewords 21 of the 63 derived causes in the record's own words
// and lends a borrowed cause in any of its wordings; 12-block means went
// 0.597 -> 0.539 normal and 0.561 -> 0.541 hard. Rewordings that read
// better for the metric than for a trainee were dropped after a
// read-through (a fronted circumstance attached to the wrong verb and was
// itself a tell; a cut consequence lost its point), and with them most of
// the gain (0.490 and 0.503 with them). The familiar bot, which counts
// alike sentences as one, has 12-block means of 0.255 normal and 0.370
// hard (0.384 before this stop).
// Drawing an incident's entries the same way in every session left the bot
// at 0.56; dropping the verbatim borrowed causes brought it to 0.35 but the
// learned bot to 0.56 (the answer became the loner again); drawing from four
// library entries instead of six, 0.47 but loner 0.41 normal; never asking a
// cause in its library wording, 0.60 and the learned bot 0.44 hard.
//
// The record-voice bot (0.49-0.56; means 0.566 normal, 0.548 hard) sets aside every choice like another
// sentence met: a library entry is told of a different service in each
// incident and so met in alike sentences, a team's own cause in its own
// words. Over 8x30 team sessions 65% of answers are like no other sentence
// met, 12% of library options, 75% of borrowed causes (normal). Telling
// borrowed causes of the card's components in normal mode as well left it
// at 0.57. Three wordings per library entry cut it to 0.27-0.42 but sent
// the learned bot to 0.43-0.55 and familiar to 0.49-0.59 (the wordings had
// a style of their own; options no longer alike-met left the answer the
// most familiar): the two pull opposite ways.
//
// Two misses are the draw's: bundled hard 8x30 least-recurring (and
// least-familiar) 0.354 has a 12-block mean of 0.324, and team hard 8x30
// char-ngram 0.433 a mean of 0.401 (0.383-0.402 over this stop's changes).
// On the bundled corpus three texts drawn evenly had made the answer the
// sentence met least (hard 24x10 0.37); the brief is asked half the time.
var openMisses = map[string]float64{
	"bundled hard 8x30 least-recurring": 0.354,
	"bundled hard 8x30 least-familiar":  0.354,
	"team normal 8x30 recurring":        0.550,
	"team normal 8x30 record-voice":     0.558,
	"team normal 24x10 recurring":       0.408,
	"team normal 24x10 record-voice":    0.492,
	"team hard 8x30 char-ngram":         0.433,
	"team hard 8x30 recurring":          0.529,
	"team hard 8x30 record-voice":       0.508,
	"team hard 24x10 recurring":         0.421,
	"team hard 24x10 record-voice":      0.521,
}
