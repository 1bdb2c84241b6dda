package markdown

import (
	"strings"
	"testing"
	"time"

	"github.com/minuteslint/minuteslint/source"
)

// readLimit is generous: the race detector and a busy machine slow reading
// down tenfold or more; without the guards several of the inputs below
// take minutes or hours.
const readLimit = 2 * time.Minute

// readWithin reads in with a deadline, so that a regression shows as a
// failure rather than a hung test run.
func readWithin(t *testing.T, in string) *source.File {
	t.Helper()
	type result struct {
		f   *source.File
		err error
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		f, err := Read("pathological.md", []byte(in))
		done <- result{f, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatalf("Read: %v", r.err)
		}
		t.Logf("%d bytes in %v: %d blocks", len(in), time.Since(start), len(r.f.Blocks))
		return r.f
	case <-time.After(readLimit):
		t.Fatalf("Read of %d bytes still running after %v", len(in), readLimit)
		return nil
	}
}

func TestPathological(t *testing.T) {
	const mb = 1 << 20
	// Enough to show superlinear growth, small enough for the race
	// detector, which slows goldmark's inner loops about twentyfold.
	const size = mb / 8
	upTo := func(n int, s string) string { return strings.Repeat(s, max(1, n/len(s))) }

	t.Run("100k nested quotes", func(t *testing.T) {
		f := readWithin(t, strings.Repeat(">", 100000)+" x\n")
		checkBlocks(t, f.Blocks, []want{para(strings.Repeat(">", 100000-maxNesting)+" x", 1, maxNesting+1)})
	})
	t.Run("100k nested quotes spaced", func(t *testing.T) {
		f := readWithin(t, strings.Repeat("> ", 100000)+"x\n"+strings.Repeat("> ", 100000)+"y\n")
		// Sixteen quotes; the rest of each line is paragraph text.
		rest := strings.Repeat("> ", 100000-maxNesting)
		checkBlocks(t, f.Blocks, []want{para(rest+"x\n"+rest+"y", 1, 2*maxNesting+1)})
	})
	for _, marker := range []string{"- ", "* ", "1. ", "2) "} {
		t.Run("100k nested list markers "+marker, func(t *testing.T) {
			f := readWithin(t, strings.Repeat(marker, 100000)+"x\n")
			if len(f.Blocks) != maxNesting {
				t.Fatalf("%d blocks, want %d", len(f.Blocks), maxNesting)
			}
			last := f.Blocks[maxNesting-1]
			if last.Kind != source.ListItem || last.Level != maxNesting || !strings.HasPrefix(last.Text, marker) || !strings.HasSuffix(last.Text, " x") {
				t.Errorf("innermost item = %v", got(last))
			}
		})
	}
	t.Run("deep indentation", func(t *testing.T) {
		var b strings.Builder
		for i := 0; b.Len() < size; i++ {
			b.WriteString(strings.Repeat(" ", 2*i))
			b.WriteString("- x\n")
		}
		readWithin(t, b.String())
	})
	t.Run("5 MB single line", func(t *testing.T) {
		in := upTo(5*mb, "Present: Zoë, ")
		f := readWithin(t, in)
		if len(f.Blocks) != 1 || len(f.Blocks[0].Text) != len(strings.TrimSpace(in)) {
			t.Errorf("blocks = %d", len(f.Blocks))
		}
	})
	t.Run("10k-column table row", func(t *testing.T) {
		in := strings.Repeat("| a ", 10000) + "|\n" + strings.Repeat("|---", 10000) + "|\n" + strings.Repeat("| b ", 10000) + "|\n"
		f := readWithin(t, in)
		if len(f.Blocks) != 1 || len(f.Blocks[0].Rows) != 2 || len(f.Blocks[0].Rows[1].Cells) != 10000 {
			t.Fatalf("blocks = %d", len(f.Blocks))
		}
		c := f.Blocks[0].Rows[1].Cells[9999]
		if c.Text() != "b" || c.Pos.Line != 3 || c.Pos.Column != 4*9999+3 {
			t.Errorf("last cell = %q at %+v", c.Text(), c.Pos)
		}
	})
	// Inputs on which goldmark itself is superlinear.
	for name, in := range map[string]string{
		"emphasis delimiters":        upTo(size, "*a_"),
		"emphasis paragraphs":        upTo(size, strings.Repeat("*a_", 150)+"\n\n"),
		"unclosed link destinations": upTo(size, "[a]("),
		"link paragraphs":            upTo(size, strings.Repeat("[a](", 70)+"\n\n"),
		"link titles":                upTo(size, strings.Repeat("[a](b \"", 70)+"\n\n"),
		"brackets":                   strings.Repeat("[", size/2) + strings.Repeat("]", size/2),
		"reference definitions":      upTo(size, "[a]: b\n"),
		"table of bad cells":         "|a|b|\n|-|-|\n" + upTo(size, "|"+strings.Repeat("*a_", 150)+"|\n"),
		// Just within the guards' limits: the worst goldmark is left with,
		// still superlinear per paragraph, so kept small.
		"emphasis at the limit": upTo(size/4, strings.Repeat("*a_", maxDelims/3)+"\n\n"),
		"brackets at the limit": upTo(size/4, strings.Repeat("[", maxDelims/2)+strings.Repeat("]", maxDelims/2)+"\n\n"),
		"links at the limit":    upTo(size/4, strings.Repeat("[a](", maxDelims/4)+"\n\n"),
		"entities":              upTo(size, "&"),
		"comments":              "<div>\n" + upTo(size, "<!-- x -->"),
	} {
		t.Run(name, func(t *testing.T) {
			f := readWithin(t, in)
			checkInvariants(t, f, []byte(in))
		})
	}
}
