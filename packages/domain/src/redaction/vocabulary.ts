/**
 * Word lists the detectors use. Words are compared as written (NFC, with diacritics): folding
 * would confuse "Tô" (a surname) with "Tổ" (a group), or "bà" (Mrs) with "ba" (three).
 */

/** Forms of address that precede a person's name ("ông Nguyễn Văn A", "bà Lan"). */
export const honorifics = ['ông', 'bà', 'anh', 'chị', 'em', 'cháu', 'cô', 'chú', 'bác'] as const;

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean).map((w) => w.normalize('NFC')));

/**
 * Words that are never part of a person's name: positions, agencies, legal instruments and
 * administrative units. A name stops before one ("Nguyễn Văn A Trưởng phòng" → "Nguyễn Văn A"),
 * and "ông Giám đốc" is a position, not a name.
 */
export const nonNameWords = words(`
  Giám Phó Trưởng Chủ Chánh Bí Thủ Chuyên Cán Sở Ủy Uỷ Bộ Cục Phòng Ban Luật Nghị Quyết Điều Khoản Chương
  Mục Huyện Xã Phường Thôn Tỉnh Quận Làng Đường Phố Ngày Tháng Năm Nơi Tòa Toà Viện Trường Bệnh Trạm Đảng UBND HĐND
`);

/**
 * First words of agencies, documents and places as well: a Title-Case run that starts with one
 * ("Thanh tra Sở", "Công an", "Trung tâm", "Việt Nam") is not a person. Kept apart from
 * nonNameWords because many are also middle or given names ("Nguyễn Thanh Tùng", "Trần Quốc Bảo").
 */
export const institutionStarts = new Set([
  ...nonNameWords,
  ...words(`
    Tổng Vụ Thanh Kiểm Công Trung Mặt Liên Quốc Chính Nhà Kho Ngân Hợp Đội Khoa Cảnh Quân Bảo Sư Tiểu Mầm Học
    Ngành Cơ Doanh Tập Hiệp Thông Hiến Pháp Điểm Phụ Mẫu Kết Báo Biên Tờ Đơn Giấy Phiếu Kế Chỉ Danh Nhân Viên Trợ
    Kỹ Thẩm Hiệu Đại Tổ Văn Thành Thị Khu Khối Ngõ Hẻm Kiệt Xóm Ấp Bản Buôn Cộng Độc Tự Hạnh Việt Nam Bắc Tây Đông Miền
    Nước Quý Lưu Căn Số Hội Tết Lễ Bến Cầu Chợ Sông Núi Đèo
  `),
]);

/** Words that may begin a sentence before a name: dropped from the front of a Title-Case run, not a reason to reject it. */
export const leadingWords = words(`
  Ông Bà Anh Chị Em Cháu Cô Chú Bác Và Hoặc Cho Của Với Thì Là Nếu Để Được Bị Đã Đang Sẽ Có Không Cùng
  Theo Tại Qua Về Do Vì Nay Trong Sau Khi Đối Các Những Việc Giao Yêu Đề Kính Gửi Riêng
  Xét Thực Tiếp Trên Hiện Nhằm Ngoài Bên Tuy Nhưng Như Vậy Đây Này Đó Ngay Chỉ Mọi Mỗi
`);

/**
 * Common Vietnamese surnames and the name prefixes of the Central Highlands peoples (Ba Na, Xơ
 * Đăng, Gia Rai, Ê Đê…). A Title-Case run that starts with one is a name even if a later word
 * could begin an agency ("Nguyễn Thanh Tùng", "Trần Quốc Bảo").
 */
export const surnames = words(`
  Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai Trịnh Đào Cao Lương
  Tạ Hà Tô Quách Kiều Thái Châu Lưu Triệu La Tăng Chu Lục Phùng Vương Mạc Từ Hứa Nông Kha Khổng Lại Lữ Lã Âu
  Ông Tôn Thân Thạch Trương Văn Vi Viên Doãn Giang Nghiêm Ninh Đàm Đồng Hầu Khúc Kim Quan Tiêu Mẫn Bạch Cù Ma
  Y A Rơ Ksor Siu Nay Rah Kpă Rcom Rmah Đinh Hiao Niê Mlô Byă Êban Adrơng Ayun Kpuih Puih Rô Romah Bloong
`);

/** Place names written in Title Case like a person's name ("Kon Tum", "Việt Nam"); compared folded. */
export const placeNames = new Set([
  'kon tum',
  'viet nam',
  'ha noi',
  'da nang',
  'ho chi minh',
  'gia lai',
  'dak lak',
  'dak nong',
  'lam dong',
  'quang ngai',
  'quang nam',
  'binh dinh',
  'tay nguyen',
  'ngoc hoi',
  'dak ha',
  'dak to',
  'sa thay',
  'kon plong',
  'kon ray',
  'tu mo rong',
  "ia h'drai",
  'ia h’drai',
  'dak glei',
  'bo y',
  'plei kan',
  // Provinces and cities whose names read like a person's.
  ...`ba ria|vung tau|bac giang|bac kan|bac lieu|bac ninh|ben tre|binh duong|binh phuoc|binh thuan|ca mau|can tho|cao bang|dien bien|dong nai|dong thap|ha giang|ha nam|ha tinh|hai duong|hai phong|hau giang|hoa binh|hung yen|khanh hoa|kien giang|lai chau|lang son|lao cai|long an|nam dinh|nghe an|ninh binh|ninh thuan|phu tho|phu yen|quang binh|quang ninh|quang tri|soc trang|son la|tay ninh|thai binh|thai nguyen|thanh hoa|thua thien hue|tien giang|tra vinh|tuyen quang|vinh long|vinh phuc|yen bai|sai gon`.split('|'),
]);

/** Administrative units and street words that begin a part of an address. */
export const fineAddressUnits = [
  'số nhà',
  'tổ dân phố',
  'khu dân cư',
  'khu phố',
  'thị trấn',
  'tổ',
  'thôn',
  'làng',
  'xóm',
  'ấp',
  'bản',
  'buôn',
  'plei',
  'khối',
  'đường',
  'phố',
  'ngõ',
  'ngách',
  'hẻm',
  'kiệt',
  'xã',
  'phường',
] as const;

/**
 * Units from the district up. Kept in the published copy unless they follow a residence trigger:
 * they name the agency's own area, shared by tens of thousands of people, and decisions need them
 * to make sense ("thành phố Kon Tum", "tỉnh Kon Tum").
 */
export const coarseAddressUnits = ['thành phố', 'thị xã', 'huyện', 'quận', 'tỉnh', 'tp.'] as const;

/**
 * Words right before "xã …", "phường …" that make it an agency, not somebody's address:
 * "Ủy ban nhân dân xã Đăk Cấm", "Công an phường Duy Tân". Compared folded.
 */
export const agencyBeforeUnit = ['nhan dan', 'ubnd', 'cong an', 'tram y te', 'dang uy', 'chu tich', 'mat tran to quoc', 'hoi dong', 'truong'];
