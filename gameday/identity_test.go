package gameday

import (
	"testing"
	"time"
)

// joinAs seats a player on f with the SSH key fp and user name.
func joinAs(t *testing.T, f *fakeGame, fp, name string) *client {
	t.Helper()
	c := newClient(nil)
	if err := f.join(joinRequest{KeyFP: fp, User: name}, c); err != nil {
		t.Fatal(err)
	}
	return c
}

// TestNameIdentitySharesAKey: players of cloned lab VMs share one key; in
// name-as-identity mode each name is a seat, nobody throws anybody out, a
// name already in play gets a seat of its own, and answers go to the store
// under the name, not the key's account.
func TestNameIdentitySharesAKey(t *testing.T) {
	st := &flakyStore{}
	f := newFakeGame(t, Config{NameIdentity: true, Store: st, TimePerQuestion: 30 * time.Second})
	ana := joinAs(t, f, "SHA256:lab", "ana")
	bo := joinAs(t, f, "SHA256:lab", "bo")
	ana2 := joinAs(t, f, "SHA256:lab", "ana")
	for _, c := range []*client{ana, bo, ana2} {
		if r := c.Removed(); r != "" {
			t.Fatalf("a player sharing the key was thrown out: %q", r)
		}
	}
	var names []string
	for _, p := range f.order {
		names = append(names, p.id)
	}
	if want := []string{"name:ana", "name:bo", "name:ana (2)"}; !equalStrings(names, want) {
		t.Fatalf("seats %q, want %q", names, want)
	}
	f.next()
	f.answerAt(bo, 2, time.Second)
	if len(st.took) != 1 || st.took[0].Player != "name:bo" || st.took[0].Key != "" || st.took[0].Name != "bo" {
		t.Fatalf("stored %+v, want bo's answer under the name, no key", st.took)
	}
	// bo drops and comes back: his seat, by name.
	f.leave(bo)
	back := joinAs(t, f, "SHA256:lab", "bo")
	if p := f.clients[back]; p == nil || p.id != "name:bo" || p.choice != 2 {
		t.Fatalf("bo reconnected to %+v, want his seat with his answer", p)
	}
	g := restoreFrom(t, f)
	if !g.cfg.NameIdentity || len(g.order) != 3 {
		t.Fatalf("resumed: name identity %v, %d seats; want true, 3", g.cfg.NameIdentity, len(g.order))
	}
}

// TestKeyIdentityIsOnePlayerPerKey is the default the mode above changes:
// a second session with the same key takes the seat over.
func TestKeyIdentityIsOnePlayerPerKey(t *testing.T) {
	f := newFakeGame(t, Config{})
	ana := joinAs(t, f, "SHA256:lab", "ana")
	joinAs(t, f, "SHA256:lab", "bo")
	if ana.Removed() == "" || len(f.order) != 1 {
		t.Fatalf("by key: first session removed %q, %d seats; want it removed, 1 seat", ana.Removed(), len(f.order))
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
