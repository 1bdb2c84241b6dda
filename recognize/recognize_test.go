package recognize

import (
	"os"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/source"
)

func TestSeedText(t *testing.T) {
	data, err := os.ReadFile("../testdata/seed/sec-20.5-interim-minutes.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := Recognize(plaintext.Read("seed.txt", string(data)), nil)
	if d.Profile != profile.OneM2M {
		t.Fatalf("profile %s", d.Profile.Name)
	}
	h := d.Header
	if h.Meeting.Value != "SEC 20.5 Interim F2F meeting" || h.Chair.Value != "Francois Ennesser" ||
		h.Secretary.Value != "Karen Hughes, ETSI" || h.Start.Format("2006-01-02") != "2016-01-14" || h.End.Format("2006-01-02") != "2016-01-16" {
		t.Errorf("header %+v", h)
	}
	if len(d.Contributions) != 18 {
		t.Errorf("%d contributions, want 18", len(d.Contributions))
	}
	listed := 0
	for _, c := range d.Contributions {
		if c.Listed {
			listed++
		}
	}
	if listed != 17 {
		t.Errorf("%d listed contributions, want 17", listed)
	}
	c := d.Contribution("SEC-2016-0002")
	if c == nil || c.Title.Value != "TS-0003 CR E2E Security of Primitives Stage 2 Text" || c.Source.Value != "Qualcomm Inc. (TIA)" ||
		c.Date.Value != "2016-01-07" || c.At.Section.Number != "6.1" || len(c.RevisionExpected) != 1 || c.Final().Word != "NOTED" {
		t.Errorf("SEC-2016-0002: %+v", c)
	}
	if c := d.Contribution("ARC-2016-0006"); c == nil || c.Exemption == nil || len(c.Dispositions) != 0 || len(c.RevisionExpected) != 1 {
		t.Errorf("ARC-2016-0006: %+v", c)
	}
	if c := d.Contribution("SEC-2016-0003"); c == nil || c.Deferral == nil || c.Date.Present {
		t.Errorf("SEC-2016-0003: %+v", c)
	}
	if c := d.Contribution("SEC-2016-0011"); c == nil || c.Last().Canon != profile.LeftOpen {
		t.Errorf("SEC-2016-0011: %+v", c)
	}
	if c := d.Contribution("SEC-2016-0005"); c == nil || c.Listed || c.At.Section.Number != "2" {
		t.Errorf("SEC-2016-0005: %+v", c)
	}
	if len(d.Participants) != 8 || d.Participants[3].Name != "Philip Hawkes" || d.Participants[3].Org.Partner != "ATIS" {
		t.Errorf("participants %+v", d.Participants)
	}
	var roles []string
	for _, p := range d.Participants {
		if p.Role != "" {
			roles = append(roles, p.Name+"="+p.Role)
		}
	}
	if strings.Join(roles, ",") != "Francois Ennesser=chair,Karen Hughes=secretary" {
		t.Errorf("roles %v", roles)
	}
	if len(d.NextMeetings) != 1 || d.NextMeetings[0].Name != "SEC 21 – San Diego" || d.NextMeetings[0].From.Day() != 18 {
		t.Errorf("next meetings %+v", d.NextMeetings)
	}
	var numbers []string
	for _, s := range d.Sections {
		numbers = append(numbers, s.Number)
	}
	if got := strings.Join(numbers, " "); got != "1 2 3 4 5 6 6.1 6.2 6.3 6.4 7 8 9 10 Annex A" {
		t.Errorf("sections %s", got)
	}
}

func para(n int, text string) source.Block {
	return source.Block{Kind: source.Paragraph, Text: text, Pos: source.Position{Paragraph: n}}
}

func TestThreeGPPEntries(t *testing.T) {
	f := &source.File{Name: "report.doc", Format: source.Doc, Blocks: []source.Block{
		para(1, "SA WG2 Meeting #132\tDRAFT REPORT"),
		para(2, "08 - 12 April, 2019, Xi'an, China"),
		{Kind: source.Heading, Text: "5.1\t3GPP Packet Access Maintenance", Level: 2, Pos: source.Position{Paragraph: 3}},
		para(4, "TD S2-1903038 LS from CT WG3: LS on Group Message Delivery. (CT WG3)\nDocument for: Action.\nAbstract: merged into nothing."),
		para(5, "Convenor comment: Merged into TD S2-1903808 ?"),
		para(6, "Discussion and conclusion:"),
		para(7, "Parallel session:"),
		para(8, "Revised to TD S2-1903890.   <RETURN - OPEN>  "),
		para(9, "TD S2-1903157 23.682 CR0436 (Rel-15, 'F'): Group message delivery. (Source: Ericsson, Nokia, Nokia Shanghai Bell).\nDocument for: Approval."),
		para(10, "Discussion and conclusion:"),
		para(11, "Parallel session:"),
		para(12, "Delete the 1st change. Revised to TD S2-1903931. Agreed.  <PARALLEL - AGREED> "),
		para(13, "TD S2-1902947 LS from SA WG3: Response LS. (SA WG3) (Revision of TD S2-1901436).\nDocument for: Action."),
		para(14, "Discussion and conclusion:"),
		para(15, "Plenary session:"),
		para(16, "It was agreed to avoid changes. This LS was reviewed and noted."),
		para(17, "TD S2-1903174 (DISCUSSION) DP about binding. (Source: Ericsson).\nDocument for: Discussion."),
		para(18, "Discussion and conclusion:"),
		para(19, "This was left for off-line discussion and was noted."),
	}}
	d := Recognize(f, nil)
	if d.Profile != profile.ThreeGPP {
		t.Fatalf("profile %s", d.Profile.Name)
	}
	if d.Header.Meeting.Value != "SA WG2 Meeting #132" || d.Header.Start.Day() != 8 || d.Header.End.Day() != 12 || d.Header.Venue.Value != "Xi'an, China" {
		t.Errorf("header %+v", d.Header)
	}
	want := map[string]string{
		"S2-1903038": "REVISED", "S2-1903890": "OPEN", "S2-1903157": "REVISED",
		"S2-1903931": "AGREED AGREED", "S2-1902947": "NOTED", "S2-1903174": "NOTED",
	}
	for id, canons := range want {
		c := d.Contribution(id)
		if c == nil {
			t.Errorf("%s not recognised", id)
			continue
		}
		var got []string
		for _, disp := range c.Dispositions {
			got = append(got, string(disp.Canon))
		}
		if strings.Join(got, " ") != canons {
			t.Errorf("%s: dispositions %v, want %s", id, got, canons)
		}
	}
	c := d.Contribution("S2-1903157")
	if c.Title.Value != "23.682 CR0436 (Rel-15, 'F'): Group message delivery" || c.Source.Value != "Ericsson, Nokia, Nokia Shanghai Bell" {
		t.Errorf("title %q source %q", c.Title.Value, c.Source.Value)
	}
	if c := d.Contribution("S2-1902947"); c.Source.Value != "SA WG3" || c.RevisionOf != "S2-1901436" || c.Title.Value != "LS from SA WG3: Response LS" {
		t.Errorf("S2-1902947: %q %q %q", c.Title.Value, c.Source.Value, c.RevisionOf)
	}
	if c := d.Contribution("S2-1903890"); c.RevisionOf != "S2-1903038" || c.Listed {
		t.Errorf("S2-1903890: %+v", c)
	}
	if c := d.Contribution("S2-1903808"); c != nil {
		t.Errorf("a convenor's proposal was read as an outcome: %+v", c)
	}
}

func TestHeadingNumbers(t *testing.T) {
	cases := map[string][2]string{
		"6.2\tDynamic Authorization":     {"6.2", "Dynamic Authorization"},
		"6.2 Dynamic Authorization":      {"6.2", "Dynamic Authorization"},
		"1. Call to Order and Welcome":   {"1", "Call to Order and Welcome"},
		"Annex A – Participants List":    {"Annex A", "Participants List"},
		"24 January, 2022 Meeting Notes": {"", "24 January, 2022 Meeting Notes"},
		"04 September 2018":              {"", "04 September 2018"},
		"Opening of the meeting":         {"", "Opening of the meeting"},
		"2019 Budget":                    {"", "2019 Budget"},
		"25 min - Mike Bishop -- Update": {"", "25 min - Mike Bishop -- Update"},
		"10 minutes: Feedback":           {"", "10 minutes: Feedback"},
		"3 Minutes of the last meeting":  {"3", "Minutes of the last meeting"},
		"2 H.264 profiles":               {"2", "H.264 profiles"},
	}
	for title, want := range cases {
		f := &source.File{Blocks: []source.Block{{Kind: source.Heading, Text: title, Level: 1}}}
		d := Recognize(f, profile.Generic)
		if s := d.Sections[0]; s.Number != want[0] || s.Title != want[1] {
			t.Errorf("%q: number %q title %q, want %q", title, s.Number, s.Title, want)
		}
	}
}

// Test3GPPOutcomes reads a Tdoc's outcome written on the line after its
// entry, or as a sentence of its own, in reports other than SA2's.
func Test3GPPOutcomes(t *testing.T) {
	const text = "# Report\n\n## 5.2 LTE\n\nR2-2001239 was noted.\n\nTD R2-2001241 Correction. (Source: Nokia)\nAgreed\n\nTD R2-2001242 Discussion. (Source: Huawei)\n\nRevised to TD R2-2001500.\n"
	f := md(t, text)
	d := Recognize(f, profile.ThreeGPP)
	var got []string
	for _, c := range d.Contributions {
		var words []string
		for _, x := range c.Dispositions {
			words = append(words, x.Word)
		}
		got = append(got, c.Number.Raw+":"+c.Title.Value+":"+strings.Join(words, "+"))
	}
	want := "R2-2001239::noted,R2-2001241:Correction:Agreed,R2-2001242:Discussion:Revised to,R2-2001500::"
	if strings.Join(got, ",") != want {
		t.Errorf("contributions %q\nwant %q", strings.Join(got, ","), want)
	}
}
