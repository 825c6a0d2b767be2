/** Word lists for plausible demo letters from Kon Tum. All people are fictional. */
export const surnames = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Y', 'A'] as const;
export const middleNames = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Hữu', 'Quang', 'Thị Thu', 'Xuân'] as const;
export const givenNames = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vân', 'Yến', 'Blưu', 'H’Nhiên', 'Kră'] as const;

export const places = [
  'phường Quyết Thắng, thành phố Kon Tum',
  'phường Thắng Lợi, thành phố Kon Tum',
  'phường Duy Tân, thành phố Kon Tum',
  'phường Trường Chinh, thành phố Kon Tum',
  'xã Đăk Cấm, thành phố Kon Tum',
  'thị trấn Đăk Hà, huyện Đăk Hà',
  'xã Đăk Mar, huyện Đăk Hà',
  'thị trấn Đăk Tô, huyện Đăk Tô',
  'thị trấn Plei Kần, huyện Ngọc Hồi',
  'thị trấn Sa Thầy, huyện Sa Thầy',
  'xã Đăk Ruồng, huyện Kon Rẫy',
  'xã Măng Cành, huyện Kon Plông',
  'xã Đăk Hà, huyện Tu Mơ Rông',
  'thị trấn Đăk Glei, huyện Đăk Glei',
] as const;

export const streets = ['Trần Hưng Đạo', 'Phan Đình Phùng', 'Bà Triệu', 'Lê Hồng Phong', 'Nguyễn Huệ', 'Trần Phú', 'Hùng Vương', 'Ure', 'Đào Duy Từ'] as const;

export const organisations = [
  'Phòng Nội vụ huyện Đăk Hà',
  'Phòng Nội vụ huyện Ngọc Hồi',
  'Trung tâm Lưu trữ lịch sử tỉnh',
  'Ban Thi đua - Khen thưởng',
  'Chi cục Văn thư - Lưu trữ',
  'UBND xã Đăk Mar',
  'Trường Trung học cơ sở Lê Lợi',
] as const;

export const positions = ['Trưởng phòng', 'Phó Trưởng phòng', 'Giám đốc trung tâm', 'Chủ tịch UBND xã', 'Hiệu trưởng', 'Kế toán'] as const;

export const complaintTopics = [
  'quyết định kỷ luật khiển trách đối với viên chức',
  'kết quả xét tuyển viên chức giáo dục năm 2024',
  'việc không được nâng bậc lương thường xuyên đúng hạn',
  'quyết định tinh giản biên chế theo Nghị định 29/2023/NĐ-CP',
  'việc không giải quyết chế độ thôi việc',
  'kết quả thi nâng ngạch công chức',
  'quyết định điều động công tác',
] as const;

export const denunciationActs = [
  'nhận tiền của người tham gia xét tuyển viên chức',
  'lạm quyền trong việc bố trí, sắp xếp cán bộ',
  'làm giả hồ sơ để được bổ nhiệm',
  'gây khó khăn, sách nhiễu khi giải quyết hồ sơ của công dân',
  'sử dụng kinh phí sai mục đích',
  'không công khai kết quả bình xét thi đua, khen thưởng',
] as const;

export const recommendationTopics = [
  'đề nghị hướng dẫn thủ tục công nhận danh hiệu thi đua',
  'phản ánh việc chậm trả kết quả hồ sơ hưu trí',
  'kiến nghị bổ sung chỉ tiêu biên chế cho trường học vùng sâu',
  'phản ánh thái độ phục vụ của cán bộ một cửa',
  'kiến nghị sửa đổi quy định về phụ cấp công vụ',
  'đề nghị xác nhận quá trình công tác để tính thời gian đóng bảo hiểm xã hội',
] as const;
