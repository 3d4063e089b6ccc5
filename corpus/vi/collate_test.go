package vi

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

func TestCompareCollate(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		// The alphabet.
		{"a", "ă", -1},
		{"ă", "â", -1},
		{"â", "b", -1},
		{"d", "đ", -1},
		{"đ", "e", -1},
		{"e", "ê", -1},
		{"ê", "g", -1},
		{"o", "ô", -1},
		{"ô", "ơ", -1},
		{"ơ", "p", -1},
		{"u", "ư", -1},
		{"ư", "v", -1},
		{"x", "y", -1},
		{"Đào", "Dương", 1},
		{"Ân", "Anh", 1},
		{"Hồ", "Hoàng", 1},
		{"anh hùng", "ánh sáng", -1},
		// Tones are a secondary key.
		{"ba", "bà", -1},
		{"bà", "bá", -1},
		{"bá", "bả", -1},
		{"bả", "bã", -1},
		{"bã", "bạ", -1},
		{"bạ", "bac", -1},
		{"bạc", "bách", -1},
		// Case after letters and tones, lower first.
		{"an", "An", -1},
		{"An", "ăn", -1},
		// Spelling variants are equal.
		{"Hoà", "Hòa", 0},
		{nfd("Hòa"), "Hòa", 0},
		{"Ðào", "Đào", 0},
		// Separators before letters, digits before letters.
		{"An Bình", "Anh", -1},
		{"Khóa 1", "Khóa A", -1},
		{"", "a", -1},
		{"a", "a", 0},
	}
	for _, tt := range tests {
		if got := CompareCollate(tt.a, tt.b); got != tt.want {
			t.Errorf("CompareCollate(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := CompareCollate(tt.b, tt.a); got != -tt.want {
			t.Errorf("CompareCollate(%q, %q) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

func TestCompareCollateSort(t *testing.T) {
	want := []string{
		"An Văn Bình",
		"Anh Thị Hoa",
		"Ánh Nguyệt",
		"Âu Dương Minh",
		"Bùi Thị Xuân",
		"Chu Văn An",
		"Dương Văn Minh",
		"Đặng Thùy Trâm",
		"Đinh Bộ Lĩnh",
		"Đỗ Mười",
		"Hoàng Hoa Thám",
		"Hồ Chí Minh",
		"Huỳnh Tấn Phát",
		"Lê Duẩn",
		"Lê Lợi",
		"Ngô Quyền",
		"Nguyễn Trãi",
		"Nguyễn Văn A",
		"Nguyễn Văn Ánh",
		"Ông Ích Khiêm",
		"Phạm Văn Đồng",
		"Trần Hưng Đạo",
		"Trần Quốc Tỏ",
		"Trương Định",
		"Ứng Văn Khiêm",
		"Võ Nguyên Giáp",
		"Vũ Trọng Phụng",
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		got := slices.Clone(want)
		r.Shuffle(len(got), func(i, j int) { got[i], got[j] = got[j], got[i] })
		slices.SortFunc(got, CompareCollate)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("sorted with CompareCollate:\n got %q\nwant %q", got, want)
		}
	}
}
