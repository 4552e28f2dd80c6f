package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.225, "least-overlap": 0.308, "char-ngram": 0.129, "bm25-pairs": 0.229, "longest": 0.175, "shortest": 0.221, "loner": 0.362, "centroid": 0.154, "odd-one-out": 0.163, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.358, "failure-class": 0.196, "card-product": 0.271, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.225, "foreign-service": 0.221, "strike-out": 0.263, "strike-templates": 0.225, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.229, "least-overlap": 0.287, "char-ngram": 0.113, "bm25-pairs": 0.208, "longest": 0.200, "shortest": 0.200, "loner": 0.350, "centroid": 0.175, "odd-one-out": 0.158, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.287, "failure-class": 0.204, "card-product": 0.250, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.229, "foreign-service": 0.217, "strike-out": 0.250, "strike-templates": 0.229, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.221, "least-overlap": 0.250, "char-ngram": 0.142, "bm25-pairs": 0.183, "longest": 0.279, "shortest": 0.192, "loner": 0.225, "centroid": 0.221, "odd-one-out": 0.250, "rarest-words": 0.229, "commonest-words": 0.183, "no-failure-class": 0.317, "failure-class": 0.208, "card-product": 0.225, "recurring": 0.125, "least-recurring": 0.287, "familiar": 0.125, "least-familiar": 0.287, "record-voice": 0.221, "foreign-service": 0.221, "strike-out": 0.217, "strike-templates": 0.221, "learned": 0.333},
	"bundled normal 24x10":   {"word-overlap": 0.225, "least-overlap": 0.258, "char-ngram": 0.150, "bm25-pairs": 0.204, "longest": 0.254, "shortest": 0.208, "loner": 0.204, "centroid": 0.258, "odd-one-out": 0.242, "rarest-words": 0.242, "commonest-words": 0.142, "no-failure-class": 0.275, "failure-class": 0.212, "card-product": 0.242, "recurring": 0.050, "least-recurring": 0.312, "familiar": 0.050, "least-familiar": 0.312, "record-voice": 0.225, "foreign-service": 0.221, "strike-out": 0.233, "strike-templates": 0.225, "learned": 0.296},
	"bundled hard 8x30":      {"word-overlap": 0.254, "least-overlap": 0.246, "char-ngram": 0.133, "bm25-pairs": 0.250, "longest": 0.250, "shortest": 0.212, "loner": 0.287, "centroid": 0.175, "odd-one-out": 0.183, "rarest-words": 0.258, "commonest-words": 0.171, "no-failure-class": 0.308, "failure-class": 0.217, "card-product": 0.263, "recurring": 0.204, "least-recurring": 0.333, "familiar": 0.204, "least-familiar": 0.333, "record-voice": 0.254, "foreign-service": 0.254, "strike-out": 0.263, "strike-templates": 0.254, "learned": 0.329},
	"bundled hard 24x10":     {"word-overlap": 0.212, "least-overlap": 0.217, "char-ngram": 0.133, "bm25-pairs": 0.208, "longest": 0.275, "shortest": 0.233, "loner": 0.279, "centroid": 0.208, "odd-one-out": 0.221, "rarest-words": 0.233, "commonest-words": 0.146, "no-failure-class": 0.263, "failure-class": 0.246, "card-product": 0.196, "recurring": 0.121, "least-recurring": 0.271, "familiar": 0.121, "least-familiar": 0.271, "record-voice": 0.212, "foreign-service": 0.212, "strike-out": 0.196, "strike-templates": 0.212, "learned": 0.250},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.504, "least-overlap": 0.192, "char-ngram": 0.533, "bm25-pairs": 0.537, "longest": 0.358, "shortest": 0.250, "loner": 0.329, "centroid": 0.154, "odd-one-out": 0.371, "rarest-words": 0.221, "commonest-words": 0.271, "no-failure-class": 0.242, "failure-class": 0.263, "card-product": 0.212, "recurring": 0.425, "least-recurring": 0.221, "familiar": 0.292, "least-familiar": 0.200, "record-voice": 0.388, "foreign-service": 0.517, "strike-out": 0.229, "strike-templates": 0.504, "learned": 0.483},
	"team easy 24x10":        {"word-overlap": 0.871, "least-overlap": 0.021, "char-ngram": 0.846, "bm25-pairs": 0.883, "longest": 0.479, "shortest": 0.079, "loner": 0.171, "centroid": 0.267, "odd-one-out": 0.367, "rarest-words": 0.492, "commonest-words": 0.092, "no-failure-class": 0.242, "failure-class": 0.242, "card-product": 0.296, "recurring": 0.113, "least-recurring": 0.692, "familiar": 0.154, "least-familiar": 0.475, "record-voice": 0.562, "foreign-service": 0.875, "strike-out": 0.242, "strike-templates": 0.871, "learned": 0.658},
	"team normal 8x30":       {"word-overlap": 0.358, "least-overlap": 0.242, "char-ngram": 0.325, "bm25-pairs": 0.317, "longest": 0.400, "shortest": 0.212, "loner": 0.292, "centroid": 0.250, "odd-one-out": 0.237, "rarest-words": 0.292, "commonest-words": 0.133, "no-failure-class": 0.279, "failure-class": 0.283, "card-product": 0.229, "recurring": 0.329, "least-recurring": 0.142, "familiar": 0.217, "least-familiar": 0.246, "record-voice": 0.300, "foreign-service": 0.367, "strike-out": 0.258, "strike-templates": 0.392, "learned": 0.321},
	"team normal 24x10":      {"word-overlap": 0.354, "least-overlap": 0.221, "char-ngram": 0.375, "bm25-pairs": 0.304, "longest": 0.408, "shortest": 0.208, "loner": 0.212, "centroid": 0.242, "odd-one-out": 0.188, "rarest-words": 0.292, "commonest-words": 0.142, "no-failure-class": 0.292, "failure-class": 0.254, "card-product": 0.246, "recurring": 0.221, "least-recurring": 0.246, "familiar": 0.208, "least-familiar": 0.258, "record-voice": 0.312, "foreign-service": 0.379, "strike-out": 0.279, "strike-templates": 0.350, "learned": 0.358},
	"team hard 8x30":         {"word-overlap": 0.342, "least-overlap": 0.217, "char-ngram": 0.342, "bm25-pairs": 0.329, "longest": 0.333, "shortest": 0.212, "loner": 0.212, "centroid": 0.258, "odd-one-out": 0.258, "rarest-words": 0.233, "commonest-words": 0.212, "no-failure-class": 0.254, "failure-class": 0.292, "card-product": 0.229, "recurring": 0.321, "least-recurring": 0.183, "familiar": 0.304, "least-familiar": 0.242, "record-voice": 0.267, "foreign-service": 0.342, "strike-out": 0.229, "strike-templates": 0.325, "learned": 0.342},
	"team hard 24x10":        {"word-overlap": 0.392, "least-overlap": 0.242, "char-ngram": 0.346, "bm25-pairs": 0.312, "longest": 0.329, "shortest": 0.188, "loner": 0.200, "centroid": 0.292, "odd-one-out": 0.221, "rarest-words": 0.258, "commonest-words": 0.192, "no-failure-class": 0.237, "failure-class": 0.304, "card-product": 0.308, "recurring": 0.267, "least-recurring": 0.250, "familiar": 0.287, "least-familiar": 0.246, "record-voice": 0.308, "foreign-service": 0.392, "strike-out": 0.308, "strike-templates": 0.375, "learned": 0.304},
	"team follow-up 8x30":    {"word-overlap": 0.352, "least-overlap": 0.264, "char-ngram": 0.347, "bm25-pairs": 0.342, "longest": 0.373, "shortest": 0.228, "loner": 0.301, "centroid": 0.295, "odd-one-out": 0.321, "rarest-words": 0.197, "commonest-words": 0.290, "no-failure-class": 0.285, "failure-class": 0.326, "card-product": 0.311, "recurring": 0.440, "least-recurring": 0.176, "familiar": 0.440, "least-familiar": 0.166, "record-voice": 0.352, "foreign-service": 0.373, "strike-out": 0.301, "strike-templates": 0.342, "learned": 0.420},
	"heldout easy 8x30":      {"word-overlap": 0.433, "least-overlap": 0.275, "char-ngram": 0.446, "bm25-pairs": 0.404, "longest": 0.338, "shortest": 0.304, "loner": 0.517, "centroid": 0.183, "odd-one-out": 0.471, "rarest-words": 0.321, "commonest-words": 0.192, "no-failure-class": 0.271, "failure-class": 0.188, "card-product": 0.375, "recurring": 0.621, "least-recurring": 0.175, "familiar": 0.533, "least-familiar": 0.113, "record-voice": 0.342, "foreign-service": 0.454, "strike-out": 0.271, "strike-templates": 0.454, "learned": 0.588},
	"heldout easy 24x10":     {"word-overlap": 0.879, "least-overlap": 0.037, "char-ngram": 0.825, "bm25-pairs": 0.887, "longest": 0.412, "shortest": 0.113, "loner": 0.246, "centroid": 0.242, "odd-one-out": 0.392, "rarest-words": 0.425, "commonest-words": 0.167, "no-failure-class": 0.275, "failure-class": 0.263, "card-product": 0.433, "recurring": 0.163, "least-recurring": 0.512, "familiar": 0.167, "least-familiar": 0.325, "record-voice": 0.487, "foreign-service": 0.887, "strike-out": 0.250, "strike-templates": 0.875, "learned": 0.571},
	"heldout normal 8x30":    {"word-overlap": 0.283, "least-overlap": 0.196, "char-ngram": 0.338, "bm25-pairs": 0.233, "longest": 0.329, "shortest": 0.271, "loner": 0.379, "centroid": 0.167, "odd-one-out": 0.388, "rarest-words": 0.392, "commonest-words": 0.146, "no-failure-class": 0.292, "failure-class": 0.229, "card-product": 0.325, "recurring": 0.467, "least-recurring": 0.104, "familiar": 0.333, "least-familiar": 0.138, "record-voice": 0.329, "foreign-service": 0.304, "strike-out": 0.242, "strike-templates": 0.321, "learned": 0.487},
	"heldout normal 24x10":   {"word-overlap": 0.275, "least-overlap": 0.196, "char-ngram": 0.333, "bm25-pairs": 0.287, "longest": 0.362, "shortest": 0.225, "loner": 0.362, "centroid": 0.158, "odd-one-out": 0.400, "rarest-words": 0.417, "commonest-words": 0.083, "no-failure-class": 0.283, "failure-class": 0.212, "card-product": 0.354, "recurring": 0.254, "least-recurring": 0.129, "familiar": 0.183, "least-familiar": 0.183, "record-voice": 0.304, "foreign-service": 0.287, "strike-out": 0.237, "strike-templates": 0.279, "learned": 0.517},
	"heldout hard 8x30":      {"word-overlap": 0.367, "least-overlap": 0.188, "char-ngram": 0.258, "bm25-pairs": 0.362, "longest": 0.246, "shortest": 0.233, "loner": 0.246, "centroid": 0.142, "odd-one-out": 0.308, "rarest-words": 0.312, "commonest-words": 0.121, "no-failure-class": 0.242, "failure-class": 0.200, "card-product": 0.258, "recurring": 0.508, "least-recurring": 0.100, "familiar": 0.283, "least-familiar": 0.125, "record-voice": 0.279, "foreign-service": 0.367, "strike-out": 0.263, "strike-templates": 0.396, "learned": 0.479},
	"heldout hard 24x10":     {"word-overlap": 0.342, "least-overlap": 0.158, "char-ngram": 0.204, "bm25-pairs": 0.304, "longest": 0.296, "shortest": 0.212, "loner": 0.258, "centroid": 0.192, "odd-one-out": 0.342, "rarest-words": 0.442, "commonest-words": 0.087, "no-failure-class": 0.258, "failure-class": 0.229, "card-product": 0.275, "recurring": 0.350, "least-recurring": 0.138, "familiar": 0.246, "least-familiar": 0.221, "record-voice": 0.254, "foreign-service": 0.342, "strike-out": 0.275, "strike-templates": 0.346, "learned": 0.475},
	"heldout follow-up 8x30": {"word-overlap": 0.389, "least-overlap": 0.236, "char-ngram": 0.330, "bm25-pairs": 0.404, "longest": 0.227, "shortest": 0.360, "loner": 0.300, "centroid": 0.217, "odd-one-out": 0.232, "rarest-words": 0.261, "commonest-words": 0.360, "no-failure-class": 0.246, "failure-class": 0.340, "card-product": 0.320, "recurring": 0.458, "least-recurring": 0.167, "familiar": 0.458, "least-familiar": 0.167, "record-voice": 0.389, "foreign-service": 0.433, "strike-out": 0.305, "strike-templates": 0.389, "learned": 0.507},
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
// and 0.377 hard; 24x10, 8 blocks: 0.386 and 0.391).
// Three fixes a trainee's read-through asked for took some near-misses
// away: a derived cause is no longer cut to a short action that ", and"
// continues ("The identity provider's signing key was rotated."), library
// entries that are another product's idiom are not offered beside it (an
// instance quota beside Lambda, a consumer group rebalance beside Kinesis,
// burst credits beside S3), and kindred entries (a time-to-live set too
// long, an entry written with no expiry) are not offered beside each
// other's causes. Hard char-ngram went 0.377 -> 0.385 over 96 seeds (the
// answer "…, and the back-office app cached the old public key for 24
// hours" shares "back-office" and "hour" with its card), and the pinned
// draw of seeds 1-8 was one question over the target (0.404). A hard
// question now shows mostly the near-misses it shows when asked alone, the
// same each session (quiz/shown.go preferSteady): hard char-ngram 12-block
// means 0.380 -> 0.351 (24x10: 0.405 -> 0.377), and the pinned draw 0.358.
//
// A summary's first sentence used to be told as a consequence clause only
// when it was one short clause without a comma: 39 of the team corpus's 63
// summaries, none of the held-out corpus's 40 (quiz/testdata/heldout.txt,
// written by other hands), where every derived answer was then the one
// sentence of its question told a single way. Its main clause is now told
// (quiz/tail.go: 62 of 63 and 31 of 40): held-out 12-block means of 8x30
// went 0.579 -> 0.519 hard and 0.634 -> 0.555 normal for the best guesser
// (record-voice 0.544 -> 0.344 normal), 24x10 0.513 -> 0.391 and 0.469 ->
// 0.390. Team means stayed (24x10 normal, 16 blocks: char-ngram 0.390 both,
// learned 0.361 -> 0.374), and the pinned draw of learned on team normal
// 24x10 (seeds 1-24) came out at 0.425. A derived cause telling its own
// consequence is now told with the card's impact after it too (quiz/
// rephrase.go afterConsequence; one wording only: 3 team incidents, 9
// held-out): held-out means 0.519 -> 0.481 hard, 0.555 -> 0.523 normal
// (recurring; 24x10 0.391 -> 0.369, 0.390 -> 0.375). Those answers are the
// longest wordings: team normal 8x30 longest 12-block mean 0.340 (0.323
// with them capped at 170 characters, which cost the held-out recurring
// figures what they had gained), and the pinned draw (seeds 1-8) 0.412.
// Cuts that left a fragment on a third held-out platform (Clinic: a cut
// inside brackets, at either comma of an aside, a word cut where a sentence
// had nowhere else to go) are made whole now (quiz/breaks.go), and that
// draw is 0.392: every team figure is under its target on the pinned draws.
//
// The held-out corpus (quiz/testdata/heldout.txt, 60 incidents on three
// platforms the library was not written for) is pinned here too, so a
// change that helps the team corpus at its expense is seen. Its misses are
// the engine's open limit: a real postmortem's cause is specific (numbers,
// config names, capitals: "a prefetch count of 500", "max_active_runs")
// where library options are generic, so on normal the answer is the choice
// with the rarest words and digits (the learned model's rarity column alone
// scores 0.51, its digits column 0.45), and the odd one out. Closing it
// takes library heads that carry specifics of their own, or more of the
// wrong options lent from similar incidents' causes, which are in the same
// voice. The second is done in part: without material a similar incident's
// cause now stands ahead of the library's looser fits (quiz/choices.go
// lentPref, hardLentPref), and held-out misses went from 15 to 8 (6-block
// means of normal 8x30: learned 0.483 -> 0.419, rarest-words 0.474 ->
// 0.369). The team corpus's pinned normal 24x10 draw of the longest bot
// came out at 0.408 (16-block mean 0.349; char-ngram 0.389, learned 0.358).
var openMisses = map[string]float64{
	"heldout hard 24x10 learned":        0.475,
	"heldout hard 24x10 rarest-words":   0.442,
	"heldout hard 8x30 learned":         0.479,
	"heldout hard 8x30 recurring":       0.508,
	"heldout normal 24x10 learned":      0.517,
	"heldout normal 24x10 rarest-words": 0.417,
	"heldout normal 8x30 learned":       0.487,
	"heldout normal 8x30 recurring":     0.467,
	"team normal 24x10 longest":         0.408,
}
