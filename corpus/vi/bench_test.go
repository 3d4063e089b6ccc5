package vi

import (
	"strings"
	"testing"
)

// paragraph is a workshop report in old tone style, so that Normalize has
// work to do.
var paragraph = strings.Repeat("Sáng 15/3, tại Hà Nội, Học viện Chính trị CAND tổ chức Hội thảo khoa học "+
	"“Nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính trị trong lực lượng CAND”. "+
	"Thượng tướng, PGS.TS Trần Quốc Tỏ, Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Công an dự và chỉ đạo hội thảo. "+
	"Các tham luận tập trung làm rõ vai trò của công tác giáo dục chính trị, tư tưởng; giải pháp hoà hợp "+
	"giữa lý luận và thực tiễn, bảo đảm an ninh quốc gia và trật tự, an toàn xã hội trong tình hình mới. ", 4)

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(paragraph)))
	for b.Loop() {
		Normalize(paragraph)
	}
}

func BenchmarkFold(b *testing.B) {
	b.SetBytes(int64(len(paragraph)))
	for b.Loop() {
		Fold(paragraph)
	}
}

func BenchmarkNormalizeWord(b *testing.B) {
	words := strings.Fields(paragraph)
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, w := range words {
			NormalizeWord(w)
		}
	}
}
