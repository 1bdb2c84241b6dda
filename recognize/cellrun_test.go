package recognize

import (
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/plaintext"
)

// TestCellRuns reads tables whose cells were saved as lines of their own.
func TestCellRuns(t *testing.T) {
	cases := []struct {
		name, text   string
		contribs     string // number|title|source|date, comma-separated
		participants string
	}{
		{"a contribution", "6.1\nTopic\nSEC-2016-0002\nTS-0003 CR E2E\nQualcomm Inc. (TIA)\n2016-01-07\nEdited online.\nSEC-2016-0002 was NOTED\n",
			"SEC-2016-0002|TS-0003 CR E2E|Qualcomm Inc. (TIA)|2016-01-07", ""},
		{"no date, a blank line", "6.1\nTopic\nSEC-2016-0003\n7Jan16_SEC20.4_Minutes\nVictoria Mitchell,\n\nWill be agreed via email\n",
			"SEC-2016-0003|7Jan16_SEC20.4_Minutes|Victoria Mitchell,|", ""},
		{"a number alone is a sentence", "6.1\nTopic\nSEC-2016-0002\n\nIt was discussed at length and the group decided to come back to it at the next meeting in March.\n",
			"", ""},
		{"a number then a disposition", "6.1\nTopic\nSEC-2016-0002\nSEC-2016-0002 was NOTED\n", "|||", ""},
		{"participants", "Annex A – Participants List\nFirstname\nLastname\nOrganization (Partner)\nVinod\nChoyi\nInterdigital (ETSI)\nKaren\nHughes\nETSI (ETSI)\n",
			"", "Vinod Choyi|Interdigital,Karen Hughes|ETSI"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Recognize(plaintext.Read("m.txt", c.text), profile.OneM2M)
			var cs, ps []string
			for _, x := range d.Contributions {
				cs = append(cs, strings.Join([]string{x.Number.Raw, x.Title.Value, x.Source.Value, x.Date.Value}, "|"))
			}
			for _, p := range d.Participants {
				ps = append(ps, p.Name+"|"+p.Org.Name)
			}
			want := c.contribs
			if want == "|||" {
				want = "SEC-2016-0002|||"
			}
			if strings.Join(cs, ",") != want || strings.Join(ps, ",") != c.participants {
				t.Errorf("contributions %q, participants %q; want %q, %q", cs, ps, want, c.participants)
			}
		})
	}
}
