package tui

// CohortAdmin is the dashboard's cohort editing, offered by a Team that
// can do it (the team server's store does; the dashboard hides these keys
// for a Team that does not). It is beside Team rather than in it so that
// other Teams need not implement it. Every call happens inside a tea.Cmd
// and fails for a trainee's session.
type CohortAdmin interface {
	// RenameCohort renames a cohort; an unknown cohort or a taken name is
	// an error that says so.
	RenameCohort(name, to string) error
	// DeleteCohort removes a cohort and its assignments; its members and
	// their progress stay.
	DeleteCohort(name string) error
	// RemoveMember takes a trainee out of a cohort; one who is not in it
	// is an error.
	RemoveMember(cohort, user string) error
	// Unassign removes the n-th (0-based) assignment the dashboard lists
	// for cohort, which must still be a (its track and due date): one
	// changed meanwhile is an error asking to refresh, never the wrong one
	// removed.
	Unassign(cohort string, n int, a AssignStatus) error
}
