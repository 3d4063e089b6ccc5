package vi

import (
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func nfd(s string) string { return norm.NFD.String(s) }

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// oa, oe, uy: old placement to new, with each tone.
		{"oa huyền", "hoà", "hòa"},
		{"oa sắc", "hoá", "hóa"},
		{"oa hỏi", "hoả", "hỏa"},
		{"oa ngã", "hoã", "hõa"},
		{"oa nặng", "hoạ", "họa"},
		{"oe huyền", "khoè", "khòe"},
		{"oe sắc", "khoé", "khóe"},
		{"oe hỏi", "khoẻ", "khỏe"},
		{"oe ngã", "khoẽ", "khõe"},
		{"oe nặng", "khoẹ", "khọe"},
		{"uy huyền", "thuỳ", "thùy"},
		{"uy sắc", "thuý", "thúy"},
		{"uy hỏi", "thuỷ", "thủy"},
		{"uy ngã", "thuỹ", "thũy"},
		{"uy nặng", "thuỵ", "thụy"},
		// The same fifteen already in new placement stay.
		{"new oa huyền", "hòa", "hòa"},
		{"new oa sắc", "khóa", "khóa"},
		{"new oa hỏi", "hỏa", "hỏa"},
		{"new oa ngã", "hõa", "hõa"},
		{"new oa nặng", "họa", "họa"},
		{"new oe huyền", "khòe", "khòe"},
		{"new oe sắc", "khóe", "khóe"},
		{"new oe hỏi", "khỏe", "khỏe"},
		{"new oe ngã", "khõe", "khõe"},
		{"new oe nặng", "khọe", "khọe"},
		{"new uy huyền", "thùy", "thùy"},
		{"new uy sắc", "thúy", "thúy"},
		{"new uy hỏi", "thủy", "thủy"},
		{"new uy ngã", "thũy", "thũy"},
		{"new uy nặng", "thụy", "thụy"},
		// Without an initial consonant.
		{"bare oa", "oà", "òa"},
		{"bare oe", "oè", "òe"},
		{"bare uy", "uỷ", "ủy"},
		{"bare uy new", "ủy", "ủy"},
		// With a final consonant the tone is on the last vowel.
		{"oan", "hoàn", "hoàn"},
		{"oan misplaced", "hòan", "hoàn"},
		{"oang misplaced", "Hòang", "Hoàng"},
		{"oet", "khoét", "khoét"},
		{"uynh", "huỳnh", "huỳnh"},
		{"uynh misplaced", "hùynh", "huỳnh"},
		{"uyt", "huýt", "huýt"},
		// Upper and mixed case.
		{"upper oa", "HOÀ", "HÒA"},
		{"upper uy", "UỶ BAN", "ỦY BAN"},
		{"upper oe", "KHOẺ", "KHỎE"},
		{"title case", "Thuỷ", "Thủy"},
		{"mixed case", "hOà", "hÒa"},
		{"upper misplaced", "NGƯỜI LỰƠNG", "NGƯỜI LƯỢNG"},
		// NFD and mixed input.
		{"nfd old", "hoa\u0300", "hòa"},
		{"nfd new", "ho\u0300a", "hòa"},
		{"nfd two marks", "Vie\u0323\u0302t Nam", "Việt Nam"},
		{"nfd marks reversed", "Vie\u0302\u0323t", "Việt"},
		{"nfd uy", "thuy\u0309", "thủy"},
		{"nfd sentence", nfd("Đảng uỷ Học viện Chính trị"), "Đảng ủy Học viện Chính trị"},
		{"mixed nfc nfd", "Học viê\u0323n Chính tri\u0323 CAND, Đảng uy\u0309", "Học viện Chính trị CAND, Đảng ủy"},
		{"precomposed base plus tone", "vie\u0302\u0323t", "việt"},
		// Eth for Đ.
		{"eth upper", "Ðại học", "Đại học"},
		{"eth lower", "ðường", "đường"},
		{"eth with old tone", "ÐẢNG UỶ", "ĐẢNG ỦY"},
		// Misplaced tones.
		{"ươ on ư", "lựơng", "lượng"},
		{"ươ open", "mừơi", "mười"},
		{"ươi", "ngừơi", "người"},
		{"được", "đựơc", "được"},
		{"ao", "baỏ", "bảo"},
		{"oai", "ngòai", "ngoài"},
		{"oay", "xóay", "xoáy"},
		{"iê", "tíêng", "tiếng"},
		{"uô", "múôn", "muốn"},
		{"uyê", "nguỹên", "nguyễn"},
		{"uyu", "khủyu", "khuỷu"},
		{"uơ", "thủơ", "thuở"},
		{"uây", "khúây", "khuấy"},
		{"ưu", "rựơu", "rượu"},
		// qu and gi.
		{"quý", "quý", "quý"},
		{"quá", "quá", "quá"},
		{"quả", "quả", "quả"},
		{"quốc", "quốc", "quốc"},
		{"quyền", "quyền", "quyền"},
		{"quỳnh", "Quỳnh", "Quỳnh"},
		{"qu tone on u", "qúy", "quý"},
		{"qu tone on u open", "qủa", "quả"},
		{"qu upper", "QÚA", "QUÁ"},
		{"giá", "giá", "giá"},
		{"giữ", "giữ", "giữ"},
		{"giữa", "giữa", "giữa"},
		{"gì", "gì", "gì"},
		{"gìn", "gìn", "gìn"},
		{"gi tone on i", "gìa", "già"},
		{"gi tone on i closed", "gíup", "giúp"},
		{"giường", "giừơng", "giường"},
		{"giỏi", "giỏi", "giỏi"},
		// Left alone.
		{"ascii", "COVID-19 2020", "COVID-19 2020"},
		{"foreign ascii", "Huawei", "Huawei"},
		{"café", "café", "café"},
		{"j", "José", "José"},
		{"f w z", "fòa wòa zòa", "fòa wòa zòa"},
		{"impossible cluster", "bròa", "bròa"},
		{"four vowels", "hoàie", "hoàie"},
		{"two tones", "hóà", "hóà"},
		{"glued syllables", "Hoàbình", "Hoàbình"},
		{"Đắk Lắk", "Đắk Lắk", "Đắk Lắk"},
		{"cyrillic", "Москва", "Москва"},
		{"cjk", "東京", "東京"},
		{"punctuation", "«Hoà», (uỷ)!", "«Hòa», (ủy)!"},
		{"hyphenated", "Hoà-Bình", "Hòa-Bình"},
		{"empty", "", ""},
		{"paragraph",
			"Hội thảo khoa học “Phát huy vai trò của lực lượng CAND trong bảo vệ an ninh, trật tự” do Học viện Chính trị CAND tổ chức; Thượng tướng Trần Quốc Tỏ, Uỷ viên Trung ương Đảng, phát biểu hoà nhã.",
			"Hội thảo khoa học “Phát huy vai trò của lực lượng CAND trong bảo vệ an ninh, trật tự” do Học viện Chính trị CAND tổ chức; Thượng tướng Trần Quốc Tỏ, Ủy viên Trung ương Đảng, phát biểu hòa nhã."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Normalize(tt.in); got != tt.want {
				t.Errorf("Normalize(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
			if got := Normalize(tt.want); got != tt.want {
				t.Errorf("Normalize(%+q) = %+q, want it unchanged", tt.want, got)
			}
		})
	}
}

func TestNormalizeWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"},
		{"UỶ", "ỦY"},
		{"lựơng", "lượng"},
		{"thuy\u0309", "thủy"},
		{"Ðảng", "Đảng"},
		{"COVID", "COVID"},
		{"hòa", "hòa"},
	}
	for _, tt := range tests {
		if got := NormalizeWord(tt.in); got != tt.want {
			t.Errorf("NormalizeWord(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizeWordAllocs(t *testing.T) {
	for _, w := range []string{"hello", "CAND", "Việt", "thủy", "người", "quý"} {
		if n := testing.AllocsPerRun(100, func() { NormalizeWord(w) }); n != 0 {
			t.Errorf("NormalizeWord(%q) allocates %v times, want 0", w, n)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Đảng uỷ", "dang uy"},
		{"Đảng ủy", "dang uy"},
		{nfd("Đảng uỷ"), "dang uy"},
		{"Ðảng ðoàn", "dang doan"},
		{"HỌC VIỆN CHÍNH TRỊ", "hoc vien chinh tri"},
		{"Ưu tiên", "uu tien"},
		{"người lựơng", "nguoi luong"},
		{"COVID-19", "covid-19"},
		{"covid", "covid"},
		{"Crème brûlée", "creme brulee"},
		{"Ελλάδα", "ελλαδα"},
		{"Москва", "москва"},
		{"東京", "東京"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
		if got := FoldWord(tt.in); got != tt.want {
			t.Errorf("FoldWord(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func TestFoldWordAllocs(t *testing.T) {
	for _, w := range []string{"hello", "cand", "2020", "covid-19"} {
		if n := testing.AllocsPerRun(100, func() { FoldWord(w) }); n != 0 {
			t.Errorf("FoldWord(%q) allocates %v times, want 0", w, n)
		}
	}
}

func TestLower(t *testing.T) {
	tests := []struct{ in, want string }{
		{"ĐẢNG UỶ", "đảng ủy"},
		{"Hoà Bình", "hòa bình"},
		{"ÐẠI HỌC", "đại học"},
		{nfd("VIỆT NAM"), "việt nam"},
		{"CAND", "cand"},
		{"cand", "cand"},
	}
	for _, tt := range tests {
		if got := Lower(tt.in); got != tt.want {
			t.Errorf("Lower(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Học viện Chính trị CAND", "hoc vien chinh tri cand"},
		{"  Học viện   Chính trị\tCAND.  ", "hoc vien chinh tri cand"},
		{"PGS.TS Trần Quốc Tỏ", "pgs ts tran quoc to"},
		{"Phòng cháy chữa cháy và cứu nạn, cứu hộ", "phong chay chua chay va cuu nan cuu ho"},
		{"KH&CN", "kh cn"},
		{"“Đảng uỷ” – Công an (2020-2023)", "dang uy cong an 2020 2023"},
		{nfd("Hoà Bình"), "hoa binh"},
		{"...", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func TestHasDiacritics(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Việt Nam", true},
		{"Viet Nam", false},
		{nfd("Việt"), true},
		{"Vie\u0302t", true},
		{"Đ", true},
		{"đi", true},
		{"Ð", true},
		{"ăn", true},
		{"ơ", true},
		{"café", true},
		{"naïve", false},
		{"Москва", false},
		{"", false},
		{"COVID-19", false},
	}
	for _, tt := range tests {
		if got := HasDiacritics(tt.in); got != tt.want {
			t.Errorf("HasDiacritics(%+q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []Token
	}{
		{"PGS.TS", []Token{{"PGS", 0, 3}, {"TS", 4, 6}}},
		{"2020-2023", []Token{{"2020", 0, 4}, {"2023", 5, 9}}},
		{"COVID-19", []Token{{"COVID", 0, 5}, {"19", 6, 8}}},
		{"Việt Nam", []Token{{"Việt", 0, 6}, {"Nam", 7, 10}}},
		{"Vie\u0323\u0302t Nam", []Token{{"Vie\u0323\u0302t", 0, 8}, {"Nam", 9, 12}}},
		{" “Hoà”, (uỷ) ", []Token{{"Hoà", 4, 8}, {"uỷ", 14, 18}}},
		{"", nil},
		{" .,- ", nil},
	}
	for _, tt := range tests {
		got := Tokenize(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%+q) = %+v, want %+v", tt.in, got, tt.want)
		}
		for _, tok := range got {
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("Tokenize(%+q): %+v does not slice the input", tt.in, tok)
			}
		}
	}
}
