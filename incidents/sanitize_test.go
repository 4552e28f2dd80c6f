package incidents

import "testing"

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain `code` *emphasis* “quotes” ‘single’ – dash", "plain `code` *emphasis* “quotes” ‘single’ – dash"},
		{"red \x1b[31mtext\x1b[0m and a title \x1b]0;pwned\x07 end", "red text and a title  end"},
		{"c1 \u009b2Jcsi", "c1 csi"},
		{"bidi \u202eevil\u202c and \u2066isolate\u2069", "bidi evil and isolate"},
		{"zero\u200bwidth \ufeffbom soft\u00adhyphen lrm\u200e", "zerowidth bom softhyphen lrm"},
		{"tab\there\nnewline kept\x07bell", "tab here\nnewline keptbell"},
		{"emoji 🔥 and accents é ü ß", "emoji 🔥 and accents é ü ß"},
	}
	for _, tc := range tests {
		if got := Sanitize(tc.in); got != tc.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnsafe(t *testing.T) {
	for _, r := range []rune{0, 0x07, 0x1b, 0x7f, 0x85, 0x9b, 0x200b, 0x200e, 0x202e, 0x2066, 0xfeff, 0xad, 0xfffd} {
		if !Unsafe(r) {
			t.Errorf("Unsafe(%U) = false", r)
		}
	}
	for _, r := range []rune{' ', 'a', '`', '*', '_', '“', '’', '–', 'é', '🔥', 0xa0} {
		if Unsafe(r) {
			t.Errorf("Unsafe(%U) = true", r)
		}
	}
}
