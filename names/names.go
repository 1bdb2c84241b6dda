// Package names compares the names of people and organisations the way
// people read them: case, accents, punctuation and common short forms of
// first names do not make two names different.
package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Letters that have no decomposition but that readers treat as the base
// letter when comparing names.
var foldExtra = strings.NewReplacer(
	"ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D",
	"ß", "ss", "ı", "i", "æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE",
	"þ", "th", "Þ", "TH",
)

var folder = cases.Fold()

// Fold reduces s to a comparison key: accents removed ("François" →
// "francois"), case folded, punctuation turned into spaces and spaces
// collapsed.
func Fold(s string) string {
	var out string
	if isASCII(s) {
		// Nothing to decompose or fold beyond case: the common case, and
		// much cheaper than the transform chain.
		out = strings.ToLower(s)
	} else {
		t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
		var err error
		out, _, err = transform.String(t, s)
		if err != nil {
			out = s
		}
		out = foldExtra.Replace(out)
		out = folder.String(out)
	}
	var b strings.Builder
	space := false
	for _, r := range out {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
			continue
		}
		// An apostrophe inside a name (O'Brien) joins rather than splits.
		if r == '\'' || r == '’' {
			continue
		}
		space = true
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Tidy collapses runs of white space and trims the ends, keeping
// everything else as written.
func Tidy(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// Split divides a full name into first and last name: the last word is the
// last name, unless the name is written "Last, First".
func Split(full string) (first, last string) {
	full = Tidy(full)
	if i := strings.Index(full, ","); i > 0 {
		return Tidy(full[i+1:]), Tidy(full[:i])
	}
	words := strings.Fields(full)
	switch len(words) {
	case 0:
		return "", ""
	case 1:
		return words[0], ""
	}
	// "ROBERT Ludovic": a family name written first is in capitals.
	if len(words) == 2 && isCapsWord(words[0]) && !isCapsWord(words[1]) {
		return words[1], words[0]
	}
	// Particles such as "van", "de", "von" belong to the last name.
	i := len(words) - 1
	for i > 1 && isParticle(words[i-1]) {
		i--
	}
	return strings.Join(words[:i], " "), strings.Join(words[i:], " ")
}

// isCapsWord reports whether w is a word of three or more letters, all
// capitals (not initials such as "JD").
func isCapsWord(w string) bool {
	n := 0
	for _, c := range w {
		if !unicode.IsUpper(c) {
			return false
		}
		n++
	}
	return n >= 3
}

func isParticle(w string) bool {
	switch strings.ToLower(w) {
	case "van", "von", "de", "der", "den", "du", "da", "di", "del", "della", "la", "le", "ter", "ten", "dos", "das", "bin", "al", "st", "st.":
		return true
	}
	return false
}

// shortForms maps a folded first name to the names it commonly shortens,
// for the forms that are not simply a prefix of the full name.
var shortForms = map[string][]string{
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "robbie": {"robert"},
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "liam": {"william"},
	"jim": {"james"}, "jimmy": {"james"}, "jamie": {"james"},
	"dick": {"richard"}, "rick": {"richard"}, "ricky": {"richard"}, "rich": {"richard"},
	"ted": {"edward", "theodore"}, "ed": {"edward", "edwin", "edmund"}, "eddie": {"edward"}, "ned": {"edward"},
	"hank": {"henry"}, "harry": {"henry", "harold"},
	"jack": {"john"}, "johnny": {"john"},
	"peggy": {"margaret"}, "maggie": {"margaret"}, "meg": {"margaret"},
	"liz": {"elizabeth"}, "beth": {"elizabeth"}, "betty": {"elizabeth"}, "lisa": {"elisabeth", "elizabeth"},
	"kate": {"katherine", "catherine", "kathryn"}, "kathy": {"katherine", "kathryn"}, "cathy": {"catherine"},
	"sue": {"susan", "suzanne"}, "susie": {"susan"},
	"tony": {"anthony", "antonio"}, "toni": {"antonia"},
	"mike": {"michael"}, "mick": {"michael"}, "mikey": {"michael"},
	"steve": {"stephen", "steven"},
	"dave":  {"david"}, "davey": {"david"},
	"joe": {"joseph"}, "joey": {"joseph"},
	"andy": {"andrew", "andreas"}, "drew": {"andrew"},
	"sandy": {"alexandra", "sandra"}, "sasha": {"alexander", "alexandra"},
	"peggie": {"margaret"}, "polly": {"mary"}, "molly": {"mary"},
	"chuck": {"charles"}, "charlie": {"charles"},
	"larry": {"lawrence", "laurence"},
	"jerry": {"gerald", "jeremy"}, "gerry": {"gerald", "gerard"},
	"tim": {"timothy"}, "timmy": {"timothy"},
	"tom": {"thomas"}, "tommy": {"thomas"},
	"nick": {"nicholas", "nicolas", "nikolaus"}, "nico": {"nicolas"},
	"becky": {"rebecca"}, "jenny": {"jennifer"}, "jen": {"jennifer"},
	"frank": {"francis", "franklin"}, "fran": {"francis", "frances", "francesca"},
	"greg": {"gregory"}, "jeff": {"jeffrey", "geoffrey"}, "geoff": {"geoffrey"},
	"ken": {"kenneth"}, "kenny": {"kenneth"},
	"matt": {"matthew", "matthias"}, "pete": {"peter"}, "ray": {"raymond"},
	"ron": {"ronald"}, "ronnie": {"ronald"}, "don": {"donald"}, "donnie": {"donald"},
	"sam": {"samuel", "samantha"}, "ben": {"benjamin"}, "benny": {"benjamin"},
	"zach": {"zachary"}, "zack": {"zachary"}, "josh": {"joshua"}, "nate": {"nathan", "nathaniel"},
	"al": {"albert", "alan", "alfred", "alexander"}, "abe": {"abraham"},
	"gabe": {"gabriel"}, "manny": {"manuel"}, "pepe": {"jose"}, "paco": {"francisco"},
	"hans": {"johannes"}, "jan": {"johannes"}, "sepp": {"josef"}, "fritz": {"friedrich"},
}

// SameFirstName reports whether two first names can name the same person:
// equal after folding, one a short form of the other ("Phil"/"Philip",
// "Bob"/"Robert"), or hyphenated/initialled forms ("J."/"John").
func SameFirstName(a, b string) bool {
	return SameFoldedFirstName(Fold(a), Fold(b))
}

// SameFoldedFirstName is SameFirstName for names already folded.
func SameFoldedFirstName(fa, fb string) bool {
	if fa == "" || fb == "" {
		return false
	}
	if fa == fb {
		return true
	}
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	// "J" for "John": an initial matches its name.
	n := utf8.RuneCountInString(fa)
	if n == 1 {
		return strings.HasPrefix(fb, fa)
	}
	// A short form that is the beginning of the full name ("Phil",
	// "Chris", "Alex") needs at least three letters to be more than an
	// accident.
	if n >= 3 && strings.HasPrefix(fb, fa) && !strings.Contains(fb, " ") {
		return true
	}
	for _, full := range shortForms[fa] {
		if full == fb {
			return true
		}
	}
	for _, full := range shortForms[fb] {
		if full == fa {
			return true
		}
	}
	return false
}

// Distance is the Levenshtein edit distance between a and b in runes.
func Distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// NearlySame reports whether two folded words differ by a slip of the
// keyboard: one edit for short words, two for long ones.
func NearlySame(a, b string) bool {
	if a == b {
		return true
	}
	la, lb := utf8.RuneCountInString(a), utf8.RuneCountInString(b)
	n := min(la, lb)
	limit := 2
	switch {
	case n < 4:
		return false
	case n < 8:
		limit = 1
	}
	// The distance is at least the difference in length.
	if la-lb > limit || lb-la > limit {
		return false
	}
	return Distance(a, b) <= limit
}
