package tui

import (
	"fmt"
	"github.com/nexusflow/rootcause/view"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/nexusflow/rootcause/incidents"
)

// incidentItem is one row of the study library, its text already cleaned.
type incidentItem struct {
	inc   *incidents.Incident
	id    string
	title string
	meta  string // severity · platform · services · date
	mark  string // the trainee's progress on it: "due", "studied", "mastered"; "" when new or unknown
}

func (i incidentItem) FilterValue() string {
	return i.id + " " + i.title + " " + i.meta
}

func newIncidentItem(inc *incidents.Incident) incidentItem {
	meta := []string{}
	if p := view.OneLine(inc.Platform); p != "" {
		meta = append(meta, p)
	}
	if len(inc.Services) > 0 {
		meta = append(meta, view.OneLine(strings.Join(inc.Services, ", ")))
	}
	if !inc.Date.IsZero() {
		meta = append(meta, inc.Date.Format("2006-01-02"))
	}
	return incidentItem{inc: inc, id: view.OneLine(inc.ID), title: view.OneLine(inc.Title), meta: strings.Join(meta, " · ")}
}

// incidentDelegate draws a library row in two lines: badge, id and title,
// then the muted platform, services and date. The focused row carries the
// cursor marker so it shows without color.
type incidentDelegate struct{ s *view.Styles }

func (d incidentDelegate) Height() int                         { return 2 }
func (d incidentDelegate) Spacing() int                        { return 0 }
func (d incidentDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d incidentDelegate) Render(w io.Writer, m list.Model, index int, li list.Item) {
	it, ok := li.(incidentItem)
	if !ok {
		return
	}
	width := max(10, m.Width()-4)
	focused := index == m.Index()
	head := view.Truncate(it.id+"  "+it.title, width-8)
	line1 := d.s.Item(head, focused)
	line1 += " " + d.s.Badge(it.inc.Severity)
	meta := it.meta
	if it.mark != "" {
		meta = "[" + it.mark + "] " + meta
	}
	line2 := d.s.NoCursor + d.s.Muted.Render(view.Truncate(meta, width))
	fmt.Fprint(w, line1+"\n"+line2)
}

// libraryModel is the study library: a filterable list and a detail view.
type libraryModel struct {
	c      *common
	list   list.Model
	detail page
	open   *incidents.Incident // nil while browsing the list
	// back is where Esc leads from the detail view: the list, or Stats when
	// Stats opened an incident directly.
	back screen
}

// openID opens the detail view of incident id, Esc leading back to from.
func (m libraryModel) openID(id string, from screen) libraryModel {
	for i, it := range m.list.Items() {
		if ii, ok := it.(incidentItem); ok && ii.inc.ID == id {
			m.list.Select(i)
			m.open = ii.inc
			m.back = from
			m.detail = m.detail.set(m.detail.width(), m.detailHeight(), m.detailText(ii.inc, m.detail.width())).top()
		}
	}
	return m
}

func newLibrary(c *common, incs []incidents.Incident) libraryModel {
	items := make([]list.Item, len(incs))
	for i := range incs {
		items[i] = newIncidentItem(&incs[i])
	}
	s := c.styles
	l := list.New(items, incidentDelegate{s: s}, 0, 0)
	l.Title = "Study library"
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.SetStatusBarItemName("incident", "incidents")
	l.Styles.Title = s.Title
	l.Styles.TitleBar = c.renderer.NewStyle().Padding(0, 0, 1, 0)
	l.Styles.StatusBar = s.Muted.Padding(0, 0, 1, 2)
	l.Styles.StatusEmpty = s.Muted
	l.Styles.NoItems = s.Muted.Padding(0, 2)
	l.Styles.FilterPrompt = s.Label
	l.Styles.FilterCursor = s.Selected
	l.Styles.PaginationStyle = s.Muted.PaddingLeft(2)
	l.FilterInput.PromptStyle = s.Label
	l.FilterInput.TextStyle = s.Text
	l.FilterInput.Cursor.Style = s.Selected
	// A static cursor: no blink timer redrawing the screen twice a second
	// (that matters over SSH), and nothing left ticking between keys.
	l.FilterInput.Cursor.SetMode(cursor.CursorStatic)
	m := libraryModel{c: c, list: l, detail: newPage(c), back: screenLibrary}
	return m.resized()
}

// resized fits the list and the detail view to the window.
func (m libraryModel) resized() libraryModel {
	w := m.c.contentWidth()
	m = m.fitList()
	text := ""
	if m.open != nil {
		text = m.detailText(m.open, w)
	}
	m.detail = m.detail.set(w, m.detailHeight(), text)
	return m
}

// marked marks each incident with the trainee's progress: mastered (an
// interval of MatureDays or more), due (due today or earlier), studied
// (answered, not due), or nothing when never answered.
func (m libraryModel) marked(d dailyMsg) libraryModel {
	items := m.list.Items()
	for i, li := range items {
		it, ok := li.(incidentItem)
		if !ok {
			continue
		}
		it.mark = ""
		if c, ok := d.cards[it.inc.ID]; ok {
			switch {
			case d.date != "" && c.Due <= d.date:
				it.mark = "due"
			case c.Interval >= MatureDays:
				it.mark = "mastered"
			default:
				it.mark = "studied"
			}
		}
		items[i] = it
	}
	m.list.SetItems(items)
	return m
}

// MatureDays is the interval from which the library calls an incident
// mastered: three weeks, Anki's "mature", as progress counts it.
const MatureDays = 21

// filterTitle reports whether the list's own title bar holds the filter
// input (while typing a filter, or with one applied): the library then
// draws its title above, so the screen keeps its name.
func (m libraryModel) filterTitle() bool {
	return m.list.SettingFilter() || m.list.IsFiltered()
}

// fitList sizes the list to the body, less the title line filterTitle adds.
func (m libraryModel) fitList() libraryModel {
	w, h := m.c.contentWidth(), m.c.bodyHeight(footerHeight)
	if m.c.wide() {
		w = m.listWidth()
	}
	if m.filterTitle() {
		h -= 2
	}
	m.list.SetSize(w, h)
	return m
}

// listView is the list, under the library's title while a filter holds
// the list's title bar.
func (m libraryModel) listView() string {
	if !m.filterTitle() {
		return m.list.View()
	}
	return m.c.styles.Title.Render("Study library") + "\n\n" + m.list.View()
}

// detailHeight is the detail page's height: the body under its heading.
func (m libraryModel) detailHeight() int { return m.c.bodyHeight(footerHeight) - 2 }

// filtering reports whether the filter input has focus; the router then
// passes every key here first, so typing "q" filters instead of quitting.
func (m libraryModel) filtering() bool {
	return m.open == nil && m.list.SettingFilter()
}

func (m libraryModel) update(msg tea.Msg) (libraryModel, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resized(), nil
	case dailyMsg:
		return m.marked(msg), nil
	}
	if m.open != nil {
		return m.updateDetail(msg)
	}
	k := m.c.keys
	switch msg := msg.(type) {
	case tea.KeyMsg:
		if m.list.SettingFilter() {
			break
		}
		switch {
		case key.Matches(msg, k.Back) && !m.list.IsFiltered():
			return m, cmd(goHomeMsg{})
		case key.Matches(msg, k.Enter):
			if it, ok := m.list.SelectedItem().(incidentItem); ok {
				m.open, m.back = it.inc, screenLibrary
				m.detail = m.detail.set(m.detail.width(), m.detailHeight(), m.detailText(it.inc, m.detail.width())).top()
				return m, nil
			}
		}
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			m.list.CursorUp()
		case tea.MouseButtonWheelDown:
			m.list.CursorDown()
		}
		return m, nil
	}
	var c tea.Cmd
	before := m.filterTitle()
	m.list, c = m.list.Update(msg)
	// Sizing again also counts the pages again: bubbles' list does not
	// when the matches of a filter being typed arrive, so a 5-item result
	// kept the page dots of the whole corpus.
	if before || m.filterTitle() {
		m = m.fitList()
	}
	return m, c
}

func (m libraryModel) updateDetail(msg tea.Msg) (libraryModel, tea.Cmd) {
	k := m.c.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Back, k.Enter):
			m.open = nil
			if m.back == screenStats {
				return m, cmd(openStatsMsg{})
			}
			return m, nil
		}
	}
	var c tea.Cmd
	m.detail, c = m.detail.update(msg)
	return m, c
}

// detailText is everything about one incident, wrapped to width w.
func (m libraryModel) detailText(inc *incidents.Incident, w int) string {
	s := m.c.styles
	head := view.Header(s, inc.Severity, inc.ID, inc.Date, inc.Platform, w)
	head = append(head, view.Paint(s.Ink.CardTitle, view.Wrap(view.OneLine(inc.Title), w))...)
	if len(inc.Services) > 0 {
		head = append(head, view.Paint(s.Ink.Muted, view.Wrap("Services: "+view.OneLine(strings.Join(inc.Services, ", ")), w))...)
	}
	var brief, timeline string
	if inc.Material != nil {
		brief, timeline = inc.Material.Brief, inc.Material.Timeline
	}
	blocks := [][]string{head,
		view.Section(s, "SUMMARY", inc.Summary, w),
		view.Section(s, "ROOT CAUSE", inc.RootCause, w),
		view.Section(s, "IN BRIEF", brief, w),
		view.Section(s, "TIMELINE", timeline, w),
		view.After(s, view.Teaching{Resolution: inc.Resolution, Prevention: inc.Prevention}, w),
		m.nearMisses(inc, w),
	}
	return strings.Join(view.Blocks(blocks...), "\n")
}

// nearMisses lists an incident's authored wrong options and why each was
// not it.
func (m libraryModel) nearMisses(inc *incidents.Incident, w int) []string {
	if inc.Material == nil || len(inc.Material.Distractors) == 0 {
		return nil
	}
	s := m.c.styles
	out := []string{s.Ink.Label("NEAR MISSES") + s.Ink.Muted(" · plausible causes that were not it")}
	for _, d := range inc.Material.Distractors {
		out = append(out, view.Paint(s.Ink.Text, view.Hang("- ", view.OneLine(d.Text), w))...)
		if why := view.OneLine(d.WhyNot); why != "" {
			out = append(out, view.Paint(s.Ink.Muted, view.Hang("  ", why, w))...)
		}
	}
	return out
}

// listWidth is the list's column in the two-pane layout.
func (m libraryModel) listWidth() int { return min(70, m.c.wideWidth()/2) }

func (m libraryModel) view() string {
	if m.open == nil && m.c.wide() {
		return m.c.centerIn(m.previewView(), m.c.wideWidth())
	}
	if m.open == nil {
		return m.c.center(m.listView())
	}
	s := m.c.styles
	pct := fmt.Sprintf("%3.0f%%", m.detail.percent()*100)
	head := s.Title.Render("Study library") + s.Muted.Render(" › "+view.OneLine(m.open.ID)+"  "+pct)
	return m.c.center(head + "\n\n" + m.detail.view())
}

// previewView is the two-pane library: the list, and beside it the start of
// the focused incident (enter reads all of it).
func (m libraryModel) previewView() string {
	s := m.c.styles
	lw := m.listWidth()
	rw := m.c.wideWidth() - lw - 3
	h := m.c.bodyHeight(footerHeight)
	left := strings.Split(m.listView(), "\n")
	var right []string
	if it, ok := m.list.SelectedItem().(incidentItem); ok {
		right = strings.Split(m.detailText(it.inc, rw), "\n")
		if len(right) > h-1 {
			right = append(right[:h-2], "", s.Muted.Render("… enter reads all of it"))
		}
	}
	return strings.Join(joinColumns(left, right, lw, 3), "\n")
}

func (m libraryModel) help() screenHelp {
	k := m.c.keys
	if m.open != nil {
		return screenHelp{
			short: []key.Binding{k.Move, k.PageDown, k.Back},
			full:  [][]key.Binding{m.detail.keys(), {k.Back}},
		}
	}
	if m.list.SettingFilter() {
		apply := view.Relabel(k.Enter, "enter", "apply filter")
		cancel := view.Relabel(k.Back, "esc", "cancel")
		return screenHelp{short: []key.Binding{apply, cancel}, full: [][]key.Binding{{apply, cancel}}}
	}
	open := view.Relabel(k.Enter, "enter", "read")
	back := k.Back
	if m.list.IsFiltered() {
		back = view.Relabel(k.Back, "esc", "clear filter")
	}
	return screenHelp{
		short: []key.Binding{k.Move, open, k.Filter, back},
		full:  [][]key.Binding{{k.Up, k.Down, m.list.KeyMap.PrevPage, m.list.KeyMap.NextPage}, {open, k.Filter, back}},
	}
}
