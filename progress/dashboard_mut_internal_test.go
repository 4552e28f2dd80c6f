package progress

// Tests written against gremlins' survivors in dashboard.go
// (docs/progress.md): the dashboard's week window, its mastery weighting,
// the team's most-missed list and the means over trainees, each with
// hand-worked literals.

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// The week is the last WeekDays days up to today, counting days with answers.
func TestDashTraineeWeek(t *testing.T) {
	now := time.Date(2026, 3, 11, 15, 0, 0, 0, time.UTC)
	today := dayNumber(now)
	days := map[int64]Day{
		today - WeekDays:     {Answers: 9, Correct: 9}, // eight days ago counting today: out
		today - WeekDays + 1: {Answers: 2, Correct: 1},
		today - 3:            {Answers: 0},
		today:                {Answers: 3, Correct: 2},
		today + 1:            {Answers: 5, Correct: 5}, // a clock set back: not this week
	}
	tr, _ := dashTrainee(DefaultParams(), "ana", nil, days, nil, now)
	if tr.WeekAnswers != 5 || tr.WeekCorrect != 3 || tr.WeekDays != 2 {
		t.Errorf("week %d/%d in %d days, want 3/5 in 2", tr.WeekCorrect, tr.WeekAnswers, tr.WeekDays)
	}
	if tr.Mastery != 0 {
		t.Errorf("mastery over no incidents = %v, want 0", tr.Mastery)
	}
}

// A trainee's mastery is the platforms' mastery weighted by their incidents.
func TestDashTraineeMasteryWeighted(t *testing.T) {
	d, err := seedTeam(t).Dashboard("", corpus(6), t0)
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, tr := range d.Trainees {
		var sum float64
		uneven := false
		for _, p := range tr.Platforms {
			sum += p.Mastery * float64(p.Incidents)
			uneven = uneven || p.Incidents != 1 && p.Mastery > 0
		}
		if want := sum / 6; math.Abs(tr.Mastery-want) > 1e-12 {
			t.Errorf("%s: mastery %v, want %v", tr.User, tr.Mastery, want)
		}
		if uneven {
			checked++
		}
	}
	if checked == 0 {
		t.Error("no trainee has mastery on a platform of several incidents")
	}
}

func TestLeechList(t *testing.T) {
	team := map[string]*TeamLeech{}
	add := func(id string, misses, trainees int) {
		team[id] = &TeamLeech{MissedIncident: MissedIncident{ID: id, Misses: misses, Answers: misses + 1, Trainees: trainees}}
	}
	add("INC-A", 3, 1)
	add("INC-B", 3, 2) // as many misses, more trainees: first
	add("INC-C", 0, 0) // never missed: left out
	for k := range 10 {
		add(fmt.Sprintf("INC-Z%d", k), 1, 1) // ties on both: by id
	}
	got := leechList(team, corpus(2))
	var ids []string
	for _, l := range got {
		ids = append(ids, l.ID)
	}
	want := "INC-B INC-A INC-Z0 INC-Z1 INC-Z2 INC-Z3 INC-Z4 INC-Z5 INC-Z6 INC-Z7"
	if s := strings.Join(ids, " "); s != want || len(got) != TeamLeechMax {
		t.Errorf("leechList = %s, want %s", s, want)
	}
	if !got[0].Removed {
		t.Errorf("an id no longer in the corpus is marked removed: %+v", got[0])
	}
}

func TestMeans(t *testing.T) {
	m := newMeans()
	m.add([]Mastery{{Name: "Alpha", Incidents: 2, Seen: 1, Answers: 2, Correct: 1, Mastery: 0.5}, {Name: "Beta", Mastery: 1}})
	m.add([]Mastery{{Name: "Alpha", Incidents: 2, Seen: 2, Answers: 3, Correct: 3, Mastery: 0.25}})
	got := fmt.Sprintf("%+v", m.list())
	want := "[{Name:Alpha Incidents:2 Seen:3 Answers:5 Correct:4 Mastery:0.375} {Name:Beta Incidents:0 Seen:0 Answers:0 Correct:0 Mastery:1}]"
	if got != want {
		t.Errorf("means = %s\nwant    %s", got, want)
	}
}

func TestOverallMastery(t *testing.T) {
	ps := []Mastery{{Name: "Alpha", Incidents: 3, Mastery: 0.5}, {Name: "Beta", Incidents: 1, Mastery: 1}}
	if got := overallMastery(ps, 4); got != 0.625 { // (3 × 0.5 + 1 × 1) / 4
		t.Errorf("overallMastery = %v, want 0.625", got)
	}
	if got := overallMastery(nil, 0); got != 0 {
		t.Errorf("overallMastery of no corpus = %v, want 0", got)
	}
}
