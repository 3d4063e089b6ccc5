package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/thamluan/thamluan/corpus"
	"github.com/thamluan/thamluan/corpus/vi"
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
		{"a position goes on after 'dành cho'",
			lead + "Trong phần thảo luận, ThS Souliya Chanthalangsy, học viên lớp Cao cấp lý luận chính trị dành cho cán bộ Lào, chia sẻ những trải nghiệm khi học tập.",
			[]string{"Souliya Chanthalangsy"}},
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
		{"a numbered list: an institution's item, an item without a title",
			lead + "Ban Tổ chức đã nhận được 38 tham luận, trong đó 4 tham luận được lựa chọn trình bày, gồm: “A” của Đại tá Tạ Quang Huy, Trưởng khoa Cảnh sát giao thông; “B” của Phòng CSGT Công an tỉnh Quảng Ninh; tham luận về mô hình giám sát hành trình của ThS Phan Văn Định, Tổng cục Đường bộ Việt Nam; “C” của TS Trịnh Hoàng Anh (Trường Đại học Công nghệ).",
			[]string{"Tạ Quang Huy", "org:Phòng Cảnh sát giao thông Công an tỉnh Quảng Ninh", "Phan Văn Định", "Trịnh Hoàng Anh"}},
		{"list items with của",
			lead + "Các báo cáo còn lại gồm: “A” của Trung tá, BS Lê Thị Vân, Phó Trưởng khoa; “B” của ThS.BS Ngô Phước Thịnh, Bệnh viện Đa khoa.",
			[]string{"Lê Thị Vân", "Ngô Phước Thịnh"}},
		{"joined titles end in a dot",
			lead + "Tại Hội thảo đã có nhiều tham luận. PGS.TS. Hà Văn Quyết, Trường Đại học Kinh tế nhấn mạnh cần liên kết vùng.",
			[]string{"Hà Văn Quyết"}},
		{"papers of several institutions",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Các tham luận của Công an thành phố Hạ Long và Công an huyện Vân Đồn đã chia sẻ kinh nghiệm.",
			[]string{"org:Công an thành phố Hạ Long", "org:Công an huyện Vân Đồn"}},
		{"an institution's paper after its title",
			lead + "Tham luận “Bảo đảm an toàn dữ liệu” của Học viện Kỹ thuật và Công nghệ an ninh cảnh báo nguy cơ rò rỉ dữ liệu.",
			[]string{"org:Học viện Kỹ thuật và Công nghệ an ninh"}},
		{"a brand's representative",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Đại diện Zalo (Công ty cổ phần VNG) cho biết, nền tảng này đã triển khai tính năng cảnh báo.",
			[]string{"org:Zalo (Công ty cổ phần VNG)"}},
		{"a closing speech at the end of the programme",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Phát biểu cuối chương trình, bà Nguyễn Thị Hồng Lan, phó giám đốc Sở GD-ĐT TP.HCM, cho biết Sở sẽ tiếp thu các ý kiến.",
			nil},
		{"two papers by one presenter, listed",
			lead + "TS Nguyễn Thị Thu Trang, giảng viên của Trường, trình bày hai tham luận: “Dạy học đọc hiểu” và “Thiết kế đề kiểm tra”. Theo TS Thu Trang, cần đổi mới.",
			[]string{"Nguyễn Thị Thu Trang", "Nguyễn Thị Thu Trang"}},
		{"two papers contributed by one with a position",
			lead + "Đáng chú ý, Đại tá, PGS, TS Hoàng Đức Thắng, Chủ nhiệm Khoa Chỉ huy hậu cần, Học viện Hậu cần đóng góp hai tham luận: “Tổ chức lực lượng hậu cần” và “Chuyển đổi số trong hậu cần”. Theo Đại tá Thắng, phải kết hợp chặt chẽ.",
			[]string{"Hoàng Đức Thắng", "Hoàng Đức Thắng"}},
		{"a legal aid officer by profession, a surname of the Tày",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Là một trong những diễn giả của tọa đàm, trợ giúp viên pháp lý Lữ Văn Thắng, Trưởng Chi nhánh số 2 của Trung tâm (đặt tại huyện Bá Thước), kể lại vụ án cố ý gây thương tích.",
			[]string{"Lữ Văn Thắng"}},
		{"reported as a complaint",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Chia sẻ kinh nghiệm ở cơ sở, Đại úy, ThS Vương Đình Khải, Đội trưởng Đội CSGT đường bộ số 3, PC08, CATP Hải Phòng phản ánh tình trạng người vi phạm không nộp phạt.",
			[]string{"Vương Đình Khải"}},
		{"two speakers, each with a position, of one remark",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Cùng quan tâm đến công tác phát triển đảng viên, Trung tá, TS Đỗ Mạnh Hùng, Phó Trưởng khoa Xây dựng Đảng, Học viện và TS Bùi Văn Đạo, Trường Chính trị tỉnh Hải Dương đều cho rằng cần chú trọng bồi dưỡng.",
			[]string{"Đỗ Mạnh Hùng", "Bùi Văn Đạo"}},
		{"a quote, then a position in lower case; said while presenting the keynote",
			lead + "“Bảo vệ dữ liệu cá nhân là bảo vệ quyền con người”, phó giám đốc Học viện An ninh nhân dân, Đại tá, PGS.TS Lương Thị Hồng Nhung nhấn mạnh khi trình bày báo cáo đề dẫn.",
			[]string{"Lương Thị Hồng Nhung"}},
		{"a speaker invited by the moderator",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Trước khi chuyển sang phần trao đổi, TS Phương Thảo mời ông Phan Đình Lộc, Giám đốc Trung tâm Thông tin - Thư viện Nguyễn Thúc Hào chia sẻ về việc sử dụng phần mềm kiểm tra trùng lặp.",
			[]string{"Phan Đình Lộc"}},
		{"a speaker invited, in the passive",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Ở góc độ bảo vệ bí mật nhà nước, Thượng tá Đặng Quốc Bình, Phó Trưởng phòng An ninh chính trị nội bộ Công an tỉnh Nghệ An được người điều phối mời chia sẻ những lưu ý khi ký kết.",
			[]string{"Đặng Quốc Bình"}},
		{"an institution's representative named in the next sentence",
			lead + "Tại tọa đàm, các diễn giả trao đổi nhiều ý kiến. Đại diện Trường Đại học Kinh tế Nghệ An trình bày tham luận về xây dựng bộ quy tắc ứng xử. Theo ThS Nguyễn Thị Kim Thoa, Trưởng phòng Quản lý khoa học của trường, bộ quy tắc được đón nhận.",
			[]string{"Nguyễn Thị Kim Thoa"}},
		{"papers heard, each its presenter, unit and quoted title",
			lead + "Tại phiên toàn thể, Hội nghị nghe các báo cáo: Đại tá, PGS.TS Khuất Duy Toản (Học viện Quốc phòng): “Xây dựng mô hình học viện số trong Quân đội: cơ sở lý luận và lộ trình”; GS.TS Đinh Văn Phong (Đại học Bách khoa Hà Nội): “Kinh nghiệm chuyển đổi số trong đào tạo đại học”.",
			[]string{"Khuất Duy Toản", "Đinh Văn Phong"}},
		{"a directing speech is no remark",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Phó Chủ tịch UBND tỉnh Giàng Seo Vần phát biểu chỉ đạo tại hội thảo.",
			nil},
		{"a comrade, his position, then his name; a company with its legal form",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Trình bày tham luận của tỉnh Bắc Kạn, đồng chí Bí thư Tỉnh ủy Ma Văn Thiêm cho biết, tỉnh đã nhân rộng mô hình nuôi ong. Tham luận của Tổng công ty Lâm nghiệp Việt Nam – CTCP (Vinafor) đề xuất cơ chế liên kết với cộng đồng.",
			[]string{"Ma Văn Thiêm", "org:Tổng công ty Lâm nghiệp Việt Nam – CTCP"}},
		{"two authors after 'tham luận của' in parentheses, a semicolon between",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Có tác giả kiến nghị bổ sung định nghĩa thống nhất vào BLTTHS (tham luận của TS Mai Thị Lan Anh, Học viện Tư pháp; ThS Bế Văn Hoàn, Khoa Luật, Đại học Quốc gia Hà Nội).",
			[]string{"Mai Thị Lan Anh", "Bế Văn Hoàn"}},
		{"a student's paper, his bare name after 'tham luận của'",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Tham luận của Sùng A Páo, học viên lớp D49B, về việc giữ gìn bản sắc văn hóa được đánh giá cao.",
			[]string{"Sùng A Páo"}},
		{"an official's address is no paper",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Phát biểu tại Hội thảo, Phó Chủ nhiệm Ủy ban Dân tộc Lò Thị Xuân đề nghị lồng ghép nguồn lực. Phát biểu tại hội thảo, bà Lý Thị Mỹ Châu – phó giám đốc Sở Khoa học và Công nghệ TP.HCM – cho biết thành phố đang xây dựng chương trình.",
			nil},
		{"a scholar speaking at the event presents",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Phát biểu tại Hội thảo, PGS.TS Trần Văn Nam, Viện trưởng Viện Nghiên cứu Lâm sinh cho rằng cần chọn cây phù hợp.",
			[]string{"Trần Văn Nam"}},
		{"a position between en dashes with a hyphen inside; what the speaker did while presenting",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. PGS.TS Lê Thị Kim Oanh – phó trưởng khoa điện tử - viễn thông Trường ĐH Khoa học tự nhiên (ĐHQG TP.HCM) – dẫn số liệu này khi trình bày tham luận về chương trình đào tạo liên thông.",
			[]string{"Lê Thị Kim Oanh"}},
		{"a report with a title, then a clause after a semicolon whose subject reports",
			lead + "Hội thảo có 9 báo cáo khoa học. Trong đó, BS.CKII Y Blin Adrơng, Trưởng khoa Truyền nhiễm, Bệnh viện Đa khoa vùng Tây Nguyên trình bày báo cáo “Sốt xuất huyết Dengue nặng”; ThS.BS H’Nhi Niê, giảng viên Bộ môn Nhi, Khoa Y Dược báo cáo về tình hình bệnh bạch hầu ở trẻ em.",
			[]string{"Y Blin Adrơng", "H’Nhi Niê"}},
		{"of the same school",
			lead + "Hội thảo có 9 tham luận. ThS Danh Sóc Kha, giảng viên Khoa Nhân học cùng trường, trình bày tham luận về việc ứng dụng công nghệ thực tế ảo.",
			[]string{"Danh Sóc Kha"}},
		{"'trong đó' before the first presenter",
			lead + "Hội thảo có 9 tham luận. Tại hai tiểu ban, các đại biểu tiếp tục nghe nhiều báo cáo, trong đó TS Trần Quang Định (Viện Sử học) trình bày về hệ thống địa bạ Nam Kỳ; ThS Lê Văn An (Viện Nghiên cứu Hán Nôm) giới thiệu văn bản mới.",
			[]string{"Trần Quang Định", "Lê Văn An"}},
		{"a count of papers, then whose, a list after a colon",
			lead + "Hội thảo đã nghe 3 tham luận của các đồng chí: Thượng tá Trần Văn An, Trưởng phòng PC02; Trung tá Bùi Thị Bé, Phó Trưởng phòng PA05; Thiếu tá Cao Văn Cường, Đội trưởng Đội 3.",
			[]string{"Trần Văn An", "Bùi Thị Bé", "Cao Văn Cường"}},
		{"one 'tham luận của' and two presenters joined by 'và'",
			lead + "Tại Hội thảo có 9 tham luận. Nhiều tham luận có chất lượng, tiêu biểu như tham luận của Thượng tá Trần Văn An, Trưởng phòng PC02 và Trung tá Bùi Thị Bé, Phó Trưởng phòng PA05.",
			[]string{"Trần Văn An", "Bùi Thị Bé"}},
		{"an institution, the subject, has a paper",
			lead + "Tại Hội thảo có 9 tham luận. Là đơn vị trực tiếp chiến đấu, Phòng Cảnh sát hình sự Công an tỉnh Bắc Ninh đã có tham luận chia sẻ kinh nghiệm.",
			[]string{"org:Phòng Cảnh sát hình sự Công an tỉnh Bắc Ninh"}},
		{"an opinion among others, whose it was",
			lead + "Tại Hội thảo có 9 tham luận. Nhiều ý kiến tại hội thảo, trong đó có ý kiến của TS Lê Văn Dũng (Học viện Tư pháp), cho rằng cần sửa luật.",
			[]string{"Lê Văn Dũng"}},
		{"the paper of an institution's representative",
			lead + "Tại Hội thảo có 9 tham luận. Ngoài ra, hội thảo còn nghe tham luận của đại diện Công an tỉnh Lạng Sơn về công tác phòng chống ma túy.",
			[]string{"org:Công an tỉnh Lạng Sơn"}},
		{"'cho hay', 'theo chia sẻ của', a 'báo cáo viên'",
			lead + "Tại Hội thảo có 9 tham luận. Trình bày tại hội thảo, Thượng tá Trần Văn An cho hay, tình hình phức tạp. Theo chia sẻ của Trung tá Bùi Thị Bé, Phó Trưởng phòng PA05, tội phạm ngày càng trẻ hóa. Báo cáo viên Lê Văn Dũng, chuyên gia của UNODC, giới thiệu kinh nghiệm quốc tế.",
			[]string{"Trần Văn An", "Bùi Thị Bé", "Lê Văn Dũng"}},
		{"a student for the group; an architect between hyphens",
			lead + "Tại Hội thảo có 9 tham luận. Sinh viên năm thứ tư ngành Y tế công cộng Giàng A Sử, đại diện nhóm trình bày kết quả nghiên cứu. Trong tham luận của mình, kiến trúc sư Ngô Thế Vinh - Phó Chủ tịch Hội Kiến trúc sư Hà Nội - đề xuất coi các dòng sông là trục không gian công cộng.",
			[]string{"Giàng A Sử", "Ngô Thế Vinh"}},
		{"an abbreviated procuracy's paper",
			lead + "Tại Hội thảo có 9 tham luận. Tham luận của VKSND TP.HCM chỉ ra hàng loạt sai sót thường gặp của tòa án cấp sơ thẩm.",
			[]string{"org:Viện kiểm sát nhân dân Thành phố Hồ Chí Minh"}},
		{"a second paper later in the article",
			lead + "TS Phạm Quốc Anh trình bày báo cáo “Chứng cứ điện tử”. TS Lê Văn Hải trình bày tham luận “Hợp tác tư pháp”. Ở phiên 2, TS Phạm Quốc Anh tiếp tục trình bày báo cáo thứ hai “Tịch thu tài sản mã hóa”.",
			[]string{"Phạm Quốc Anh", "Lê Văn Hải", "Phạm Quốc Anh"}},
		{"the same paper again is not another",
			lead + "TS Phạm Quốc Anh trình bày báo cáo “Chứng cứ điện tử”. Theo TS Phạm Quốc Anh, báo cáo “Chứng cứ điện tử” được nhiều đại biểu quan tâm.",
			[]string{"Phạm Quốc Anh"}},
		{"a command's paper",
			lead + "Tham luận của Bộ chỉ huy BĐBP tỉnh Sơn La nêu rõ, địa bàn biên giới có nhiều bản giáp ranh.",
			[]string{"org:Bộ chỉ huy Bộ đội Biên phòng tỉnh Sơn La"}},
		{"papers of the host's staff, listed after gồm",
			lead + "Hội thảo nghe các tham luận của cán bộ Nhà trường, gồm: Thượng tá Phí Mạnh Cường, Trưởng khoa Quân sự; Trung tá Đoàn Thị Huyền, Phó Trưởng phòng Quản lý học viên.",
			[]string{"Phí Mạnh Cường", "Đoàn Thị Huyền"}},
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
		{"a company's abbreviation in parentheses before the verb",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Ở góc độ đơn vị cung ứng dịch vụ thanh toán, ông Nguyễn Quang Huy, Giám đốc Khối Quản trị rủi ro, Công ty cổ phần Thanh toán quốc gia Việt Nam (NAPAS) chia sẻ, hệ thống đã triển khai cảnh báo sớm.",
			[]string{"Nguyễn Quang Huy"}},
		{"a unit's number before 'trình bày báo cáo'",
			lead + "Trung tá, ThS.BS Phí Thị Thu Trang, Phó Chủ nhiệm Khoa Chấn thương chỉnh hình, Bệnh viện TWQĐ 108 trình bày báo cáo “Cố định ngoài trong điều trị gãy xương hở”.",
			[]string{"Phí Thị Thu Trang"}},
		{"discussion opened by the delegates' analysis, position before the rank",
			lead + "Tại Hội thảo, các đại biểu tập trung phân tích nguyên nhân. Phó Trưởng phòng Cảnh sát hình sự (PC02) Công an tỉnh, Trung tá Lò Văn Pấng cho rằng phần lớn đối tượng vi phạm là thanh niên.",
			[]string{"Lò Văn Pấng"}},
		{"according to, after a connective, an abbreviation before the comma",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Còn theo ông Takahashi Kenji, chuyên gia Cơ quan Hợp tác quốc tế Nhật Bản (JICA), dữ liệu quan trắc là điểm nghẽn lớn nhất.",
			[]string{"Takahashi Kenji"}},
		{"a coordinator, an abbreviation and a place before the verb; 'thẳng thắn:' before a quote",
			lead + "Tại diễn đàn có nhiều ý kiến thảo luận. Bà Katrin Hoffmann, Điều phối viên Chương trình Đổi mới đào tạo nghề của Tổ chức Hợp tác quốc tế Đức (GIZ) tại Việt Nam, giới thiệu mô hình đào tạo kép. " +
				"Ông Phạm Hồng Quân, Giám đốc nhân sự Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên (SEVT) thẳng thắn: \"Doanh nghiệp sẵn sàng đào tạo cùng nhà trường\".",
			[]string{"Katrin Hoffmann", "Phạm Hồng Quân"}},
		{"two speakers of one remark; a hyphenated foreign name before a dash",
			lead + "Tại hội thảo có nhiều ý kiến thảo luận. ThS Hồ Đắc Phong (Khoa Du lịch, Trường Đại học Nha Trang) và TS Dương Thị Mai (Ban Quản lý vịnh Nha Trang) cùng cho rằng sức chứa đã vượt ngưỡng. " +
				"Ông Jean-Luc Marchetti - chuyên gia Tổ chức Bảo tồn thiên nhiên quốc tế (IUCN) tại Việt Nam chia sẻ kinh nghiệm thu phí bảo tồn.",
			[]string{"Hồ Đắc Phong", "Dương Thị Mai", "Jean-Luc Marchetti"}},
		{"respectively those of, ending with an institution's representative",
			lead + "Các tham luận được trình bày tại hội thảo lần lượt là của: Thượng tá Huỳnh Tấn Lộc, Phó Trưởng phòng PA08 CA TP Hồ Chí Minh; Thiếu tá Lục Thị Ngọc Bích, Đội trưởng Đội Quản lý cư trú người nước ngoài, PA08 CA tỉnh Bình Dương và đại diện HV ANND.",
			[]string{"Huỳnh Tấn Lộc", "Lục Thị Ngọc Bích", "org:Học viện An ninh nhân dân"}},
		{"presented online; an institution's remark before a semicolon and a paper",
			lead + "Tại phiên toàn thể, GS Kimberly Ann Moss (Đại học Hawaii, Hoa Kỳ) trình bày trực tuyến tham luận “Giáo dục song ngữ cho trẻ em bản địa”. " +
				"Tại Tiểu ban 2, đại diện Sở GD&ĐT tỉnh Cao Bằng chia sẻ kết quả thí điểm dạy song ngữ; TS Triệu Tài Quyên (Trường Đại học Tân Trào) trình bày tham luận về chính sách bồi dưỡng giáo viên.",
			[]string{"Kimberly Ann Moss", "org:Sở Giáo dục và Đào tạo tỉnh Cao Bằng", "Triệu Tài Quyên"}},
		{"items 'title – presenter', a title with a dash of its own",
			lead + "Tại Tiểu ban 1, các tham luận được trình bày gồm:\n\nChuyển di ngôn ngữ Tày – Việt trong lớp học đầu cấp tiểu học – TS Hoàng Thị Sình, Trưởng Bộ môn Ngôn ngữ học;\n\nTư liệu văn hóa dân gian Nùng trong sách giáo khoa song ngữ – ThS Ma Văn Đức (Trường ĐH Khoa học).",
			[]string{"Hoàng Thị Sình", "Ma Văn Đức"}},
		{"medical titles, online reports, 'cập nhật', a presenter in parentheses",
			lead + "Mở đầu phiên, GS Takeshi Yamamoto, Trường Y, Đại học Osaka (Nhật Bản) trình bày trực tuyến báo cáo “Ức chế SGLT2 trong điều trị suy tim”. " +
				"Tiếp đó, BSCKII Phạm Văn Đông, Trưởng khoa Tim mạch, Bệnh viện Đa khoa tỉnh Thái Bình với báo cáo “Can thiệp động mạch vành qua da” cho biết khoa đã can thiệp cho hơn 2.300 người bệnh. " +
				"PGS.TS.BS Ngô Thị Thanh Huyền, Trưởng Bộ môn Nội, Trường Đại học Y Dược Thái Bình cập nhật các khuyến cáo mới về điều trị tăng huyết áp. " +
				"Báo cáo của Khoa Nội tiết, Bệnh viện Đa khoa tỉnh Thái Bình (BSCKI Vũ Thị Thanh Mai trình bày) về “Biến chứng bàn chân” cho thấy gần 18% người bệnh có tổn thương.",
			[]string{"Takeshi Yamamoto", "Phạm Văn Đông", "Ngô Thị Thanh Huyền", "Vũ Thị Thanh Mai"}},
		{"lower-case ranks and positions: after a quote, a representative, an aside with 'từng'",
			lead + "Hội thảo nhận được 30 tham luận. \"Mô phỏng giúp học viên xử lý những tình huống khó\", trung tá, ThS Lò Thị Thu Hiền, phó chủ nhiệm bộ môn Mô phỏng, khoa Hàng hải, chia sẻ khi giới thiệu tham luận về hệ thống mô phỏng. " +
				"Đại diện Bộ Tư lệnh Vùng 4 Hải quân, thượng tá Phan Thanh Tùng, phó tham mưu trưởng vùng, nêu thực tế nhiều thuyền trưởng phải kiêm nhiệm. " +
				"Trung tá Sok Piseth, phó trưởng phòng huấn luyện Bộ Tư lệnh Hải quân Hoàng gia Campuchia, từng tốt nghiệp Học viện Hải quân năm 2012, chia sẻ kinh nghiệm phối hợp tuần tra.",
			[]string{"Lò Thị Thu Hiền", "Phan Thanh Tùng", "Sok Piseth"}},
		{"two papers one after the other, then the presenter by given names; a member school's representative",
			lead + "PGS.TS Đỗ Thị Hương Thảo (Khoa Lịch sử) lần lượt trình bày hai báo cáo: «Châu bản triều Nguyễn» và «Các học giả EFEO» (viết chung với ThS Lưu Văn Khang). Theo PGS Hương Thảo, nhiều bản vẽ là nguồn duy nhất. " +
				"Đại diện Trường ĐH Ngoại ngữ - ĐHQGHN giới thiệu kết quả dự án số hóa từ điển.",
			[]string{"Đỗ Thị Hương Thảo", "Đỗ Thị Hương Thảo", "org:Trường Đại học Ngoại ngữ, Đại học Quốc gia Hà Nội"}},
		{"papers of two people with their units; a position with a dash before a bare name; 'nói' after a quote",
			lead + "Các tham luận của đồng chí Thiếu tá Lê Văn Hào, Phòng Hậu cần Công an tỉnh Bắc Ninh và đồng chí Đại úy, KS Vi Văn Thắng, Phòng Hậu cần Công an tỉnh Lạng Sơn đều phản ánh thực trạng trang thiết bị. " +
				"Tiếp đó, Vụ trưởng Vụ Pháp luật dân sự - kinh tế Đoàn Thị Minh Hạnh cho biết cả nước có 18 trung tâm hòa giải. " +
				"\"Ở Hàn Quốc, thỏa thuận hòa giải thành được công nhận\", GS Lee Sang-hoon, Trường Luật, Đại học Quốc gia Seoul, nói khi chia sẻ kinh nghiệm.",
			[]string{"Lê Văn Hào", "Vi Văn Thắng", "Đoàn Thị Minh Hạnh", "Lee Sang-hoon"}},
		{"a name inside a unit's name is no speaker",
			lead + "Tham luận «Vận dụng tư tưởng của Chủ tịch Hồ Chí Minh» của Phó Chủ nhiệm Khoa Lý luận Mác - Lênin, tư tưởng Hồ Chí Minh, Học viện Quốc phòng, Đại tá, PGS.TS Nguyễn Thị Thu Hương đã thu hút sự quan tâm.",
			[]string{"Nguyễn Thị Thu Hương"}},
		{"a one-sentence paragraph reporting at length is no caption",
			lead + "Hội thảo có 6 tham luận.\n\nThS Phạm Hải Đăng (Phòng Xử lý ảnh viễn thám của Viện) trình bày kết quả ước tính năng suất lúa vụ Đông Xuân tại đồng bằng sông Cửu Long từ chuỗi ảnh vệ tinh kết hợp dữ liệu khí tượng.",
			[]string{"Phạm Hải Đăng"}},
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
		{"paper noun, title, then its author",
			lead + "Nghiên cứu “Hòa nhập cộng đồng” của TS Khúc Thị Thanh Vân, Trưởng khoa Công tác xã hội được trình bày ngay sau đó. " +
				"Tiếp theo, bài trình bày “Văn hóa Tây Nguyên” của TS Y Khuê Niê đã gợi mở nhiều vấn đề.",
			[]string{"Khúc Thị Thanh Vân", "Y Khuê Niê"}},
		{"a study cited, not presented",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Theo nghiên cứu của TS Lê Văn Hùng công bố năm 2019, tỷ lệ này là 8%.",
			nil},
		{"presented by, in the passive",
			lead + "Nghiên cứu của nhóm tác giả Trường Đại học Bách khoa Hà Nội, do TS Đặng Hoàng Anh đại diện trình bày tại Hội thảo, cho thấy bụi mịn tăng. " +
				"Bên cạnh báo cáo của Đại tá Sok Vanna về hợp tác, Hội thảo còn nghe Thượng tá Thạch Thị Sa Rum, Phó Trưởng phòng PC04 trình bày thực trạng.",
			[]string{"Đặng Hoàng Anh", "Sok Vanna", "Thạch Thị Sa Rum"}},
		{"opinions of two presenters",
			lead + "Các ý kiến tham luận của Đại tá Mạc Văn Trung (Học viện Lục quân) và Trung tá, ThS Ninh Thị Hải Yến (Học viện Chính trị) đã làm rõ yêu cầu.",
			[]string{"Mạc Văn Trung", "Ninh Thị Hải Yến"}},
		{"respectively those of",
			lead + "Ba tham luận được trình bày lần lượt là của Thượng tá Y Thanh Kbuôr, Trưởng phòng An ninh nội địa; TS H’Yơn Buôn Yă, Phó Hiệu trưởng Trường Chính trị tỉnh và ông Y Thông Êban, Trưởng Ban Dân tộc tỉnh.",
			[]string{"Y Thanh Kbuôr", "H’Yơn Buôn Yă", "Y Thông Êban"}},
		{"speakers named, then by their given names",
			lead + "Tham gia tọa đàm với vai trò diễn giả có Thượng tá Tôn Thất Hưng, Phó Trưởng phòng; TS Hoàng Thị Bảo Ngọc, giảng viên Khoa Kinh tế và luật sư Mai Đức Đông. " +
				"Ở góc độ kinh tế học, TS Bảo Ngọc cho rằng nhiều người thiếu kiến thức tài chính.",
			[]string{"Tôn Thất Hưng", "Hoàng Thị Bảo Ngọc", "Mai Đức Đông"}},
		{"from a unit, after a connective, an aside, a semicolon",
			lead + "Tại Diễn đàn, 6 tham luận đã được trình bày. Chị Giàng Thị Dua (dân tộc Mông) đến từ Hợp tác xã Dệt thổ cẩm Lao Chải chia sẻ hành trình khởi nghiệp. " +
				"Còn chị Lý Thị Mẩy (dân tộc Dao đỏ), thôn Tả Phìn, kể lại câu chuyện làm du lịch. " +
				"TS Kiều Thị Ngọc Bích (Viện Vật lý địa cầu), trong bài trình bày về mô hình dự báo, chỉ ra khả năng cảnh báo sớm. " +
				"TS Park Jun-ho (Đại học Quốc gia Seoul) so sánh truyền thống khoa cử; TS Đặng Thị Đan Thanh, Học viện Chính trị quốc gia Hồ Chí Minh trình bày về tư tưởng thân dân.",
			[]string{"Giàng Thị Dua", "Lý Thị Mẩy", "Kiều Thị Ngọc Bích", "Park Jun-ho", "Đặng Thị Đan Thanh"}},
		{"a unit's name goes on after \"và\"",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Cùng hướng tiếp cận, TS Tống Thị Đào, Trường Đại học Khoa học xã hội và nhân văn, Đại học Quốc gia Hà Nội giới thiệu kết quả giám định chữ Nôm.",
			[]string{"Tống Thị Đào"}},
		{"a speech that is a paper, a representative heard, a speaker who adds",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Đại tá Lê Văn Ba, Phó Giám đốc Công an tỉnh có bài phát biểu tham luận với nội dung phòng chống ma túy. " +
				"Các đại biểu đã nghe đại diện Công an tỉnh Thanh Hóa trình bày tham luận về phòng chống ma túy. " +
				"Đồng tình với ý kiến trên, ThS Lục Thị Rạng, Trường Chính trị tỉnh Lạng Sơn, bổ sung thêm kinh nghiệm.",
			[]string{"Lê Văn Ba", "org:Công an tỉnh Thanh Hóa", "Lục Thị Rạng"}},
		{"position between dashes",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Bà Trần Thị Khánh – Giám đốc Trung tâm Công tác xã hội – chia sẻ về mô hình hỗ trợ.",
			[]string{"Trần Thị Khánh"}},
		{"speakers after a colon, a position with commas before a semicolon",
			lead + "Tham gia tọa đàm với vai trò diễn giả có: Thiếu tướng Phan Văn Khải, Phó Cục trưởng Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng; TS Mạc Thị Hoài Linh, Trưởng khoa Công tác xã hội, Trường Đại học Lao động – Xã hội; luật sư Trương Văn Tâm (Đoàn Luật sư TP Hà Nội) và anh Hứa Văn Đức, chủ một xưởng mộc ở huyện Hoài Đức (Hà Nội).",
			[]string{"Phan Văn Khải", "Mạc Thị Hoài Linh", "Trương Văn Tâm", "Hứa Văn Đức"}},
		{"speakers listed after a colon",
			lead + "Tọa đàm có sự tham gia của các diễn giả: TS Lê Văn Hùng (Học viện Quốc tế), ThS Trần Thị Mai (Viện Xã hội học) và ông Phan Văn Nam, Giám đốc Công ty An Phát.",
			[]string{"Lê Văn Hùng", "Trần Thị Mai", "Phan Văn Nam"}},
		{"a village elder",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Đóng góp ý kiến tại Hội thảo, già làng Ama Kông (buôn Trí A) chia sẻ câu chuyện vận động thanh niên.",
			[]string{"Ama Kông"}},
		{"an award on a subject goes to a novel's author",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Dịp này, Ban Tổ chức trao Giải thưởng Văn học về đề tài “Vì an ninh Tổ quốc và bình yên cuộc sống” năm 2023; giải A thuộc về tiểu thuyết “Mùa sương” của nhà văn Chu Quang Lĩnh.",
			nil},
		{"a city police written 'Công an TP. X'",
			lead + "Tham luận của Công an TP. Tân An nêu thực trạng mâu thuẫn trong khu dân cư.",
			[]string{"org:Công an Thành phố Tân An"}},
		{"a department of the host police, named alone",
			"Hội thảo phòng chống lừa đảo\n\nSáng 17/10/2024, tại Hội trường Công an tỉnh Quảng Nam, Công an tỉnh Quảng Nam tổ chức hội thảo “Phòng chống lừa đảo trên không gian mạng”. " +
				"Tại hội thảo, các đại biểu đã nghe 6 tham luận. Tham luận của Phòng Tham mưu đề xuất đổi mới hình thức tuyên truyền.",
			[]string{"org:Phòng Tham mưu, Công an tỉnh Quảng Nam"}},
		{"a department of the police that holds the event with another body",
			"Tọa đàm phòng chống mua bán người\n\nSáng 17/10/2024, tại Thanh Hóa, Công an tỉnh Thanh Hóa phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức tọa đàm “Phòng chống mua bán người”. " +
				"Tại tọa đàm, các đại biểu đã nghe 6 tham luận. Tham luận của Phòng Cảnh sát hình sự nêu thủ đoạn của tội phạm.",
			[]string{"org:Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa"}},
		{"painters and musicians, each one's paper on a subject",
			lead + "Ở lĩnh vực âm nhạc, nhạc sĩ Trần Mạnh Hùng, Trưởng Chi hội Âm nhạc trình bày tham luận về ca khúc viết về quê hương. " +
				"Cũng tại tọa đàm, các đại biểu nghe tham luận của họa sĩ Nguyễn Văn Tiến (Chi hội Mỹ thuật) về tranh cổ động và của ông Trần Văn Lịch, Phó Chủ tịch UBND xã Hồng Phong về kinh nghiệm đón văn nghệ sĩ. " +
				"NSNA Đặng Văn Khoa, Trưởng Chi hội Nhiếp ảnh trình bày tham luận về ảnh nông thôn.",
			[]string{"Trần Mạnh Hùng", "Nguyễn Văn Tiến", "Trần Văn Lịch", "Đặng Văn Khoa"}},
		{"a session's chair presents twice, a paper in the passive 'được trình bày bởi', a health centre's report",
			"Hội nghị khoa học tim mạch\n\nSáng 13/7/2024, tại Bắc Giang, Bệnh viện Đa khoa tỉnh tổ chức Hội nghị khoa học “Cập nhật đột quỵ”. Hội nghị gồm 12 báo cáo.\n\n" +
				"Phiên thứ nhất do TS.BS Trần Quốc Hưng, Phó Giám đốc Trung tâm Đột quỵ, Bệnh viện Bạch Mai làm chủ tọa. Báo cáo viên đầu tiên, TS.BS Trần Quốc Hưng cập nhật những tiến bộ mới với báo cáo “Điều trị tái thông”. " +
				"Báo cáo “Tăng huyết áp kháng trị” được trình bày bởi PGS.TS Nguyễn Thị Minh Phương. Bà Phương lưu ý nhiều điều.\n\n" +
				"Mở đầu phiên hai, TS.BS Trần Quốc Hưng tiếp tục trình bày báo cáo thứ hai “Xây dựng mạng lưới cấp cứu đột quỵ”. " +
				"Báo cáo của Trung tâm Y tế huyện Yên Thế giới thiệu mô hình quản lý người bệnh tăng huyết áp.",
			[]string{"Trần Quốc Hưng", "Nguyễn Thị Minh Phương", "Trần Quốc Hưng", "org:Trung tâm Y tế huyện Yên Thế"}},
		{"a paper presented quickly in the discussion",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Tham gia thảo luận, TS Lê Thị Hạnh (Trường Đại học Kinh tế Quốc dân) trình bày nhanh tham luận “Tín dụng cho hợp tác xã nông nghiệp” đã gửi Ban tổ chức.",
			[]string{"Lê Thị Hạnh"}},
		{"a voice in the discussion is no paper",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Tham gia thảo luận, PGS.TS Lã Văn Thịnh, nguyên Phó Viện trưởng Viện Xã hội học cho rằng cần tiếp cận người di cư như một nguồn lực. " +
				"Trong phần thảo luận, ông Thào A Chứ, Chủ tịch UBND xã Pù Nhi nêu ý kiến về chính sách hỗ trợ sinh kế. " +
				"Tham gia ý kiến thảo luận, ông Đoàn Văn Sửu, Chủ tịch Hội Người cao tuổi phường Thanh Xuân Trung cho rằng người cao tuổi cần được hỗ trợ.",
			nil},
		{"a paper printed in the proceedings, not presented",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Ngoài các tham luận trình bày tại hội thảo, nhiều bài viết có giá trị được in trong kỷ yếu, như tham luận “Vai trò của nhà giáo quân đội” của Đại tá, PGS, TS Nguyễn Mạnh Cường, Học viện Quốc phòng. " +
				"Ban Tổ chức còn nhận được tham luận «Bảo đảm quyền bào chữa» của ThS Hồ Văn Lâm, Viện Kiểm sát nhân dân tỉnh Nghệ An; do tác giả không tham dự được, tham luận được in trong tài liệu Hội thảo.",
			nil},
		{"the proceedings also print a committee's paper; an abbreviated front committee is spelled out",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tham luận của Ủy ban MTTQ Việt Nam thành phố Buôn Ma Thuột giới thiệu cách làm giám sát. " +
				"Ngoài các tham luận trình bày trực tiếp, kỷ yếu hội thảo còn in các tham luận gửi đến Ban Tổ chức của Hội Nông dân tỉnh; trong đó có tham luận “Giám sát việc quản lý đất rừng” của Ủy ban MTTQ Việt Nam huyện Ea H'leo.",
			[]string{"org:Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Buôn Ma Thuột"}},
		{"the proceedings also carry a paper; a unit's representative voices an opinion",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Ngoài các tham luận trình bày tại hội thảo, Kỷ yếu hội thảo còn đăng tải nhiều bài viết có giá trị, như tham luận «Động đất yếu và trượt lở đất» của TS Trịnh Thị Hồng (Viện Vật lý địa cầu). " +
				"Đại diện Bộ Chỉ huy Quân sự tỉnh Yên Bái cũng nêu ý kiến về phối hợp lực lượng khi sơ tán dân. Thiếu tá Lò Văn Khu, Trưởng Công an xã cũng tham gia ý kiến về diễn tập. " +
				"PGS.TS Nguyễn Thanh Phương (Trường Đại học Cần Thơ) góp ý nên tính cả chi phí vận chuyển rơm.",
			nil},
		{"an office's name with a comma, its number and its procuracy; two specialties joined by a dash",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tham luận của Phòng Thực hành quyền công tố, kiểm sát xét xử hình sự (Phòng 7) VKSND tỉnh Đắk Lắk nêu những vướng mắc khi bị cáo phản cung. " +
				"Tham luận của Bệnh viện Sản - Nhi tỉnh Trà Vinh chia sẻ kinh nghiệm bố trí nhân viên y tế biết tiếng Khmer.",
			[]string{"org:Phòng Thực hành quyền công tố, kiểm sát xét xử hình sự Viện kiểm sát nhân dân tỉnh Đắk Lắk", "org:Bệnh viện Sản - Nhi tỉnh Trà Vinh"}},
		{"an association of universities and colleges",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tham luận của Hiệp hội các trường đại học, cao đẳng Việt Nam kiến nghị sớm ban hành nghị định về tự chủ.",
			[]string{"org:Hiệp hội các trường đại học, cao đẳng Việt Nam"}},
		{"a body's seat in its name",
			lead + "Tại Hội thảo có 8 tham luận được trình bày. Tham luận của Viện Kiểm sát nhân dân cấp cao tại TP Hồ Chí Minh chỉ ra những vướng mắc trong việc xác định tuổi của bị can.",
			[]string{"org:Viện Kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh"}},
		{"a bank's short name in parentheses, then its branch",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tham luận của Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) Chi nhánh tỉnh Cà Mau thông tin về gói tín dụng xanh.",
			[]string{"org:Ngân hàng Nông nghiệp và Phát triển nông thôn Chi nhánh tỉnh Cà Mau"}},
		{"a department written with a dash",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tham luận của Sở Lao động - Thương binh và Xã hội TP.HCM cho biết thành phố có 2,5 triệu lao động nhập cư.",
			[]string{"org:Sở Lao động - Thương binh và Xã hội Thành phố Hồ Chí Minh"}},
		{"two voices from the floor share one verb",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Tại phần thảo luận, ông Y Blim Knul, Kiểm sát viên VKSND huyện Lắk và Thẩm phán Lưu Thị Ngọc Hà (TAND huyện Cư M’gar) nêu ý kiến về việc bố trí người phiên dịch.",
			nil},
		{"a commune named for a hero; a museum 'của các dân tộc'; the handouts also print a paper",
			lead + "Tại Hội thảo có 7 tham luận được trình bày. Nghệ nhân ưu tú Hoàng Văn Bẩu, Chủ nhiệm Câu lạc bộ Then – đàn tính xã Hoàng Văn Thụ (huyện Bình Gia, tỉnh Lạng Sơn) trình bày tham luận «Truyền dạy Then cho lớp trẻ». " +
				"Tham luận của Bảo tàng Văn hóa các dân tộc Việt Nam giới thiệu bộ sưu tập hơn 300 hiện vật. " +
				"Ngoài các tham luận được trình bày, tài liệu tọa đàm còn in bài viết «Then Nùng ở Cao Bằng» của ThS Mã Thị Hoa (Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng).",
			[]string{"Hoàng Văn Bẩu", "org:Bảo tàng Văn hóa các dân tộc Việt Nam"}},
		{"what the proceedings also gather, or the organisers put into them, was not presented",
			lead + "Tại Hội thảo có 8 tham luận được trình bày. Ngoài các tham luận được trình bày, kỷ yếu hội thảo còn tập hợp nhiều bài viết có giá trị như “Giáo viên người dân tộc Thái ở vùng Tây Bắc” của TS Lường Thị Bích (Trường Đại học Tây Bắc). " +
				"Nhiều bài viết có chất lượng đã được Ban Tổ chức đưa vào Kỷ yếu Hội thảo, trong đó có tham luận “Phối hợp giữa nhà trường và đơn vị thực tập” của Thiếu tá, ThS Triệu Văn Khang (Phòng Cảnh sát giao thông Công an tỉnh Lạng Sơn).",
			nil},
		{"co-authors after a comma in parentheses, the group's paper presented by the second",
			lead + "Tiểu ban 1 nghe các tham luận: “Phát triển văn hóa đọc ở nông thôn Nam Bộ” (ThS Lê Hoài Nam, TS Cao Thị Thu Hà, Học viện Chính trị khu vực II); “Xây dựng văn hóa trong Đảng” (TS Nông Văn Tiến, Phó Hiệu trưởng Trường Chính trị tỉnh Cao Bằng). " +
				"Tham luận của nhóm tác giả Học viện Chính trị khu vực II do TS Cao Thị Thu Hà trình bày cho thấy thư viện xã hoạt động cầm chừng.",
			[]string{"Cao Thị Thu Hà", "Nông Văn Tiến"}},
		{"co-authors after a semicolon in parentheses; the group's paper presented by the second",
			lead + "Hội thảo nghe các tham luận: \"Ứng dụng thiết bị dò tìm sự sống trong cứu nạn\" (Thượng tá, ThS Lê Đức Thủy, Trưởng phòng Hướng dẫn, Cục C07); \"Tổ chức chỉ huy, hiệp đồng lực lượng khi sập đổ tòa nhà cao tầng\" (Đại tá, PGS.TS Đặng Quốc Khánh; Trung tá, ThS Tạ Thị Hoài Thương, Trường Đại học PCCC). " +
				"Tham luận của nhóm tác giả Trường Đại học PCCC do Trung tá, ThS Tạ Thị Hoài Thương trình bày nêu quy trình hiệp đồng.",
			[]string{"Lê Đức Thủy", "Tạ Thị Hoài Thương"}},
		{"a school's namesake, a former and a current position, a commune named Trường, a unit 'thuộc' its body",
			lead + "Tại Hội thảo có 5 tham luận được trình bày. ThS Bế Thị Lan, giảng viên Trường Chính trị Hoàng Đình Giong trình bày tham luận về lồng ghép kiến thức pháp luật. " +
				"Ông Hoàng Văn Sính, nguyên Chánh án Tòa án nhân dân huyện Hà Quảng, hiện là Chi hội trưởng Chi hội Luật gia xã Trường Hà trình bày tham luận «Kinh nghiệm tư vấn pháp luật bằng tiếng Tày». " +
				"Tham luận của Trung tâm Tư vấn pháp luật thuộc Hội Luật gia tỉnh Cao Bằng đánh giá kết quả 5 năm tư vấn lưu động.",
			[]string{"Bế Thị Lan", "Hoàng Văn Sính", "org:Trung tâm Tư vấn pháp luật, Hội Luật gia tỉnh Cao Bằng"}},
		{"a position before the name, its ministry in parentheses",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. Phó Cục trưởng Cục Quản lý nhà và thị trường bất động sản (Bộ Xây dựng) Đào Quang Hiếu cho biết, cả nước đã hoàn thành 88 dự án nhà ở xã hội.",
			[]string{"Đào Quang Hiếu"}},
		{"a presenter for the group of authors, after her position",
			lead + "Tại Hội thảo có 6 tham luận được trình bày. ThS Lê Thị Thanh Huyền, giảng viên Khoa Kinh tế, Trường Đại học Tây Bắc thay mặt nhóm tác giả trình bày tham luận «Nâng cao năng lực bán hàng trực tuyến».",
			[]string{"Lê Thị Thanh Huyền"}},
		{"an Ê Đê woman's name with its prefix written apart",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Kết nối từ điểm cầu phía Nam, Thiếu tá, ThS H' Bim Byă, giáo viên Trường Cao đẳng An ninh nhân dân II trình bày tham luận về dạy tiếng Ê Đê.",
			[]string{"H' Bim Byă"}},
		{"foreign titles in a programme, a Malay name, a scheduled paper whose link failed",
			lead + "Tại Hội thảo, 4 tham luận được trình bày:\n\n" +
				"1. «Đạo luật Dịch vụ số của EU và gợi mở cho ASEAN» - Prof. Dr. Joaquim Pereira (Đại học Coimbra, Bồ Đào Nha)\n" +
				"2. «Digital trade rules in ASEAN» - Assoc. Prof. Nurul Aisyah binti Rahman (Đại học Malaya, Malaysia) - trực tuyến\n" +
				"3. «Circular economy transition in Korea» - Prof. Lee Sang-min (Đại học Yonsei, Hàn Quốc) - trực tuyến\n\n" +
				"Báo cáo của GS Lee Sang-min (Đại học Yonsei, Hàn Quốc) theo kế hoạch được trình bày trực tuyến, song do sự cố đường truyền, Ban Tổ chức đã không thể kết nối; toàn văn báo cáo được in trong Kỷ yếu Hội thảo.",
			[]string{"Joaquim Pereira", "Nurul Aisyah binti Rahman"}},
		{"speaking for a research group is presenting its paper",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Thay mặt nhóm nghiên cứu của Viện Môi trường và tài nguyên (ĐHQG TP.HCM), ThS Phạm Gia Bảo trình bày kết quả mô phỏng cho thấy diện tích ngập tăng.",
			[]string{"Phạm Gia Bảo"}},
		{"names that go on after 'và' in lower case or after a dash",
			lead + "Tham luận của Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam nêu nhiều kiến nghị. Tham luận của Trường Đại học Lao động - Xã hội nêu thực trạng việc làm.",
			[]string{"org:Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam", "org:Trường Đại học Lao động - Xã hội"}},
		{"a historical witness's paper, a speaker who 'đúc rút' lessons",
			lead + "Xúc động nhất tại hội thảo là phần tham luận “Những năm tháng ở Chiến khu Đ” của nhân chứng lịch sử, ông Huỳnh Văn Tám (90 tuổi), nguyên cán bộ Huyện đội Tân Uyên. " +
				"Còn Thượng tá, TS Lê Thanh Bình, giảng viên Khoa Lịch sử Đảng, Trường Sĩ quan Chính trị đã đúc rút bài học về xây dựng thế trận lòng dân.",
			[]string{"Huỳnh Văn Tám", "Lê Thanh Bình"}},
		{"a faculty's long name with a comma and 'và', then the second presenter",
			lead + "Cùng quan tâm đến công tác đào tạo, tham luận của Đại tá, TS Phan Văn Tới, Trưởng khoa Quản lý, giáo dục phạm nhân và thi hành án hình sự, Học viện Cảnh sát nhân dân và Trung tá, ThS Đoàn Thị Ngọc Bích, giảng viên Trường Đại học Cảnh sát nhân dân đều đề xuất đưa nội dung mới.",
			[]string{"Phan Văn Tới", "Đoàn Thị Ngọc Bích"}},
		{"a unit's paper the programme listed, not presented after all",
			lead + "Hội thảo nghe các tham luận: “Bảo vệ dữ liệu cá nhân trong ngân hàng số” của TS Lê Văn Khải, Học viện Ngân hàng; “Phòng ngừa lộ, lọt dữ liệu” của Công an tỉnh Quảng Ninh. " +
				"Riêng tham luận của Công an tỉnh Quảng Ninh, do đơn vị có nhiệm vụ đột xuất nên không trình bày tại Hội thảo, Ban Tổ chức đã đưa vào Kỷ yếu.",
			[]string{"Lê Văn Khải"}},
		{"a position between dashes with 'và' and a comma inside",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Để giảm áp lực lên nguồn nước ngầm, TS Đặng Thanh Lâm - giám đốc Trung tâm Nghiên cứu thủy văn và tài nguyên nước, Viện Khoa học thủy lợi miền Nam - đề xuất xây dựng các hồ điều tiết.",
			[]string{"Đặng Thanh Lâm"}},
		{"a unit's paper 'do lãnh đạo phòng trình bày', its presenter named next by the unit's code",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Tham luận của Phòng Cảnh sát PCCC và cứu nạn, cứu hộ (PC07) Công an TP Hà Nội do lãnh đạo phòng trình bày đã chỉ rõ những khó khăn. " +
				"Thượng tá Nguyễn Quang Vinh, Phó Trưởng phòng PC07 cho biết, toàn thành phố có 190.000 lượt kiểm tra.",
			[]string{"Nguyễn Quang Vinh"}},
		{"a museum's paper",
			lead + "Tham luận của Bảo tàng Công an nhân dân giới thiệu nhiều tư liệu, hiện vật quý về quá trình học tập.",
			[]string{"org:Bảo tàng Công an nhân dân"}},
		{"a forest ranger station's paper",
			lead + "Tham luận của Hạt Kiểm lâm huyện Tu Mơ Rông nêu thực trạng phát dọn thực bì dưới tán rừng.",
			[]string{"org:Hạt Kiểm lâm huyện Tu Mơ Rông"}},
		{"two institutions, the topic after the second",
			lead + "Ngoài ra, Hội thảo còn nghe tham luận của Trường Đại học Phòng cháy chữa cháy và tham luận của Công ty cổ phần Tư vấn An Phát về thực tiễn lắp đặt.",
			[]string{"org:Trường Đại học Phòng cháy chữa cháy", "org:Công ty cổ phần Tư vấn An Phát"}},
		{"an opening phrase that reports a paper",
			lead + "Báo cáo tại Hội thảo, TS Trần Thị Cúc cho biết tỷ lệ tội phạm tăng. Chia sẻ tại tọa đàm, ông Lê Văn Em, Giám đốc Công ty An Phát cho biết doanh nghiệp gặp khó.",
			[]string{"Trần Thị Cúc", "Lê Văn Em"}},
		{"speaker introduced as such",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Diễn giả Ngô Thị Nga chia sẻ kinh nghiệm khởi nghiệp.",
			[]string{"Ngô Thị Nga"}},
		{"one presenter in each clause after a semicolon",
			lead + "Hội thảo đã nghe các báo cáo: TS Hồ Văn Hải (Trường Đại học Vinh) với báo cáo “Biển Đông”; ThS Ích Thị Lan (Viện Sử học) với báo cáo “Lịch sử”.",
			[]string{"Hồ Văn Hải", "Ích Thị Lan"}},
		{"a pupil moved to tell her story is no presenter",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Em Lý Thị Sô Phia, học sinh lớp 11A3 Trường Phổ thông Dân tộc nội trú tỉnh xúc động kể lại lần được thầy cô đến tận nhà động viên.",
			nil},
		{"a student in the audience",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Nhiều sinh viên đặt câu hỏi về tiền ảo. Sinh viên Đoàn Minh Hiếu (lớp B7) chia sẻ, chính em từng bị rủ tham gia.",
			nil},
		{"according to whose view",
			lead + "Tại Hội thảo có 9 tham luận được trình bày. Theo đánh giá của PGS.TS Quan Văn Quý, Trường Đại học Luật Hà Nội, pháp luật còn bất cập.",
			[]string{"Quan Văn Quý"}},
		{"list items: numbered, name first, title without quotes",
			lead + "Các tham luận được trình bày tại Hội thảo, cụ thể:\n\n" +
				"1) “Quy chuẩn về nhà chung cư mini” – Thượng tá, TS. Văn Đức Mạnh, Trưởng khoa Phòng cháy;\n\n" +
				"2) Trung tá, ThS. Bạch Thị Thu Hằng (Cục Cảnh sát PCCC và CNCH): “Kinh nghiệm thẩm duyệt thiết kế”;\n\n" +
				"Nâng cao hiệu quả kiểm soát ma túy tại các cửa khẩu – Trung tá, ThS. Lâm Thị Ngọc Diệp, Khoa Cảnh sát điều tra;",
			[]string{"Văn Đức Mạnh", "Bạch Thị Thu Hằng", "Lâm Thị Ngọc Diệp"}},
		{"numbered items, title without quotes, a hyphen, co-authors after 'và'",
			lead + "Tại Hội thảo, 3 tham luận được trình bày, gồm:\n\n" +
				"1. Mô phỏng tác chiến điện tử trên biển phục vụ huấn luyện - Trung tá, TS Hoàng Văn Sơn, Viện Kỹ thuật Hải quân.\n" +
				"2. Trí tuệ nhân tạo trong phân tích tín hiệu thủy âm - Trung tá, ThS Phan Thanh Tùng và Thiếu tá, KS Lò Thị Ngọc Hân, Khoa Vũ khí.\n" +
				"3. Đổi mới kiểm tra, đánh giá kết quả huấn luyện thực hành - Thiếu tá, ThS Nguyễn Thị Thanh Loan, Phòng Đào tạo.",
			[]string{"Hoàng Văn Sơn", "Phan Thanh Tùng", "Nguyễn Thị Thanh Loan"}},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			got = append(got, presenter(c))
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
	a := mustExtract(t, "text/plain", text)
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

// TestPaperTable reads a table of papers by its column headings, and
// leaves other tables to the text.
func TestPaperTable(t *testing.T) {
	const head = `<html><body><article><h1>Hội thảo khoa học</h1><p>Ngày 24/5/2024, tại Huế, Trường Đại học Kinh tế tổ chức Hội thảo khoa học “Du lịch cộng đồng”. Các tham luận được trình bày tại phiên toàn thể gồm có các tham luận sau đây của các nhà khoa học:</p>`
	tests := []struct {
		name, table string
		want        []string // speaker and title
	}{
		{"authors, units and titles",
			`<table><thead><tr><th>STT</th><th>Tác giả</th><th>Đơn vị</th><th>Tên tham luận</th></tr></thead><tbody>
<tr><td>1</td><td>PGS.TS Trần Văn Hòa</td><td>Trường Đại học Kinh tế, Đại học Huế</td><td>Du lịch cộng đồng và sinh kế</td></tr>
<tr><td>2</td><td>GS Hiroshi Tanaka</td><td>Đại học Ritsumeikan (Nhật Bản)</td><td>Kinh nghiệm của Nhật Bản</td></tr></tbody></table>`,
			[]string{"Trần Văn Hòa|Du lịch cộng đồng và sinh kế", "Hiroshi Tanaka|Kinh nghiệm của Nhật Bản"}},
		{"presenter and report, no unit",
			`<table><tr><td>Người trình bày</td><td>Tên báo cáo</td></tr>
<tr><td>ThS Hoàng Thị Diệu Thúy</td><td>Chuyển đổi số trong quảng bá</td></tr></table>`,
			[]string{"Hoàng Thị Diệu Thúy|Chuyển đổi số trong quảng bá"}},
		{"a proceedings table of contents",
			`<table><tr><th>STT</th><th>Tên bài viết</th><th>Tác giả, đơn vị</th><th>Trang</th></tr>
<tr><td></td><td>Lời giới thiệu</td><td>Ban Biên tập</td><td>5</td></tr>
<tr><td></td><td>Báo cáo đề dẫn Hội thảo</td><td>PGS.TS Lê Quang Hòa – Phó Hiệu trưởng</td><td>7</td></tr>
<tr><td>1</td><td>Hoàn thiện pháp luật hình sự</td><td>TS Nguyễn Thị Kim Yến – Khoa Luật</td><td>19</td></tr>
<tr><td>2</td><td>Thủ đoạn lừa đảo qua ứng dụng đầu tư</td><td>Phòng An ninh mạng và PCTP sử dụng CNC, Công an TP.HCM</td><td>97</td></tr>
<tr><td>3</td><td>Nhận dạng giọng nói giả mạo</td><td>TS Nguyễn Thị Kim Yến (Khoa Luật); ThS Lâm Gia Bảo (Khoa Kỹ thuật hình sự)</td><td>128</td></tr></table>`,
			[]string{"Lê Quang Hòa|keynote|", "Nguyễn Thị Kim Yến|paper|Hoàn thiện pháp luật hình sự",
				"org:Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, Công an Thành phố Hồ Chí Minh|paper|Thủ đoạn lừa đảo qua ứng dụng đầu tư",
				"Nguyễn Thị Kim Yến|paper|Nhận dạng giọng nói giả mạo"}},
		{"list items: authors in bold, unit, title in italics",
			`<ul><li><strong>ThS. Giàng Thị Dợ</strong><br>Trường Phổ thông Dân tộc nội trú tỉnh Lào Cai<br><em>Giữ chân học sinh Mông ở lại trường</em></li>
<li><strong>TS. Hà Văn Thắng, ThS. Cầm Thị Hoa</strong><br>Khoa Chính sách dân tộc, Học viện Dân tộc<br><em>Chính sách cử tuyển sau 20 năm</em></li>
<li><strong>Vụ Giáo dục dân tộc</strong><br>Bộ Giáo dục và Đào tạo<br><em>Đào tạo giáo viên dạy tiếng dân tộc thiểu số</em></li></ul>`,
			[]string{"Giàng Thị Dợ|Giữ chân học sinh Mông ở lại trường", "Hà Văn Thắng|Chính sách cử tuyển sau 20 năm",
				"org:Vụ Giáo dục dân tộc, Bộ Giáo dục và Đào tạo|Đào tạo giáo viên dạy tiếng dân tộc thiểu số"}},
		{"co-authors a line each or after a comma; the text says who presented",
			`<table><tr><th>STT</th><th>Tác giả</th><th>Đơn vị</th><th>Tên tham luận</th></tr>
<tr><td>1</td><td>TS Trần Văn Duy<br>ThS Lê Thị Ngọc Hân</td><td>Khoa Luật Dân sự, Trường ĐH Luật TP.HCM</td><td>Bồi thường thiệt hại do xâm phạm dữ liệu</td></tr>
<tr><td>2</td><td>TS Nguyễn Hoàng Phương Thảo, TS Hồ Quang Huy</td><td>Trường ĐH Kinh tế - Luật</td><td>Nghĩa vụ của nền tảng thương mại điện tử</td></tr>
<tr><td>3</td><td>TS, Thượng tá Đoàn Minh Quân</td><td>Trường ĐH ANND</td><td>Xử lý hình sự hành vi mua bán dữ liệu</td></tr></table>
<p>Đại diện nhóm tác giả Khoa Luật Dân sự, ThS Lê Thị Ngọc Hân trình bày tham luận về bồi thường thiệt hại.</p>`,
			[]string{"Lê Thị Ngọc Hân|Bồi thường thiệt hại do xâm phạm dữ liệu", "Nguyễn Hoàng Phương Thảo|Nghĩa vụ của nền tảng thương mại điện tử",
				"Đoàn Minh Quân|Xử lý hình sự hành vi mua bán dữ liệu"}},
		{"a programme: a session's row, the agenda's rows, an asterisk for the presenter",
			`<table><thead><tr><th>Thời gian</th><th>Nội dung</th><th>Người trình bày</th></tr></thead><tbody>
<tr><td colspan="3">PHIÊN 1: TÀI CHÍNH SỐ – Chủ trì: PGS.TS Ninh Thị Thúy Ngân</td></tr>
<tr><td>8h40 – 8h55</td><td>Phát biểu khai mạc</td><td>PGS.TS Tạ Quang Đôn, Giám đốc Học viện Ngân hàng</td></tr>
<tr><td>10h00 – 10h20</td><td>Tác động của thanh toán di động đến tiếp cận tài chính</td><td>PGS.TS Đàm Thị Thu Trang, Trưởng khoa Ngân hàng</td></tr>
<tr><td>10h20 – 10h40</td><td>Giải lao, chụp ảnh lưu niệm</td><td></td></tr>
<tr><td>10h40 – 11h00</td><td>Mức độ sẵn sàng sử dụng ngân hàng số của người cao tuổi</td><td>TS Đinh Thị Thu Hà, ThS Nguyễn Quang Vũ (*) – Phân viện Phú Yên</td></tr></tbody></table>`,
			[]string{"Đàm Thị Thu Trang|Tác động của thanh toán di động đến tiếp cận tài chính", "Nguyễn Quang Vũ|Mức độ sẵn sàng sử dụng ngân hàng số của người cao tuổi"}},
		{"a table of research tasks: the leader presents, unless another reports for him",
			`<table><tr><th>STT</th><th>Tên nhiệm vụ</th><th>Chủ nhiệm nhiệm vụ</th><th>Cơ quan chủ trì</th></tr>
<tr><td>1</td><td>Tuyển chọn giống lúa chất lượng cao cho vùng cao</td><td>ThS Tẩn Văn Phin</td><td>Trung tâm Giống cây trồng tỉnh</td></tr>
<tr><td>2</td><td>Bảo tồn nguồn gen cây tam thất hoang</td><td>TS Hoàng Văn Páo<br />(Người báo cáo: ThS Vàng Thị Mỷ)</td><td>Trường Cao đẳng Lào Cai</td></tr></table>`,
			[]string{"Tẩn Văn Phin|Tuyển chọn giống lúa chất lượng cao cho vùng cao", "Vàng Thị Mỷ|Bảo tồn nguồn gen cây tam thất hoang"}},
		{"a students' conference: quoted titles, students, the presenter marked (*), the supervisor apart",
			`<ol><li>"Hệ thống giám sát chất lượng không khí trong lớp học"<br>Sinh viên: Phạm Đức Anh, Hoàng Thu Trang (*) – Trường Điện – Điện tử<br>GVHD: TS Lê Quang Vinh</li>
<li>"Mô hình ngôn ngữ nhỏ cho hỏi đáp pháp luật"<br>Sinh viên: Đỗ Minh Quân – Trường Công nghệ Thông tin và Truyền thông<br>GVHD: TS Vũ Thị Hương Giang</li></ol>`,
			[]string{"Hoàng Thu Trang|Hệ thống giám sát chất lượng không khí trong lớp học", "Đỗ Minh Quân|Mô hình ngôn ngữ nhỏ cho hỏi đáp pháp luật"}},
		{"a timetable is not a table of papers",
			`<table><tr><td>Thời gian</td><td>Nội dung</td></tr><tr><td>8h00</td><td>Đón tiếp đại biểu</td></tr></table>`,
			nil},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/html", Body: []byte(head + tt.table + `</article></body></html>`)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			if tt.name == "a proceedings table of contents" {
				got = append(got, presenter(c)+"|"+c.Kind+"|"+c.Title)
			} else {
				got = append(got, presenter(c)+"|"+c.Title)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestCaptionLineBreak: a line break inside a caption is a space, so the
// unit in parentheses after it stays apart from the name.
func TestCaptionLineBreak(t *testing.T) {
	page := `<html><body><article><h1>Tọa đàm Then</h1><p>Ngày 14/3/2025, tại Hà Nội, Viện Văn hóa Nghệ thuật quốc gia Việt Nam tổ chức tọa đàm “Thực hành Then”. Tọa đàm nghe 7 tham luận.</p>
<figure class="photo"><img src="/a.jpg" alt=""><figcaption>TS Đinh Thị Thanh Mai<br>(Học viện Âm nhạc quốc gia Việt Nam) trình bày tham luận về cây đàn tính.</figcaption></figure>
<p>Các đại biểu trao đổi sôi nổi.</p></article></body></html>`
	a := mustExtract(t, "text/html", page)
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Affiliation)
	}
	if want := []string{"Đinh Thị Thanh Mai|Học viện Âm nhạc Quốc gia Việt Nam"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTabTable reads a pasted programme whose cells stand between tabs,
// with session headings inside it, an asterisk for the presenter among
// co-authors, and a row the text says was not presented.
func TestTabTable(t *testing.T) {
	text := "Hội thảo chuyển đổi xanh\n\nNgày 07/6/2025, tại Đà Nẵng, Trường Đại học Kinh tế tổ chức Hội thảo khoa học “Chuyển đổi xanh”.\n\n" +
		"CHƯƠNG TRÌNH TRÌNH BÀY THAM LUẬN\n" +
		"TT\tTên tham luận\tTác giả\tĐơn vị\tGhi chú\n" +
		"PHIÊN TOÀN THỂ (8h45 - 10h30) - Chủ tọa: PGS.TS Lê Hữu Phước\n" +
		"1\tKhung chính sách thúc đẩy chuyển đổi xanh\tTS. Trần Thị Mỹ Hạnh\tViện Nghiên cứu quản lý kinh tế Trung ương\t\n" +
		"2\tThực trạng áp dụng ESG\t\t\t\n" +
		"PHIÊN CHUYÊN ĐỀ (13h30 - 16h30)\n" +
		"3\tKế toán môi trường\tTS. Đinh Hoài Nam\tTrường Đại học Duy Tân\t\n" +
		"4\tKinh tế tuần hoàn trong làng nghề\tThS. Phan Thị Thu Thảo, CN. Nguyễn Văn Bảo (*)\tKhoa Kinh tế\tTrực tuyến\n" +
		"(*) Người trình bày\n\n" +
		"Tại phiên toàn thể, TS Trần Thị Mỹ Hạnh phân tích những điểm nghẽn trong khung chính sách hiện hành. " +
		"Tham luận số 3 của TS Đinh Hoài Nam (Trường Đại học Duy Tân) không được trình bày do tác giả bận công tác đột xuất; Ban Tổ chức đã đưa toàn văn vào kỷ yếu hội thảo.\n"
	a := mustExtract(t, "text/plain", text)
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Title)
	}
	want := []string{"Trần Thị Mỹ Hạnh|Khung chính sách thúc đẩy chuyển đổi xanh", "Nguyễn Văn Bảo|Kinh tế tuần hoàn trong làng nghề"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestPronounTitle gives the title of a sentence whose subject is a
// pronoun to the speaker the sentence before named.
func TestPronounTitle(t *testing.T) {
	const lead = "Hội thảo bảo vệ dữ liệu\n\nSáng 13/7/2023, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo “Bảo vệ dữ liệu cá nhân”. Tại Hội thảo có 9 tham luận được trình bày. "
	tests := []struct{ name, text, want string }{
		{"chị after the speaker's sentence",
			lead + "Chế tài còn chưa đủ sức răn đe – theo Trung tá, ThS Đinh Thị Thu Trang, giảng viên Khoa Luật. Với tham luận “Hoàn thiện pháp luật về bảo vệ dữ liệu”, chị đề xuất sớm xây dựng Luật.",
			"Đinh Thị Thu Trang|Hoàn thiện pháp luật về bảo vệ dữ liệu"},
		{"anh, the paper named after the speaker",
			lead + "Thượng tá, TS Đỗ Minh Khuê cảnh báo dữ liệu đang bị rao bán. Trong tham luận “Nhận diện thủ đoạn mua bán dữ liệu”, anh chỉ ra rằng dữ liệu bị lộ từ nội bộ.",
			"Đỗ Minh Khuê|Nhận diện thủ đoạn mua bán dữ liệu"},
		{"the paper named after the speaker, whose it is",
			lead + "Nhà văn, Thượng tá Hờ A Sùng (Công an tỉnh Điện Biên) kể về những năm tháng bám bản. Bài tham luận “Viết về người chiến sĩ Công an nơi vùng cao” của anh khẳng định người viết phải gắn bó với đồng đội.",
			"Hờ A Sùng|Viết về người chiến sĩ Công an nơi vùng cao"},
		{"another paragraph is another speaker's",
			lead + "Thượng tá, TS Đỗ Minh Khuê cảnh báo dữ liệu đang bị rao bán.\n\nTrong tham luận “Nhận diện thủ đoạn mua bán dữ liệu”, anh chỉ ra rằng dữ liệu bị lộ từ nội bộ.",
			"Đỗ Minh Khuê|"},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			got = append(got, presenter(c)+"|"+c.Title)
		}
		if strings.Join(got, ";") != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestOneContribution reads sentences that report one paper each: its
// presenter, kind, title or academy, and the co-author who is no
// participant. An empty want field is not checked.
func TestOneContribution(t *testing.T) {
	tests := []struct {
		name, text                          string
		presenter, kind, title, academy, co string
	}{
		{"a title after the presenter's position ('với tiêu đề')",
			"Hội thảo quản lý cư trú\n\nSáng 13/7/2023, tại Nghệ An, Công an tỉnh tổ chức Hội thảo “Quản lý cư trú”. Tại Hội thảo có 9 tham luận được trình bày. " +
				"Tham luận của đồng chí Thượng tá Nguyễn Hữu Thắng, Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội với tiêu đề “Khai thác cơ sở dữ liệu dân cư” đã chỉ ra, việc làm sạch dữ liệu là cần thiết.",
			"Nguyễn Hữu Thắng", "", "Khai thác cơ sở dữ liệu dân cư", "", ""},
		{"'giới thiệu báo cáo “T”', a co-author 'đồng tác giả với'",
			"Hội thảo quốc tế nông nghiệp\n\nSáng 13/7/2023, tại Huế, Trường Đại học Nông Lâm tổ chức Hội thảo quốc tế “Nông nghiệp bền vững”. " +
				"Tiếp đó, GS.TS Kenji Nakamura (Đại học Nông nghiệp Tokyo, Nhật Bản) giới thiệu báo cáo “Soil organic carbon dynamics”, là kết quả của 5 năm hợp tác (đồng tác giả với TS. Trần Thị Lệ Hằng, Khoa Nông học).",
			"Kenji Nakamura", "", "Soil organic carbon dynamics", "", "Trần Thị Lệ Hằng"},
		{"'chia sẻ báo cáo “T”' with a colon in the title",
			"Hội thảo nông nghiệp\n\nSáng 13/7/2023, tại Trà Vinh, Trường Đại học Trà Vinh tổ chức Hội thảo “Kinh tế tuần hoàn”. Tại Hội thảo có 9 tham luận được trình bày. " +
				"Đến từ Hà Lan, TS Pieter van der Linden (Đại học Wageningen) chia sẻ báo cáo “Từ phụ phẩm đến tài nguyên: kinh nghiệm tuần hoàn dinh dưỡng”. Ông nhấn mạnh vai trò của chính sách giá carbon.",
			"Pieter van der Linden", "", "Từ phụ phẩm đến tài nguyên: kinh nghiệm tuần hoàn dinh dưỡng", "", ""},
		{"'chia sẻ kinh nghiệm qua bài trình bày “T”'",
			"Hội thảo an ninh đường sắt\n\nSáng 13/7/2023, tại Hà Nội, Trường Đại học Giao thông vận tải tổ chức Hội thảo “An ninh đường sắt đô thị”. Tại Hội thảo có 9 tham luận được trình bày. " +
				"Đến từ Hàn Quốc, ông Kim Jae-won, chuyên gia Tổng công ty Đường sắt Hàn Quốc (KORAIL) chia sẻ kinh nghiệm qua bài trình bày “Quản lý đám đông tại nhà ga giờ cao điểm: kinh nghiệm của Seoul”.",
			"Kim Jae-won", "", "Quản lý đám đông tại nhà ga giờ cao điểm: kinh nghiệm của Seoul", "", ""},
		{"a foreign expert 'chuyên gia của JICA' before 'trình bày tham luận'",
			"Hội thảo cảnh sát cộng đồng\n\nSáng 13/7/2023, tại TP Hồ Chí Minh, Trường Đại học Cảnh sát nhân dân tổ chức Hội thảo “Cảnh sát cộng đồng”. Tại Hội thảo có 9 tham luận được trình bày. " +
				"Ông Tanaka Hiroshi, nguyên Cảnh sát trưởng Sở Cảnh sát tỉnh Shizuoka (Nhật Bản), chuyên gia của JICA trình bày tham luận “Hệ thống Koban ở Nhật Bản”. Theo ông, mỗi trạm Koban phụ trách một khu vực nhỏ.",
			"Tanaka Hiroshi", "", "Hệ thống Koban ở Nhật Bản", "", ""},
		{"'Nhóm tác giả A và B có báo cáo “T”': the first author presents",
			"Hội thảo nông nghiệp\n\nSáng 13/7/2024, tại TP Hồ Chí Minh, Trường Đại học Nông Lâm tổ chức Hội thảo “Nông nghiệp công nghệ cao”. Tại Hội thảo có 9 báo cáo được trình bày. " +
				"Nhóm tác giả ThS Huỳnh Thị Thanh Mai và PGS.TS Trương Văn Đạt (Khoa Nông học) có báo cáo “Ảnh hưởng của than sinh học”. Đại diện nhóm, ThS Thanh Mai cho biết đất giữ nước tốt hơn.",
			"Huỳnh Thị Thanh Mai", "", "Ảnh hưởng của than sinh học", "", "Trương Văn Đạt"},
		{"'“T” (ThS A và ThS B, Khoa X)': A presents with the unit",
			"Hội thảo chứng cứ điện tử\n\nSáng 13/7/2023, tại Hà Nội, Trường Đại học Kiểm sát Hà Nội tổ chức Hội thảo “Chứng cứ điện tử”. Tại Hội thảo có 9 tham luận được trình bày. " +
				"Bàn về thuộc tính của chứng cứ điện tử, tham luận “Tính xác thực của dữ liệu điện tử” (ThS Lương Thị Hằng và ThS Đào Minh Đức, Khoa Kiểm sát hình sự) cho rằng, dữ liệu chỉ có giá trị khi bảo đảm chuỗi lưu giữ.",
			"Lương Thị Hằng", "", "", "Trường Đại học Kiểm sát Hà Nội", "Đào Minh Đức"},
		{"'trình bày tham luận đề dẫn' is the keynote",
			"Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện An ninh nhân dân tổ chức Hội thảo khoa học “Phòng chống tội phạm”. " +
				"Tại Hội thảo có 9 tham luận. Đại tá, PGS.TS Trần Văn An, Giám đốc Học viện trình bày tham luận đề dẫn.",
			"", corpus.KindKeynote, "", "", ""},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(a.Contributions) != 1 {
			t.Errorf("%s: contributions %+v, want one", tt.name, a.Contributions)
			continue
		}
		c := a.Contributions[0]
		for _, check := range []struct{ got, want string }{{presenter(c), tt.presenter}, {c.Kind, tt.kind}, {c.Title, tt.title}, {c.Academy, tt.academy}} {
			if check.want != "" && check.got != check.want {
				t.Errorf("%s: %q, want %q (contribution %+v)", tt.name, check.got, check.want, c)
			}
		}
		for _, p := range a.People {
			if tt.co != "" && p.Name == tt.co {
				t.Errorf("%s: the co-author is among the people as %q", tt.name, p.Role)
			}
		}
	}
}

// TestListItems reads lists of papers written as text: items that are a
// quoted title with the presenter or institution in parentheses, and
// items "“T” do X (org) trình bày" or "“T” của nhóm tác giả A, B".
func TestListItems(t *testing.T) {
	const lead = "Hội thảo du lịch cộng đồng\n\nSáng 13/7/2023, tại Quảng Ninh, Trường Đại học Hạ Long tổ chức Hội thảo “Du lịch cộng đồng”. "
	tests := []struct {
		name, text string
		want       []string
	}{
		{"title, then the presenter in parentheses, an item a paragraph",
			"Hội thảo nghe các tham luận:\n\n“Hát then đàn tính của người Tày” (bà Hoàng Thị Nhình, Chủ nhiệm Câu lạc bộ hát then – đàn tính xã Hoành Mô, huyện Bình Liêu);\n\n“Thiết kế tour trải nghiệm” (ThS Đặng Thị Mai Phương, giảng viên Khoa Du lịch);\n\n“Vai trò của hợp tác xã” (Ủy ban nhân dân huyện Tiên Yên).",
			[]string{"Hoàng Thị Nhình|Hát then đàn tính của người Tày", "Đặng Thị Mai Phương|Thiết kế tour trải nghiệm", "org:Ủy ban nhân dân huyện Tiên Yên|Vai trò của hợp tác xã"}},
		{"numbered items '“T” của X', an institution's among them",
			"Tại hội thảo, đại biểu đã nghe 3 tham luận:\n\n1. “Công tác tạo nguồn cán bộ ở cấp xã” của Ban Tổ chức Tỉnh ủy;\n\n2. “Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở” của ThS Siu H'Mai, giảng viên Khoa Dân vận;\n\n3. “Đào tạo cán bộ nữ người dân tộc thiểu số” của ThS Trần Thị Diệu Hoà, Trưởng khoa Lý luận cơ sở.",
			[]string{"org:Ban Tổ chức Tỉnh ủy|Công tác tạo nguồn cán bộ ở cấp xã", "Siu H'Mai|Bồi dưỡng kỹ năng dân vận cho cán bộ cơ sở", "Trần Thị Diệu Hoà|Đào tạo cán bộ nữ người dân tộc thiểu số"}},
		{"bullets, 'Đề tài', 'bạn X', a supervisor who did not present",
			"Hội thảo nghe các báo cáo:\n\n🔹 Đề tài “Hệ thống cảnh báo ngập” – bạn Đinh Gia Bảo (K22, Khoa Khoa học và Kỹ thuật Máy tính);\n\n🔹 Đề tài “Bê tông thấm nước” của nhóm sinh viên Khoa Kỹ thuật Xây dựng (GVHD: TS. Phùng Văn Lâm), đại diện trình bày là sinh viên Lê Minh Khôi (K21);",
			[]string{"Đinh Gia Bảo|Hệ thống cảnh báo ngập", "Lê Minh Khôi|Bê tông thấm nước"}},
		{"'do X trình bày', a group of authors",
			"Các tham luận gồm: “Chuỗi giá trị chè” do TS Đào Thanh Tùng (Trường Đại học Kinh tế) trình bày; “Ứng dụng chế phẩm sinh học” của nhóm tác giả ThS Triệu Thị Mai, PGS.TS Nguyễn Văn Tâm (Viện Khoa học sự sống).",
			[]string{"Đào Thanh Tùng|Chuỗi giá trị chè", "Triệu Thị Mai|Ứng dụng chế phẩm sinh học"}},
		{"'gồm tham luận của:', institutions between people, a K'Ho name of one word",
			"Hội thảo đã nghe 5 tham luận, gồm tham luận của: ông Đinh Văn Thủy (Giám đốc Hợp tác xã Xuân Hòa); Hội Nông dân huyện Lâm Hà; ông K'Brêm (Chủ tịch Hội Nông dân xã Đinh Trang Hòa); Trung tâm Khuyến nông tỉnh; ThS. Lê Thị Thùy Dung (Trường Đại học Đà Lạt).",
			[]string{"Đinh Văn Thủy|", "org:Hội Nông dân huyện Lâm Hà|", "K'Brêm|", "org:Trung tâm Khuyến nông tỉnh|", "Lê Thị Thùy Dung|"}},
		{"singular 'tham luận của' before units and a person, one unit's presenter named later",
			"Các đại biểu đã nghe tham luận của Công an xã Cẩm Vũ, Công an xã Lương Điền, Tổ bảo vệ ANTT thôn Quý Dương (xã Tân Trường) và đồng chí Đinh Văn Lực, Tổ trưởng Tổ bảo vệ ANTT khu dân cư số 3.\n\nTham luận của Công an xã Lương Điền do đồng chí đại úy Đỗ Minh Tâm, Trưởng Công an xã trình bày nêu cách làm mới.",
			[]string{"org:Công an xã Cẩm Vũ|", "Đỗ Minh Tâm|", "org:Tổ bảo vệ an ninh trật tự thôn Quý Dương (xã Tân Trường)|", "Đinh Văn Lực|"}},
		{"a position before a name inside a semicolon list, a rank in lower case",
			"Tại Hội thảo, các đại biểu đã nghe 5 tham luận của: Đại tá, TS Nguyễn Quang Vịnh, Trưởng khoa Quản lý hành chính, Trường Đại học CSND; Trưởng phòng PC06 Công an tỉnh Bình Dương, Thượng tá Lâm Văn Khánh; Phòng PC06, Công an tỉnh Đồng Nai; thượng tá Kiều Văn Toản, Phó Trưởng Công an huyện Cần Giờ (Công an TP Hồ Chí Minh) và Thiếu tá Ngô Thị Thùy Linh, Đội trưởng Đội Cảnh sát quản lý hành chính, Công an TP Thủ Dầu Một (Bình Dương).",
			[]string{"Nguyễn Quang Vịnh|", "Lâm Văn Khánh|", "org:Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Đồng Nai|", "Kiều Văn Toản|", "Ngô Thị Thùy Linh|"}},
		{"a place in parentheses inside a position, a position before the last name after 'và'",
			"Tại hội thảo, đại biểu đã nghe 4 tham luận, gồm các tham luận của: Ban Tuyên giáo Huyện ủy Mỹ Xuyên; ông Sơn Thành Lợi, báo cáo viên cơ sở xã Lâm Kiết (huyện Thạnh Trị); ThS Huỳnh Văn Toàn, giảng viên Trường Cao đẳng Cộng đồng Sóc Trăng và Bí thư Tỉnh đoàn Trương Minh Khoa.",
			[]string{"org:Ban Tuyên giáo Huyện ủy Mỹ Xuyên|", "Sơn Thành Lợi|", "Huỳnh Văn Toàn|"}},
		{"titles first, then an institution's paper on a subject last",
			"Các tham luận còn lại của phiên gồm: “Bảo hiểm xã hội tự nguyện: rào cản và giải pháp” của NCS Lê Minh Đức (NEU); “Tiếp cận giáo dục của con em lao động di cư” của TS Phạm Thị Hồng Vân (Viện Khoa học xã hội vùng Nam Bộ) và tham luận của Liên đoàn Lao động tỉnh Bình Dương về hoạt động chăm lo đời sống cho đoàn viên.",
			[]string{"Lê Minh Đức|Bảo hiểm xã hội tự nguyện: rào cản và giải pháp", "Phạm Thị Hồng Vân|Tiếp cận giáo dục của con em lao động di cư", "org:Liên đoàn Lao động tỉnh Bình Dương|"}},
		{"a unit's paper in a list of titles, read by its deputy",
			"Hội thảo nghe các tham luận: “Rèn luyện bản lĩnh chính trị cho học viên” của Thượng tá, TS Lò Thị Mai, Học viện An ninh nhân dân; “Vai trò của tổ chức Đoàn trong giáo dục lý tưởng” của Ban Thanh niên CAND do Trung tá Đào Anh Tuấn, Phó Trưởng ban trình bày; “Phát huy vai trò của cán bộ quản lý học viên” của Trường Đại học Phòng cháy chữa cháy.",
			[]string{"Lò Thị Mai|Rèn luyện bản lĩnh chính trị cho học viên", "Đào Anh Tuấn|Vai trò của tổ chức Đoàn trong giáo dục lý tưởng", "org:Trường Đại học Phòng cháy chữa cháy|Phát huy vai trò của cán bộ quản lý học viên"}},
		{"a group's paper presented 'thay mặt nhóm', two papers of 'các tham luận của A về … và của B về …'",
			"Tham luận “Tài chính xanh cho chuyển dịch năng lượng” của nhóm tác giả PGS.TS Hà Văn Sơn, ThS Đỗ Minh Khuê (Viện Kinh tế Việt Nam và Thế giới) do ThS Đỗ Minh Khuê thay mặt nhóm trình bày cho thấy tín dụng xanh còn ít. " +
				"Các tham luận của TS Lê Hoàng Yến (Học viện Chính sách và Phát triển) về công cụ định giá carbon và của ThS Phan Đức Anh (Viện Năng lượng) về phát triển lưới điện thông minh cũng nhận được nhiều ý kiến trao đổi.",
			[]string{"Đỗ Minh Khuê|Tài chính xanh cho chuyển dịch năng lượng", "Lê Hoàng Yến|", "Phan Đức Anh|"}},
		{"two institutions one after the other between people",
			"Tại hội thảo, các đại biểu đã nghe 5 tham luận của: PGS.TS Trần Văn Sáng, Khoa Lịch sử, Trường Đại học Khoa học; ThS Hồ Xuân Tịnh, Phó Giám đốc Bảo tàng tỉnh; Phòng Văn hóa và Thông tin huyện Hướng Hóa; UBND huyện Đakrông; nghệ nhân ưu tú Hồ Văn Hiên (xã Hướng Phùng).",
			[]string{"Trần Văn Sáng|", "Hồ Xuân Tịnh|", "org:Phòng Văn hóa và Thông tin huyện Hướng Hóa|", "org:Ủy ban nhân dân huyện Đakrông|", "Hồ Văn Hiên|"}},
		{"a unit and its parent after a singular 'tham luận của' are one paper, not two",
			"Hội thảo nghe tham luận của Phòng Cảnh sát hình sự, Công an tỉnh Hải Dương về phòng ngừa tội phạm.",
			[]string{"org:Phòng Cảnh sát hình sự, Công an tỉnh Hải Dương|"}},
		{"a unit's code in parentheses before its parent, 'các' in a name",
			"Các đại biểu nghe các tham luận của Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05) Công an thành phố Hải Phòng và Công an tỉnh Bắc Giang.\n\nTham luận của Ban Quản lý các KCN Bình Dương cho biết toàn tỉnh có 29 KCN.",
			[]string{"org:Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an thành phố Hải Phòng|", "org:Công an tỉnh Bắc Giang|", "org:Ban Quản lý các KCN Bình Dương|"}},
		{"co-authors, then 'do X trình bày': X presents",
			"Tham luận “Thu giữ chứng cứ điện tử” của Thiếu tá, ThS Trần Minh Quân và Đại úy, ThS Lục Thị Thu Hà (Khoa Kỹ thuật nghiệp vụ) do Đại úy Lục Thị Thu Hà trình bày đã chỉ ra nhiều sai sót.",
			[]string{"Lục Thị Thu Hà|Thu giữ chứng cứ điện tử"}},
		{"'các Sở X A, B, C': one office in each province; later mentions of the same offices, one presenter",
			"Hội thảo đã nghe tham luận của các Sở GD&ĐT Hà Giang, Đà Nẵng, Đồng Tháp và Trường ĐH Sư phạm (Đại học Huế) về ngân hàng câu hỏi.\n\nTham luận của Sở GD&ĐT Hà Giang chỉ ra khó khăn của vùng cao. Trình bày tham luận của Sở GD&ĐT Đồng Tháp, ông Lê Văn Nhân – Phó Giám đốc Sở – cho biết ngân hàng câu hỏi có 25.000 câu. Tham luận của Trường ĐH Sư phạm đề xuất học phần mới.",
			[]string{"org:Sở Giáo dục và Đào tạo tỉnh Hà Giang|", "org:Sở Giáo dục và Đào tạo thành phố Đà Nẵng|", "Lê Văn Nhân|", "org:Trường Đại học Sư phạm (Đại học Huế)|"}},
		{"co-authors of a group before 'do X trình bày'; an official praising the papers presents none",
			"Tham luận của nhóm tác giả TS Phan Đức Lâm và ThS Chu Thị Ngọc Anh (Viện Nhà nước và Pháp luật) do ThS Chu Thị Ngọc Anh trình bày đề cập đến trách nhiệm giải trình.\n\nPhát biểu tại Hội thảo, đồng chí Đinh Thị Hậu, Phó Vụ trưởng Vụ Địa phương I, Ban Tổ chức Trung ương đánh giá cao chất lượng các tham luận.",
			[]string{"Chu Thị Ngọc Anh|"}},
		{"a monk, a keynote 'do' a position and a name, 'TP. HCM' inside a position",
			"Báo cáo đề dẫn do Phó Giám đốc Sở VHTTDL Nguyễn Thanh Tùng trình bày cho biết nhiều giá trị văn hóa đang mai một.\n\nPGS.TS Lê Minh Hải, Trưởng khoa Nhân học, Trường ĐH KHXH&NV TP. HCM với tham luận “Văn hóa tộc người” cho rằng lớp trẻ ít tham gia.\n\nĐại đức Chau Sóc Khên, trụ trì chùa Khmer Hòa Hiệp có tham luận “Chùa Khmer - nơi lưu giữ văn hóa”.",
			[]string{"Nguyễn Thanh Tùng|", "Lê Minh Hải|Văn hóa tộc người", "Chau Sóc Khên|Chùa Khmer - nơi lưu giữ văn hóa"}},
		{"a given name that is a role's first word; 'BSCKII.' with a dot",
			"Đó là nhận định của Thượng tá, TS. Nguyễn Văn Trưởng, Phó Trưởng khoa Cảnh sát giao thông trong tham luận “Dữ liệu lớn và tai nạn giao thông”.\n\nMở đầu phiên, BSCKII. Lê Thị Khoa, Trưởng khoa Khám bệnh, Trung tâm Y tế huyện A Lưới trình bày báo cáo “Quản lý tăng huyết áp tại cộng đồng”.",
			[]string{"Nguyễn Văn Trưởng|Dữ liệu lớn và tai nạn giao thông", "Lê Thị Khoa|Quản lý tăng huyết áp tại cộng đồng"}},
		{"a village elder ('người có uy tín') presents; another asks from the floor",
			"Ở tuyến biển, ông Quảng Đại Phước (dân tộc Chăm), người có uy tín thôn Từ Thiện trình bày tham luận về vai trò của người có uy tín.\n\nỞ phần thảo luận, bà Mah Ri Dah, người có uy tín ấp Tân Trung (xã Tân Hưng) đề nghị mở thêm lớp dạy nghề dệt.",
			[]string{"Quảng Đại Phước|"}},
		{"a paper sent but not presented; a point raised from the floor",
			"Tham luận “Chuyển đổi số và an ninh dữ liệu” của PGS.TS. Lương Thanh Tùng, Trường Đại học Công nghệ gửi tới Hội thảo được đánh giá cao; do tác giả bận công tác, tham luận không trình bày trực tiếp mà được in trong Kỷ yếu.\n\nĐại tá Hà Văn Sinh trình bày tham luận “Quốc phòng số”.\n\nTại phần thảo luận, Đại tá, TS. Phạm Văn Lực (Học viện Kỹ thuật quân sự) đặt vấn đề về an toàn thông tin.",
			[]string{"Hà Văn Sinh|Quốc phòng số"}},
		{"'các tham luận của A (org) về “T” và B (org) về …'",
			"Phiên 2 do PGS.TS. Đoàn Minh Khải, Trưởng khoa Chính trị quốc tế điều hành, với các tham luận của TS. Rebecca Hollings (Đại học Quốc gia Australia) về “Minilateralism and ASEAN” và GS. Sato Kenji (Đại học Keio, Nhật Bản) về chương trình hỗ trợ an ninh của Nhật Bản.",
			[]string{"Rebecca Hollings|Minilateralism and ASEAN", "Sato Kenji|"}},
		{"a discussion opened at the head of the paragraph, a request later in it",
			"ThS Nguyễn Hải Đăng trình bày tham luận “Năng lượng trong sách giáo khoa”.\n\nTại phần thảo luận, nhiều đại biểu quan tâm đến cơ chế thanh toán bảo hiểm y tế. BS. Nguyễn Văn Bình (Trung tâm Y tế huyện Phú Vang) đề nghị sớm ban hành danh mục dịch vụ.",
			[]string{"Nguyễn Hải Đăng|Năng lượng trong sách giáo khoa"}},
		{"a military unit's paper, its division in parentheses",
			"Tham luận của Trung đoàn Không quân 927 (Sư đoàn 371) đề cập kinh nghiệm huấn luyện phi công trẻ.",
			[]string{"org:Trung đoàn Không quân 927 (Sư đoàn 371)|"}},
		{"a craft's honour before the name, a verb of pondering after the position",
			"“Ca Huế sinh ra trong không gian nhỏ”. Nghệ nhân ưu tú Tôn Nữ Minh Hạnh, Chủ nhiệm Câu lạc bộ ca Huế Hương Giang trăn trở như vậy khi trình bày tham luận “Không gian diễn xướng của ca Huế”.",
			[]string{"Tôn Nữ Minh Hạnh|Không gian diễn xướng của ca Huế"}},
		{"an elder's people in parentheses, then his position; a request from the floor after the speaker's district",
			"Hội thảo đã nghe 9 tham luận. Mở đầu phần tham luận, già làng Nông Văn Slằn (dân tộc Tày), người có uy tín ở xóm Nà Ngần, xã Lý Quốc, huyện Hạ Lang (Cao Bằng) chia sẻ kinh nghiệm vận động bà con.\n\nTại phần trao đổi, ông Sùng Mí Chứ (dân tộc Mông), người có uy tín xã Phố Là, huyện Đồng Văn (Hà Giang) kiến nghị nâng mức hỗ trợ.",
			[]string{"Nông Văn Slằn|"}},
		{"units in a list are not each other's parents",
			"Tại hội thảo, các đại biểu đã nghe 3 tham luận của Phòng Tham mưu, Công an thành phố Tam Kỳ và Công an huyện Núi Thành.",
			[]string{"org:Phòng Tham mưu|", "org:Công an thành phố Tam Kỳ|", "org:Công an huyện Núi Thành|"}},
		{"a quote, then 'Đó là khẳng định của' a rank with a dot before the title, 'khi trình bày tham luận'",
			"“Mỗi cuộc diễn tập là một lần kiểm nghiệm”. Đó là khẳng định của Thượng tá. TS Nguyễn Thị Bích Thủy, giảng viên Khoa Công tác đảng, công tác chính trị, Học viện Chính trị khi trình bày tham luận “Nâng cao chất lượng diễn tập”.",
			[]string{"Nguyễn Thị Bích Thủy|Nâng cao chất lượng diễn tập"}},
		{"a unit and a bank joined by 'và' are two",
			"Các đại biểu đã nghe 3 tham luận của Công an thành phố Hội An, Công an huyện Núi Thành và Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Nam.",
			[]string{"org:Công an thành phố Hội An|", "org:Công an huyện Núi Thành|", "org:Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Nam|"}},
		{"a request in a paragraph that 'Các ý kiến thảo luận' opens",
			"Trung tá Nguyễn Văn Hải trình bày tham luận “Mô phỏng chiến thuật”.\n\nCác ý kiến thảo luận cũng đề cập đến cơ chế đầu tư thiết bị. Thượng tá Lưu Văn Hậu, Phó Chủ nhiệm Khoa Chiến thuật đề nghị xây dựng kho học liệu dùng chung.",
			[]string{"Nguyễn Văn Hải|Mô phỏng chiến thuật"}},
		{"a position ending in 'việc làm' before the name",
			"Giám đốc Trung tâm Dịch vụ việc làm tỉnh Phan Minh Nhựt trình bày tham luận về kết nối cung - cầu lao động.",
			[]string{"Phan Minh Nhựt|"}},
	}
	for _, tt := range tests {
		a, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte(lead + tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			got = append(got, presenter(c)+"|"+c.Title)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
		for _, p := range a.People {
			if p.Name == "Nguyễn Văn Tâm" {
				t.Errorf("%s: the co-author is among the people as %q", tt.name, p.Role)
			}
		}
	}
}

// mustExtract extracts the article from body, sent as contentType, and
// stops the test when extraction fails.
func mustExtract(t *testing.T, contentType, body string) *corpus.Article {
	t.Helper()
	a, err := Extract(Input{URL: "u", ContentType: contentType, Body: []byte(body)})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// presenter names who presented a contribution: the speaker, or "org:"
// and the institution credited.
func presenter(c corpus.Contribution) string {
	if c.Speaker != nil {
		return c.Speaker.Name
	}
	return "org:" + c.Affiliation
}

// TestNextQuote finds a quoted title with its own quotes inside, and a
// title cut by the end of the text.
func TestNextQuote(t *testing.T) {
	tests := []struct{ s, want string }{
		{`tham luận “Nhận diện biểu hiện "tự diễn biến", "tự chuyển hóa" trên không gian mạng”, Đại tá X`,
			`Nhận diện biểu hiện "tự diễn biến", "tự chuyển hóa" trên không gian mạng`},
		{`tham luận “An ninh mạng" của Đại tá X`, `An ninh mạng`},
		{`tham luận «Kinh tế biển» của TS Y`, `Kinh tế biển`},
		{`tham luận “Vận dụng phương châm “dân vận khéo” trong công tác”, Trung tá X`, `Vận dụng phương châm “dân vận khéo” trong công tác`},
		{`tham luận “Dân vận khéo” và “Dân vận giỏi”`, `Dân vận khéo`},
		{`tham luận "Phòng, chống ma túy" của TS Z`, `Phòng, chống ma túy`},
		{`tham luận “Chuyển đổi số`, `Chuyển đổi số`},
		{`không có tên`, ``},
	}
	for _, tt := range tests {
		open, start, end, _ := nextQuote(tt.s, 0)
		got := ""
		if open >= 0 {
			got = tt.s[start:end]
		}
		if got != tt.want {
			t.Errorf("nextQuote(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestCaptionNamesRepresentative credits a paper the text gives to an
// institution's representative to the person a caption below names with
// a position in that institution.
func TestCaptionNamesRepresentative(t *testing.T) {
	page := `<html><body><main><h1>Hội thảo về an ninh biên giới trên không gian mạng</h1><span class="time">10/04/2025 19:30</span>` +
		`<div class="content"><p>Sáng 10/4/2025, tại Sơn Tây, Học viện Biên phòng tổ chức Hội thảo khoa học “Bảo vệ chủ quyền trên không gian mạng”. Hội thảo nhận được 46 bài tham luận.</p>` +
		`<p>Đại diện Bộ Chỉ huy BĐBP tỉnh Quảng Trị trình bày tham luận về thực tiễn đấu tranh với các đối tượng lợi dụng mạng xã hội.</p>` +
		`<figure><img src="a.jpg" alt=""><figcaption>Thượng tá Hồ Văn Lanh, Phó Chính ủy BĐBP tỉnh Quảng Trị trình bày tham luận tại Hội thảo.</figcaption></figure>` +
		`<p>Cũng tại Hội thảo, đại diện Bộ Tư lệnh Tác chiến không gian mạng (Bộ Tư lệnh 86) chia sẻ kinh nghiệm phối hợp. Trung tá, ThS Y Khoa Niê, Chính trị viên Đồn Biên phòng Cửa khẩu quốc tế Bu Prăng trình bày tham luận về chuyển đổi số.</p></div></main></body></html>`
	a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c))
	}
	if want := []string{"Hồ Văn Lanh", "org:Bộ Tư lệnh Tác chiến không gian mạng", "Y Khoa Niê"}; !slices.Equal(got, want) {
		t.Errorf("contributions %q, want %q", got, want)
	}
}

// TestCaptionIntroducesSpeaker reads a speaker whom the lead picture's
// caption introduces in full and the text names only by rank and given
// name: one contribution, with the caption's position.
func TestCaptionIntroducesSpeaker(t *testing.T) {
	page := `<html><body><main><h1>Trẻ bị dụ dỗ qua game online</h1><span class="time">22/04/2025 19:30</span>` +
		`<h2 class="sapo">Chiều 22/4, tại TP.HCM, Báo Thanh Niên tổ chức tọa đàm 'Bảo vệ trẻ em trên không gian mạng'.</h2>` +
		`<figure><img src="a.jpg" alt=""><figcaption>Thượng tá Nguyễn Hữu Phước, phó trưởng Phòng An ninh mạng, Công an TP.HCM chia sẻ tại tọa đàm. ẢNH: ĐỘC LẬP</figcaption></figure>` +
		`<div class="content"><p>Mở đầu phần trao đổi, MC Quỳnh Như đặt câu hỏi về các thủ đoạn tiếp cận trẻ em.</p>` +
		`<p>Thượng tá Phước cho biết, năm 2024, lực lượng chức năng tiếp nhận gần 1.200 vụ việc liên quan đến trẻ em trên không gian mạng.</p>` +
		`<p>Dưới góc nhìn tâm lý, TS Hồ Thị Ngọc Trinh, giảng viên Khoa Tâm lý học, Trường ĐH Sư phạm TP.HCM, phân tích nhu cầu được lắng nghe của trẻ.</p></div></main></body></html>`
	a, err := Extract(Input{URL: "https://example.test/a", ContentType: "text/html", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c))
	}
	if want := []string{"Nguyễn Hữu Phước", "Hồ Thị Ngọc Trinh"}; !slices.Equal(got, want) {
		t.Errorf("contributions %q, want %q", got, want)
	}
	if len(a.Contributions) > 0 && a.Contributions[0].Speaker != nil && a.Contributions[0].Speaker.Rank != "Thượng tá" {
		t.Errorf("rank %q, want the caption's Thượng tá", a.Contributions[0].Speaker.Rank)
	}
}

func TestAnotherPaper(t *testing.T) {
	for _, tc := range []struct {
		lower string
		want  bool
	}{
		{"ts a trình bày báo cáo thứ hai về an ninh mạng", true},
		{"một tham luận khác của thiếu tá b", true},
		{"bài thứ 3 nói về", true},
		{"sau đó, ông tiếp tục trình bày", true},
		{"thứ hai, cần nâng cao năng lực", false},
		{"các đơn vị khác cùng tham dự", false},
		{"báo cáo thứ trưởng", false},
		{"", false},
	} {
		if got := anotherPaper(tc.lower); got != tc.want {
			t.Errorf("anotherPaper(%q) = %v, want %v", tc.lower, got, tc.want)
		}
	}
}

// TestTitlePlacement finds a paper's title where reporters put it away
// from the paper keyword, and gives each paper to its presenter.
func TestTitlePlacement(t *testing.T) {
	const lead = "Hội thảo khoa học\n\nSáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”. "
	tests := []struct {
		name, text string
		want       []string // presenter|academy|kind|title
	}{
		{"title after the presenter in the passive",
			lead + "Tham luận của đoàn đại biểu Học viện Chính trị - Hành chính quốc gia Lào do PGS.TS Khamsone Phanthavong, Phó Giám đốc Học viện, trình bày với tựa đề \"Ba mươi năm đào tạo\" khẳng định nhiều kết quả.",
			[]string{"Khamsone Phanthavong|Học viện Chính trị - Hành chính quốc gia Lào|paper|Ba mươi năm đào tạo"}},
		{"a gloss between keynote and title",
			lead + "Mở đầu phiên, báo cáo chính (keynote speech) “Harmonising Cybercrime Laws” của GS. Michael Chen (Đại học Quốc gia Singapore) đã điểm lại quá trình nội luật hóa.",
			[]string{"Michael Chen|Đại học Quốc gia Singapore|keynote|Harmonising Cybercrime Laws"}},
		{"the title before 'là tham luận của'",
			lead + "“Đổi mới phương pháp huấn luyện chiến thuật” là tham luận của Đại tá, TS Trương Quang Vinh, Chủ nhiệm Khoa Chiến thuật, Học viện Quốc tế. Theo Đại tá Trương Quang Vinh, cần giảm thời lượng.",
			[]string{"Trương Quang Vinh|Học viện Quốc tế|paper|Đổi mới phương pháp huấn luyện chiến thuật"}},
		{"titles in bold, a name in bold",
			"<html><body><article><h1>Hội thảo khoa học</h1><p>Sáng 13/7/2023, tại Hà Nội, Học viện Quốc tế tổ chức Hội thảo “Hợp tác quốc tế”.</p>" +
				"<p>Với tham luận <strong>Ứng dụng công nghệ mô phỏng trong huấn luyện chiến thuật cấp trung đội</strong>, Thượng tá, ThS Lâm Văn Tiến, giảng viên Học viện Quốc tế cho rằng mô phỏng giúp tiết kiệm.</p>" +
				"<p><strong>Đại tá, TS Nguyễn Văn Bình, Phó Giám đốc Học viện Quốc tế</strong> phát biểu khai mạc Hội thảo.</p></article></body></html>",
			[]string{"Lâm Văn Tiến|Học viện Quốc tế|paper|Ứng dụng công nghệ mô phỏng trong huấn luyện chiến thuật cấp trung đội"}},
		{"a group of authors, one presents",
			lead + "Nhóm tác giả Trường Đại học Cảnh sát nhân dân gồm ThS Võ Thị Mỹ Duyên và TS Nguyễn Thanh Tùng có báo cáo “Bảo vệ trẻ em trên mạng”, do ThS Duyên trình bày.",
			[]string{"Võ Thị Mỹ Duyên|Trường Đại học Cảnh sát nhân dân|paper|Bảo vệ trẻ em trên mạng"}},
	}
	for _, tt := range tests {
		typ := "text/plain"
		if strings.HasPrefix(tt.text, "<html>") {
			typ = "text/html"
		}
		a, err := Extract(Input{URL: "u", ContentType: typ, Body: []byte(tt.text)})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got []string
		for _, c := range a.Contributions {
			got = append(got, presenter(c)+"|"+c.Academy+"|"+c.Kind+"|"+c.Title)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestChanhGivenName: "Chánh" ends a name ("Lê Minh Chánh") and starts a
// position only with its office ("Chánh án", "Chánh Văn phòng").
func TestChanhGivenName(t *testing.T) {
	text := "Diễn đàn nông dân\n\nSáng 13/7/2023, tại Đà Lạt, Hội Nông dân tỉnh tổ chức Diễn đàn “Nông dân số”. " +
		"Tham dự có đồng chí Lê Minh Chánh, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn; đồng chí Chánh án Tòa án nhân dân tỉnh Phạm Quốc Việt. " +
		"Phần đối thoại do đồng chí Lê Minh Chánh điều hành."
	a := mustExtract(t, "text/plain", text)
	var names []string
	for _, p := range a.People {
		names = append(names, p.Name)
	}
	for _, want := range []string{"Lê Minh Chánh", "Phạm Quốc Việt"} {
		if !slices.Contains(names, want) {
			t.Errorf("people %q, want %q among them", names, want)
		}
	}
}

// TestProgrammeStandIn: a programme's items after their time slots, the
// first author presenting, and a paper the text says another presented in
// the listed speaker's place.
func TestProgrammeStandIn(t *testing.T) {
	text := "Hội thảo kinh tế tuần hoàn\n\nSáng 13/7/2023, tại Hà Nội, Trường Đại học Kinh tế Quốc dân tổ chức Hội thảo “Kinh tế tuần hoàn”. Hội thảo nghe các báo cáo theo chương trình:\n\n" +
		"08h40 – 09h00: “Khung pháp lý EPR” – TS Lại Văn Mạnh, Phó Viện trưởng Viện Chiến lược\n\n" +
		"09h00 – 09h20: “Mô hình kinh doanh tuần hoàn” – ThS Phan Thị Hồng Nhung, PGS.TS Vũ Thị Hoài Thu (Trường Đại học Kinh tế Quốc dân)\n\n" +
		"09h20 – 09h40: “Tài chính xanh” – TS Đinh Văn Tuân, Trường Đại học Kinh tế Quốc dân\n\n" +
		"Do TS Đinh Văn Tuân có việc đột xuất, tham luận “Tài chính xanh” được ThS Đoàn Thu Trang (Viện Ngân hàng – Tài chính) trình bày thay."
	a := mustExtract(t, "text/plain", text)
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Title)
	}
	want := []string{"Lại Văn Mạnh|Khung pháp lý EPR", "Phan Thị Hồng Nhung|Mô hình kinh doanh tuần hoàn", "Đoàn Thu Trang|Tài chính xanh"}
	if !slices.Equal(got, want) {
		t.Errorf("contributions %q, want %q", got, want)
	}
	for _, p := range a.People {
		if p.Name == "Vũ Thị Hoài Thu" || p.Name == "Đinh Văn Tuân" {
			t.Errorf("%s is among the people as %q", p.Name, p.Role)
		}
	}
}

// TestSessionList: a session's list of "“Title” – author" items after the
// prose has reported one paper of the same author: a second paper under
// another title; two authors, of whom a caption says the second presented.
func TestSessionList(t *testing.T) {
	body := "<p>Sáng 18/5/2024, tại Hà Nội, Trường Đại học Sư phạm Hà Nội tổ chức Hội thảo “Dạy học tích hợp”.</p>" +
		"<p>PGS.TS Lê Thanh Oai, Phó Trưởng khoa Hóa học với báo cáo “Khung năng lực dạy học tích hợp của giáo viên” đề xuất 5 nhóm năng lực.</p>" +
		"<p>Các báo cáo tại tiểu ban gồm:</p><ul>" +
		"<li>“Thiết kế chủ đề tích hợp cho học sinh lớp 6” – TS Võ Thị Thu Nga, ThS Hồ Đăng Khoa (Trường Đại học Sư phạm - Đại học Đà Nẵng);</li>" +
		"<li>“Xây dựng ngân hàng câu hỏi đánh giá năng lực tìm hiểu tự nhiên của học sinh THCS” – PGS.TS Lê Thanh Oai, Khoa Hóa học.</li></ul>" +
		"<figure><img src=a.jpg><figcaption>ThS Hồ Đăng Khoa trình bày báo cáo tại Tiểu ban 1</figcaption></figure>"
	page := "<html><head><title>Hội thảo dạy học tích hợp</title></head><body><article><h1>Hội thảo dạy học tích hợp</h1>" + body + "</article></body></html>"
	a, err := Extract(Input{URL: "https://hnue.example/tin/1", Body: []byte(page)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c)+"|"+c.Title)
	}
	want := []string{"Lê Thanh Oai|Khung năng lực dạy học tích hợp của giáo viên", "Hồ Đăng Khoa|Thiết kế chủ đề tích hợp cho học sinh lớp 6",
		"Lê Thanh Oai|Xây dựng ngân hàng câu hỏi đánh giá năng lực tìm hiểu tự nhiên của học sinh THCS"}
	if !slices.Equal(got, want) {
		t.Errorf("contributions %q, want %q", got, want)
	}
	for _, p := range a.People {
		if p.Name == "Võ Thị Thu Nga" {
			t.Errorf("the co-author who did not present is among the people as %q", p.Role)
		}
	}
}

// TestNotPeople: someone honoured ("tặng hoa tri ân nghệ nhân X"), a
// district or a province whose name reads like a person's ("huyện Đồng
// Văn", "Hội Nông dân Lâm Đồng") and an author cited with a year ("công
// trình của GS.TS X (2019)") are not among the people; a fisherman who
// speaks in the discussion is.
func TestNotPeople(t *testing.T) {
	text := "Hội thảo ca Huế\n\nSáng 18/10/2023, tại Huế, Sở Văn hóa và Thể thao tổ chức Hội thảo “Ca Huế trong đời sống”. " +
		"PGS.TS Hồ Thị Hồng Loan trình bày tham luận “Đưa ca Huế vào trường học”.\n\n" +
		"Tại phần trao đổi, người có uy tín huyện Đồng Văn cho biết bà con mong có thêm báo song ngữ.\n\n" +
		"Dịp này, Ban tổ chức đã tặng hoa tri ân nghệ nhân Nguyễn Thị Lài, 96 tuổi, người đã có hơn 70 năm gắn bó với ca Huế.\n\n" +
		"Dẫn lại nhận định trong công trình của GS.TS Hà Duy Tân (2019), đồng chí Phó Giám đốc Sở đề nghị các đại biểu tập trung thảo luận.\n\n" +
		"Đại diện Hội Nông dân Lâm Đồng cho biết nhiều hộ đã liên kết tiêu thụ. Tại phần trao đổi, ngư dân Lê Văn Bảy, chủ tàu cá ở xã An Sơn nêu ý kiến về vốn vay.\n\n" +
		"Tham dự có đại diện Liên đoàn Luật sư Việt Nam. Bà Nguyễn Thùy Dương, cán bộ Chương trình Bảo vệ trẻ em, UNICEF Việt Nam trình bày tham luận về kinh nghiệm. " +
		"Tham luận của Tổng công ty Điện lực TP Hà Nội (EVNHANOI) chỉ ra nguyên nhân do sự cố điện."
	a := mustExtract(t, "text/plain", text)
	if !slices.ContainsFunc(a.People, func(p corpus.Participant) bool { return p.Name == "Lê Văn Bảy" }) {
		t.Errorf("the fisherman who spoke is not among the people: %+v", a.People)
	}
	for _, p := range a.People {
		if p.Name == "Lâm Đồng" || p.Name == "Việt Nam" || p.Name == "Hà Nội" {
			t.Errorf("a province or a country is among the people: %q", p.Name)
		}
		if p.Name == "Nguyễn Thị Lài" || p.Name == "Đồng Văn" || p.Name == "Hà Duy Tân" {
			t.Errorf("%q is among the people as %q", p.Name, p.Role)
		}
	}
}

// TestListedCoauthor: a co-author joined by "và" to a listed item's
// presenter wrote the paper and is no participant of the event.
func TestListedCoauthor(t *testing.T) {
	text := "Hội thảo mô phỏng\n\nNgày 27/3/2025, tại Nha Trang, Học viện Hải quân tổ chức Hội thảo “Mô phỏng”. Tại Hội thảo, 2 tham luận được trình bày, gồm:\n\n" +
		"1. Mô phỏng tác chiến điện tử trên biển phục vụ huấn luyện - Trung tá, TS Hoàng Văn Sơn, Viện Kỹ thuật Hải quân.\n" +
		"2. Trí tuệ nhân tạo trong phân tích tín hiệu thủy âm - Trung tá, ThS Phan Thanh Tùng và Thiếu tá, KS Lò Thị Ngọc Hân, Khoa Vũ khí.\n"
	a := mustExtract(t, "text/plain", text)
	for _, p := range a.People {
		if p.Name == "Lò Thị Ngọc Hân" {
			t.Errorf("co-author among the people: %+v", p)
		}
	}
}

// TestProgrammeRoles: the rows of a programme that are no papers still
// give their people a role: a session's chair, the opening speaker.
func TestProgrammeRoles(t *testing.T) {
	page := `<html><body><article><h1>Hội thảo tài chính số</h1><p>Ngày 21/3/2025, tại Hà Nội, Học viện Ngân hàng tổ chức Hội thảo khoa học “Tài chính toàn diện số”. Hội thảo nghe 12 tham luận theo chương trình sau:</p>
<table><thead><tr><th>Thời gian</th><th>Nội dung</th><th>Người trình bày</th></tr></thead><tbody>
<tr><td colspan="3">PHIÊN 1: TÀI CHÍNH SỐ – Chủ trì: PGS.TS Ninh Thị Thúy Ngân</td></tr>
<tr><td>8h40 – 8h55</td><td>Phát biểu khai mạc</td><td>PGS.TS Tạ Quang Đôn, Giám đốc Học viện Ngân hàng</td></tr>
<tr><td>10h00 – 10h20</td><td>Tác động của thanh toán di động đến tiếp cận tài chính</td><td>PGS.TS Đàm Thị Thu Trang, Trưởng khoa Ngân hàng</td></tr></tbody></table></article></body></html>`
	a := mustExtract(t, "text/html", page)
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = p.Role
	}
	want := map[string]string{"Ninh Thị Thúy Ngân": corpus.RoleChair, "Tạ Quang Đôn": corpus.RoleOpening, "Đàm Thị Thu Trang": corpus.RoleSpeaker}
	for name, role := range want {
		if roles[name] != role {
			t.Errorf("%s: role %q, want %q (people %v)", name, roles[name], role, roles)
		}
	}
}

// TestNamesakesAndPlaces: a school named for a person, and a commune whose
// name starts like a school's, are neither people nor academies.
func TestNamesakesAndPlaces(t *testing.T) {
	text := "Tọa đàm trợ giúp pháp lý\n\nNgày 12/11/2024, tại Cao Bằng, Hội Luật gia Việt Nam tổ chức Tọa đàm «Trợ giúp pháp lý». Tọa đàm nghe 5 tham luận.\n\n" +
		"Dự có giảng viên Trường Chính trị Hoàng Đình Giong. ThS Bế Thị Lan, giảng viên Trường Chính trị Hoàng Đình Giong trình bày tham luận về lồng ghép kiến thức pháp luật. " +
		"Ông Hoàng Văn Sính, nguyên Chánh án Tòa án nhân dân huyện Hà Quảng, hiện là Chi hội trưởng Chi hội Luật gia xã Trường Hà trình bày tham luận «Tư vấn pháp luật bằng tiếng Tày».\n"
	a := mustExtract(t, "text/plain", text)
	for _, p := range a.People {
		if p.Name == "Hoàng Đình Giong" {
			t.Errorf("a school's namesake among the people: %+v", p)
		}
	}
	for _, tt := range []struct {
		text string
		at   int // where the name starts
		want bool
	}{
		{"Ban Quý tế Đình thần Nguyễn Trung Trực", 5, true},
		{"Trường Chính trị Hoàng Đình Giong", 3, true},
		{"đường Lê Lợi", 1, true},
		{"thành phố Trương Văn Hoàng", 2, false},
		{"Phó Chủ tịch UBND tỉnh Lò Văn Hải", 5, false},
	} {
		if got := namesakeAt(splitWords(tt.text), tt.at); got != tt.want {
			t.Errorf("namesakeAt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	b, err := Extract(Input{URL: "u", ContentType: "text/plain", Body: []byte("Hội nghị nhi khoa\n\nNgày 10/12/2024, tại Buôn Ma Thuột, Sở Y tế tổ chức Hội nghị khoa học “Sức khỏe trẻ em”. Hội nghị nghe 8 báo cáo.\n\n" +
		"PGS.TS Trương Hoàng Lan, Trưởng Bộ môn Nhi, Khoa Y Dược, Trường Đại học Tây Nguyên trình bày báo cáo về dinh dưỡng. " +
		"TS Phan Văn Tú, giảng viên Trường Đại học Buôn Ma Thuột trình bày báo cáo về tiêm chủng. " +
		"Dự hội nghị có lãnh đạo các bệnh viện; giảng viên Khoa Y Dược, Trường Đại học Tây Nguyên và Trường Đại học Buôn Ma Thuột cùng gần 250 bác sĩ.\n")})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range b.People {
		names = append(names, p.Name)
	}
	if slices.Contains(names, "Y Dược") || slices.Contains(names, "Ma Thuột") {
		t.Errorf("people %q: want no Y Dược (a faculty) nor Ma Thuột (a city)", names)
	}
	for _, ac := range a.Academies {
		if vi.Key(ac) == "truong ha" {
			t.Errorf("a commune among the academies: %q", a.Academies)
		}
	}
}

// TestBilingualOrg: on a page in English and Vietnamese, a speaker's
// organisation is named as the Vietnamese text names it.
func TestBilingualOrg(t *testing.T) {
	text := "Hội thảo quốc tế ASEAN\n\nNgày 5/12/2024, tại Hà Nội, Học viện Ngoại giao tổ chức Hội thảo quốc tế “ASEAN trong cạnh tranh nước lớn”. Hội thảo nghe 6 tham luận.\n\n" +
		"GS Kasira Wongsuwan (Chulalongkorn University, Thailand) presented the paper “ASEAN Centrality under Stress”, stressing the role of the Secretariat.\n\n" +
		"GS. Kasira Wongsuwan (Đại học Chulalongkorn, Thái Lan) trình bày tham luận “ASEAN Centrality under Stress”, nhấn mạnh vai trò của Ban Thư ký.\n"
	a := mustExtract(t, "text/plain", text)
	if len(a.Contributions) != 1 || !strings.HasPrefix(a.Contributions[0].Affiliation, "Đại học Chulalongkorn") {
		t.Errorf("contributions %+v, want Kasira Wongsuwan of Đại học Chulalongkorn", a.Contributions)
	}
}

// TestPastedCaptions: in a pasted text, a picture's caption on a line of
// its own is a caption, its credit dropped; a union's paper and the
// caption of another body's presenter in the same city are two papers.
func TestPastedCaptions(t *testing.T) {
	for line, want := range map[string]string{
		"[Ảnh: ThS Lý Thị Kiều Oanh trình bày tham luận tại diễn đàn. Ảnh: HOÀNG TRIỀU]": "ThS Lý Thị Kiều Oanh trình bày tham luận tại diễn đàn.",
		"Ảnh: Quang cảnh hội thảo":       "Quang cảnh hội thảo.",
		"(Ảnh: Thu Hà)":                  "",
		"Ảnh hưởng của biến đổi khí hậu": "no caption",
	} {
		got, ok := textCaption(line)
		if !ok {
			got = "no caption"
		}
		if got != want {
			t.Errorf("textCaption(%q) = %q, want %q", line, got, want)
		}
	}
	text := "Diễn đàn BHXH\n\nSáng 19/10/2023, tại TP HCM, Báo Người Lao Động tổ chức diễn đàn \"Rút BHXH một lần\". Diễn đàn nghe 6 tham luận.\n\n" +
		"Tham luận của Công đoàn các Khu chế xuất và công nghiệp TP HCM nêu thực trạng hơn 60% đoàn viên không biết thời gian đóng BHXH được bảo lưu.\n\n" +
		"[Ảnh: ThS Lý Thị Kiều Oanh, Phó Trưởng Ban Chính sách - Pháp luật LĐLĐ TP HCM, trình bày tham luận tại diễn đàn. Ảnh: HOÀNG TRIỀU]\n\n" +
		"Ở phần giao lưu, nhiều công nhân bày tỏ băn khoăn.\n"
	a := mustExtract(t, "text/plain", text)
	var got []string
	for _, c := range a.Contributions {
		got = append(got, presenter(c))
	}
	want := []string{"org:Công đoàn các Khu chế xuất và công nghiệp Thành phố Hồ Chí Minh", "Lý Thị Kiều Oanh"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
