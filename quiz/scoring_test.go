package quiz_test

import (
	"testing"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

func TestPoints(t *testing.T) {
	const T = 30 * time.Second
	kahoot, def := quiz.KahootScoring(), quiz.DefaultScoring()
	noSpeed, noStreak := kahoot, kahoot
	noSpeed.SpeedBonus, noStreak.StreakBonus = false, false
	tests := []struct {
		name    string
		s       quiz.Scoring
		correct bool
		elapsed time.Duration
		limit   time.Duration
		streak  int
		clues   int
		want    quiz.Outcome
	}{
		{"kahoot instant", kahoot, true, 0, T, 0, 0, quiz.Outcome{Correct: true, Points: 1000, Base: 500, Speed: 500, Streak: 1}},
		{"kahoot half time", kahoot, true, T / 2, T, 0, 0, quiz.Outcome{Correct: true, Points: 750, Base: 500, Speed: 250, Streak: 1}},
		{"kahoot a third", kahoot, true, 10 * time.Second, T, 0, 0, quiz.Outcome{Correct: true, Points: 833, Base: 500, Speed: 333, Streak: 1}},
		{"kahoot rounds half up", kahoot, true, time.Millisecond, time.Second, 0, 0, quiz.Outcome{Correct: true, Points: 1000, Base: 500, Speed: 500, Streak: 1}},
		{"kahoot 998.5 rounds up", kahoot, true, 3 * time.Millisecond, time.Second, 0, 0, quiz.Outcome{Correct: true, Points: 999, Base: 500, Speed: 499, Streak: 1}},
		{"kahoot at the buzzer", kahoot, true, T, T, 0, 0, quiz.Outcome{Correct: true, Points: 500, Base: 500, Streak: 1}},
		{"kahoot late", kahoot, true, 2 * T, T, 0, 0, quiz.Outcome{Correct: true, Points: 500, Base: 500, Streak: 1}},
		{"kahoot second in a row", kahoot, true, 0, T, 1, 0, quiz.Outcome{Correct: true, Points: 1100, Base: 500, Speed: 500, StreakBonus: 100, Streak: 2}},
		{"kahoot streak capped", kahoot, true, T / 2, T, 9, 0, quiz.Outcome{Correct: true, Points: 1250, Base: 500, Speed: 250, StreakBonus: 500, Streak: 10}},
		{"kahoot wrong", kahoot, false, 0, T, 4, 0, quiz.Outcome{}},
		{"kahoot speed off", noSpeed, true, 0, T, 0, 0, quiz.Outcome{Correct: true, Points: 500, Base: 500, Streak: 1}},
		{"kahoot streak off", noStreak, true, 0, T, 5, 0, quiz.Outcome{Correct: true, Points: 1000, Base: 500, Speed: 500, Streak: 6}},
		{"default untimed", def, true, time.Hour, 0, 0, 0, quiz.Outcome{Correct: true, Points: 100, Base: 100, Streak: 1}},
		{"default timed", def, true, 15 * time.Second, T, 0, 0, quiz.Outcome{Correct: true, Points: 125, Base: 100, Speed: 25, Streak: 1}},
		{"default two clues", def, true, 0, 0, 0, 50, quiz.Outcome{Correct: true, Points: 50, Base: 100, ClueCost: 50, Streak: 1}},
		{"clues never below zero", def, true, 0, 0, 2, 500, quiz.Outcome{Correct: true, Points: 20, Base: 100, ClueCost: 100, StreakBonus: 20, Streak: 3}},
		{"default streak capped", def, true, 0, 0, 20, 0, quiz.Outcome{Correct: true, Points: 150, Base: 100, StreakBonus: 50, Streak: 21}},
		{"negative elapsed counts as instant", def, true, -time.Second, T, 0, 0, quiz.Outcome{Correct: true, Points: 150, Base: 100, Speed: 50, Streak: 1}},
		{"wrong with clues", def, false, 0, 0, 3, 75, quiz.Outcome{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.s.Points(tc.correct, tc.elapsed, tc.limit, tc.streak, tc.clues)
			if got != tc.want {
				t.Errorf("Points = %+v, want %+v", got, tc.want)
			}
		})
	}
}

// TestKahootFormula checks the preset against the game-day rule
// round(1000 × (1 − (t/T)/2)) at every tenth of a second.
func TestKahootFormula(t *testing.T) {
	const T = 20 * time.Second
	s := quiz.KahootScoring()
	for el := time.Duration(0); el <= T; el += 100 * time.Millisecond {
		// 1000 × (2T − t) / 2T, rounded half up, in integer milliseconds.
		ms, lim := el.Milliseconds(), T.Milliseconds()
		want := int((2*1000*(2*lim-ms) + 2*lim) / (4 * lim))
		if got := s.Points(true, el, T, 0, 0).Points; got != want {
			t.Fatalf("t=%v: %d points, want %d", el, got, want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, d := range quiz.Difficulties {
		got, err := quiz.ParseDifficulty(" " + d.String() + " ")
		if err != nil || got != d {
			t.Errorf("ParseDifficulty(%q) = %v, %v", d, got, err)
		}
	}
	if _, err := quiz.ParseDifficulty("brutal"); err == nil {
		t.Error("ParseDifficulty accepted brutal")
	}
	for _, m := range quiz.Modes {
		got, err := quiz.ParseMode(m.String())
		if err != nil || got != m {
			t.Errorf("ParseMode(%q) = %v, %v", m, got, err)
		}
	}
	if _, err := quiz.ParseMode("EXAM"); err != nil {
		t.Error("ParseMode is case-sensitive")
	}
	if _, err := quiz.ParseMode("quiz"); err == nil {
		t.Error("ParseMode accepted quiz")
	}
}
