package recognize

import (
	"regexp"
	"strings"

	"github.com/minuteslint/minuteslint/minutes"
	"github.com/minuteslint/minuteslint/names"
	"github.com/minuteslint/minuteslint/source"
)

// A sentence that opens with a name and a verb of speaking or chairing:
// "Phil Hawkes welcomed the delegates", "Francois, opened the meeting".
var speakerRE = regexp.MustCompile(`^((?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:[ \x{a0}]+(?:\p{Lu}[\p{Ll}'’-]+|van|von|de|der|den|\p{Lu}\.)){0,2}),?[ \x{a0}]+(?:opened|welcomed|thanked|presented|introduced|explained|closed|chaired|said|asked|commented|proposed|suggested|replied|clarified|stated|reported|summari[sz]ed|informed|reminded|drew|objected|questioned|responded|answered|mentioned|indicated|wondered|requested|confirmed|expressed|volunteered|agreed to|noted that|pointed out)\b`)

// Words that open sentences without being names.
var notNames = map[string]bool{
	"it": true, "this": true, "that": true, "there": true, "the": true, "these": true,
	"those": true, "he": true, "she": true, "they": true, "we": true, "i": true, "you": true,
	"some": true, "many": true, "all": true, "everyone": true, "nobody": true, "someone": true,
	"one": true, "chair": true, "chairs": true, "secretary": true, "group": true, "meeting": true,
	"editor": true, "editors": true, "rapporteur": true, "contributor": true, "author": true,
	"authors": true, "participants": true, "members": true, "delegates": true, "several": true,
	"most": true, "questions": true, "concerns": true, "agenda": true, "discussion": true,
	"also": true, "then": true, "finally": true, "he/she": true, "who": true, "nobody's": true,
	"presenter": true, "speaker": true, "host": true, "proponent": true, "proponents": true,
	"moderator": true, "facilitator": true, "convenor": true, "everybody": true, "others": true,
	"attendees": true, "company": true, "source": true, "sources": true, "wg": true, "tsc": true,
	"board": true, "committee": true, "president": true, "treasurer": true, "director": true,
	"staff": true, "team": true, "mr": true, "ms": true, "mrs": true, "dr": true, "prof": true,
}

var (
	// "Presenter: Allen Wirfs-Brock (AWB)", "Presenters: Tess and Dan".
	presenterLine = regexp.MustCompile(`(?i)^\W{0,3}presenters?\W{0,3}:\s*(.+)$`)
	// "(Allen Wirfs-Brock)" alone under an agenda item: its presenter.
	presenterAlone = regexp.MustCompile(`^\((\p{Lu}[^()]{2,80})\)$`)
	// "**Alan Frindell**: Has there been any interop yet?"
	speakerLabel = regexp.MustCompile(`^\W{0,3}(` + fullName + `)\W{0,3}:[ \t]+\S`)
)

// speaker records the person a paragraph opens with: a name and a verb
// such as "opened" or "presented", a presenter line, or a speaker's name
// as a label.
func (r *recognizer) speaker(at minutes.Place) {
	text := strings.TrimSpace(at.Text)
	if m := presenterLine.FindStringSubmatch(text); m != nil {
		r.presenters(m[1], at)
		return
	}
	if m := presenterAlone.FindStringSubmatch(text); m != nil {
		r.presenters(m[1], at)
		return
	}
	if name, ok := r.actionOwner(text); ok {
		r.doc.People = append(r.doc.People, &minutes.Person{Name: name, Role: "owner", At: at})
		return
	}
	if m := speakerLabel.FindStringSubmatch(text); m != nil {
		// Labels are often not names ("Next Steps: …"); one counts as a
		// speaker only when it is a participant's name, perhaps written
		// another way.
		name := strings.TrimSpace(m[1])
		if _, match := r.doc.MatchPerson(name); match != minutes.NoMatch && match != minutes.Ambiguous {
			r.doc.People = append(r.doc.People, &minutes.Person{Name: name, Role: "speaker", At: at})
		}
		return
	}
	m := speakerRE.FindStringSubmatch(at.Text)
	if m == nil {
		return
	}
	if name := strings.TrimSpace(m[1]); r.personName(name) {
		r.doc.People = append(r.doc.People, &minutes.Person{Name: name, Role: "speaker", At: at})
	}
}

// personName reports whether a capitalised phrase that opens a sentence
// is a person's name: not a word such as "The" or "Chair", not an
// organisation ("Qualcomm presented") or a group of the profile.
func (r *recognizer) personName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || notNames[strings.ToLower(words[0])] {
		return false
	}
	if r.isOrg(names.ParseOrg(name).Key) {
		return false
	}
	for _, g := range r.doc.Profile.Groups {
		if strings.EqualFold(words[0], g) {
			return false
		}
	}
	return true
}

var (
	// "Action: Chris Ferris to …", "(**Action**) Ludovic has to …",
	// "Action Item: Hasan Khalil will provide …", "AI: …".
	actionLead = regexp.MustCompile(`(?i)^\W{0,4}(?:action(?:\s+items?)?|actions|ai)\W{0,4}(?:on\s+)?`)
	ownerName  = regexp.MustCompile(`^(` + fullName + `)[ \x{a0}]+(?:to|will|shall|should|has to|is to|agreed to)\b`)
	// wholeName is a cell that is one full name and nothing else.
	wholeName = regexp.MustCompile(`^` + fullName + `$`)
)

// fullName is a first and last name, perhaps with a middle one: words in
// capitals ("CAMARA Admins", "API Backlog") are not names.
const fullName = `(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:[ \x{a0}]+(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|van|von|de|der|St\.?)){1,2}`

// actionOwner reads the person an action is given to: a full name, as
// "CAMARA Admins to …" and "TSC participants to …" are not people.
func (r *recognizer) actionOwner(text string) (string, bool) {
	lead := actionLead.FindString(text)
	if lead == "" {
		return "", false
	}
	m := ownerName.FindStringSubmatch(text[len(lead):])
	if m == nil || !r.personName(m[1]) {
		return "", false
	}
	return m[1], true
}

// presenters records the people of a presenter line.
func (r *recognizer) presenters(value string, at minutes.Place) {
	for _, p := range splitPeople(value) {
		if len(strings.Fields(p.person)) >= 2 {
			r.doc.People = append(r.doc.People, &minutes.Person{Name: p.person, Role: "speaker", At: at})
		}
	}
}

// isOrg reports whether key names an organisation of the minutes: one in
// the participants list or the header, or a contribution's source. The
// keys are indexed once, by first word and without spaces, as SameOrg
// compares them, so that thousands of speakers and companies stay fast.
func (r *recognizer) isOrg(key string) bool {
	if key == "" {
		return false
	}
	if r.orgKeys == nil {
		r.orgKeys, r.orgSpaceless = map[string][]string{}, map[string]string{}
		add := func(k string) {
			if k == "" {
				return
			}
			w, _, _ := strings.Cut(k, " ")
			r.orgKeys[w] = append(r.orgKeys[w], k)
			r.orgSpaceless[strings.ReplaceAll(k, " ", "")] = k
		}
		for _, o := range r.doc.Orgs {
			add(o.Org.Key)
		}
		for _, c := range r.doc.Contributions {
			if c.Source.Value != "" {
				add(names.ParseOrg(c.Source.Value).Key)
			}
		}
	}
	w, _, _ := strings.Cut(key, " ")
	for _, k := range r.orgKeys[w] {
		if names.SameOrg(k, key) {
			return true
		}
	}
	k, ok := r.orgSpaceless[strings.ReplaceAll(key, " ", "")]
	return ok && names.SameOrg(k, key)
}

// ownerColumn heads the column of an action table that says who does it.
var ownerColumn = regexp.MustCompile(`(?i)^\W*(?:action\s+)?(?:owners?|who|assignees?|assigned\s+to|responsible|by\s+whom)\W*$`)

// actionTable records the people of an action table's owner column
// ("Draft the policy | Bruno Keller | 2024-03-26").
func (r *recognizer) actionTable(b *source.Block) {
	if len(b.Rows) < 2 {
		return
	}
	col := -1
	for i, c := range b.Rows[0].Cells {
		if ownerColumn.MatchString(c.Text()) {
			col = i
			break
		}
	}
	if col < 0 {
		return
	}
	for _, row := range b.Rows[1:] {
		if col >= len(row.Cells) {
			continue
		}
		cell := row.Cells[col]
		for _, who := range ownerSplit.Split(cell.Text(), -1) {
			who = strings.TrimSpace(who)
			if wholeName.MatchString(who) && r.personName(who) {
				r.doc.People = append(r.doc.People, &minutes.Person{Name: who, Role: "owner",
					At: minutes.Place{Pos: cell.Pos, Section: r.section, Text: cell.Text()}})
			}
		}
	}
}

var ownerSplit = regexp.MustCompile(`\s*(?:[,/&;\n]|\band\b)\s*`)
