package profile

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// OneM2M is the profile for oneM2M working-group and TP minutes.
var OneM2M = register(&Profile{
	Name:  "onem2m",
	Title: "oneM2M (TP and working groups)",
	Terms: map[string]Canon{
		"AGREED": Agreed, "APPROVED": Approved, "NOTED": Noted,
		"REVISED": Revised, "WITHDRAWN": Withdrawn, "POSTPONED": Postponed,
		"LEFT OPEN": LeftOpen, "NOT HANDLED": NotHandled, "NOT TREATED": NotHandled,
		"PARTLY AGREED": PartlyAgreed, "PARTIALLY AGREED": PartlyAgreed,
		"PARTLY APPROVED": PartlyAgreed, "PARTIALLY APPROVED": PartlyAgreed,
		"REJECTED": Rejected, "ENDORSED": Endorsed, "MERGED": Merged,
		"AGREED IN PRINCIPLE": Endorsed,
	},
	KeywordsUpper: true,
	Formal:        true,
	DateLayout:    "2006-01-02",
	DateExample:   "2016-01-14",
	Groups:        oneM2MGroups,
	// The oneM2M cover page lists "Other <specify>" among the purposes of
	// a document: a check box label, not guidance left in.
	TemplateText: []string{"Other <specify>"},
	find:         findOneM2M,
	nearMiss:     nearMissOneM2M,
})

var oneM2MGroups = []string{"TP", "SC", "REQ", "ARC", "PRO", "SEC", "MAS", "TST", "RDM", "SDS", "TDE", "MP", "FIN", "LG", "MARCOM", "WPM"}

var groupAlt = strings.Join(oneM2MGroups, "|")

// GROUP-YYYY-NNNN with an optional two-digit revision RNN, and an old
// "oneM2M-" prefix.
// The group is matched as capitals and checked against the list after:
// an alternation of names at every position is several times slower.
var oneM2MNumber = regexp.MustCompile(`(?:oneM2M-)?([A-Z]{2,6})-(\d{4})-(\d{4})(?:R(\d{2}))?`)

var oneM2MGroupSet = func() map[string]bool {
	m := map[string]bool{}
	for _, g := range oneM2MGroups {
		m[g] = true
	}
	return m
}()

func findOneM2M(s string) []Found {
	var out []Found
	findAll(oneM2MNumber, s, func(m []int) {
		group := s[m[2]:m[3]]
		if !oneM2MGroupSet[group] {
			return
		}
		year, _ := strconv.Atoi(s[m[4]:m[5]])
		base := fmt.Sprintf("%s-%s-%s", group, s[m[4]:m[5]], s[m[6]:m[7]])
		n := DocNumber{Raw: s[m[0]:m[1]], Base: base, ID: base, Group: group, Year: year}
		if m[8] >= 0 {
			n.Rev, _ = strconv.Atoi(s[m[8]:m[9]])
			n.ID = base + s[m[8]-1:m[9]]
		}
		out = append(out, Found{Number: n, Start: m[0], End: m[1]})
	})
	return out
}

// Near misses: the right group, then a year and a sequence number written
// with the wrong separators, widths or revision suffix.
var oneM2MLoose = regexp.MustCompile(`(?i)\b(` + groupAlt + `)[ _#]?[-–—_ ]?\s?(\d{2,4})[-–—_ ]?(\d{1,5})((?:R|r|Rev|rev|\.)\s?\d{1,3})?`)

func nearMissOneM2M(s string) []NearMiss {
	exact := findOneM2M(s)
	var out []NearMiss
	findAll(oneM2MLoose, s, func(m []int) {
		for _, f := range exact {
			if m[0] < f.End && f.Start < m[1] {
				return
			}
		}
		raw := s[m[0]:m[1]]
		group, year, seq := s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]]
		// Plain words such as "sec 2016" or a time "SEC 20 10" are too
		// weak: insist on a year-like number and a hyphen somewhere.
		if !strings.ContainsAny(raw, "-–—_") || len(year) != 4 || year[:2] != "20" && year[:2] != "19" {
			return
		}
		// A date written after a group name ("SEC 2016-01-14") is not a
		// document number.
		if len(seq) <= 2 && m[1] < len(s) && s[m[1]] == '-' {
			return
		}
		want := ""
		reason := ""
		if len(seq) > 4 {
			reason = "the sequence number has more than four digits"
		} else {
			want = fmt.Sprintf("%s-%s-%04s", strings.ToUpper(group), year, seq)
			want = strings.ReplaceAll(want, " ", "0")
			switch {
			case len(seq) < 4:
				reason = "the sequence number must have four digits"
			case group != strings.ToUpper(group):
				reason = "the group must be in capitals"
			default:
				reason = "the parts must be joined by hyphens"
			}
		}
		if m[8] >= 0 {
			revDigits := strings.TrimLeft(s[m[8]:m[9]], "RrEeVv. ")
			if r, err := strconv.Atoi(revDigits); err == nil && want != "" {
				want += fmt.Sprintf("R%02d", r)
			}
			if reason == "the parts must be joined by hyphens" && !strings.Contains(raw, " ") {
				reason = "the revision must be written R and two digits"
			}
		}
		out = append(out, NearMiss{Raw: raw, Start: m[0], End: m[1], Want: want, Reason: reason})
	})
	return out
}
