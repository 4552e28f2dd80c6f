package guess

import "testing"

// The recurring bots count a choice over every session of the run, word
// for word and whatever its case: the sentence a reviewing trainee has met
// most (or least) often.
func TestRecurringCountsOverTheRun(t *testing.T) {
	items := []Item{
		{Choices: []string{"Disk full.", "DNS expired.", "Pool ran dry.", "Cert expired."}},
		{Choices: []string{"DISK FULL.", "Quota hit.", "Pool ran dry.", "Clock skew."}},
		{Choices: []string{"Disk full.", "Quota hit.", "Flag flipped.", "Cache cold."}},
	}
	stats := NewStats(items)
	byName := map[string]Guesser{}
	for _, g := range All(stats) {
		byName[g.Name()] = g
	}
	if got := byName["recurring"].Pick(&items[1]); got != 0 {
		t.Errorf("recurring picked %q, want %q (met three times)", items[1].Choices[got], items[1].Choices[0])
	}
	if got := byName["least-recurring"].Pick(&items[1]); got != 3 {
		t.Errorf("least-recurring picked %q, want %q (met once)", items[1].Choices[got], items[1].Choices[3])
	}
}
