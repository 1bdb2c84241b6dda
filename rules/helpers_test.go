package rules_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/finding"
	"github.com/minuteslint/minuteslint/profile"
	"github.com/minuteslint/minuteslint/reader/plaintext"
	"github.com/minuteslint/minuteslint/recognize"
	"github.com/minuteslint/minuteslint/rules"
	"github.com/minuteslint/minuteslint/source"
)

// header and participants frame a test body the way oneM2M minutes are
// laid out when Word saves them as text.
const header = "\tMINUTES\n\n\tMeeting:\n\tSEC 20.5 Interim F2F meeting\n\n\tChair:\n\tFrancois Ennesser\n\n" +
	"\tSecretary:\n\tKaren Hughes, ETSI\n\n\tMeeting Date:\n\t2016-01-14 to 2016-01-16\n\n"

const participants = "Annex A – Participants List\n\tFirstname\n\tLastname\n\tOrganization (Partner)\n\n" +
	"\tFrancois\n\tEnnesser\n\tGemalto N. V. (ETSI)\n\n" +
	"\tKaren\n\tHughes\n\tEuropean Telecommunications Standards Institute (ETSI)\n\n" +
	"\tPhilip\n\tHawkes\n\tQualcomm Inc. (TIA)\n"

// row writes a contribution table row as Word's text export does.
func row(cells ...string) string {
	var b strings.Builder
	for _, c := range cells {
		b.WriteString("\t" + c + "\n")
	}
	b.WriteString("\n\n")
	return b.String()
}

// minutesText is a complete small set of minutes around body.
func minutesText(body string) string {
	return header + "1\nOpening of the meeting\nFrancois opened the meeting.\n6\nInput contributions\n6.1\nTopic\n" + body + "\n7\nAny other business\nNone.\n" + participants
}

// check runs one rule over text read as oneM2M minutes and returns its
// findings.
func check(t *testing.T, id, text string) []finding.Finding {
	t.Helper()
	return checkAs(t, id, text, profile.OneM2M)
}

func checkAs(t *testing.T, id, text string, p *profile.Profile) []finding.Finding {
	t.Helper()
	r, err := rules.Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	f := plaintext.Read("test.txt", text)
	d := recognize.Recognize(f, p)
	out := rules.Run(d, []rules.Rule{r})
	for _, fd := range out {
		if fd.Rule != id {
			t.Errorf("rule %s reported as %s", id, fd.Rule)
		}
		if fd.Message == "" || fd.Location.Line == 0 {
			t.Errorf("finding without message or line: %+v", fd)
		}
	}
	return out
}

func subjects(fs []finding.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Subject)
	}
	return out
}

type ruleCase struct {
	name string
	body string // inserted into minutesText, unless full is set
	full string
	want []string // subjects, in order
	// profile is the profile to read with; oneM2M when nil.
	profile *profile.Profile
}

func runCases(t *testing.T, id string, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.full
			if text == "" {
				text = minutesText(tc.body)
			}
			p := tc.profile
			if p == nil {
				p = profile.OneM2M
			}
			got := subjects(checkAs(t, id, text, p))
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s subjects = %q, want %q", id, got, tc.want)
			}
		})
	}
}

func wordFile(format source.Format, marks ...source.Mark) *source.File {
	return &source.File{
		Name:   "minutes.docx",
		Format: format,
		Blocks: []source.Block{
			{Kind: source.Heading, Text: "Opening", Number: "1", Level: 1, Pos: source.Position{Paragraph: 1}},
			{Kind: source.Paragraph, Text: "The chair opened the meeting.", Pos: source.Position{Paragraph: 2}},
			{Kind: source.Heading, Text: "Contributions", Number: "6", Level: 1, Pos: source.Position{Paragraph: 3}},
			{Kind: source.Paragraph, Text: "SEC-2016-0002 was NOTED", Pos: source.Position{Paragraph: 4}},
		},
		Marks: marks,
	}
}

func checkFile(t *testing.T, id string, f *source.File) []finding.Finding {
	t.Helper()
	r, err := rules.Lookup(id)
	if err != nil {
		t.Fatal(err)
	}
	return rules.Run(recognize.Recognize(f, profile.OneM2M), []rules.Rule{r})
}
