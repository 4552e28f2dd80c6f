package gameday

import (
	"runtime"
	"testing"
	"time"
)

// TestDisconnectsLeaveNothingBehind connects and drops players and checks
// that their sessions, programs and goroutines are all gone.
func TestDisconnectsLeaveNothingBehind(t *testing.T) {
	srv := startServer(t, Config{})
	before := runtime.NumGoroutine()
	var terms []*term
	for _, name := range []string{"a", "b", "c", "d", "e", "f"} {
		tm := connect(t, srv, name, newKey(t))
		tm.expect("Welcome, " + name + ".")
		terms = append(terms, tm)
	}
	waitState(t, srv.hub, "six players", connectedCount(6))
	srv.hub.Next() // started: seats are kept (in the lobby they are released)
	for _, tm := range terms {
		tm.close()
	}
	waitState(t, srv.hub, "all away", connectedCount(0))
	deadline := time.Now().Add(waitLimit)
	for {
		n := runtime.NumGoroutine()
		slots := 0
		srv.slots.Range(func(any, any) bool { slots++; return true })
		if n <= before && slots == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines (was %d) and %d session slots left after every player left", n, before, slots)
		}
		time.Sleep(10 * time.Millisecond)
	}
	if st := srv.hub.State(); len(st.Players) != 6 {
		t.Fatalf("seats: %d, want all 6 kept for a reconnect once the game started", len(st.Players))
	}
}
