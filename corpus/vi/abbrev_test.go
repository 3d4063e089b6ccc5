package vi

import (
	"reflect"
	"testing"
)

func TestAbbreviations(t *testing.T) {
	want := map[string]string{
		"CAND":      "Công an nhân dân",
		"CSND":      "Cảnh sát nhân dân",
		"ANND":      "An ninh nhân dân",
		"BCA":       "Bộ Công an",
		"PCCC":      "Phòng cháy chữa cháy",
		"PCCC&CNCH": "Phòng cháy chữa cháy và cứu nạn, cứu hộ",
		"HV":        "Học viện",
		"ĐH":        "Đại học",
		"ĐHQG":      "Đại học Quốc gia",
		"CĐ":        "Cao đẳng",
		"TP":        "Thành phố",
		"TP.HCM":    "Thành phố Hồ Chí Minh",
		"TPHCM":     "Thành phố Hồ Chí Minh",
		"UBND":      "Ủy ban nhân dân",
		"HĐND":      "Hội đồng nhân dân",
		"TW":        "Trung ương",
		"TƯ":        "Trung ương",
		"HVANND":    "Học viện An ninh nhân dân",
		"HVCSND":    "Học viện Cảnh sát nhân dân",
		"HVCTCAND":  "Học viện Chính trị Công an nhân dân",
		"KHXH":      "Khoa học xã hội",
		"KH&CN":     "Khoa học và Công nghệ",
		"CNTT":      "Công nghệ thông tin",
		"QĐND":      "Quân đội nhân dân",
		"CSGT":      "Cảnh sát giao thông",
		"GS":        "Giáo sư",
		"PGS":       "Phó Giáo sư",
		"TS":        "Tiến sĩ",
		"ThS":       "Thạc sĩ",
		"TSKH":      "Tiến sĩ khoa học",
		"CN":        "Cử nhân",
		"NGƯT":      "Nhà giáo ưu tú",
		"NGND":      "Nhà giáo nhân dân",
	}
	got := map[string]string{}
	for _, a := range Abbreviations() {
		if _, dup := got[a.Short]; dup {
			t.Errorf("Abbreviations() lists %q twice", a.Short)
		}
		got[a.Short] = a.Long
		if n := Normalize(a.Long); n != a.Long {
			t.Errorf("Abbreviations(): %q expands to %q, not normalised (%q)", a.Short, a.Long, n)
		}
	}
	for short, long := range want {
		if got[short] != long {
			t.Errorf("Abbreviations()[%q] = %q, want %q", short, got[short], long)
		}
	}
	// The table is a copy.
	Abbreviations()[0].Long = "x"
	if got := Abbreviations()[0].Long; got == "x" {
		t.Errorf("Abbreviations() shares its table with callers")
	}
}

func TestExpand(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Học viện Chính trị CAND", "Học viện Chính trị Công an nhân dân"},
		{"TP Hà Nội", "Thành phố Hà Nội"},
		{"TP. Hà Nội", "Thành phố Hà Nội"},
		{"TP.Hà Nội", "Thành phố Hà Nội"},
		{"Trường ĐH PCCC", "Trường Đại học Phòng cháy chữa cháy"},
		{"Trường DH PCCC", "Trường Đại học Phòng cháy chữa cháy"},
		{"Trường Đại học PCCC&CNCH", "Trường Đại học Phòng cháy chữa cháy và cứu nạn, cứu hộ"},
		{"lực lượng PCCC & CNCH", "lực lượng Phòng cháy chữa cháy và cứu nạn, cứu hộ"},
		{"Công an TP.HCM", "Công an Thành phố Hồ Chí Minh"},
		{"Công an TP. HCM", "Công an Thành phố Hồ Chí Minh"},
		{"Công an TPHCM", "Công an Thành phố Hồ Chí Minh"},
		{"Công an TP HCM", "Công an Thành phố Hồ Chí Minh"},
		{"ĐHQG Hà Nội", "Đại học Quốc gia Hà Nội"},
		{"DHQG Hà Nội", "Đại học Quốc gia Hà Nội"},
		{"Bộ KH&CN", "Bộ Khoa học và Công nghệ"},
		{"Trường THCS - THPT Phú Điền", "Trường Trung học cơ sở và Trung học phổ thông Phú Điền"},
		{"Trường THCS&THPT Nguyễn Khuyến", "Trường Trung học cơ sở và Trung học phổ thông Nguyễn Khuyến"},
		{"Trường PTDTBT THCS Khao Mang", "Trường Phổ thông dân tộc bán trú Trung học cơ sở Khao Mang"},
		{"Trường THPT chuyên Lý Tự Trọng", "Trường Trung học phổ thông chuyên Lý Tự Trọng"},
		{"Phòng GD&ĐT huyện Lấp Vò", "Phòng Giáo dục và Đào tạo huyện Lấp Vò"},
		{"Bộ chỉ huy BĐBP tỉnh Sơn La", "Bộ chỉ huy Bộ đội Biên phòng tỉnh Sơn La"},
		{"UBND tỉnh", "Ủy ban nhân dân tỉnh"},
		{"Ủy ban MTTQ Việt Nam thành phố Buôn Ma Thuột", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Buôn Ma Thuột"},
		{"VKSND TP.HCM", "Viện kiểm sát nhân dân Thành phố Hồ Chí Minh"},
		{"TAND tỉnh Bình Dương", "Tòa án nhân dân tỉnh Bình Dương"},
		{"Ban Chấp hành TƯ Đảng", "Ban Chấp hành Trung ương Đảng"},
		{"Ban Chấp hành TU Đảng", "Ban Chấp hành Trung ương Đảng"},
		{"Ban Chấp hành TW Đảng", "Ban Chấp hành Trung ương Đảng"},
		{"HVCSND và HVANND", "Học viện Cảnh sát nhân dân và Học viện An ninh nhân dân"},
		{"HV CSND", "Học viện Cảnh sát nhân dân"},
		{"PGS.TS Nguyễn Văn A", "Phó Giáo sư, Tiến sĩ Nguyễn Văn A"},
		{"PGS. TS. Nguyễn Văn A", "Phó Giáo sư, Tiến sĩ Nguyễn Văn A"},
		{"ThS Lê", "Thạc sĩ Lê"},
		{"NGƯT Lê", "Nhà giáo ưu tú Lê"},
		{"Viện KHXH Việt Nam.", "Viện Khoa học xã hội Việt Nam."},
		{"Học viện Chính trị CAND.", "Học viện Chính trị Công an nhân dân."},
		{"(CAND)", "(Công an nhân dân)"},
		{nfd("QĐND và TƯ"), "Quân đội nhân dân " + nfd("và") + " Trung ương"},
		// Left alone.
		{"cand", "cand"},
		{"Cand", "Cand"},
		{"Ths Lê", "Ths Lê"},
		{"CANDY", "CANDY"},
		{"HVCTCANDX", "HVCTCANDX"},
		{"Công an nhân dân", "Công an nhân dân"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Expand(tt.in); got != tt.want {
			t.Errorf("Expand(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

func TestExpandKeysMatch(t *testing.T) {
	pairs := [][2]string{
		{"Học viện Chính trị CAND", "Học viện Chính trị Công an nhân dân"},
		{"Trường ĐH PCCC", "Trường Đại học Phòng cháy chữa cháy"},
		{"Viện Hàn lâm KHXH Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam"},
		{"PGS.TS", "Phó Giáo sư, Tiến sĩ"},
		{"UBND TP. Hà Nội", "Uỷ ban nhân dân thành phố Hà Nội"},
	}
	for _, p := range pairs {
		if a, b := Key(Expand(p[0])), Key(Expand(p[1])); a != b {
			t.Errorf("Key(Expand(%q)) = %q, Key(Expand(%q)) = %q; want equal", p[0], a, p[1], b)
		}
	}
}

func TestExpansions(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"cand", []string{"Công an nhân dân"}},
		{"CAND", []string{"Công an nhân dân"}},
		{"dh", []string{"Đại học"}},
		{"ĐH", []string{"Đại học"}},
		{"dhqg", []string{"Đại học Quốc gia"}},
		{"tu", []string{"Trung ương"}},
		{"tw", []string{"Trung ương"}},
		{"tphcm", []string{"Thành phố Hồ Chí Minh"}},
		{"tp.hcm", []string{"Thành phố Hồ Chí Minh"}},
		{"kh&cn", []string{"Khoa học và Công nghệ"}},
		{"ths", []string{"Thạc sĩ"}},
		{"ngut", []string{"Nhà giáo ưu tú"}},
		{"hoc", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Expansions(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Expansions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContractions(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"cong an nhan dan", []string{"CAND"}},
		{"Công an nhân dân", []string{"CAND"}},
		{"CÔNG AN NHÂN DÂN", []string{"CAND"}},
		{"trung uong", []string{"TW", "TƯ"}},
		{"Thành phố Hồ Chí Minh", []string{"TP.HCM", "TPHCM"}},
		{"uỷ ban nhân dân", []string{"UBND"}},
		{"phong chay chua chay va cuu nan cuu ho", []string{"PCCC&CNCH"}},
		{"Khoa học và Công nghệ", []string{"KH&CN", "KHCN"}},
		{"dai hoc", []string{"ĐH"}},
		{"cong an", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if got := Contractions(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Contractions(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
