package gameday

import "sync"

// frameCache shares drawn question screens between the players of one
// game. While a question is open every player's screen redraws each second
// (the countdown) and on each batch of answers, all at the same moment;
// drawn one by one, 1,000 players' identical cards, choices and status
// lines were a sixth of the server's CPU and most of the burst a key press
// waited behind. Players who see the same snapshot at the same second, with
// the same window, colors, pick and scroll, see the same screen but for the
// header (their name and score), so that part is drawn once per game.
type frameCache struct {
	mu     sync.Mutex
	newest uint64
	frames map[frameKey]string
}

// frameKey is everything a question screen below its header depends on.
type frameKey struct {
	seq                        uint64
	profile                    string
	secs, w, h, choice, scroll int
}

// keepFrames bounds the cache: a few snapshots' worth of windows, colors
// and picks. Older snapshots are dropped when it fills.
const keepFrames = 64

func newFrameCache() *frameCache { return &frameCache{frames: map[frameKey]string{}} }

// get is the frame for k, drawn by draw the first time. The lock is held
// while drawing: the other players asking for the same frame at that
// moment would only draw it again.
func (c *frameCache) get(k frameKey, draw func() string) string {
	if c == nil {
		return draw()
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if f, ok := c.frames[k]; ok {
		return f
	}
	if len(c.frames) >= keepFrames {
		for old := range c.frames {
			if old.seq+1 < c.newest {
				delete(c.frames, old)
			}
		}
		if len(c.frames) >= keepFrames { // one snapshot drawn many ways: start over
			clear(c.frames)
		}
	}
	f := draw()
	c.frames[k] = f
	c.newest = max(c.newest, k.seq)
	return f
}
