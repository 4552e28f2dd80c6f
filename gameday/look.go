package gameday

import "github.com/nexusflow/rootcause/view"

// look is what game screens draw with: the presentation layer's styles
// (one set per SSH session, from that session's renderer) and their inks.
type look struct {
	*view.Styles
	ink view.Inks
}

func newLook(st *view.Styles) *look { return &look{Styles: st, ink: st.Ink} }
