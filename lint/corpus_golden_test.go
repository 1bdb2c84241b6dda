package lint_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/minuteslint/minuteslint/internal/golden"
	"github.com/minuteslint/minuteslint/lint"
	"github.com/minuteslint/minuteslint/report"
)

const corpusGolden = "../testdata/corpus/findings.golden.txt"

// TestGoldenCorpus keeps every finding on the real documents of
// ../shared/corpus, one line each, so a change that adds noise or loses a
// finding shows in the diff. Each file's block records a hash of the
// file: a corpus file that has changed since is reported, not compared.
func TestGoldenCorpus(t *testing.T) {
	needCorpus(t)
	results := lint.Run(lint.Expand([]string{corpus}), opts())
	got := map[string]string{}
	var order []string
	var all strings.Builder
	for _, r := range results {
		rel, err := filepath.Rel(corpus, r.Path)
		if err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(r.Path)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		var b strings.Builder
		fmt.Fprintf(&b, "# %s sha256:%s\n", filepath.ToSlash(rel), hex.EncodeToString(sum[:6]))
		if r.Err != nil {
			fmt.Fprintf(&b, "unreadable: %v\n", r.Err)
		}
		for _, f := range r.Findings {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", strings.TrimSpace(report.Place("", f.Location)), f.Severity, f.Rule, f.Subject)
		}
		head := strings.SplitN(b.String(), "\n", 2)[0]
		got[head] = b.String()
		order = append(order, head)
		all.WriteString(b.String())
	}
	if *golden.Update {
		golden.Check(t, corpusGolden, []byte(all.String()))
		return
	}
	want, err := readBlocks(corpusGolden)
	if err != nil {
		t.Fatalf("%v (run `make golden` to create it)", err)
	}
	compared := 0
	for _, head := range order {
		w, ok := want[head]
		if !ok {
			t.Logf("not in the golden file (new or changed document): %s", head)
			continue
		}
		compared++
		if w != got[head] {
			t.Errorf("findings on %s changed; run `make golden` and review the diff\n%s", head, lineDiff(w, got[head]))
		}
	}
	t.Logf("compared %d of %d corpus files", compared, len(order))
}

// readBlocks splits a corpus golden file into its per-file blocks, keyed
// by their header line.
func readBlocks(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	blocks := map[string]string{}
	head := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "# ") {
			head = line
		}
		if head != "" {
			blocks[head] += line + "\n"
		}
	}
	return blocks, sc.Err()
}

// lineDiff lists the lines only one of two blocks has.
func lineDiff(want, got string) string {
	count := map[string]int{}
	for _, l := range strings.Split(got, "\n") {
		count[l]++
	}
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if count[l] > 0 {
			count[l]--
			continue
		}
		b.WriteString("- " + l + "\n")
	}
	for _, l := range strings.Split(got, "\n") {
		if count[l] > 0 {
			count[l]--
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
