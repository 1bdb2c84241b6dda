package lint_test

import (
	"os"
	"testing"

	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/reader"
)

// FuzzLint runs the whole pipeline, reader to rules, on any input: the
// recognizer and the rules must not panic on what a reader hands them.
func FuzzLint(f *testing.F) {
	for _, path := range []string{seedText, seedLOText, genericBase + ".md"} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add("minutes.txt", data)
		f.Add("minutes.md", data)
	}
	f.Add("2024-03-12.md", []byte("# TSC 2024-03-12\n\nAttendance:\n\n* [x] Ann Lee - (Acme)\n\nNext meeting: Wed 10 March 2024\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		file, err := reader.Read(name, data)
		if err != nil {
			return
		}
		res := lint.Document(file, opts())
		for _, fd := range res.Findings {
			if fd.Rule == "" || fd.Message == "" {
				t.Fatalf("finding without rule or message: %+v", fd)
			}
		}
	})
}
