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

	// A newspaper page pasted with its lines wrapped: the menu, a headline
	// over two lines and a caption end where a blank line follows them;
	// only a full line that stops mid-sentence goes on after one.
	page := strings.Join([]string{
		"Trang chủ | Thời sự | Quốc phòng - An ninh | Biên giới - Biển đảo | Pháp luật",
		"Trang chủ > Biên giới - Biển đảo > Chuyện biên cương",
		"",
		"Phát huy vai trò người có uy tín trong bảo vệ chủ quyền,",
		"an ninh biên giới",
		"",
		"Cập nhật lúc: 15:20, 07/06/2024 | Lượt đọc: 1.083",
		"",
		"(BP) - Ngày 6/6, tại Hội trường Bộ Chỉ huy BĐBP tỉnh Điện Biên (TP Điện",
		"Biên Phủ), Bộ Chỉ huy BĐBP tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức",
		"Diễn đàn “Người có uy tín với công tác bảo vệ chủ quyền lãnh thổ, an ninh",
		"biên giới quốc gia”. Đại tá Đinh Văn Lâm và Trưởng Ban Dân tộc tỉnh",
		"",
		"Lường Văn Thắng đồng chủ trì diễn đàn. Dự diễn đàn có Phó Chủ tịch UBND",
		"tỉnh Quàng Văn Bảo cùng 120 già làng, trưởng bản, người có uy tín ở 18 xã.",
		"",
		"[Ảnh: Quang cảnh diễn đàn. Ảnh: Thu Trang]",
		"",
		"Phát biểu đề dẫn, Thượng tá Vũ Mạnh Hùng, Phó Chính ủy BĐBP tỉnh cho",
		"biết, toàn tỉnh hiện có 402 người có uy tín trong đồng bào dân tộc thiểu",
		"số ở khu vực biên giới, cung cấp hàng trăm nguồn tin có giá trị cho",
		"lực lượng chức năng.",
	}, "\n")
	paras, _, ok = unwrap(page)
	if !ok {
		t.Fatal("a wrapped newspaper paste not read as hard-wrapped")
	}
	want = []string{
		"Trang chủ | Thời sự | Quốc phòng - An ninh | Biên giới - Biển đảo | Pháp luật Trang chủ > Biên giới - Biển đảo > Chuyện biên cương",
		"Phát huy vai trò người có uy tín trong bảo vệ chủ quyền, an ninh biên giới",
		"Cập nhật lúc: 15:20, 07/06/2024 | Lượt đọc: 1.083",
		"(BP) - Ngày 6/6, tại Hội trường Bộ Chỉ huy BĐBP tỉnh Điện Biên (TP Điện Biên Phủ), Bộ Chỉ huy BĐBP tỉnh phối hợp với Ban Dân tộc tỉnh tổ chức Diễn đàn “Người có uy tín với công tác bảo vệ chủ quyền lãnh thổ, an ninh biên giới quốc gia”. Đại tá Đinh Văn Lâm và Trưởng Ban Dân tộc tỉnh Lường Văn Thắng đồng chủ trì diễn đàn. Dự diễn đàn có Phó Chủ tịch UBND tỉnh Quàng Văn Bảo cùng 120 già làng, trưởng bản, người có uy tín ở 18 xã.",
		"[Ảnh: Quang cảnh diễn đàn. Ảnh: Thu Trang]",
		"Phát biểu đề dẫn, Thượng tá Vũ Mạnh Hùng, Phó Chính ủy BĐBP tỉnh cho biết, toàn tỉnh hiện có 402 người có uy tín trong đồng bào dân tộc thiểu số ở khu vực biên giới, cung cấp hàng trăm nguồn tin có giá trị cho lực lượng chức năng.",
	}
	if !slices.Equal(paras, want) {
		t.Errorf("newspaper paste paragraphs:\n%q\nwant:\n%q", paras, want)
	}

	// A paste with a paragraph on each line is no hard-wrapped text.
	plain := "Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo.\nĐại tá Trần Văn Bình chủ trì.\n"
	if _, _, ok := unwrap(plain); ok {
		t.Error("a paragraph per line read as hard-wrapped")
	}
}

// TestSocialPost reads a school's post copied from a social network: the
// address line and menus skipped, the page's name as source, the headline
// in capitals after the date as title, pictographs dropped, the papers
// listed with dashes, the comments left out.
func TestSocialPost(t *testing.T) {
	text := strings.Join([]string{
		"https://www.facebook.example/thptthaiphien/posts/pfbid02Xk7q",
		"Facebook",
		"Trang chủ   Video   Nhóm",
		"Trường THPT Thái Phiên - Đà Nẵng",
		"22 tháng 11, 2024 lúc 21:03 · 🌏",
		"🎯 HỘI THẢO CHUYÊN ĐỀ: ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG DẠY HỌC",
		"Sáng thứ Năm (21/11), tại hội trường nhà trường, Cụm chuyên môn số 2 đã tổ chức hội thảo chuyên đề “Ứng dụng trí tuệ nhân tạo trong dạy học”. 🤖",
		"📌 Hội thảo đã lắng nghe 2 báo cáo chuyên đề:",
		"🔹 Thầy Võ Quang Huy – GV Tin học, Trường THPT Thái Phiên: “Dùng AI tạo ngân hàng câu hỏi”",
		"🔹 TS. Nguyễn Văn Hiếu – Trường ĐH Sư phạm, ĐH Đà Nẵng (báo cáo viên khách mời): “AI trong đánh giá năng lực”",
		"Theo TS. Nguyễn Văn Hiếu, giáo viên cần xây dựng bộ tiêu chí rõ ràng.",
		"— cùng với Võ Quang Huy và 4 người khác.",
		"Thích    Bình luận    Chia sẻ",
		"Nguyễn Thị Bích Ngọc",
		"Chuyên đề của thầy Huy hay quá ạ",
	}, "\n")
	a, err := Extract(Input{URL: "https://www.facebook.example/p", ContentType: "text/plain", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	if want := "HỘI THẢO CHUYÊN ĐỀ: ỨNG DỤNG TRÍ TUỆ NHÂN TẠO TRONG DẠY HỌC"; a.Title != want {
		t.Errorf("title %q, want %q", a.Title, want)
	}
	if a.Published != "2024-11-22" || a.Source != "Trường THPT Thái Phiên - Đà Nẵng" {
		t.Errorf("published %q by %q", a.Published, a.Source)
	}
	if a.Event == nil || a.Event.Date != "2024-11-21" {
		t.Errorf("event %+v, want it on 2024-11-21", a.Event)
	}
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Academy+"|"+c.Title)
	}
	want := []string{"Võ Quang Huy|Trường Trung học phổ thông Thái Phiên|Dùng AI tạo ngân hàng câu hỏi",
		"Nguyễn Văn Hiếu|Đại học Đà Nẵng|AI trong đánh giá năng lực"}
	if !slices.Equal(got, want) {
		t.Errorf("contributions %q, want %q", got, want)
	}
	for _, p := range a.People {
		if p.Name == "Nguyễn Thị Bích Ngọc" {
			t.Error("a commenter is among the people")
		}
		if p.Name == "Nguyễn Văn Hiếu" && len(p.Positions) > 0 && strings.Contains(p.Positions[len(p.Positions)-1], "cần") {
			t.Errorf("position %q is what he said", p.Positions)
		}
	}
}
