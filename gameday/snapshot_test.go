package gameday

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/nexusflow/rootcause/incidents"
	"github.com/nexusflow/rootcause/quiz"
)

// secretFields are the fields that carry what only the facilitator may
// see: the question with its answer, the live picks, identities and
// addresses.
var secretFields = map[string]bool{"Live": true, "Players": true, "ID": true, "Remote": true, "KeyFP": true, "OpenedAt": true}

// publicIDs are the types whose ID is an incident's, shown on every card.
var publicIDs = map[reflect.Type]bool{reflect.TypeOf(quiz.Card{}): true, reflect.TypeOf(incidents.Incident{}): true}

// TestPlayerViewTypeHoldsNoSecrets walks the View type a player's program
// receives: no field of it, however deep, can hold a question (with its
// answer), the live picks, or another player's identity or address; the
// question players see while answering holds no answer, no why-not and no
// hint of which choice is the incident's own. The answer and the why-nots
// are reachable only through Reveal, which the hub fills once answers are
// locked (TestPlayersNeverSeeSecretsBeforeTheReveal).
func TestPlayerViewTypeHoldsNoSecrets(t *testing.T) {
	question := reflect.TypeOf((*quiz.Question)(nil))
	seen := map[reflect.Type]bool{}
	var walk func(tp reflect.Type, path string)
	walk = func(tp reflect.Type, path string) {
		if tp == question {
			t.Errorf("%s is a *quiz.Question: its answer would reach players", path)
		}
		if seen[tp] {
			return
		}
		seen[tp] = true
		switch tp.Kind() {
		case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Chan:
			walk(tp.Elem(), path+"[]")
		case reflect.Map:
			walk(tp.Elem(), path+"{}")
		case reflect.Struct:
			for i := range tp.NumField() {
				f := tp.Field(i)
				if secretFields[f.Name] && !publicIDs[tp] && !strings.Contains(path, "Played") {
					t.Errorf("%s.%s: a player's view has a %s field", path, f.Name, f.Name)
				}
				if strings.HasPrefix(path, "View.Game[].Asked") && (f.Name == "Answer" || f.Name == "WhyNot" || f.Name == "IncidentID" || f.Name == "RuledOutBy") {
					t.Errorf("%s.%s: the question as asked gives the answer away", path, f.Name)
				}
				walk(f.Type, path+"."+f.Name)
			}
		}
	}
	walk(reflect.TypeOf(playerView{}), "View")
	if reflect.TypeOf(client{}).Field(0).Type != reflect.TypeOf(mailbox[playerView]{}) {
		t.Error("a player's client receives something other than Views")
	}
}

// TestPlayersNeverSeeSecretsBeforeTheReveal plays a round through the hub
// and reads every snapshot the players' clients receive: before answers
// lock there is no Reveal and nothing debriefed, and at no time does any
// string in a player's snapshot hold another player's key fingerprint or
// address, nor (before the reveal) a why-not.
func TestPlayersNeverSeeSecretsBeforeTheReveal(t *testing.T) {
	rounds := testRounds(2)
	f := newFakeGame(t, Config{Rounds: rounds, TimePerQuestion: 30 * time.Second})
	alice, bob := newClient(nil), newClient(nil)
	if err := f.join(joinRequest{KeyFP: "SHA256:alice-key", User: "alice", Remote: "10.0.0.1:50001"}, alice); err != nil {
		t.Fatal(err)
	}
	if err := f.join(joinRequest{KeyFP: "SHA256:bob-key", User: "bob", Remote: "10.0.0.2:50002"}, bob); err != nil {
		t.Fatal(err)
	}
	check := func(step string, c *client, other string, locked bool) {
		t.Helper()
		v := <-c.Updates()
		if !locked && (v.Game.Reveal != nil || v.Game.Played != nil) {
			t.Errorf("%s: the answer reached a player before the reveal: %+v", step, v.Game.Reveal)
		}
		for _, s := range strings_(reflect.ValueOf(v)) {
			if strings.Contains(s, other+"-key") || strings.Contains(s, "10.0.0.") {
				t.Errorf("%s: a player's snapshot holds %q", step, s)
			}
			if !locked && strings.Contains(s, "is wrong because") {
				t.Errorf("%s: a why-not before the reveal: %q", step, s)
			}
		}
	}
	f.broadcast()
	check("lobby", alice, "SHA256:bob", false)
	f.next()
	check("question", alice, "SHA256:bob", false)
	f.answerAt(alice, 1, time.Second)
	f.broadcast()
	check("one answer in", bob, "SHA256:alice", false)
	f.answerAt(bob, 2, 2*time.Second) // everyone answered: the question locks
	check("reveal", alice, "SHA256:bob", true)
	check("reveal", bob, "SHA256:alice", true)
}

// strings_ collects every string reachable from v.
func strings_(v reflect.Value) []string {
	var out []string
	switch v.Kind() {
	case reflect.String:
		out = append(out, v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = append(out, strings_(v.Elem())...)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			out = append(out, strings_(v.Index(i))...)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			out = append(out, strings_(v.Field(i))...)
		}
	}
	return out
}
