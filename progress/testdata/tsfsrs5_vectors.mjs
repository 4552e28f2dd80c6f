// Reference vectors for progress/fsrs_ts_test.go from ts-fsrs 5.x (the
// TypeScript FSRS-6 implementation), next to py-fsrs's (fsrs6_vectors.py).
// Not vendored: install it in a scratch directory and run this file there.
//
//   npm install ts-fsrs@5        # 5.4.2 made the committed file
//   node tsfsrs5_vectors.mjs > tsfsrs5_vectors.json
//
// Configuration: the published FSRS-6 defaults, no learning or relearning
// steps, no fuzz, retention 0.9, 36,500 days. That is py-fsrs 6.3.1's
// Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
// only with enable_short_term left true: ts-fsrs's enable_short_term=false
// is not "no steps" but another model (same-day reviews take the long-term
// formulas with R = 1, and a lapse is capped at S instead of
// S / e^(w17*w18)); see docs in the Go test.
//
// ts-fsrs counts elapsed days as UTC calendar days, which is rootcause's
// rule for a trainee in UTC, so UTC reviews are fed at their real times
// (22:00 then 08:00 the next day is one day). A sequence in another zone is
// fed its local wall-clock times as UTC, which gives the same calendar days.
//
// Two things ts-fsrs does that py-fsrs (and rootcause) do not are recorded
// per review so the Go test can tell them apart:
//   raw_interval  the interval the review's own stability gives; ts-fsrs
//                 then orders a card in review so Hard < Good < Easy
//                 (interval is what it scheduled);
//   clamped       ts-fsrs caps stability at 36,500 days (S_MAX); py-fsrs
//                 does not. A sequence ends at its first clamped review.
import { createEmptyCard, fsrs, FSRSVersion, generatorParameters, Rating, S_MAX } from "ts-fsrs";

const params = generatorParameters({
  request_retention: 0.9,
  maximum_interval: 36500,
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: [],
  relearning_steps: [],
});
const f = fsrs(params);

const pad = (n, w = 2) => String(n).padStart(w, "0");
const dateOf = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

// at: the review's wall clock fed as UTC; offset: the zone's offset then
// ("+00:00" in UTC), so "at" in the file is the real instant.
function stamp(at, offset) {
  return `${dateOf(at)}T${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:00.000${offset}`;
}

function replay(name, zone, reviews) {
  let card = createEmptyCard(reviews[0].at);
  const out = [];
  for (const { at, offset, rating } of reviews) {
    card = f.next(card, at, rating).card;
    const clamped = card.stability >= S_MAX;
    out.push({
      at: stamp(at, offset),
      rating,
      stability: card.stability,
      difficulty: card.difficulty,
      interval: card.scheduled_days,
      raw_interval: f.next_interval(card.stability, 0),
      clamped,
      due: dateOf(card.due),
    });
    if (clamped) break;
  }
  return { name, zone, reviews: out };
}

// plan: [days after the previous review, "hh:mm", rating]; offsets gives
// the zone's offset for a local date (YYYY-MM-DD), "+00:00" by default.
function walk(start, plan, offsets = () => "+00:00") {
  let day = new Date(`${start}T00:00:00Z`);
  return plan.map(([gap, hm, rating]) => {
    day = new Date(day.getTime() + gap * 864e5);
    const [h, m] = hm.split(":").map(Number);
    const at = new Date(day.getTime() + (h * 60 + m) * 6e4);
    return { at, offset: offsets(dateOf(at)), rating };
  });
}

const [A, H, G, E] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

function* fixed() {
  const s = "2026-01-05";
  yield ["lapse after 400 days", "UTC", walk(s, [[0, "12:00", G], [3, "12:00", G], [10, "12:00", G], [400, "12:00", A]])];
  yield ["lapse after 3000 days", "UTC", walk(s, [[0, "12:00", G], [2, "12:00", E], [3000, "12:00", A], [1, "12:00", G]])];
  yield ["lapse at a mature card", "UTC", walk(s, [[0, "12:00", E], [20, "12:00", E], [90, "12:00", G], [60, "12:00", A]])];
  // Same-day misses leave a small stability; misses years later then reach
  // the lapse cap S / e^(w17*w18).
  yield ["lapse cap reached", "UTC", walk(s, [[0, "12:00", A], [0, "12:10", A], [0, "12:20", A], [0, "12:30", A], [2000, "12:00", A], [700, "12:00", A], [1, "12:00", G]])];
  yield ["same-day reviews", "UTC", walk(s, [[0, "12:00", A], [0, "12:05", A], [0, "13:00", G], [0, "18:00", E], [1, "12:00", H], [0, "12:01", A]])];
  yield ["early reviews", "UTC", walk(s, [[0, "12:00", G], [1, "12:00", G], [1, "12:00", G], [2, "12:00", H], [1, "12:00", E]])];
  yield ["maximum interval", "UTC", walk(s, [[0, "12:00", E], ...[8, 40, 200, 900, 3000, 9000, 20000].map((g) => [g, "12:00", E])])];
  yield ["next morning", "UTC", walk(s, [[0, "22:00", A], [1, "08:00", G], [2, "07:30", G]])];
  yield ["just before and after midnight", "UTC", walk(s, [[0, "23:59", G], [1, "00:01", G], [0, "23:58", A], [1, "00:00", E]])];
  yield ["next morning in Kiritimati", "Pacific/Kiritimati", walk(s, [[0, "23:30", A], [1, "06:00", G], [0, "23:59", H]], () => "+14:00")];
  // 2026-03-08 02:00 PST -> PDT: the offset changes between the reviews.
  yield ["next morning across DST in Los Angeles", "America/Los_Angeles",
    walk("2026-03-07", [[0, "22:00", A], [1, "01:30", G], [1, "23:00", G], [30, "08:00", A]], (d) => (d < "2026-03-08" ? "-08:00" : "-07:00"))];
}

// mulberry32: a small seeded generator, so the file is reproducible.
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// n sequences in UTC with every rating and every kind of gap: same day,
// early, on the due day, late, and long gaps; times of day vary, so the
// calendar-day rule is exercised too.
function* randomized(rand, n) {
  const pick = (k) => Math.floor(rand() * k);
  for (let i = 0; i < n; i++) {
    let card = createEmptyCard(new Date("2025-01-01T00:00:00Z"));
    let at = new Date(Date.UTC(2025, 0, 1, 6 + pick(16), pick(60)) + pick(400) * 864e5);
    const reviews = [];
    for (let k = 2 + pick(14); k > 0; k--) {
      const x = rand();
      const rating = x < 0.2 ? A : x < 0.35 ? H : x < 0.85 ? G : E;
      reviews.push({ at, offset: "+00:00", rating });
      card = f.next(card, at, rating).card;
      const iv = card.scheduled_days;
      const kind = rand();
      let gap;
      if (kind < 0.15) gap = 0;
      else if (kind < 0.35) gap = 1 + pick(Math.max(iv - 1, 1));
      else if (kind < 0.75) gap = iv;
      else if (kind < 0.92) gap = iv + 1 + pick(3 * iv + 1);
      else gap = 300 + pick(3700);
      const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()) + gap * 864e5;
      const minutes = gap === 0 ? at.getUTCHours() * 60 + at.getUTCMinutes() + 1 + pick(30) : 6 * 60 + pick(16 * 60);
      at = new Date(day + Math.min(minutes, 23 * 60 + 59) * 6e4);
    }
    yield [`random ${i + 1}`, "UTC", reviews];
  }
}

const sequences = [];
for (const [n, z, r] of fixed()) sequences.push(replay(n, z, r));
for (const [n, z, r] of randomized(rng(20261202), 60)) sequences.push(replay(n, z, r));
const scheduler = {
  parameters: params.w,
  desired_retention: params.request_retention,
  maximum_interval: params.maximum_interval,
  enable_fuzz: params.enable_fuzz,
  enable_short_term: params.enable_short_term,
  learning_steps: params.learning_steps,
  relearning_steps: params.relearning_steps,
};
process.stdout.write(JSON.stringify({ reference: `ts-fsrs ${FSRSVersion}`, scheduler, sequences }, null, 1) + "\n");
