package names

import (
	"regexp"
	"strings"
)

// Org is an organisation as written, split into its name and the partner
// or member body given in parentheses ("Qualcomm Inc. (TIA)").
type Org struct {
	Raw     string
	Name    string
	Partner string
	// Key identifies the organisation regardless of how it is written:
	// folded, legal forms such as "Inc." and "GmbH" removed.
	Key string
}

var partnerRE = regexp.MustCompile(`^(.*?)[\s,;]*\(\s*([^()]{2,20}?)\s*\)\s*$`)

// legalForms are words that say what kind of company it is, not which.
var legalForms = map[string]bool{
	"inc": true, "incorporated": true, "ltd": true, "limited": true, "llc": true,
	"llp": true, "gmbh": true, "ag": true, "sa": true, "sas": true, "nv": true,
	"bv": true, "plc": true, "corp": true, "corporation": true, "co": true,
	"company": true, "kk": true, "oy": true, "oyj": true, "ab": true, "asa": true,
	"spa": true, "srl": true, "pty": true, "kg": true, "se": true, "sarl": true,
	"the": true, "lp": true, "pte": true, "bhd": true, "sdn": true,
}

// ParseOrg splits an organisation as written into name, partner and key.
func ParseOrg(raw string) Org {
	raw = Tidy(raw)
	o := Org{Raw: raw, Name: raw}
	if m := partnerRE.FindStringSubmatch(raw); m != nil && m[1] != "" {
		o.Name, o.Partner = strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	}
	o.Name = strings.TrimRight(o.Name, " ,;")
	o.Key = orgKey(o.Name)
	return o
}

func orgKey(name string) string {
	words := strings.Fields(Fold(name))
	// "N. V." folds to "n v": join runs of single letters back into the
	// abbreviation they spell.
	var joined []string
	for i := 0; i < len(words); i++ {
		if len(words[i]) == 1 {
			j := i
			var b strings.Builder
			for j < len(words) && len(words[j]) == 1 {
				b.WriteString(words[j])
				j++
			}
			if j-i > 1 {
				joined = append(joined, b.String())
				i = j - 1
				continue
			}
		}
		joined = append(joined, words[i])
	}
	var kept []string
	for i, w := range joined {
		// A legal form counts only after the name proper ("AB Volvo" is
		// rare; "Volvo AB" is the rule).
		if i > 0 && legalForms[w] {
			continue
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// genericFirst are words too common to identify an organisation alone.
var genericFirst = map[string]bool{
	"the": true, "university": true, "national": true, "institute": true,
	"china": true, "deutsche": true, "nippon": true, "korea": true, "japan": true,
	"general": true, "international": true, "american": true, "european": true,
	"british": true, "united": true, "open": true, "mobile": true, "telecom": true,
	"research": true, "global": true, "digital": true, "advanced": true,
	"network": true, "networks": true, "systems": true, "technology": true,
	"technologies": true, "software": true, "data": true, "new": true,
	"north": true, "south": true, "east": true, "west": true, "center": true,
	"centre": true, "federal": true, "state": true, "city": true, "royal": true,
}

// SameOrg reports whether two organisation keys name the same
// organisation: equal, or one the beginning of the other word by word
// with only descriptive words after it ("interdigital" and "interdigital
// communications"), or the same words with a space more or less ("redhat"
// and "red hat").
func SameOrg(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// The first words must match; checked first, without allocating, as
	// this is asked for many pairs.
	if fa, _, _ := strings.Cut(a, " "); !strings.HasPrefix(b, fa) {
		// "redhat" and "red hat": one word written as two.
		fb, _, _ := strings.Cut(b, " ")
		return strings.HasPrefix(a, fb) && len(a) >= 6 && spaceless(a) == spaceless(b)
	}
	if strings.Count(a, " ") != strings.Count(b, " ") && len(a) >= 6 && spaceless(a) == spaceless(b) {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if len(wa) == 1 && (genericFirst[wa[0]] || len([]rune(wa[0])) < 4) {
		return false
	}
	for i, w := range wa {
		if wb[i] != w {
			return false
		}
	}
	// "Interdigital Communications" is Interdigital; "Nokia Shanghai
	// Bell" and "Qualcomm India" are other companies.
	for _, w := range wb[len(wa):] {
		if !descriptors[w] {
			return false
		}
	}
	return true
}

// descriptors are words that describe a company's trade without naming a
// different company.
var descriptors = map[string]bool{
	"communications": true, "communication": true, "technologies": true, "technology": true,
	"tech": true, "telecommunications": true, "telecom": true, "systems": true, "networks": true,
	"network": true, "group": true, "holdings": true, "holding": true, "international": true,
	"electronics": true, "mobile": true, "solutions": true, "labs": true, "laboratories": true,
	"software": true, "semiconductor": true, "semiconductors": true, "wireless": true,
	"services": true, "security": true, "industries": true, "enterprises": true, "worldwide": true, "global": true,
	"incorporated": true, "corporation": true, "company": true, "interactive": true, "digital": true,
}

func spaceless(s string) string { return strings.ReplaceAll(s, " ", "") }
