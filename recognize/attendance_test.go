package recognize

import (
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
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
		{"Aaron Crickenberger [Samsung SDS] (@spiffxp)", "Aaron Crickenberger", "Samsung SDS"},
		{"Tim Hockin {Google}", "Tim Hockin", "Google"},
		{"Brandon Philips [CoreOS] NOTE TAKER!", "Brandon Philips", "CoreOS"},
		{"James M Snell @jasnell (TSC)", "James M Snell", ""},
		{"Josh Gavant @joshgav (observer/Microsoft)", "Josh Gavant", "Microsoft"},
		{"Robin Ginn (@rginn)", "Robin Ginn", ""},
		{"Patrick Maroney, AT&T, Voting Member", "Patrick Maroney", "AT&T"},
		{"Daniel Heckenberg, Chairperson, Animal Logic Pty Ltd", "Daniel Heckenberg", "Animal Logic Pty Ltd"},
		{"Kelly Cullinane, OASIS, OASIS Staff Contact", "Kelly Cullinane", "OASIS"},
		{"Yarick Tsagoyko, Mitre Corporation, not on the roster", "Yarick Tsagoyko", "Mitre Corporation"},
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
	f := md(t, text)
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
	f := md(t, text)
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

// TestAttendanceForms reads the other ways minutes list who attended.
func TestAttendanceForms(t *testing.T) {
	cases := []struct{ name, text, want string }{
		{"label item with nested names", "## December 7, 2017\n\n* **Bosun**: Brandon Philips\n* **Attendees**\n    * Aaron Crickenberger [Samsung SDS]\n    * Derek Carr, Clayton Coleman [Red Hat]\n* **Absent**\n    * Quinton Hoole [Huawei]\n* **Topics**\n    * Release Planning\n",
			"Aaron Crickenberger|Samsung SDS,Derek Carr|Red Hat,Clayton Coleman|Red Hat"},
		{"label paragraph", "# AGM\n\nAttendance:\n\n* Issy Long\n* Mike McQuaid\n\n## Agenda\n\n* Mike McQuaid presents\n", "Issy Long|,Mike McQuaid|"},
		{"lines without bullets", "# Call\n\n## Attendees\n\nJoachim Dahlgren (Ericsson)\nAkos Hunyadi (DT)\n\nDevice Location minutes are on the wiki.\n", "Joachim Dahlgren|Ericsson,Akos Hunyadi|DT"},
		{"inline roster", "# January 29, 2015 Meeting Notes\n\nBrian Terlson (BT), Jonathan Turner (JT), Allen Wirfs-Brock (AWB), John Neumann (JN)\n\n## ES6\n\nWe agreed, Brian Terlson (BT), Jonathan Turner (JT), and me.\n", "Brian Terlson|,Jonathan Turner|,Allen Wirfs-Brock|,John Neumann|"},
		{"names with a dash and a company", "## Attendees\n\n* Joe Beda, Tim St. Clair - Heptio\n* Quorum [WAS or was NOT reached with x] members present.\n", "Joe Beda|Heptio,Tim St. Clair|Heptio"},
		{"check boxes as Word writes them", "## Invited TSC Participants\n\n* ☒ Herbert Damker - (Deutsche Telekom AG) Active Maintainer\n* ☐ Adnan Saleem - (Radisys)\n", "Herbert Damker|Deutsche Telekom AG"},
		{"a roster in a heading", "# Notes\n\n## Remote: Rick Waldron (RW), Daniel Ehrenberg (DE), Caridy Patiño (CP), Justin Ridgewell (JRL)\n", "Rick Waldron|,Daniel Ehrenberg|,Caridy Patiño|,Justin Ridgewell|"},
		{"a list ends where attendance ends", "Meeting Date: 2023-03-07\n\nAttendees:\n\n    Matthias St. Pierre\n    Hugo Landau\n\nAI: Matt to send the announcement\n\nDone\n\nAI: Tomas to raise issues\n\nDone\n", "Matthias St. Pierre|,Hugo Landau|"},
		{"offices before names", "# Board\n\nAttendance: Board President Jordan Moore, Secretary Brynn Graham, Treasurer Steven Hopkins, Dr. Ann Lee\n", "Jordan Moore|,Brynn Graham|,Steven Hopkins|,Ann Lee|"},
		{"name, company (role)", "## Participants\n\n- Rhonda Levy, Cisco Systems (Voting Member)\n- Omar Santos, Cisco Systems (Chair)\n", "Rhonda Levy|Cisco Systems,Omar Santos|Cisco Systems"},
		{"labelled names under the heading", "## Attendance\n\nCouncil: Carol, Mark, Eric Holk\n\nApologies: Jonathan\n\nObservers: Niko\n", "Carol|,Mark|,Eric Holk|,Niko|"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := md(t, c.text)
			var got []string
			for _, p := range Recognize(f, profile.Generic).Participants {
				got = append(got, p.Name+"|"+p.Org.Raw)
			}
			if strings.Join(got, ",") != c.want {
				t.Errorf("participants = %q\nwant %q", strings.Join(got, ","), c.want)
			}
		})
	}
}

// Minutes of several meetings or days list their attendance for each:
// the entries carry the dated section they belong to.
func TestAttendancePerMeeting(t *testing.T) {
	const text = "## 9 February 2021\n\n### Attendees\n\n* Lucas Pardue\n* Tommy Pauly\n\n## 11 February 2021\n\n### Attendees\n\n* Lucas Pardue\n"
	f := md(t, text)
	ps := Recognize(f, profile.Generic).Participants
	if len(ps) != 3 || ps[0].Meeting == nil || ps[0].Meeting != ps[1].Meeting || ps[2].Meeting == ps[0].Meeting {
		t.Fatalf("participants and their meetings: %+v", ps)
	}
}

// TestPresenters reads who presented: "Presenter:" lines, a name in
// parentheses under an agenda item, and a listed participant's name used
// as a speaker's label; other labels are not people.
func TestPresenters(t *testing.T) {
	const text = "# Notes\n\nBrian Terlson (BT), Jonathan Turner (JT), Allen Wirfs-Brock (AWB), John Neumann (JN)\n\n" +
		"## ES6\n\n(Allen Wirfs-Brock)\n\nPresenters: Jonathan Turner (JT), Ada Lovelace (AL)\n\nBrian Terlson: I agree.\n\nNext Steps: ship it.\n\nOpen Questions: none.\n"
	f := md(t, text)
	var got []string
	for _, p := range Recognize(f, profile.Generic).People {
		got = append(got, p.Role+":"+p.Name)
	}
	want := "speaker:Allen Wirfs-Brock,speaker:Jonathan Turner,speaker:Ada Lovelace,speaker:Brian Terlson"
	if strings.Join(got, ",") != want {
		t.Errorf("people = %q\nwant %q", strings.Join(got, ","), want)
	}
}

// TestActionOwners reads who an action is given to, from action lines and
// an action table's owner column; groups and acronyms are not people.
func TestActionOwners(t *testing.T) {
	const text = "# Notes\n\n- ACTION: Chris Ferris to pull together thoughts.\n- (**Action**) CAMARA Admins to create the repository.\n- Action Item: Hasan Khalil will provide text.\n- TSC participants to propose items.\n\n| Action | Owner | Due |\n| --- | --- | --- |\n| Draft | Bruno Keller / Ann Lee | 2024-03-26 |\n| Review | API Backlog | 2024-04-02 |\n"
	f := md(t, text)
	var got []string
	for _, p := range Recognize(f, profile.Generic).People {
		got = append(got, p.Role+":"+p.Name)
	}
	want := "owner:Bruno Keller,owner:Ann Lee,owner:Chris Ferris,owner:Hasan Khalil"
	if strings.Join(got, ",") != want {
		t.Errorf("people = %q\nwant %q", strings.Join(got, ","), want)
	}
}
