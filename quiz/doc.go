// Package quiz turns incidents into questions that test diagnosis rather than
// keyword matching, and runs sessions over them.
//
// The engine is pure: no terminal, no file I/O, no clock. Callers pass elapsed
// times in, and everything random comes from a PCG source seeded by the
// caller, so the same seed and corpus always give the same quiz.
//
// # Building blocks
//
//   - [NewEngine] indexes a corpus once (TF-IDF over title, summary,
//     services, platform and root cause) so similar incidents can be found
//     quickly. [Engine.Question] builds one question; [Engine.NewSession]
//     builds a whole session from [Options].
//   - A [Question] hides an incident's root cause and offers [Choice]s: the
//     true cause in brief and wrong ones. [Question.Card] tells what the
//     trainee sees after a number of [Clue]s has been revealed.
//   - [Difficulty] decides where wrong choices come from: Easy takes the
//     incident's own authored near-misses first (every wrong option of a
//     bundled question is ruled out by its board) and other incidents'
//     causes at random without them, never balanced; Normal the causes of the most similar
//     incidents, with one authored near-miss standing in when none of them
//     echoes the card as much as the answer does; Hard the authored
//     near-misses plus the most similar causes, on a card that holds back
//     title and services as clues. Questions say in their Note when
//     material is missing (no brief, no near-misses); a missing brief is
//     derived from the root cause's leading sentences, cut at a word to
//     about a brief's length.
//   - No wrong choice comes from an incident that failed the same way as
//     the answer's: TF-IDF cosine over root causes and cause texts at or
//     above sameCauseLimit (0.30, calibrated so that no two bundled
//     incidents count as one; see alike.go) rules it out. In a corpus
//     mixing authored briefs and derived texts, wrong choices in the
//     answer's style (and, for derived ones, of about its length) are
//     preferred, so style gives nothing away.
//   - Wrong choices are picked so that neither the answer's length nor its
//     word overlap with the card gives it away: per question a target place
//     for the answer in a ranking by each is drawn at random, and the set of
//     wrong choices landing it nearest wins (an all-way tie counts as fair).
//     No two choices are equal or near-identical, and the answer's position
//     is uniform. The guessability test in guess_test.go keeps this honest.
//   - Wrong choices borrowed from other incidents explain themselves: their
//     WhyNot names the incident the cause really belongs to.
//   - Within a session no question gives a later one away: wrong choices
//     (and follow-up items) come from incidents outside the session where
//     the corpus allows, else from questions already asked, and only as a
//     last resort (the first questions of a session over the whole corpus)
//     from later ones. [Engine.QuestionFor] and [Engine.FollowUpFor] build
//     one question of a session (a game-day round) the same way.
//   - [Scoring] is a value: points for a right answer, a speed bonus when
//     timed, a streak bonus, a cost per clue. [KahootScoring] is the game-day
//     preset; [Scoring.Points] is pure so a server can score answers itself.
//   - A [Session] walks a list of questions in one [Mode]: Practice gives
//     feedback after each answer (and an optional prevention follow-up),
//     Exam defers all feedback to the end and lets flagged questions be
//     revisited, Review replays given incidents in the order given.
//     [Session.Result] breaks the outcome down by platform, service and
//     severity.
//   - The engine has no clock, so the caller ends a session with
//     [Session.End](reason, wall): why it ended ([EndTimedOut] when an
//     exam's time ran out, [EndSubmitted], [EndCompleted], [EndQuit]) and
//     the real time it took. [Result.Wall] and [Result.TimedOut] report
//     them; [Result.Elapsed] is only the answer times summed.
package quiz
