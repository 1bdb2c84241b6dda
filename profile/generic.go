package profile

// Generic is the profile for minutes of any body: no document numbers,
// the common decision words, ISO dates.
var Generic = register(&Profile{
	Name:  "generic",
	Title: "Generic minutes (any body)",
	Terms: map[string]Canon{
		"AGREED": Agreed, "APPROVED": Approved, "ADOPTED": Approved,
		"NOTED": Noted, "POSTPONED": Postponed, "DEFERRED": Postponed,
		"WITHDRAWN": Withdrawn, "REJECTED": Rejected, "CARRIED": Approved,
		"ENDORSED": Endorsed, "LEFT OPEN": LeftOpen,
	},
	DateLayout:  "2006-01-02",
	DateExample: "2024-03-27",
})
