import type { complaintTopics, denunciationActs, recommendationTopics } from './demo-vocabulary.js';

/*
 * The field of the matter (a code of the 'field' catalogue) of each demo topic, so the demo's
 * letters spread over the statutory forms' content columns as a Sở Nội vụ's do: mostly staffing
 * and discipline, pay and allowances, a few rewards and corruption.
 */

export const fieldOfComplaintTopic: Record<(typeof complaintTopics)[number], string> = {
  'quyết định kỷ luật khiển trách đối với viên chức': 'hanh_chinh.ky_luat',
  'kết quả xét tuyển viên chức giáo dục năm 2024': 'hanh_chinh.cong_chuc_vien_chuc',
  'việc không được nâng bậc lương thường xuyên đúng hạn': 'hanh_chinh.che_do_chinh_sach',
  'quyết định tinh giản biên chế theo Nghị định 29/2023/NĐ-CP': 'hanh_chinh.to_chuc_bo_may',
  'việc không giải quyết chế độ thôi việc': 'hanh_chinh.che_do_chinh_sach',
  'kết quả thi nâng ngạch công chức': 'hanh_chinh.cong_chuc_vien_chuc',
  'quyết định điều động công tác': 'hanh_chinh.cong_chuc_vien_chuc',
};

export const fieldOfDenunciationAct: Record<(typeof denunciationActs)[number], string> = {
  'nhận tiền của người tham gia xét tuyển viên chức': 'tham_nhung',
  'lạm quyền trong việc bố trí, sắp xếp cán bộ': 'hanh_chinh.cong_chuc_vien_chuc',
  'làm giả hồ sơ để được bổ nhiệm': 'hanh_chinh.cong_chuc_vien_chuc',
  'gây khó khăn, sách nhiễu khi giải quyết hồ sơ của công dân': 'tham_nhung',
  'sử dụng kinh phí sai mục đích': 'tham_nhung',
  'không công khai kết quả bình xét thi đua, khen thưởng': 'hanh_chinh.thi_dua_khen_thuong',
};

export const fieldOfRecommendationTopic: Record<(typeof recommendationTopics)[number], string> = {
  'đề nghị hướng dẫn thủ tục công nhận danh hiệu thi đua': 'hanh_chinh.thi_dua_khen_thuong',
  'phản ánh việc chậm trả kết quả hồ sơ hưu trí': 'hanh_chinh.che_do_chinh_sach',
  'kiến nghị bổ sung chỉ tiêu biên chế cho trường học vùng sâu': 'hanh_chinh.to_chuc_bo_may',
  'phản ánh thái độ phục vụ của cán bộ một cửa': 'hanh_chinh.khac',
  'kiến nghị sửa đổi quy định về phụ cấp công vụ': 'hanh_chinh.che_do_chinh_sach',
  'đề nghị xác nhận quá trình công tác để tính thời gian đóng bảo hiểm xã hội': 'hanh_chinh.che_do_chinh_sach',
};
