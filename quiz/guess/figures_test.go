package guess_test

// figures are the measured accuracies per corpus, sampling and guesser
// (go test ./quiz/guess -run TestGuessBounds -measure prints them).
var figures = map[string]map[string]float64{
	"bundled easy 8x30":      {"word-overlap": 0.217, "least-overlap": 0.300, "char-ngram": 0.129, "bm25-pairs": 0.221, "longest": 0.175, "shortest": 0.221, "loner": 0.362, "centroid": 0.154, "odd-one-out": 0.158, "rarest-words": 0.546, "commonest-words": 0.042, "no-failure-class": 0.350, "failure-class": 0.200, "card-product": 0.258, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.217, "foreign-service": 0.212, "strike-out": 0.250, "strike-templates": 0.217, "learned": 0.925},
	"bundled easy 24x10":     {"word-overlap": 0.237, "least-overlap": 0.296, "char-ngram": 0.113, "bm25-pairs": 0.217, "longest": 0.200, "shortest": 0.200, "loner": 0.350, "centroid": 0.175, "odd-one-out": 0.154, "rarest-words": 0.521, "commonest-words": 0.017, "no-failure-class": 0.287, "failure-class": 0.208, "card-product": 0.254, "recurring": 0.000, "least-recurring": 1.000, "familiar": 0.000, "least-familiar": 1.000, "record-voice": 0.237, "foreign-service": 0.225, "strike-out": 0.254, "strike-templates": 0.237, "learned": 0.996},
	"bundled normal 8x30":    {"word-overlap": 0.233, "least-overlap": 0.246, "char-ngram": 0.150, "bm25-pairs": 0.200, "longest": 0.271, "shortest": 0.196, "loner": 0.217, "centroid": 0.237, "odd-one-out": 0.246, "rarest-words": 0.242, "commonest-words": 0.175, "no-failure-class": 0.304, "failure-class": 0.200, "card-product": 0.246, "recurring": 0.146, "least-recurring": 0.271, "familiar": 0.146, "least-familiar": 0.271, "record-voice": 0.233, "foreign-service": 0.233, "strike-out": 0.237, "strike-templates": 0.233, "learned": 0.308},
	"bundled normal 24x10":   {"word-overlap": 0.242, "least-overlap": 0.271, "char-ngram": 0.163, "bm25-pairs": 0.221, "longest": 0.258, "shortest": 0.204, "loner": 0.217, "centroid": 0.246, "odd-one-out": 0.233, "rarest-words": 0.225, "commonest-words": 0.163, "no-failure-class": 0.258, "failure-class": 0.208, "card-product": 0.258, "recurring": 0.050, "least-recurring": 0.300, "familiar": 0.050, "least-familiar": 0.300, "record-voice": 0.242, "foreign-service": 0.237, "strike-out": 0.250, "strike-templates": 0.242, "learned": 0.250},
	"bundled hard 8x30":      {"word-overlap": 0.267, "least-overlap": 0.254, "char-ngram": 0.133, "bm25-pairs": 0.263, "longest": 0.254, "shortest": 0.204, "loner": 0.275, "centroid": 0.188, "odd-one-out": 0.183, "rarest-words": 0.271, "commonest-words": 0.158, "no-failure-class": 0.296, "failure-class": 0.217, "card-product": 0.267, "recurring": 0.200, "least-recurring": 0.333, "familiar": 0.200, "least-familiar": 0.333, "record-voice": 0.267, "foreign-service": 0.267, "strike-out": 0.267, "strike-templates": 0.267, "learned": 0.338},
	"bundled hard 24x10":     {"word-overlap": 0.212, "least-overlap": 0.217, "char-ngram": 0.121, "bm25-pairs": 0.208, "longest": 0.275, "shortest": 0.217, "loner": 0.279, "centroid": 0.200, "odd-one-out": 0.217, "rarest-words": 0.225, "commonest-words": 0.138, "no-failure-class": 0.246, "failure-class": 0.250, "card-product": 0.192, "recurring": 0.083, "least-recurring": 0.279, "familiar": 0.083, "least-familiar": 0.279, "record-voice": 0.212, "foreign-service": 0.212, "strike-out": 0.192, "strike-templates": 0.212, "learned": 0.267},
	"bundled follow-up 8x30": {"word-overlap": 0.481, "least-overlap": 0.173, "char-ngram": 0.519, "bm25-pairs": 0.523, "longest": 0.332, "shortest": 0.355, "loner": 0.327, "centroid": 0.313, "odd-one-out": 0.355, "rarest-words": 0.243, "commonest-words": 0.467, "no-failure-class": 0.350, "failure-class": 0.290, "card-product": 0.350, "recurring": 0.495, "least-recurring": 0.164, "familiar": 0.495, "least-familiar": 0.164, "record-voice": 0.481, "foreign-service": 0.458, "strike-out": 0.449, "strike-templates": 0.547, "learned": 0.724},
	"team easy 8x30":         {"word-overlap": 0.504, "least-overlap": 0.200, "char-ngram": 0.546, "bm25-pairs": 0.533, "longest": 0.375, "shortest": 0.263, "loner": 0.333, "centroid": 0.146, "odd-one-out": 0.371, "rarest-words": 0.217, "commonest-words": 0.283, "no-failure-class": 0.242, "failure-class": 0.283, "card-product": 0.242, "recurring": 0.425, "least-recurring": 0.242, "familiar": 0.287, "least-familiar": 0.221, "record-voice": 0.412, "foreign-service": 0.512, "strike-out": 0.250, "strike-templates": 0.508, "learned": 0.504},
	"team easy 24x10":        {"word-overlap": 0.871, "least-overlap": 0.021, "char-ngram": 0.846, "bm25-pairs": 0.883, "longest": 0.479, "shortest": 0.075, "loner": 0.175, "centroid": 0.258, "odd-one-out": 0.362, "rarest-words": 0.525, "commonest-words": 0.108, "no-failure-class": 0.246, "failure-class": 0.246, "card-product": 0.296, "recurring": 0.087, "least-recurring": 0.717, "familiar": 0.138, "least-familiar": 0.492, "record-voice": 0.562, "foreign-service": 0.875, "strike-out": 0.237, "strike-templates": 0.871, "learned": 0.671},
	"team normal 8x30":       {"word-overlap": 0.367, "least-overlap": 0.225, "char-ngram": 0.338, "bm25-pairs": 0.317, "longest": 0.396, "shortest": 0.196, "loner": 0.258, "centroid": 0.233, "odd-one-out": 0.258, "rarest-words": 0.275, "commonest-words": 0.167, "no-failure-class": 0.271, "failure-class": 0.304, "card-product": 0.208, "recurring": 0.279, "least-recurring": 0.171, "familiar": 0.183, "least-familiar": 0.237, "record-voice": 0.329, "foreign-service": 0.375, "strike-out": 0.237, "strike-templates": 0.396, "learned": 0.271},
	"team normal 24x10":      {"word-overlap": 0.333, "least-overlap": 0.237, "char-ngram": 0.367, "bm25-pairs": 0.308, "longest": 0.400, "shortest": 0.221, "loner": 0.221, "centroid": 0.221, "odd-one-out": 0.200, "rarest-words": 0.325, "commonest-words": 0.167, "no-failure-class": 0.275, "failure-class": 0.250, "card-product": 0.225, "recurring": 0.196, "least-recurring": 0.250, "familiar": 0.242, "least-familiar": 0.279, "record-voice": 0.304, "foreign-service": 0.362, "strike-out": 0.254, "strike-templates": 0.342, "learned": 0.325},
	"team hard 8x30":         {"word-overlap": 0.379, "least-overlap": 0.246, "char-ngram": 0.358, "bm25-pairs": 0.371, "longest": 0.358, "shortest": 0.225, "loner": 0.217, "centroid": 0.233, "odd-one-out": 0.267, "rarest-words": 0.254, "commonest-words": 0.183, "no-failure-class": 0.250, "failure-class": 0.283, "card-product": 0.292, "recurring": 0.321, "least-recurring": 0.212, "familiar": 0.263, "least-familiar": 0.250, "record-voice": 0.296, "foreign-service": 0.379, "strike-out": 0.292, "strike-templates": 0.388, "learned": 0.263},
	"team hard 24x10":        {"word-overlap": 0.338, "least-overlap": 0.225, "char-ngram": 0.350, "bm25-pairs": 0.300, "longest": 0.329, "shortest": 0.192, "loner": 0.196, "centroid": 0.267, "odd-one-out": 0.204, "rarest-words": 0.275, "commonest-words": 0.212, "no-failure-class": 0.221, "failure-class": 0.308, "card-product": 0.271, "recurring": 0.263, "least-recurring": 0.254, "familiar": 0.304, "least-familiar": 0.275, "record-voice": 0.304, "foreign-service": 0.338, "strike-out": 0.271, "strike-templates": 0.329, "learned": 0.275},
	"team follow-up 8x30":    {"word-overlap": 0.352, "least-overlap": 0.264, "char-ngram": 0.347, "bm25-pairs": 0.342, "longest": 0.373, "shortest": 0.228, "loner": 0.301, "centroid": 0.295, "odd-one-out": 0.321, "rarest-words": 0.197, "commonest-words": 0.290, "no-failure-class": 0.285, "failure-class": 0.326, "card-product": 0.311, "recurring": 0.440, "least-recurring": 0.176, "familiar": 0.440, "least-familiar": 0.166, "record-voice": 0.352, "foreign-service": 0.373, "strike-out": 0.301, "strike-templates": 0.342, "learned": 0.420},
	"heldout easy 8x30":      {"word-overlap": 0.463, "least-overlap": 0.308, "char-ngram": 0.454, "bm25-pairs": 0.417, "longest": 0.346, "shortest": 0.263, "loner": 0.567, "centroid": 0.117, "odd-one-out": 0.463, "rarest-words": 0.300, "commonest-words": 0.150, "no-failure-class": 0.246, "failure-class": 0.221, "card-product": 0.325, "recurring": 0.592, "least-recurring": 0.196, "familiar": 0.471, "least-familiar": 0.087, "record-voice": 0.279, "foreign-service": 0.496, "strike-out": 0.212, "strike-templates": 0.471, "learned": 0.604},
	"heldout easy 24x10":     {"word-overlap": 0.883, "least-overlap": 0.021, "char-ngram": 0.833, "bm25-pairs": 0.896, "longest": 0.458, "shortest": 0.117, "loner": 0.263, "centroid": 0.221, "odd-one-out": 0.383, "rarest-words": 0.487, "commonest-words": 0.117, "no-failure-class": 0.263, "failure-class": 0.254, "card-product": 0.450, "recurring": 0.146, "least-recurring": 0.554, "familiar": 0.167, "least-familiar": 0.358, "record-voice": 0.483, "foreign-service": 0.900, "strike-out": 0.263, "strike-templates": 0.879, "learned": 0.579},
	"heldout normal 8x30":    {"word-overlap": 0.279, "least-overlap": 0.237, "char-ngram": 0.325, "bm25-pairs": 0.246, "longest": 0.342, "shortest": 0.271, "loner": 0.379, "centroid": 0.092, "odd-one-out": 0.354, "rarest-words": 0.429, "commonest-words": 0.071, "no-failure-class": 0.250, "failure-class": 0.196, "card-product": 0.354, "recurring": 0.400, "least-recurring": 0.062, "familiar": 0.292, "least-familiar": 0.108, "record-voice": 0.296, "foreign-service": 0.287, "strike-out": 0.246, "strike-templates": 0.300, "learned": 0.500},
	"heldout normal 24x10":   {"word-overlap": 0.292, "least-overlap": 0.212, "char-ngram": 0.296, "bm25-pairs": 0.258, "longest": 0.379, "shortest": 0.267, "loner": 0.346, "centroid": 0.092, "odd-one-out": 0.333, "rarest-words": 0.450, "commonest-words": 0.021, "no-failure-class": 0.246, "failure-class": 0.179, "card-product": 0.358, "recurring": 0.279, "least-recurring": 0.158, "familiar": 0.221, "least-familiar": 0.204, "record-voice": 0.300, "foreign-service": 0.292, "strike-out": 0.242, "strike-templates": 0.308, "learned": 0.521},
	"heldout hard 8x30":      {"word-overlap": 0.379, "least-overlap": 0.192, "char-ngram": 0.275, "bm25-pairs": 0.383, "longest": 0.300, "shortest": 0.258, "loner": 0.346, "centroid": 0.154, "odd-one-out": 0.383, "rarest-words": 0.308, "commonest-words": 0.125, "no-failure-class": 0.263, "failure-class": 0.179, "card-product": 0.271, "recurring": 0.496, "least-recurring": 0.087, "familiar": 0.333, "least-familiar": 0.092, "record-voice": 0.283, "foreign-service": 0.379, "strike-out": 0.271, "strike-templates": 0.392, "learned": 0.454},
	"heldout hard 24x10":     {"word-overlap": 0.338, "least-overlap": 0.158, "char-ngram": 0.254, "bm25-pairs": 0.325, "longest": 0.317, "shortest": 0.208, "loner": 0.283, "centroid": 0.188, "odd-one-out": 0.400, "rarest-words": 0.308, "commonest-words": 0.133, "no-failure-class": 0.287, "failure-class": 0.217, "card-product": 0.225, "recurring": 0.346, "least-recurring": 0.104, "familiar": 0.300, "least-familiar": 0.133, "record-voice": 0.233, "foreign-service": 0.338, "strike-out": 0.225, "strike-templates": 0.338, "learned": 0.388},
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
// Options name the card's services as its record does (raw ids where the
// root cause writes them: 14 held-out incidents, no team one), and a few
// slot fills a read-through struck out on sight are gone: 6 misses left.
// The learned model's normal figures stay the widest: its pinned draws
// (0.500, 0.521) sit above its 6-block means (0.40-0.42).
// A library entry whose symptoms are all of the kind the card does not show
// (data gone wrong, or a service not answering) goes to the back of the
// fit (quiz/symptoms.go: "an expired TLS certificate" for report totals
// lower than expected), and eight entries' match phrases gained the
// wordings held-out causes used for them ("expired at the same", "past its
// next start"), so they are no longer offered as a second right answer.
// At full strength (1.0) that cost the team corpus its normal character
// trigrams (12-block mean 0.397 -> 0.406); at 0.5, 0.398, and every team
// figure is under 0.40 on the pinned draws again (the highest: normal 8x30
// strike-templates 0.396, 24x10 longest 0.396; hard 8x30 0.388).
var openMisses = map[string]float64{
	"heldout hard 8x30 learned":         0.454,
	"heldout hard 8x30 recurring":       0.496,
	"heldout normal 24x10 learned":      0.521,
	"heldout normal 24x10 rarest-words": 0.450,
	"heldout normal 8x30 learned":       0.500,
	"heldout normal 8x30 rarest-words":  0.429,
}
