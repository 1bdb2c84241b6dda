package dates

import (
	"testing"
	"time"
)

func TestFind(t *testing.T) {
	cases := []struct {
		text    string
		raw     []string
		layout  Layout
		problem bool
	}{
		{"2016-01-14 to 2016-01-16", []string{"2016-01-14", "2016-01-16"}, ISO, false},
		{"dated 2016-01-0", []string{"2016-01-0"}, ISOUnpadded, true},
		{"2016-02-30", []string{"2016-02-30"}, ISO, true},
		{"2016-1-5", []string{"2016-1-5"}, ISOUnpadded, false},
		{"12/01/2016", []string{"12/01/2016"}, Numeric, false},
		{"31/31/2016", []string{"31/31/2016"}, Numeric, true},
		{"14.01.2016", []string{"14.01.2016"}, Numeric, false},
		{"2016/01/14", []string{"2016/01/14"}, YearFirstSlash, false},
		{"SEC 21 – San Diego – 18-23 January 2016", []string{"18-23 January 2016"}, Written, false},
		{"08 - 12 April, 2019", []string{"08 - 12 April, 2019"}, Written, false},
		{"Nov 18 - 22, 2019", []string{"Nov 18 - 22, 2019"}, Written, false},
		{"Meeting Date: March 27, 2024", []string{"March 27, 2024"}, Written, false},
		{"30 February 2016", []string{"30 February 2016"}, Written, true},
		{"23-18 January 2016", []string{"23-18 January 2016"}, Written, true},
		{"(SEPT 5, 2016) and 12/1/16", []string{"SEPT 5, 2016", "12/1/16"}, "", false},
		{"Tuesday june 5th 2018", []string{"june 5th 2018"}, Written, false},
		// A day of the week that is not the date's: one of them is a slip.
		{"Next meeting: Wed 21 July 2019", []string{"Wed 21 July 2019"}, Written, true},
		{"Wednesday, 2019-07-21", []string{"Wednesday, 2019-07-21"}, ISO, true},
		{"Wednesday, April 25, 2018", []string{"April 25, 2018"}, Written, false},
		{"Monday 13 November 2017", []string{"13 November 2017"}, Written, false},
		{"Sun 2019-07-24 press release", []string{"2019-07-24"}, ISO, false},
		{"Mon-Fri, 8-12 April 2019", []string{"8-12 April 2019"}, Written, false},
		{"Mittwoch, den 13.05.2018", []string{"Mittwoch, den 13.05.2018"}, Numeric, true},
		{"Mittwoch, 04. April 2019", []string{"Mittwoch, 04. April 2019"}, Written, true},
		{"Donnerstag, 04. April 2019", []string{"04. April 2019"}, Written, false},
		{"mardi 12 mars 2024", nil, "", false},
		{"Date: 2021-12-15T14:00:00Z", []string{"2021-12-15"}, ISO, false},
		{"Date: 2-23-23", []string{"2-23-23"}, Numeric, false},
		{"12-01-2016", []string{"12-01-2016"}, Numeric, false},
		// Not dates.
		{"12-01/2016 and SEC-12-01-16x", nil, "", false},
		{"Remay 5, 2016 and xMay 5 2016", nil, "", false},
		{"the UE may 5 times in 2016", nil, "", false},
		{"Tuesday July 22, 1420 - 1620", nil, "", false},
		{"on 5 May 1420-1620 UTC", nil, "", false},
		{"SEC-2016-0003 and ARC-2015-2306R01", nil, "", false},
		{"clause 10.3.6.1 of TS-0001 V2.13.00", nil, "", false},
		{"7Jan16_SEC20.4_Minutes", nil, "", false},
		{"S2-1903049", nil, "", false},
		{"a Decision 2016 of 12 people", nil, "", false},
	}
	for _, tc := range cases {
		got := Find(tc.text)
		if len(got) != len(tc.raw) {
			t.Errorf("Find(%q) = %d dates %+v, want %q", tc.text, len(got), got, tc.raw)
			continue
		}
		for i, d := range got {
			if d.Raw != tc.raw[i] || tc.layout != "" && d.Layout != tc.layout || d.Valid() == tc.problem {
				t.Errorf("Find(%q)[%d] = %q %s valid=%v (%s); want %q %s problem=%v", tc.text, i, d.Raw, d.Layout, d.Valid(), d.Problem, tc.raw[i], tc.layout, tc.problem)
			}
			if tc.text[d.Start:d.End] != d.Raw {
				t.Errorf("offsets of %q are wrong", d.Raw)
			}
		}
	}
}

func TestProblemWords(t *testing.T) {
	for text, want := range map[string]string{
		"2016-01-0":  "there is no day 0",
		"2016-02-30": "February 2016 has only 29 days",
		"2015-13-01": "there is no month 13",
	} {
		d := Find(text)
		if len(d) != 1 || d[0].Problem != want {
			t.Errorf("%s: %+v, want %q", text, d, want)
		}
		if d[0].Year() != 2016 && d[0].Year() != 2015 {
			t.Errorf("%s: year %d", text, d[0].Year())
		}
	}
}

func TestAmbiguous(t *testing.T) {
	d := Find("03/04/2016")[0]
	if !d.Ambiguous || d.From.Month() != 4 || d.From.Day() != 3 {
		t.Errorf("%+v", d)
	}
	if d := Find("25/01/2016")[0]; d.Ambiguous || d.From.Day() != 25 {
		t.Errorf("%+v", d)
	}
	if d := Find("01/25/2016")[0]; d.Ambiguous || d.From.Day() != 25 || d.From.Month() != 1 {
		t.Errorf("%+v", d)
	}
}

func TestRangeAndLooksLike(t *testing.T) {
	from, to, ok := Range("2016-01-14 to 2016-01-16")
	if !ok || from.From.Day() != 14 || to.To.Day() != 16 {
		t.Errorf("Range: %+v %+v", from, to)
	}
	if _, _, ok := Range("Interim meeting"); ok {
		t.Error("Range found a date in words")
	}
	for s, want := range map[string]bool{"2016-01": true, "14/01": true, "TBD": false, "": false, "7": false} {
		if LooksLikeDate(s) != want {
			t.Errorf("LooksLikeDate(%q) != %v", s, want)
		}
	}
}

func TestInName(t *testing.T) {
	cases := map[string]string{
		"2024-11-27.md":                        "2024-11-27",
		"TSC-2023-10-5-Meeting-Minutes.md":     "2023-10-05",
		"Regular Member Meeting 2012 04 09.md": "2012-04-09",
		"20180228_meeting-13.md":               "2018-02-28",
		"MOM - 20220719.md":                    "2022-07-19",
		"2024.10.01-Meeting-Minutes.md":        "2024-10-01",
		"MoM-13-11-2023.md":                    "",
		"MoM_240116.md":                        "",
		"28-5-24-meeting-minutes-1-6-1.md":     "",
		"S2-1903049.docx":                      "",
		"2016-13-01.md":                        "",
		"2024-1105.md":                         "",
		"sec-20.5-interim-minutes.txt":         "",
		"S2_132_Draft_Rep_v002.doc":            "",
	}
	for name, want := range cases {
		d, ok := InName(name)
		got := ""
		if ok {
			got = d.From.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("InName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestPartial(t *testing.T) {
	meeting := time.Date(2019, time.February, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		text, raw string
		problem   bool
	}{
		{"Date: Wed, Feb 05", "Wed, Feb 05", true},
		{"Next meeting: Tuesday 19 February", "Tuesday 19 February", false},
		{"Next meeting: Tuesday, the 19th of February", "Tuesday, the 19th of February", false},
		{"Next call on Thursday, January 2", "Thursday, January 2", true}, // 2 January 2019 was a Wednesday
		{"Friday February 30", "Friday February 30", true},
	}
	for _, c := range cases {
		ps := FindPartial(c.text)
		if len(ps) != 1 || ps[0].Raw != c.raw {
			t.Errorf("FindPartial(%q) = %+v, want %q", c.text, ps, c.raw)
			continue
		}
		if d := ps[0].Near(meeting); d.Valid() == c.problem {
			t.Errorf("%q near the meeting: %+v", c.text, d)
		}
	}
	// Late in the year, January is next year's.
	if d := FindPartial("Thursday, January 2")[0].Near(time.Date(2019, time.December, 17, 0, 0, 0, 0, time.UTC)); !d.Valid() || d.From.Year() != 2020 {
		t.Errorf("January after a December meeting: %+v", d)
	}
	for _, s := range []string{"Wednesday, February 6, 2019", "Tuesday", "on May 5", "mon 5 sept 2019"} {
		if ps := FindPartial(s); len(ps) != 0 {
			t.Errorf("FindPartial(%q) = %+v, want none", s, ps)
		}
	}
}
