package listnum

import "testing"

func TestFormats(t *testing.T) {
	cases := []struct{ got, want string }{
		{Letters(1, 'a'), "a"}, {Letters(27, 'A'), "AA"}, {Letters(0, 'a'), "0"},
		{Roman(1994, true), "MCMXCIV"}, {Roman(4, false), "iv"}, {Roman(4000, false), "4000"},
		{Ordinal(1), "1st"}, {Ordinal(12), "12th"}, {Ordinal(22), "22nd"}, {Ordinal(113), "113th"}, {Ordinal(103), "103rd"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}
