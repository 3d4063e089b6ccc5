package extract

import (
	"strings"

	"github.com/thamluan/thamluan/corpus/vi"
)

// provinceNames are the provinces and centrally governed cities, as
// written after "tỉnh" or "thành phố" (the 63 of 2008–2025, and Huế).
var provinceNames = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`An Giang|Bà Rịa Vũng Tàu|Bà Rịa|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|
		Bình Dương|Bình Phước|Bình Thuận|Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|
		Hà Nam|Hà Tĩnh|Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn|
		Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam|Quảng Ngãi|
		Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa|Thừa Thiên Huế|Huế|Tiền Giang|
		Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái|Hà Nội|Hồ Chí Minh|Hải Phòng|Đà Nẵng|Cần Thơ`, "|") {
		m[vi.Key(strings.TrimSpace(p))] = true
	}
	return m
}()

// provinceAt returns the number of words of a province's name written
// from word i, 0 when none is.
func provinceAt(ws []word, i int) int {
	key := ""
	best := 0
	for n := 1; n <= 4 && i+n <= len(ws); n++ {
		if n > 1 && ws[i+n-2].Post != "" && !isDash(strings.TrimSpace(ws[i+n-2].Post)) {
			break
		}
		key = strings.TrimSpace(key + " " + vi.Key(ws[i+n-1].Text))
		if provinceNames[key] {
			best = n
		}
	}
	return best
}
