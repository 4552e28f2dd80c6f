package gameday

import (
	"fmt"
	"net"
	"strings"
	"testing"
	"time"
)

// TestProjectorGolden draws the room's screen in every phase at the two
// sizes a projector is driven at.
func TestProjectorGolden(t *testing.T) {
	for _, ph := range []phase{phaseLobby, phaseQuestion, phaseReveal, phaseBoard, phaseFinal} {
		for _, size := range [][2]int{{100, 30}, {120, 40}} {
			name := fmt.Sprintf("projector-%s-%dx%d", ph, size[0], size[1])
			t.Run(name, func(t *testing.T) {
				m := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "10.0.0.5:2222", CodeSet: true, Code: "fox-42", Local: true, Projector: true})
				v, now := goldenConsole(ph)
				v.Board[0].Move, v.Board[1].Move = 1, -1
				v.Events = []event{
					{At: now.Add(-3 * time.Minute), Text: "alice joined"}, {At: now.Add(-2 * time.Minute), Text: "bob joined"},
					{At: now.Add(-time.Minute), Text: "refused a connection from 10.0.0.9: 32 connections from that address already (raise --max-per-ip; 0 = no limit)"},
					{At: now, Text: "sam left (seat kept)"},
				}
				m.v, m.now, m.w, m.h = v, now, size[0], size[1]
				got := m.View()
				checkGolden(t, name, got, size[0], size[1])
				if ph == phaseQuestion && strings.Contains(got, "✓") {
					t.Error("the projector marks the answer before the reveal")
				}
			})
		}
	}
}

func TestProjectorToggle(t *testing.T) {
	m := newConsole(nil, nil, asciiStyles(), consoleInfo{Addr: "127.0.0.1:2222", Local: true})
	v, now := goldenConsole(phaseQuestion)
	m.v, m.now, m.w, m.h = v, now, 100, 30
	m = pressConsole(m, "a") // peeking on the console
	m = pressConsole(m, "v")
	if !m.projector || m.peek {
		t.Fatalf("after v: projector %v, peek %v; want the projector, no peeking", m.projector, m.peek)
	}
	if m = pressConsole(m, "v"); m.projector {
		t.Fatal("v did not go back to the console")
	}
}

func TestJoinAddrNeverUnspecified(t *testing.T) {
	srv := startServer(t, Config{})
	if got := srv.JoinAddr(); got != srv.Addr().String() {
		t.Fatalf("on loopback JoinAddr = %s, want %s", got, srv.Addr())
	}
	host, _, _ := net.SplitHostPort(reachableIP() + ":1")
	if ip := net.ParseIP(host); ip != nil && ip.IsUnspecified() {
		t.Fatalf("reachableIP = %s", host)
	}
}
