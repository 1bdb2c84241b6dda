package names

import "testing"

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"François Ennesser": "francois ennesser",
		"  Zoë  Lefèvre ":   "zoe lefevre",
		"Øyvind Ødegård":    "oyvind odegard",
		"O'Brien":           "obrien",
		"Gemalto N. V.":     "gemalto n v",
		"STRASSE":           "strasse",
		"Straße":            "strasse",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSameFirstName(t *testing.T) {
	yes := [][2]string{{"Phil", "Philip"}, {"Francois", "François"}, {"Bob", "Robert"}, {"Chris", "Christopher"},
		{"J.", "John"}, {"bill", "William"}, {"Kate", "Katherine"}}
	no := [][2]string{{"Phil", "Paul"}, {"Jo", "John"}, {"Dan", "Sam"}, {"", "Philip"}, {"Karen", "Katherine"}}
	for _, p := range yes {
		if !SameFirstName(p[0], p[1]) || !SameFirstName(p[1], p[0]) {
			t.Errorf("%q and %q should match", p[0], p[1])
		}
	}
	for _, p := range no {
		if SameFirstName(p[0], p[1]) {
			t.Errorf("%q and %q should not match", p[0], p[1])
		}
	}
}

func TestSplit(t *testing.T) {
	for in, want := range map[string][2]string{
		"Philip Hawkes":         {"Philip", "Hawkes"},
		"Hawkes, Philip":        {"Philip", "Hawkes"},
		"Jan van der Berg":      {"Jan", "van der Berg"},
		"Mark":                  {"Mark", ""},
		"Mary Ann  Smith-Jones": {"Mary Ann", "Smith-Jones"},
		"ROBERT Ludovic":        {"Ludovic", "ROBERT"},
		"Tim St. Clair":         {"Tim", "St. Clair"},
		"JD Smith":              {"JD", "Smith"},
		"ANNA SMITH":            {"ANNA", "SMITH"},
	} {
		f, l := Split(in)
		if f != want[0] || l != want[1] {
			t.Errorf("Split(%q) = %q, %q", in, f, l)
		}
	}
}

func TestNearlySame(t *testing.T) {
	if !NearlySame("ennesser", "enesser") || NearlySame("hawkes", "hawking") || NearlySame("li", "lu") {
		t.Error("NearlySame")
	}
}

func TestParseOrg(t *testing.T) {
	for in, want := range map[string]Org{
		"Qualcomm Inc. (TIA)":  {Raw: "Qualcomm Inc. (TIA)", Name: "Qualcomm Inc.", Partner: "TIA", Key: "qualcomm"},
		"Qualcomm Inc, (ATIS)": {Raw: "Qualcomm Inc, (ATIS)", Name: "Qualcomm Inc", Partner: "ATIS", Key: "qualcomm"},
		"Gemalto N. V. (ETSI)": {Raw: "Gemalto N. V. (ETSI)", Name: "Gemalto N. V.", Partner: "ETSI", Key: "gemalto"},
		"FUJITSU":              {Raw: "FUJITSU", Name: "FUJITSU", Key: "fujitsu"},
		"Telefónica":           {Raw: "Telefónica", Name: "Telefónica", Key: "telefonica"},
	} {
		if got := ParseOrg(in); got != want {
			t.Errorf("ParseOrg(%q) = %+v, want %+v", in, got, want)
		}
	}
}

func TestSameOrg(t *testing.T) {
	if !SameOrg("interdigital", "interdigital communications") || !SameOrg("fujitsu", "fujitsu") ||
		!SameOrg("redhat", "red hat") || !SameOrg("red hat", "redhat") {
		t.Error("same organisations not matched")
	}
	if SameOrg("deutsche telekom", "deutsche bank") || SameOrg("china", "china mobile") || SameOrg("", "x") ||
		SameOrg("at t", "att") || SameOrg("red hat", "redhat software") {
		t.Error("different organisations matched")
	}
}
