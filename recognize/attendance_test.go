package recognize

import (
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/markdown"
)

func TestSplitAttendee(t *testing.T) {
	cases := []struct{ in, name, org string }{
		{"Herbert Damker - (Deutsche Telekom AG) Active Maintainer, TSC chair", "Herbert Damker", "Deutsche Telekom AG"},
		{"Helene Vigue (GSMA)", "Helene Vigue", "GSMA"},
		{"Omar Santos, Cisco Systems (Chair)", "Omar Santos", "Cisco Systems"},
		{"Jame Ginn, Cyber Threat Intelligence Network, Inc (Member)", "Jame Ginn", "Cyber Threat Intelligence Network, Inc"},
		{"Paul Patrick; FireEye, Inc.", "Paul Patrick", "FireEye, Inc."},
		{"George Glass - TM Forum representative", "George Glass", "TM Forum representative"},
		{"Markus Kümmerle (Deutsche Telekom (AG)", "Markus Kümmerle", "Deutsche Telekom (AG)"},
		{"Sergii Demianchuk", "Sergii Demianchuk", ""},
		{"Jane Doe, Acme - Research", "Jane Doe", "Acme - Research"},
		{"Cao, Feng;\tOracle", "Feng Cao", "Oracle"},
		{"Ronnau, Louis;\tCisco Systems", "Louis Ronnau", "Cisco Systems"},
		{"Van Dijk, Jan; TNO", "Jan Van Dijk", "TNO"},
		{"Toshi (Toshiyasu) Wakayama - (KDDI) Active Maintainer", "Toshi Wakayama", "KDDI"},
		{"Dawid Wróblewski (organizer)", "Dawid Wróblewski", ""},
		{"Tess, Apple", "Tess", "Apple"},
	}
	for _, c := range cases {
		if name, org := splitAttendee(c.in); name != c.name || org != c.org {
			t.Errorf("splitAttendee(%q) = %q, %q; want %q, %q", c.in, name, org, c.name, c.org)
		}
	}
}

func TestAttendance(t *testing.T) {
	const text = `# TAG meeting

Present: Tess, Dan, Peter Linss
Special Guests: Mike West

## Session 2

Present: Tess, Dan, Amy
Regrets: Yves

## Invited Participants

* [x] Herbert Damker - (Deutsche Telekom AG) Active Maintainer
* [ ] Adnan Saleem - (Radisys) End User Council representative
* the group thanked the hosts

## Discussion

* Present the proposal to the plenary
`
	f, err := markdown.Read("m.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := Recognize(f, profile.Generic)
	var got []string
	for _, p := range d.Participants {
		got = append(got, p.Name+"|"+p.Org.Raw)
	}
	want := "Tess|,Dan|,Peter Linss|,Mike West|,Amy|,Herbert Damker|Deutsche Telekom AG"
	if strings.Join(got, ",") != want {
		t.Errorf("participants = %q\nwant %q", strings.Join(got, ","), want)
	}
	if d.ParticipantsAt == nil || d.ParticipantsAt.Pos.Line != 3 {
		t.Errorf("list at %+v, want line 3", d.ParticipantsAt)
	}
}

// TestAttendanceNotes checks what under a participants heading is not an
// attendee: names nested under a sentence or under absentees, group rows
// of a table, and notes after a name.
func TestAttendanceNotes(t *testing.T) {
	const text = `# TC Meeting

## Record Attendance

- Leave of Absence:
   + Ann Other
- Quorum [was/was not] reached.
- 3 members are at risk of losing voting rights if they fail to attend.
   * Dave Kemp
   * Stefan Hagen
- Voting members:
   * Isaac Hepworth
- Regrets:
   * Carol Smith

### Participants

| Given Name | Family Name | Affiliation | Present |
|---|---|---|---|
| **Voting Members** | | | |
| David | Kemp | NSA | Yes |
| Stefan | Hagen | Individual | Yes |
| **Observers** | | | |
| none | | | |

## People

| Name | Company |
|---|---|
| Dawid Wróblewski **(organizer)** | DT |
| ROBERT Ludovic | Orange |
`
	f, err := markdown.Read("m.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	d := Recognize(f, profile.Generic)
	var got []string
	for _, p := range d.Participants {
		got = append(got, p.First+"/"+p.Last+"|"+p.Org.Raw)
	}
	want := "Isaac/Hepworth|,David/Kemp|NSA,Stefan/Hagen|Individual,Dawid/Wróblewski|DT,Ludovic/ROBERT|Orange"
	if strings.Join(got, ",") != want {
		t.Errorf("participants = %q\nwant %q", strings.Join(got, ","), want)
	}
}
