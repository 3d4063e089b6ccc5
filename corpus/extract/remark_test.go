package extract

import (
	"slices"
	"testing"

	"github.com/thamluan/thamluan/corpus"
)

// TestRemarks reads who contributes in the papers' part and the discussion
// of an event, and who does not.
func TestRemarks(t *testing.T) {
	const lead = "Hội thảo hợp tác quốc tế\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”. "
	tests := []struct {
		name, text string
		want       []string // speakers, or "org:" and the institution
	}{
		{"discussion speaker with a unit",
			lead + "Trong phần thảo luận, Thiếu tá Lò Văn Khu, Phó Trưởng Công an huyện Mường La, tỉnh Sơn La đề xuất tăng cường phối hợp.",
			[]string{"Lò Văn Khu"}},
		{"institution's representative",
			lead + "Tham gia thảo luận, đại diện Sở Giáo dục và Đào tạo Hà Tĩnh cho biết đã biên soạn tài liệu.",
			[]string{"org:Sở Giáo dục và Đào tạo Hà Tĩnh"}},
		{"closing speech is no remark",
			lead + "Trong phần thảo luận, nhiều ý kiến được nêu. Kết luận Hội thảo, Đại tá Trần Văn Bình, Giám đốc Học viện cho biết sẽ tổng hợp.",
			nil},
		{"no discussion yet",
			lead + "Đại tá Trần Văn Bình, Giám đốc Học viện cho biết Hội thảo có ý nghĩa.",
			nil},
		{"moderator presides, another presents",
			lead + "Dưới sự điều hành của Đại tá Trần Văn Bình, Thượng tá Ngô Thị Hà trình bày tham luận “An ninh mạng”.",
			[]string{"Ngô Thị Hà"}},
		{"moderator alone",
			lead + "Dưới sự điều hành của Đại tá Trần Văn Bình, các diễn giả đã trình bày tham luận.",
			nil},
		{"list items with của",
			lead + "Các báo cáo còn lại gồm: “A” của Trung tá, BS Lê Thị Vân, Phó Trưởng khoa; “B” của ThS.BS Ngô Phước Thịnh, Bệnh viện Đa khoa.",
			[]string{"Lê Thị Vân", "Ngô Phước Thịnh"}},
		{"joined titles end in a dot",
			lead + "Tại Hội thảo đã có nhiều tham luận. PGS.TS. Hà Văn Quyết, Trường Đại học Kinh tế nhấn mạnh cần liên kết vùng.",
			[]string{"Hà Văn Quyết"}},
		{"papers of, after a colon",
			lead + "Tại hội thảo, đã có 12 tham luận được trình bày, trong đó có các tham luận của: Đại tá, PGS.TS Lê Văn An (Học viện Cảnh sát nhân dân); Trung tá, ThS Phan Quốc Bảo (Phòng Cảnh sát hình sự, Công an tỉnh Đồng Nai) và ThS Võ Hoàng Nam (Trường Đại học Sư phạm).",
			[]string{"Lê Văn An", "Phan Quốc Bảo", "Võ Hoàng Nam"}},
		{"according to, after an opening phrase",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Ở góc độ quản lý nhà nước, theo Thiếu tướng, GS.TS Trịnh Đức Lâm, nguyên Giám đốc Học viện An ninh nhân dân, cần phân cấp mạnh hơn.",
			[]string{"Trịnh Đức Lâm"}},
		{"according to, in the opening speech",
			lead + "Phát biểu khai mạc, theo Thiếu tướng Trịnh Đức Lâm, Giám đốc Học viện, các tham luận rất phong phú.",
			nil},
		{"position before the rank, no comma",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Bàn về ngoại giao quốc phòng, Phó Cục trưởng Cục Đối ngoại, Bộ Quốc phòng Thiếu tướng Hà Minh Khánh nhấn mạnh vai trò của hợp tác.",
			[]string{"Hà Minh Khánh"}},
		{"position before the rank, place in parentheses, lower-case rank",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Trưởng Công an xã Châu Kim (huyện Quế Phong) thiếu tá Lô Văn Tuấn chia sẻ kinh nghiệm phối hợp.",
			[]string{"Lô Văn Tuấn"}},
		{"position before the rank in a closing clause",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Kết luận Hội thảo, Giám đốc Học viện Đại tá Trần Văn Bình cho biết sẽ tổng hợp.",
			nil},
		{"lower-case rank after an opening phrase",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Từ thực tiễn công tác, thượng tá Phạm Đình Lực, Phó Trưởng Công an huyện Quỳnh Lưu kiến nghị tăng mức hỗ trợ.",
			[]string{"Phạm Đình Lực"}},
		{"unit named with an inner comma",
			lead + "Trong phần thảo luận, ông Hồ Văn Sơn, Tổ trưởng Tổ bảo vệ an ninh, trật tự bản Cà Moong, xã Tri Lễ, huyện Quế Phong kể lại kinh nghiệm.",
			[]string{"Hồ Văn Sơn"}},
		{"doctoral candidate",
			lead + "Trong phần thảo luận, NCS. Phạm Thu Trang (Trường Đại học Luật Hà Nội) chia sẻ kết quả khảo sát. Đ/c ThS. NCS. Trần Minh Đức, giảng viên Khoa Lý luận cơ sở với tham luận \"Dạy học tích cực\" đã giới thiệu một số kỹ thuật.",
			[]string{"Phạm Thu Trang", "Trần Minh Đức"}},
		{"jurist",
			lead + "Trong phần thảo luận, Luật gia Nguyễn Hữu Phước, Chủ tịch Hội Luật gia tỉnh đề xuất tăng cường trợ giúp pháp lý.",
			[]string{"Nguyễn Hữu Phước"}},
		{"students' projects, not their supervisor",
			lead + "Mở đầu phiên báo cáo, sinh viên Trần Ngọc Bảo Hân (Trường Kinh tế) trình bày đề tài “Thương mại điện tử”, do TS Nguyễn Minh Khoa hướng dẫn. " +
				"Đề tài “Nhận dạng bệnh lúa” của nhóm sinh viên Trường Công nghệ thông tin do sinh viên Lâm Quốc Thịnh đại diện trình bày được đánh giá cao. " +
				"Sinh viên Võ Thành Đạt (Khoa Môi trường) với đề tài “Trữ nước ngọt” đã nhận được nhiều câu hỏi.",
			[]string{"Trần Ngọc Bảo Hân", "Lâm Quốc Thịnh", "Võ Thành Đạt"}},
		{"a project in general",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Học viện sẽ phối hợp với Đại tá Lê Văn Hùng nghiên cứu đề tài khoa học cấp Bộ.",
			nil},
		{"foreign name with particles",
			lead + "Báo cáo chính (keynote) do GS. Pieter van den Berg, Giám đốc Trung tâm Luật, Đại học Leiden trình bày.",
			[]string{"Pieter van den Berg"}},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			if c.Speaker != nil {
				got = append(got, c.Speaker.Name)
			} else {
				got = append(got, "org:"+c.Affiliation)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestParticipants leaves out of the people those only given an award or
// cited, and gives co-chairs their role.
func TestParticipants(t *testing.T) {
	text := "Hội thảo hợp tác quốc tế\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”. " +
		"Đại tá Trần Văn Bình, Phó Giám đốc Công an tỉnh và Đại tá, TS Mai Xuân Đức, Phó Hiệu trưởng Trường Đại học Cảnh sát nhân dân đồng chủ trì Hội thảo. " +
		"Phát biểu khai mạc, Đại tá Trần Văn Bình nhắc lại lời dạy của Chủ tịch Hồ Chí Minh về công tác dân vận. " +
		"Các đại biểu đã nghe tham luận “Vận dụng tư tưởng của Đại tướng Võ Nguyên Giáp” của Thượng tá Lê Thị Hằng. " +
		"Dịp này, Giám đốc Công an tỉnh đã tặng Giấy khen cho Đại úy Trần Quốc Bảo."
	a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(text)})
	if err != nil {
		t.Fatal(err)
	}
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = p.Role
	}
	want := map[string]string{"Trần Văn Bình": corpus.RoleChair, "Mai Xuân Đức": corpus.RoleChair, "Lê Thị Hằng": corpus.RoleSpeaker}
	if len(roles) != len(want) {
		t.Errorf("people %v, want %v", roles, want)
	}
	for name, role := range want {
		if roles[name] != role {
			t.Errorf("%s: role %q, want %q", name, roles[name], role)
		}
	}
}

func TestSentencesJoinedTitles(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"PGS.TS. Trương Công Lý phát biểu. Hội thảo kết thúc.", 2},
		{"ThS.BS. Lã Văn Khiêm chia sẻ.", 1},
		{"Thượng tá, BS.CKII. Đoàn Văn Lực chủ tọa.", 1},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); len(got) != tt.want {
			t.Errorf("sentences(%q) = %q, want %d", tt.in, got, tt.want)
		}
	}
}

func TestAffiliationPhongChong(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Phó Cục trưởng Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Bộ Công an", "Bộ Công an"},
		{"Cục trưởng Cục Cảnh sát phòng, chống tội phạm về môi trường", "Cục Cảnh sát phòng, chống tội phạm về môi trường"},
		{"Phó Trưởng khoa Lý luận chính trị, Học viện An ninh nhân dân", "Học viện An ninh nhân dân"},
	}
	for _, tt := range tests {
		if got := Affiliation(tt.in); got != tt.want {
			t.Errorf("Affiliation(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRegionalAcademy(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Học viện Chính trị khu vực I", "Học viện Chính trị khu vực I"},
		{"Học viện Chính trị khu vực III", "Học viện Chính trị khu vực III"},
	}
	for _, tt := range tests {
		if got, ok := CanonicalAcademy(tt.in); !ok || got != tt.want {
			t.Errorf("CanonicalAcademy(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}
