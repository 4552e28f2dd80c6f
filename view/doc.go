// Package view is rootcause's presentation layer: everything the local app
// (tui) and the game-day server (gameday) draw the same way.
//
//   - [Palette] names the colors; [NewStyles] builds every style, and the
//     inks painted with them, from one *lipgloss.Renderer (one per terminal,
//     so each SSH session keeps its own color profile).
//   - [KeyMap] holds every key binding with its help text; screens copy a
//     binding and relabel it rather than build their own.
//   - Pure renderers of the quiz's objects, each a function of (data, width,
//     *Styles) returning lines: the incident card ([CardLines]), the numbered
//     choices ([Choices]), the verdict and points ([VerdictLine],
//     [PointsLine]), why the other options were wrong ([WhyNot]), the root
//     cause, resolution and prevention ([Teach]), the debrief ([Debrief]), a
//     scrolling window over lines ([Window]) and the too-small message
//     ([TooSmall]); an evidence board's list ([EvidenceList]), items
//     ([EvidenceHead], [EvidenceBody], [Quote]) and metric charts ([Chart],
//     drawn with ntcharts and cached per item, size and color profile).
//
// view imports neither tui nor gameday: both front-ends only lay these
// pieces out. Text from incident records is trusted as loaded (the incidents
// package sanitizes it once, at load); renderers only wrap and paint it.
package view
