package tui

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/nexusflow/rootcause/incidents"
)

// incidentItem is one row of the study library, its text already cleaned.
type incidentItem struct {
	inc   *incidents.Incident
	id    string
	title string
	meta  string // severity · platform · services · date
}

func (i incidentItem) FilterValue() string {
	return i.id + " " + i.title + " " + i.meta
}

func newIncidentItem(inc *incidents.Incident) incidentItem {
	meta := []string{}
	if p := cleanLine(inc.Platform); p != "" {
		meta = append(meta, p)
	}
	if len(inc.Services) > 0 {
		meta = append(meta, cleanLine(strings.Join(inc.Services, ", ")))
	}
	if !inc.Date.IsZero() {
		meta = append(meta, inc.Date.Format("2006-01-02"))
	}
	return incidentItem{inc: inc, id: cleanLine(inc.ID), title: cleanLine(inc.Title), meta: strings.Join(meta, " · ")}
}

// incidentDelegate draws a library row in two lines: badge, id and title,
// then the muted platform, services and date. The focused row carries the
// cursor marker so it shows without color.
type incidentDelegate struct{ s *Styles }

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
	head := truncate(it.id+"  "+it.title, width-8)
	line1 := d.s.Item(head, focused)
	line1 += " " + d.s.Badge(it.inc.Severity)
	line2 := d.s.NoCursor + d.s.Muted.Render(truncate(it.meta, width))
	fmt.Fprint(w, line1+"\n"+line2)
}

// libraryModel is the study library: a filterable list and a detail view.
type libraryModel struct {
	c      *common
	list   list.Model
	detail viewport.Model
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
			m.detail.SetContent(m.detailText(ii.inc, m.detail.Width))
			m.detail.GotoTop()
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
	m := libraryModel{c: c, list: l, detail: viewport.New(0, 0), back: screenLibrary}
	return m.resized()
}

// resized fits the list and the detail view to the window.
func (m libraryModel) resized() libraryModel {
	w := m.c.contentWidth()
	h := m.c.bodyHeight(footerHeight)
	m.list.SetSize(w, h)
	if m.c.wide() {
		m.list.SetSize(m.listWidth(), h)
	}
	m.detail.Width, m.detail.Height = w, h-3
	if m.open != nil {
		m.detail.SetContent(m.detailText(m.open, w))
	}
	return m
}

// filtering reports whether the filter input has focus; the router then
// passes every key here first, so typing "q" filters instead of quitting.
func (m libraryModel) filtering() bool {
	return m.open == nil && m.list.SettingFilter()
}

func (m libraryModel) update(msg tea.Msg) (libraryModel, tea.Cmd) {
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return m.resized(), nil
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
				m.detail.SetContent(m.detailText(it.inc, m.detail.Width))
				m.detail.GotoTop()
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
	m.list, c = m.list.Update(msg)
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
		case key.Matches(km, k.Top):
			m.detail.GotoTop()
			return m, nil
		case key.Matches(km, k.Bottom):
			m.detail.GotoBottom()
			return m, nil
		}
	}
	var c tea.Cmd
	m.detail, c = m.detail.Update(msg)
	return m, c
}

// detailText is everything about one incident, wrapped to width w.
func (m libraryModel) detailText(inc *incidents.Incident, w int) string {
	s := m.c.styles
	var b strings.Builder
	b.WriteString(incidentHeader(s, inc) + "\n")
	b.WriteString(m.c.wrap(cleanLine(inc.Title), w, s.CardTitle) + "\n")
	if len(inc.Services) > 0 {
		b.WriteString(m.c.wrap("Services: "+cleanLine(strings.Join(inc.Services, ", ")), w, s.Muted) + "\n")
	}
	section := func(label, text string) {
		if strings.TrimSpace(text) == "" {
			return
		}
		b.WriteString("\n" + s.Label.Render(label) + "\n" + m.c.wrap(clean(text), w, s.Text) + "\n")
	}
	section("SUMMARY", inc.Summary)
	section("ROOT CAUSE", inc.RootCause)
	if inc.Material != nil {
		section("IN BRIEF", inc.Material.Brief)
		section("TIMELINE", inc.Material.Timeline)
	}
	section("RESOLUTION", inc.Resolution)
	if len(inc.Prevention) > 0 {
		b.WriteString("\n" + s.Label.Render("PREVENTION") + "\n" + numbered(m.c, inc.Prevention, w, s.Text) + "\n")
	}
	if inc.Material != nil && len(inc.Material.Distractors) > 0 {
		b.WriteString("\n" + s.Label.Render("NEAR MISSES") + s.Muted.Render(" · plausible causes that were not it") + "\n")
		for _, d := range inc.Material.Distractors {
			b.WriteString(hanging(m.c, "- ", cleanLine(d.Text), w, s.Text) + "\n")
			if why := cleanLine(d.WhyNot); why != "" {
				b.WriteString(m.c.renderer.NewStyle().PaddingLeft(2).Render(m.c.wrap(why, w-2, s.Muted)) + "\n")
			}
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

// incidentHeader is the one-line badge, id, date and platform of a card.
func incidentHeader(s *Styles, inc *incidents.Incident) string {
	parts := []string{s.Badge(inc.Severity), s.Bold.Render(cleanLine(inc.ID))}
	if !inc.Date.IsZero() {
		parts = append(parts, s.Muted.Render(inc.Date.Format("2006-01-02")))
	}
	if p := cleanLine(inc.Platform); p != "" {
		parts = append(parts, s.Muted.Render(p))
	}
	return strings.Join(parts, "  ")
}

// numbered lists items as "1. …" wrapped to width w with a hanging indent.
func numbered(c *common, items []string, w int, st lipgloss.Style) string {
	var out []string
	for i, it := range items {
		out = append(out, hanging(c, fmt.Sprintf("%d. ", i+1), cleanLine(it), w, st))
	}
	return strings.Join(out, "\n")
}

// hanging wraps text after a marker such as "2. " or "- " to width w, with
// continuation lines indented under the text, not the marker.
func hanging(c *common, marker, text string, w int, st lipgloss.Style) string {
	ind := lipgloss.Width(marker)
	body := c.wrap(text, max(10, w-ind), st)
	body = strings.ReplaceAll(body, "\n", "\n"+strings.Repeat(" ", ind))
	return st.Render(marker) + body
}

// listWidth is the list's column in the two-pane layout.
func (m libraryModel) listWidth() int { return min(70, m.c.wideWidth()/2) }

func (m libraryModel) view() string {
	if m.open == nil && m.c.wide() {
		return m.c.centerIn(m.previewView(), m.c.wideWidth())
	}
	if m.open == nil {
		return m.c.center(m.list.View())
	}
	s := m.c.styles
	pct := fmt.Sprintf("%3.0f%%", m.detail.ScrollPercent()*100)
	head := s.Title.Render("Study library") + s.Muted.Render(" › "+cleanLine(m.open.ID)+"  "+pct)
	return m.c.center(head + "\n\n" + m.detail.View() + "\n" + scrollHint(s, m.detail))
}

// previewView is the two-pane library: the list, and beside it the start of
// the focused incident (enter reads all of it).
func (m libraryModel) previewView() string {
	s := m.c.styles
	lw := m.listWidth()
	rw := m.c.wideWidth() - lw - 3
	h := m.c.bodyHeight(footerHeight)
	left := strings.Split(m.list.View(), "\n")
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
			full:  [][]key.Binding{{k.Up, k.Down, k.PageUp, k.PageDown}, {k.Top, k.Bottom, k.Back}},
		}
	}
	if m.list.SettingFilter() {
		apply := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply filter"))
		cancel := key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))
		return screenHelp{short: []key.Binding{apply, cancel}, full: [][]key.Binding{{apply, cancel}}}
	}
	open := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read"))
	back := k.Back
	if m.list.IsFiltered() {
		back = key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter"))
	}
	return screenHelp{
		short: []key.Binding{k.Move, open, k.Filter, back},
		full:  [][]key.Binding{{k.Up, k.Down, m.list.KeyMap.PrevPage, m.list.KeyMap.NextPage}, {open, k.Filter, back}},
	}
}
