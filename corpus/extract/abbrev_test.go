package extract

import (
	"maps"
	"testing"
)

func TestPageAbbrevs(t *testing.T) {
	tests := []struct {
		text string
		want map[string]string
	}{
		{"Hội thảo do Trường Đại học Thủ Dầu Một (TDMU) tổ chức.", map[string]string{"TDMU": "Trường Đại học Thủ Dầu Một"}},
		{"Đại diện Ban Quản lý các khu công nghiệp (KCN) Bình Dương dự.", map[string]string{"KCN": "khu công nghiệp"}},
		{"Tổ bảo vệ an ninh, trật tự (ANTT) ở cơ sở.", nil},                                            // a comma breaks the initials
		{"Học viện Cảnh sát nhân dân (HVCSND) tổ chức.", nil},                                          // the project knows it
		{"Theo báo cáo (PDF), số liệu tăng.", nil},                                                     // not an organisation's
		{"Công ty Cổ phần Xây dựng (CTCP) và Sở Nội vụ (SNV).", map[string]string{"SNV": "Sở Nội vụ"}}, // CTCP: a legal form
	}
	for _, tt := range tests {
		r := newReader(&page{}, nil)
		if got := r.pageAbbrevs(tt.text); !maps.Equal(got, tt.want) {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestExpandPage(t *testing.T) {
	r := newReader(&page{}, nil)
	r.abbrevs = map[string]string{"A05": "Cục An ninh mạng", "TDMU": "Trường Đại học Thủ Dầu Một"}
	for in, want := range map[string]string{
		"Phó Cục trưởng Cục A05":         "Phó Cục trưởng Cục An ninh mạng",
		"Viện Kỹ thuật - Công nghệ TDMU": "Viện Kỹ thuật - Công nghệ Trường Đại học Thủ Dầu Một",
		"Trường Đại học Việt Đức":        "Trường Đại học Việt Đức",
	} {
		if got := r.expandPage(in); got != want {
			t.Errorf("expandPage(%q) = %q, want %q", in, got, want)
		}
	}
	// Police codes the article writes and does not define.
	r.abbrevs = withPoliceCodes(nil, "Tham luận của Phòng PC06, Công an tỉnh Đồng Nai và Trưởng phòng PA05 Công an tỉnh X.")
	for in, want := range map[string]string{
		"Phòng PC06, Công an tỉnh Đồng Nai": "Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Đồng Nai",
		"Trưởng phòng PA05 Công an tỉnh X":  "Trưởng Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh X",
	} {
		if got := r.expandPage(in); got != want {
			t.Errorf("expandPage(%q) = %q, want %q", in, got, want)
		}
	}
}
