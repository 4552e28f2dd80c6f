package quiz

// Tests written against gremlins' survivors in library.go (docs/mutation.md).

import "testing"

// Word bytes are a–z, 0–9 and every byte of a multi-byte rune; the
// library's phrase matching splits on everything else.
func TestLibraryWordBytes(t *testing.T) {
	for b, word := range map[byte]bool{
		'a': true, 'z': true, '0': true, '9': true, 0x80: true, 0xff: true,
		'`': false, '{': false, '/': false, ':': false, ' ': false, '-': false, 'A': false, 0x7f: false,
	} {
		if got := !notAlnumByte(b); got != word {
			t.Errorf("word byte %q: %v, want %v", b, got, word)
		}
	}
	for p, want := range map[string]string{"disk full": "disk", "-x": "", "": "", "ab": "ab"} {
		if got, ok := firstWord(p); got != want || ok != (want != "") {
			t.Errorf("firstWord(%q) = %q, %v; want %q, %v", p, got, ok, want, want != "")
		}
	}
	got := wordsOf("-- disk, full-ish: 42!")
	if len(got) != 4 || !got["disk"] || !got["full"] || !got["ish"] || !got["42"] {
		t.Errorf("wordsOf = %v, want disk full ish 42 and no empty word", got)
	}
}
