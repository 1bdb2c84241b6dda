package recognize

import "testing"

func TestLooksLikeMeetingName(t *testing.T) {
	cases := map[string]bool{
		"SA WG2 Meeting #132":                    true,
		"SA WG2 Meeting #136\tDRAFT AGENDA":      true,
		"HacDC Annual Meeting February 21, 2009": true,
		"Meeting: TSC call":                      true,
		"SEC#20.5":                               true,
		"need text for #100 about DNS spoofing":  false,
		"drafts published on deadline, changes made since last meeting":                          false,
		"Note: This page serves as the 2010-07-13 Member Meeting's agenda":                       false,
		"These are the minutes of the Regular Member Meeting held on June 17, 2008 at the space": false,
		"#109 entity/representation/variant":                                                     false,
		"RAN1 #96":                                                                               true,
		"Agenda for today":                                                                       false,
	}
	for line, want := range cases {
		if got := looksLikeMeetingName(line); got != want {
			t.Errorf("looksLikeMeetingName(%q) = %v, want %v", line, got, want)
		}
	}
}
