package recognize

import (
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/source"
)

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

func TestHeaderLineChair(t *testing.T) {
	cases := []struct {
		text, chair string
	}{
		{"HTTP WG minutes\n\nChair: Mark Nottingham\nScribe: Julian\n\n1 Drafts\n\nChair: sounds like we should go back to WG last call.\n", "Mark Nottingham"},
		{"HTTP WG minutes\n\n1 Drafts\n\nChair: more WG discussion desired. Ok if discussion happens before last call.\n", ""},
		{"HTTP WG minutes\n\n1 Drafts\n\nChair: Please open issue on that topic.\n", ""},
		{"Minutes\n\nChairs: Tess (Apple) and Dan\n", "Tess (Apple) and Dan"},
	}
	for _, c := range cases {
		d := Recognize(plaintext.Read("m.txt", c.text), profile.Generic)
		if got := d.Header.Chair.Value; got != c.chair {
			t.Errorf("chair of %q = %q, want %q", c.text, got, c.chair)
		}
	}
}

func TestLineOf(t *testing.T) {
	text := minutes.Place{Pos: source.Position{Line: 10}}
	if got := lineOf(text, 2, "Chair: X").Pos.Line; got != 12 {
		t.Errorf("text line = %d, want 12", got)
	}
	word := minutes.Place{Pos: source.Position{Paragraph: 7}}
	if got := lineOf(word, 2, "Chair: X").Pos; got.Line != 0 || got.Paragraph != 7 {
		t.Errorf("Word position = %+v, want paragraph 7 and no line", got)
	}
}

// TestTitleDate reads the meeting's date from the title, or from a short
// line under it, when the minutes have no date field; a later heading or
// a date field wins.
func TestTitleDate(t *testing.T) {
	cases := []struct{ text, date string }{
		{"# Node Foundation TSC Meeting 2016-10-06\n\nPresent: Anna\n", "2016-10-06"},
		{"# July 20, 2020 Meeting Notes\n", "July 20, 2020"},
		{"# Commonalities\n\n*March 10th, 2023*\n\n## Attendees\n", "March 10th, 2023"},
		{"# TSC\n\n- Meeting Date: October 1, 2024\n", "October 1, 2024"},
		{"# 2017 meeting notes\n\n## December 20, 2017\n\n## December 6, 2017\n", ""},
		{"# Notes\n\nTemplate Version: 23 February 2015\n", ""},
		{"Minutes from 73rd OpenVDB TSC meeting, Dec 15th, 2020, (EDT)\n\nAttendees: Jeff, Ken\n", "Dec 15th, 2020"},
		{"Minutes of the committee\n\nAttendees: Jeff, Ken\n\n1) Quorum\n\nYes.\n\n2) Budget\n\nFine.\n\n3) Roadmap\n\nLater.\n\n4) Release\n\nSoon.\n\n8) Next Meeting\n\nMay 23rd 2019. 3pm-4pm EDT.\n", ""},
		{"# Notes\n\nWe discussed the release of 2019-02-01 and what to do about the many open issues.\n", ""},
	}
	for _, c := range cases {
		f := md(t, c.text)
		if got := Recognize(f, profile.Generic).Header.Date.Value; got != c.date {
			t.Errorf("date of %q = %q, want %q", c.text, got, c.date)
		}
	}
}

// TestHeaderFieldsOnOneLine reads two fields that a lost line break (or
// tabs) put on one line, and names the meeting after its title.
func TestHeaderFieldsOnOneLine(t *testing.T) {
	f := md(t, "# Example Project TSC Meeting 2024-03-12\n\nChair: Alice Martin Scribe: Bruno Keller\n\n## 1 Attendance\n")
	h := Recognize(f, profile.Generic).Header
	if h.Chair.Value != "Alice Martin" || h.Secretary.Value != "Bruno Keller" || h.Meeting.Value != "Example Project TSC Meeting 2024-03-12" {
		t.Errorf("chair %q, secretary %q, meeting %q", h.Chair.Value, h.Secretary.Value, h.Meeting.Value)
	}
}

// TestNextMeetings finds the next meeting's date under a heading, after a
// "Next Meeting" paragraph, or in a sentence that says so, but not in a
// repeat of the minutes' own date line.
func TestNextMeetings(t *testing.T) {
	cases := []struct{ text, next string }{
		{"# TSC 2024-03-12\n\n## Next meeting\n\n2024-03-26, same time.\n", "2024-03-26"},
		{"# TSC 2024-03-12\n\n8) Next Meeting\n\nMay 23rd 2024. 3pm-4pm EDT.\n", "May 23rd 2024"},
		{"# TSC 2024-03-12\n\nThe next meeting will be held on March 26, 2024.\n", "March 26, 2024"},
		{"# TSC 2024-03-12\n\nWe reviewed the release of 2024-03-26 for the next meeting of the board.\n", ""},
		{"# Minutes\n\n**Date:** 26th September 2024\n\n## 6. Next Meeting\n\n- **Date:** TBD\n\n---\n\n**Date:** 26th September 2024\n", ""},
	}
	for _, c := range cases {
		f := md(t, c.text)
		var got []string
		for _, n := range Recognize(f, profile.Generic).NextMeetings {
			got = append(got, n.Raw)
		}
		if strings.Join(got, ",") != c.next {
			t.Errorf("next meetings of %q = %q, want %q", c.text, got, c.next)
		}
	}
}

// A typed number on a heading deeper than the agenda's numbered headings
// is part of its title.
func TestTypedNumberLevels(t *testing.T) {
	f := md(t, "# Notes\n\n## 2. EIP 196\n\n## 3. Metropolis\n\n### EIP 86\n\n#### 2 Components\n\n## 4. EIP 176\n")
	var got []string
	for _, s := range Recognize(f, profile.Generic).Sections {
		got = append(got, s.Number+"|"+s.Title)
	}
	want := "|Notes,2|EIP 196,3|Metropolis,|EIP 86,|2 Components,4|EIP 176"
	if strings.Join(got, ",") != want {
		t.Errorf("sections %q, want %q", strings.Join(got, ","), want)
	}
}
