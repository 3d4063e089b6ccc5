package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestUnwrap puts a text copied out of a PDF bulletin back into
// paragraphs: running headers and page numbers dropped, a sentence cut by
// a page break joined again, the table of contents and the next article
// left out, the heading in capitals kept whole.
func TestUnwrap(t *testing.T) {
	text := strings.Join([]string{
		"BẢN TIN KHOA HỌC",
		"Số 04 (tháng 11/2024) - Phát hành ngày 15/11/2024",
		"TRONG SỐ NÀY",
		"  Hội thảo khoa học về chuyển đổi số trong công tác",
		"  hậu cần ...................................................... 12",
		"  Nghiệm thu đề tài cấp cơ sở ................................... 16",
		"------------------------------------------------------------------------",
		"HOẠT ĐỘNG KHOA HỌC",
		"HỘI THẢO KHOA HỌC VỀ CHUYỂN ĐỔI SỐ TRONG CÔNG TÁC HẬU CẦN, KỸ THUẬT",
		"CÔNG AN NHÂN DÂN",
		"Ngày 17/10/2024, tại Nhà trường, Trường Đại học Kỹ thuật - Hậu cần CAND",
		"tổ chức Hội thảo khoa học “Chuyển đổi số trong công tác hậu cần, kỹ",
		"thuật”. Thiếu tướng, GS.TS Lê Văn Kiên, Hiệu trưởng Nhà trường chủ trì.",
		"Với tham luận “Ứng dụng học máy trong dự báo nhu cầu vật tư”, Thượng",
		"tá, TS Nguyễn Đức Mạnh, Trưởng khoa Công nghệ thông tin cho biết mô hình",
		"BẢN TIN KHOA HỌC - SỐ 04/2024                                        13",
		"",
		"dự báo cho sai số dưới 8%.",
		"Hội thảo đã nghe 7 tham luận của các đơn vị trong và ngoài Nhà trường.",
		"                        PHÒNG QUẢN LÝ KHOA HỌC",
		"------------------------------------------------------------------------",
		"NGHIỆM THU ĐỀ TÀI CẤP CƠ SỞ",
		"Ngày 25/10/2024, Hội đồng khoa học Nhà trường nghiệm thu 5 đề tài.",
	}, "\n")
	paras, issued, ok := unwrap(text)
	if !ok {
		t.Fatal("not read as a hard-wrapped text")
	}
	if issued != "2024-11-15" {
		t.Errorf("issue date %q, want 2024-11-15", issued)
	}
	want := []string{
		"HỘI THẢO KHOA HỌC VỀ CHUYỂN ĐỔI SỐ TRONG CÔNG TÁC HẬU CẦN, KỸ THUẬT CÔNG AN NHÂN DÂN",
		"Ngày 17/10/2024, tại Nhà trường, Trường Đại học Kỹ thuật - Hậu cần CAND tổ chức Hội thảo khoa học “Chuyển đổi số trong công tác hậu cần, kỹ thuật”. Thiếu tướng, GS.TS Lê Văn Kiên, Hiệu trưởng Nhà trường chủ trì. Với tham luận “Ứng dụng học máy trong dự báo nhu cầu vật tư”, Thượng tá, TS Nguyễn Đức Mạnh, Trưởng khoa Công nghệ thông tin cho biết mô hình dự báo cho sai số dưới 8%.",
		"Hội thảo đã nghe 7 tham luận của các đơn vị trong và ngoài Nhà trường.",
	}
	if !slices.Equal(paras, want) {
		t.Errorf("paragraphs:\n%q\nwant:\n%q", paras, want)
	}

	// A paste with a paragraph on each line is no hard-wrapped text.
	plain := "Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo.\nĐại tá Trần Văn Bình chủ trì.\n"
	if _, _, ok := unwrap(plain); ok {
		t.Error("a paragraph per line read as hard-wrapped")
	}
}
