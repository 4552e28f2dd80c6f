package gameday

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/nexusflow/rootcause/quiz"
)

// The journal is game-<stamp>.jsonl in the results directory: one JSON
// record per line, appended and fsynced by the hub before an answer is
// acknowledged. It holds what a restarted server needs to carry on (serve
// --resume): the rules and rounds, who sat where, which questions opened,
// every answer and every lock. A game whose journal has no "end" record is
// unfinished.

// journalVersion is written in the header; a journal of another version is
// not resumed.
const journalVersion = 1

// Journal record types.
const (
	recHeader = "header"
	recJoin   = "join"
	recTeam   = "team"
	recOpen   = "open"
	recAnswer = "answer"
	recLock   = "lock"
	recShow   = "evidence" // the facilitator revealed the next evidence item
	recPause  = "pause"    // the facilitator froze the clock; elapsed_ms is the time left
	recGo     = "resume"   // the facilitator restarted the clock
	recVoid   = "void"     // an answer the store refused: it never counted
	recEnd    = "end"
)

// journalHeader is the first record: everything needed to play the same
// game again.
type journalHeader struct {
	Version         int              `json:"version"`
	Stamp           string           `json:"stamp"` // names the results files
	Started         time.Time        `json:"started"`
	Code            string           `json:"code,omitempty"`
	TimePerQuestion time.Duration    `json:"time_per_question"`
	Discussion      time.Duration    `json:"discussion,omitempty"`
	Scoring         quiz.Scoring     `json:"scoring"`
	Anonymous       bool             `json:"anonymous,omitempty"`
	Teams           []string         `json:"teams,omitempty"`
	NameIdentity    bool             `json:"name_identity,omitempty"`
	Rounds          []*quiz.Question `json:"rounds"`
}

// journalRec is one line of the journal.
type journalRec struct {
	T      string         `json:"t"`
	At     time.Time      `json:"at"`
	Header *journalHeader `json:"header,omitempty"`
	ID     string         `json:"id,omitempty"` // player identity
	Seat   int            `json:"seat,omitempty"`
	Name   string         `json:"name,omitempty"`
	Team   int            `json:"team,omitempty"`
	Q      int            `json:"q"`                // question, 0-based
	Choice int            `json:"choice,omitempty"` // answer
	// ElapsedMS is an answer's time taken, or how long a locked question
	// was open.
	ElapsedMS int64    `json:"elapsed_ms,omitempty"`
	Seen      []string `json:"seen,omitempty"` // open: players connected as it opened
}

// journal appends records to the game's file.
type journal struct {
	path string
	f    journalFile
	buf  bytes.Buffer
}

// journalFile is what the journal needs of its *os.File: an interface so
// that a test can make the write or the fsync fail.
type journalFile interface {
	Write([]byte) (int, error)
	Sync() error
	Close() error
}

// openJournal creates (or, resuming, reopens for append) the journal at path.
func openJournal(path string) (*journal, error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, fmt.Errorf("game journal: %w", err)
	}
	return &journal{path: path, f: syncedFile(f)}, nil
}

// add queues r; flush writes the queue.
func (j *journal) add(r journalRec) {
	line, _ := json.Marshal(r) // plain data: never fails
	j.buf.Write(line)
	j.buf.WriteByte('\n')
}

// flush writes what was queued and syncs it to disk, so that what is
// acknowledged next survives a kill -9 or a power cut.
func (j *journal) flush() error {
	if j.buf.Len() == 0 {
		return nil
	}
	_, err := j.f.Write(j.buf.Bytes())
	j.buf.Reset()
	if err == nil {
		err = j.f.Sync()
	}
	if err != nil {
		return fmt.Errorf("game journal %s: %w", j.path, err)
	}
	return nil
}

func (j *journal) close() error { return j.f.Close() }

// Resume is an unfinished game read back from its journal, for serve
// --resume.
type Resume struct {
	Path   string // the journal
	header journalHeader
	recs   []journalRec
}

// ErrNoGame is returned by LoadResume when no unfinished game is in the
// directory.
var ErrNoGame = errors.New("no unfinished game")

// LoadResume finds the latest unfinished game in dir (game-*.jsonl without
// an end record) and reads it back.
func LoadResume(dir string) (*Resume, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "game-*.jsonl"))
	if err != nil {
		return nil, err
	}
	sort.Sort(sort.Reverse(sort.StringSlice(paths))) // stamps sort by time
	for _, p := range paths {
		r, err := readJournal(p)
		if err != nil {
			return nil, err
		}
		if n := len(r.recs); n == 0 || r.recs[n-1].T != recEnd {
			return r, nil
		}
	}
	return nil, fmt.Errorf("%w in %s (looked for game-*.jsonl without an end record)", ErrNoGame, dir)
}

// readJournal parses a journal. A torn last line (the process died while
// writing it, before the sync, so nothing in it was acknowledged) is dropped.
func readJournal(path string) (*Resume, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := &Resume{Path: path}
	lines := bytes.Split(data, []byte("\n"))
	if n := len(lines); n > 0 && len(lines[n-1]) == 0 {
		lines = lines[:n-1]
	}
	for i, line := range lines {
		var rec journalRec
		if err := json.Unmarshal(line, &rec); err != nil {
			if i == len(lines)-1 && !bytes.HasSuffix(data, []byte("\n")) {
				break // the torn last line
			}
			return nil, fmt.Errorf("%s:%d: not a journal record: %v", path, i+1, err)
		}
		if i == 0 {
			if rec.T != recHeader || rec.Header == nil {
				return nil, fmt.Errorf("%s:1: the journal does not start with a header", path)
			}
			if rec.Header.Version != journalVersion {
				return nil, fmt.Errorf("%s:1: journal version %d, this rootcause reads %d", path, rec.Header.Version, journalVersion)
			}
			r.header = *rec.Header
			continue
		}
		r.recs = append(r.recs, rec)
	}
	if r.header.Version == 0 {
		return nil, fmt.Errorf("%s: empty journal", path)
	}
	for i, q := range r.header.Rounds {
		if err := validRound(q); err != nil {
			return nil, fmt.Errorf("%s: question %d: %w", path, i+1, err)
		}
	}
	return r, nil
}

// Apply sets the rules and rounds of the resumed game on cfg: the same code,
// rounds, clock and scoring as before the restart.
func (r *Resume) Apply(cfg *Config) {
	h := r.header
	cfg.Rounds, cfg.JoinCode, cfg.TimePerQuestion, cfg.Scoring = h.Rounds, h.Code, h.TimePerQuestion, h.Scoring
	cfg.Anonymous, cfg.Teams, cfg.Discussion = h.Anonymous, h.Teams, h.Discussion
	cfg.NameIdentity = h.NameIdentity // the seats' identities are of that kind
	cfg.Resume = r
}

// Started is when the resumed game started.
func (r *Resume) Started() time.Time { return r.header.Started }

// Answers counts the answers in the journal.
func (r *Resume) Answers() int {
	n := 0
	for _, rec := range r.recs {
		if rec.T == recAnswer {
			n++
		}
	}
	return n
}
