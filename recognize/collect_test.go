package recognize

import (
	"slices"
	"testing"
)

func TestSplitSources(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Ericsson, Nokia, Nokia Shanghai Bell", []string{"Ericsson", "Nokia", "Nokia Shanghai Bell"}},
		{"Qualcomm Inc, (ATIS)", []string{"Qualcomm Inc, (ATIS)"}},
		{"InterDigital, Inc", []string{"InterDigital, Inc"}},
		{"Tencent, China Mobile,China Unicom, OPPO, ???", []string{"Tencent", "China Mobile", "China Unicom", "OPPO"}},
		{"Vivo, Orange?, KDDI (?)", []string{"Vivo", "Orange?", "KDDI (?)"}},
		{" , ", nil},
	}
	for _, c := range cases {
		if got := splitSources(c.in); !slices.Equal(got, c.want) {
			t.Errorf("splitSources(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestUnconfirmedCoSource(t *testing.T) {
	for in, want := range map[string]string{"Orange?": "Orange", "KDDI (?)": "KDDI", "NEC ???": "NEC", "Orange": "Orange", "Who? Inc": "Who? Inc"} {
		if got := unconfirmed.ReplaceAllString(in, ""); got != want {
			t.Errorf("%q without its question mark = %q, want %q", in, got, want)
		}
	}
}
