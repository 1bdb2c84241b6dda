package profile

// Generic is the profile for minutes of any body: no document numbers,
// the common decision words, and no house date format (informal notes
// write "March 27, 2024" as readily as 2024-03-27).
var Generic = register(&Profile{
	Name:  "generic",
	Title: "Generic minutes (any body)",
	Terms: map[string]Canon{
		"AGREED": Agreed, "APPROVED": Approved, "ADOPTED": Approved,
		"NOTED": Noted, "POSTPONED": Postponed, "DEFERRED": Postponed,
		"WITHDRAWN": Withdrawn, "REJECTED": Rejected, "CARRIED": Approved,
		"ENDORSED": Endorsed, "LEFT OPEN": LeftOpen,
	},
})
