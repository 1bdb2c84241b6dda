package golden

import "testing"

func TestFirstDiff(t *testing.T) {
	cases := []struct{ want, got, diff string }{
		{"a\nb\n", "a\nc\n", "line 2:\n- b\n+ c"},
		{"a", "a\nb", "the output has 2 lines, the file 1"},
	}
	for _, c := range cases {
		if d := firstDiff(c.want, c.got); d != c.diff {
			t.Errorf("firstDiff(%q, %q) = %q, want %q", c.want, c.got, d, c.diff)
		}
	}
}
