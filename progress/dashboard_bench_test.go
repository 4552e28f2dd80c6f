package progress

import (
	"errors"
	"fmt"
	"testing"
)

// BenchmarkDashboard200x1000 is a trainer's dashboard over 200 trainees of
// 1,000 answers each (200,000 answers), all in one cohort with two
// assignments.
func BenchmarkDashboard200x1000(b *testing.B) {
	st := openFixture(b, 200, 1000)
	incs := corpus(30)
	if err := st.CreateCohort("all", t0.AddDate(0, -1, 0)); err != nil && !errors.Is(err, ErrCohortExists) {
		b.Fatal(err)
	}
	names := make([]string, 200)
	for i := range names {
		names[i] = fmt.Sprintf("trainee%02d", i)
	}
	if err := st.AddMember("all", names...); err != nil {
		b.Fatal(err)
	}
	for _, p := range []string{"Alpha", "Beta"} {
		if _, err := st.Assign("all", Track{Platforms: []string{p}, Count: 5}, "2026-03-31", t0.AddDate(0, 0, -20)); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := st.Dashboard("all", incs, t0)
		if err != nil || len(d.Trainees) != 200 || len(d.Cohorts) != 1 {
			b.Fatalf("%v", err)
		}
	}
}

// BenchmarkDashboardEveryone200x1000 is the everyone view of the same 200
// trainees with the trainer keys left out (two trainers, one of them
// bound): what a trainer's dashboard opens on.
func BenchmarkDashboardEveryone200x1000(b *testing.B) {
	st := openFixture(b, 200, 1000)
	incs := corpus(30)
	if _, err := st.AccountFor("SHA256:benchTrainer", "trainer"); err != nil {
		b.Fatal(err)
	}
	o := DashOptions{TrainerKeys: []string{"SHA256:benchTrainer", "SHA256:unbound"}}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := st.DashboardWith("", incs, t0, o)
		if err != nil || len(d.Trainees) != 200 {
			b.Fatalf("%d trainees, %v", len(d.Trainees), err)
		}
	}
}
