package markdown

import (
	"os"
	"path/filepath"
	"testing"
)

// fuzzSeeds are small inputs covering each construct and the places where
// positions need care.
var fuzzSeeds = []string{
	"# H\n\nPresent: a, b\nRegrets: c\n",
	"Title\n=====\n\n- [x] A - (Co) Role\n- [ ] B\n  1. x\n  2) y\n",
	"| Name | Abbr |\n|---|:-:|\n| Zoë | ZO |\n| x |\n",
	"---\ntitle: T\ndate: 2020\n---\n# H\n",
	"+++\ntitle = \"T\"\n+++\n",
	"> q\n> - i\n>   > ## h\n",
	"```go\ncode\n```\n\n    indented\n",
	"<!-- doctoc -->\n<div>\nx\n</div>\n",
	"a <b>b</b> <specify> <time> <br> &amp; \\* `c` [l](u) ![i](p) <http://x>\n",
	"a | b\n-|-\n`c \\| d` | <br>\n",
	"\t- \t> x\n",
	"*a_*a_*a_ [a]([a](\n",
	"[a]: b\n[c]: d\n\n[a]\n",
	"- - - - - - - - - - - - - - - - - - - x\n",
}

func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	for _, c := range constructSeeds() {
		f.Add([]byte(c))
	}
	generic, err := os.ReadFile(filepath.Join("..", "..", "testdata", "generic", "tsc-minutes-2024-03-12.md"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(generic)
	dir := filepath.Join("..", "..", "..", "shared", "corpus")
	for _, rel := range []string{
		"camara-tsc/documentation/MeetingMinutes/TSC/TSC-2023-09-07-Meeting-Minutes.md",
		"hackerspace-sg/contents/plenum/2014-06-21/_index/main.md",
		"w3c-tag/2018/telcons/01-10-minutes.md",
		"hacdc/Board Meeting 2021 12 21.md",
	} {
		if data, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel))); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Read("fuzz.md", data)
		if err != nil {
			// goldmark reports no errors of its own, so any error is a
			// recovered panic.
			t.Fatalf("Read: %v", err)
		}
		checkInvariants(t, file, data)
	})
}

// constructSeeds returns the inputs of TestConstructs.
func constructSeeds() []string {
	return []string{
		"## 6.1 Title *emph* ##\n", "###\n", "Intro\n\nMinutes of\nthe meeting\n---\n",
		"Chair: X\nPresent: a, b  \nRegrets: c\\\nScribe: d\n",
		"- one\n- two\n  - nested *x*\n    1. deep\n    2) other\n",
		"1. First para\n\n   Second para\n\n   - sub\n2. Next\n", "-\n- x\n", "- ```\n  code\n  ```\n",
		"- a\n  > - b\n", "~~~\n\n  x\n~~~\n", "<!-- c --><p>x</p>\n", "<specify>\n",
		"&amp; &copy; &#233; &#x41; &#0; &bogus; \\* \\_ \\a \\&amp;\n", "`a\nb` c\n",
		"Changes: <list of changes, see slides>\n", "# Re\u0301union\n", "\uFEFF# A\r\n",
	}
}
