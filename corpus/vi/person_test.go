package vi

import (
	"reflect"
	"strings"
	"testing"
)

func TestRanks(t *testing.T) {
	if got, want := len(Ranks), 12; got != want {
		t.Fatalf("len(Ranks) = %d, want %d", got, want)
	}
	for _, r := range Ranks {
		if got := Normalize(r); got != r {
			t.Errorf("Normalize(%q) = %q, want the rank unchanged", r, got)
		}
	}
}

func TestCutRankEveryRank(t *testing.T) {
	// oldStyle writes úy as uý.
	oldStyle := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "úy", "uý"), "ÚY", "UÝ") }
	spellings := []struct {
		name  string
		spell func(string) string
	}{
		{"canonical", func(s string) string { return s }},
		{"lower", strings.ToLower},
		{"upper", strings.ToUpper},
		{"nfd", nfd},
		{"old style", oldStyle},
		{"old style upper", func(s string) string { return oldStyle(strings.ToUpper(s)) }},
		{"eth", func(s string) string { return strings.ReplaceAll(s, "Đ", "Ð") }},
		{"two spaces", func(s string) string { return strings.Replace(s, " ", "  ", 1) }},
	}
	tails := []struct{ tail, rest string }{
		{" Nguyễn Văn A", "Nguyễn Văn A"},
		{", PGS.TS Trần Quốc Tỏ", "PGS.TS Trần Quốc Tỏ"},
		{",Lê Văn B", "Lê Văn B"},
		{"", ""},
	}
	for _, rank := range Ranks {
		for _, sp := range spellings {
			for _, tl := range tails {
				in := sp.spell(rank) + tl.tail
				got, rest, ok := CutRank(in)
				if !ok || got != rank || rest != tl.rest {
					t.Errorf("CutRank(%+q) [%s] = %q, %q, %v; want %q, %q, true", in, sp.name, got, rest, ok, rank, tl.rest)
				}
			}
		}
	}
}

func TestCutRank(t *testing.T) {
	tests := []struct {
		in, rank, rest string
		ok             bool
	}{
		{"Đại uý Nguyễn Văn A", "Đại úy", "Nguyễn Văn A", true},
		{"Đại úy Nguyễn Văn A", "Đại úy", "Nguyễn Văn A", true},
		{"Thiếu uý, Lê", "Thiếu úy", "Lê", true},
		{"Thượng tướng,  PGS.TS Trần Quốc Tỏ", "Thượng tướng", "PGS.TS Trần Quốc Tỏ", true},
		{"Đại tá Bình", "Đại tá", "Bình", true},
		{"  Trung tá  Bình", "Trung tá", "Bình", true},
		{"Đại\u00a0tá\u00a0Bình", "Đại tá", "Bình", true},
		{"ĐẠI TƯỚNG VÕ NGUYÊN GIÁP", "Đại tướng", "VÕ NGUYÊN GIÁP", true},
		{"Thượng tá. TS Nguyễn Thị Bích Thủy", "Thượng tá", "TS Nguyễn Thị Bích Thủy", true},
		// Not ranks.
		{"Đại học An ninh", "", "Đại học An ninh", false},
		{"Trung tâm", "", "Trung tâm", false},
		{"Đại tá.", "", "Đại tá.", false},
		{"Đại tá. Sau đó ông về hưu", "", "Đại tá. Sau đó ông về hưu", false},
		{"Đại tá-Bình", "", "Đại tá-Bình", false},
		{"Đạitá Bình", "", "Đạitá Bình", false},
		{"Tá Đại", "", "Tá Đại", false},
		{"Dai ta Binh", "", "Dai ta Binh", false},
		{"Thượng", "", "Thượng", false},
		{"", "", "", false},
	}
	for _, tt := range tests {
		rank, rest, ok := CutRank(tt.in)
		if rank != tt.rank || rest != tt.rest || ok != tt.ok {
			t.Errorf("CutRank(%+q) = %q, %q, %v; want %q, %q, %v", tt.in, rank, rest, ok, tt.rank, tt.rest, tt.ok)
		}
	}
}

func TestCutTitles(t *testing.T) {
	tests := []struct {
		in     string
		titles []string
		rest   string
	}{
		{"PGS.TS Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"Prof. Dr. Joaquim Pereira", []string{"GS", "TS"}, "Joaquim Pereira"},
		{"Assoc. Prof. Nurul Aisyah binti Rahman", []string{"PGS"}, "Nurul Aisyah binti Rahman"},
		{"Dr. Kanokwan Srisuk", []string{"TS"}, "Kanokwan Srisuk"},
		{"Drake Smith", nil, "Drake Smith"},
		{"CNĐD Thạch Thị Sa Ri", []string{"CN"}, "Thạch Thị Sa Ri"},
		{"ThS.ĐD Ngô Thị Hồng Vân", []string{"ThS"}, "Ngô Thị Hồng Vân"},
		{"PGS, TS Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PGS. TS. Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PGS-TS Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PGS – TS Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PGS.TS. Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PGS.TS.Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"GS.TS.BS Lê Văn B", []string{"GS", "TS", "BS"}, "Lê Văn B"},
		{"GS.TSKH Lê Văn B", []string{"GS", "TSKH"}, "Lê Văn B"},
		{"GS.TSKH.NGND Lê Văn B", []string{"GS", "TSKH", "NGND"}, "Lê Văn B"},
		{"PGS.TS.NGƯT Lê Văn B", []string{"PGS", "TS", "NGƯT"}, "Lê Văn B"},
		{"PGS.TS.NGUT Lê Văn B", []string{"PGS", "TS", "NGƯT"}, "Lê Văn B"},
		{"NSND Lê Văn B", []string{"NSND"}, "Lê Văn B"},
		{"NSƯT Lê Văn B", []string{"NSƯT"}, "Lê Văn B"},
		{"TS. Lê Văn B", []string{"TS"}, "Lê Văn B"},
		{"TS Lê Văn B", []string{"TS"}, "Lê Văn B"},
		{"Ths Lê Văn B", []string{"ThS"}, "Lê Văn B"},
		{"ThS. Lê Văn B", []string{"ThS"}, "Lê Văn B"},
		{"THS Lê Văn B", []string{"ThS"}, "Lê Văn B"},
		{"Th.S Lê Văn B", []string{"ThS"}, "Lê Văn B"},
		{"Th.S. Lê Văn B", []string{"ThS"}, "Lê Văn B"},
		{"CN Lê Văn B", []string{"CN"}, "Lê Văn B"},
		{"KS. Lê Văn B", []string{"KS"}, "Lê Văn B"},
		{"DS Lê Văn B", []string{"DS"}, "Lê Văn B"},
		{"LS Lê Văn B", []string{"LS"}, "Lê Văn B"},
		{"Giáo sư Lê Văn B", []string{"GS"}, "Lê Văn B"},
		{"Phó Giáo sư, Tiến sĩ Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"Phó giáo sư - Tiến sĩ Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"PHÓ GIÁO SƯ, TIẾN SĨ Nguyễn Văn A", []string{"PGS", "TS"}, "Nguyễn Văn A"},
		{"Tiến sĩ khoa học Nguyễn Văn A", []string{"TSKH"}, "Nguyễn Văn A"},
		{"Tiến sỹ khoa học Nguyễn Văn A", []string{"TSKH"}, "Nguyễn Văn A"},
		{"Tiến sĩ Nguyễn Văn A", []string{"TS"}, "Nguyễn Văn A"},
		{"Tiến sỹ Nguyễn Văn A", []string{"TS"}, "Nguyễn Văn A"},
		{"Thạc sĩ Nguyễn Văn A", []string{"ThS"}, "Nguyễn Văn A"},
		{"thạc sỹ Nguyễn Văn A", []string{"ThS"}, "Nguyễn Văn A"},
		{"Nhà giáo ưu tú Nguyễn Văn A", []string{"NGƯT"}, "Nguyễn Văn A"},
		{"Nhà giáo nhân dân, GS.TS Nguyễn Văn A", []string{"NGND", "GS", "TS"}, "Nguyễn Văn A"},
		{"Bác sĩ Nguyễn Văn A", []string{"BS"}, "Nguyễn Văn A"},
		{"Kỹ sư Nguyễn Văn A", []string{"KS"}, "Nguyễn Văn A"},
		{"Giáo sư, Tiến sĩ khoa học, Nhà giáo nhân dân Nguyễn Văn A", []string{"GS", "TSKH", "NGND"}, "Nguyễn Văn A"},
		{"Tiê\u0301n si\u0303 Nguyễn Văn A", []string{"TS"}, "Nguyễn Văn A"},
		{"  TS  Lê", []string{"TS"}, "Lê"},
		// Not titles, or no name after them.
		{"Thân Văn A", nil, "Thân Văn A"},
		{"Thạch Văn A", nil, "Thạch Văn A"},
		{"Tiến Dũng", nil, "Tiến Dũng"},
		{"Giáo Văn A", nil, "Giáo Văn A"},
		{"Bác Hồ", nil, "Bác Hồ"},
		{"Nhà giáo Nguyễn Văn A", nil, "Nhà giáo Nguyễn Văn A"},
		{"Ngut Văn A", nil, "Ngut Văn A"},
		{"TSNguyễn Văn A", nil, "TSNguyễn Văn A"},
		{"TS(Nguyễn)", nil, "TS(Nguyễn)"},
		{"TS", nil, "TS"},
		{"TS.", nil, "TS."},
		{"PGS.TS", nil, "PGS.TS"},
		{"Tiến sĩ", nil, "Tiến sĩ"},
		{"Nguyễn Văn A", nil, "Nguyễn Văn A"},
		{"", nil, ""},
	}
	for _, tt := range tests {
		titles, rest := CutTitles(tt.in)
		if !reflect.DeepEqual(titles, tt.titles) || rest != tt.rest {
			t.Errorf("CutTitles(%+q) = %q, %q; want %q, %q", tt.in, titles, rest, tt.titles, tt.rest)
		}
	}
}

func TestCutRankThenTitles(t *testing.T) {
	in := "Trung tướng, PGS.TS Nguyễn Văn A, Phó Giám đốc Học viện X"
	rank, rest, ok := CutRank(in)
	if !ok || rank != "Trung tướng" {
		t.Fatalf("CutRank(%q) = %q, %q, %v", in, rank, rest, ok)
	}
	titles, rest := CutTitles(rest)
	if got, want := titles, []string{"PGS", "TS"}; !reflect.DeepEqual(got, want) {
		t.Errorf("titles = %q, want %q", got, want)
	}
	if got, want := rest, "Nguyễn Văn A, Phó Giám đốc Học viện X"; got != want {
		t.Errorf("rest = %q, want %q", got, want)
	}
}

func TestCutHonorific(t *testing.T) {
	tests := []struct {
		in, rest string
		ok       bool
	}{
		{"đồng chí Trần Quốc Tỏ", "Trần Quốc Tỏ", true},
		{"Đồng chí Giám đốc", "Giám đốc", true},
		{"ĐỒNG CHÍ Tỏ", "Tỏ", true},
		{nfd("đồng chí Tỏ"), nfd("Tỏ"), true},
		{"đ/c Tỏ", "Tỏ", true},
		{"Đ/c Tỏ", "Tỏ", true},
		{"Đ/C Tỏ", "Tỏ", true},
		{"Ð/c Tỏ", "Tỏ", true},
		{"ông Nguyễn Văn A", "Nguyễn Văn A", true},
		{"Ông  Nguyễn Văn A", "Nguyễn Văn A", true},
		{"bà Lê Thị B", "Lê Thị B", true},
		{"anh C", "C", true},
		{"chị D", "D", true},
		{"cô E", "E", true},
		{"thầy F", "F", true},
		{"Ngài G", "G", true},
		{"NGÀI G", "G", true},
		// Not honorifics.
		{"ông", "ông", false},
		{"ông ", "ông ", false},
		{"ông,Nguyễn", "ông,Nguyễn", false},
		{"Ôngx Nguyễn", "Ôngx Nguyễn", false},
		{"đồng Nguyễn", "đồng Nguyễn", false},
		{"đ/cTỏ", "đ/cTỏ", false},
		{"d/c Tỏ", "d/c Tỏ", false},
		{"Nguyễn Văn A", "Nguyễn Văn A", false},
		{"", "", false},
	}
	for _, tt := range tests {
		rest, ok := CutHonorific(tt.in)
		if rest != tt.rest || ok != tt.ok {
			t.Errorf("CutHonorific(%+q) = %q, %v; want %q, %v", tt.in, rest, ok, tt.rest, tt.ok)
		}
	}
}
