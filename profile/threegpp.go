package profile

import (
	"regexp"
	"strconv"
	"strings"
)

// ThreeGPP is the profile for 3GPP working-group meeting reports: Tdoc
// entries "TD S2-1903049 Title. (Source: …)" with their outcome in the
// following paragraphs.
var ThreeGPP = register(&Profile{
	Name:  "3gpp",
	Title: "3GPP (TSG and working groups)",
	Terms: map[string]Canon{
		"AGREED": Agreed, "APPROVED": Approved, "NOTED": Noted, "REVISED": Revised,
		"MERGED": Merged, "POSTPONED": Postponed, "WITHDRAWN": Withdrawn,
		"ENDORSED": Endorsed, "TECHNICALLY ENDORSED": Endorsed, "PARTIALLY APPROVED": PartlyAgreed,
		"PARTIALLY AGREED": PartlyAgreed, "NOT HANDLED": NotHandled, "NOT TREATED": NotHandled,
		"REJECTED": Rejected, "REPLIED TO": RepliedTo, "NOT PURSUED": NotPursued,
		"LEFT OPEN": LeftOpen, "CONDITIONALLY AGREED": Agreed, "CONDITIONALLY APPROVED": Approved,
	},
	Formal:   true,
	Groups:   []string{"SP", "S1", "S2", "S3", "S4", "S5", "S6", "RP", "R1", "R2", "R3", "R4", "R5", "CP", "C1", "C3", "C4", "C6", "GP", "G1", "G2", "G3", "TP", "T1", "T2", "T3", "NP", "N1", "N2", "N3", "N4", "N5"},
	Entries:  EntryParagraphs,
	find:     find3GPP,
	nearMiss: nearMiss3GPP,
})

// <TSG><WG>-<YY><sequence of four or five digits>, with an optional draft
// revision rNN.
var tdocNumber = regexp.MustCompile(`([SRCGTN][1-6P])-(\d{2})(\d{4,5})(?:r(\d{2}))?`)

func find3GPP(s string) []Found {
	var out []Found
	findAll(tdocNumber, s, func(m []int) {
		group := s[m[2]:m[3]]
		yy, _ := strconv.Atoi(s[m[4]:m[5]])
		id := s[m[2]:m[7]]
		n := DocNumber{Raw: s[m[0]:m[1]], ID: id, Base: id, Group: group, Year: 2000 + yy}
		if m[8] >= 0 {
			n.Rev, _ = strconv.Atoi(s[m[8]:m[9]])
			n.ID = s[m[0]:m[1]]
		}
		out = append(out, Found{Number: n, Start: m[0], End: m[1]})
	})
	return out
}

// A Tdoc number with the wrong separator or a sequence of the wrong
// length (S2 1903049, S2_1903049, S2-190304).
var tdocLoose = regexp.MustCompile(`\b([SRCGTN][1-6P])([-_ ]|\x{a0})(\d{5,9})\b`)

func nearMiss3GPP(s string) []NearMiss {
	if !hasDigit(s) {
		return nil
	}
	exact := find3GPP(s)
	var out []NearMiss
	for _, m := range tdocLoose.FindAllStringSubmatchIndex(s, -1) {
		overlap := false
		for _, f := range exact {
			if m[0] < f.End && f.Start < m[1] {
				overlap = true
			}
		}
		if overlap {
			continue
		}
		raw, sep, digits := s[m[0]:m[1]], s[m[4]:m[5]], s[m[6]:m[7]]
		// Only numbers that carry a plausible year: 3GPP started in 1998.
		if yy, _ := strconv.Atoi(digits[:2]); yy < 98 && yy > 40 {
			continue
		}
		nm := NearMiss{Raw: raw, Start: m[0], End: m[1]}
		switch {
		case len(digits) < 6 || len(digits) > 7:
			nm.Reason = "a Tdoc number has six or seven digits after the hyphen"
		case sep != "-":
			nm.Reason = "the parts must be joined by a hyphen"
			nm.Want = s[m[2]:m[3]] + "-" + digits
		default:
			continue
		}
		out = append(out, nm)
	}
	return out
}

// OutcomeTags are the bracketed status tags of 3GPP draft reports, with
// the state they record.
var OutcomeTags = map[string]Canon{
	"RETURN - OPEN":          ReturnPending,
	"REPLY - OPEN":           ReturnPending,
	"CONDITIONALLY OPEN":     ReturnPending,
	"NO DISCUSSION RECORDED": NoDiscussion,
	"PARALLEL - AGREED":      Agreed,
	"PARALLEL - NOTED":       Noted,
	"PARALLEL - APPROVED":    Approved,
	"PARALLEL - ENDORSED":    Endorsed,
	"PARALLEL - POSTPONED":   Postponed,
	"PARALLEL - WITHDRAWN":   Withdrawn,
}

// Tag looks up a bracketed tag such as "<RETURN - OPEN>".
func Tag(tag string) (Canon, bool) {
	c, ok := OutcomeTags[strings.ToUpper(strings.Join(strings.Fields(tag), " "))]
	return c, ok
}
