/** Messages of the retention screen (Hủy hồ sơ hết thời hạn lưu), spread into vi.ts. */
export const retentionResourceVi = {
  name: 'Hủy hồ sơ hết hạn lưu |||| Hủy hồ sơ hết hạn lưu',
};

export const retentionVi = {
  title: 'Hủy hồ sơ đơn xếp lưu đã hết thời hạn lưu',
  rule_title: 'Thời hạn lưu đơn xếp lưu',
  months: 'Thời hạn lưu (tháng)',
  legal_basis: 'Căn cứ pháp lý',
  rule_saved: 'Đã lưu thời hạn lưu.',
  due_title: 'Đơn đã hết thời hạn lưu',
  intro: 'Đơn xếp lưu được giữ trong thời hạn lưu, rồi tiêu hủy theo quyết định của Thủ trưởng (Điều 28 Thông tư 07/2014/TT-TTCP). Còn %{waiting} đơn xếp lưu chưa hết thời hạn.',
  none_due: 'Chưa có đơn nào hết thời hạn lưu.',
  select_all: 'Chọn tất cả đơn đã hết thời hạn lưu',
  select: 'Chọn đơn %{number}',
  archived_on: 'Ngày xếp lưu',
  keep_until: 'Lưu đến ngày',
  decision_ref: 'Quyết định tiêu hủy (số, ngày)',
  decision_ref_hint: 'Ví dụ: Quyết định số 21/QĐ-SNV ngày 01/9/2026',
  reason: 'Lý do tiêu hủy',
  destroy: 'Tiêu hủy %{count} đơn đã chọn',
  confirm_title: 'Tiêu hủy hồ sơ',
  confirm_content:
    'Tiêu hủy %{count} đơn theo %{decision}? Nội dung đơn, danh tính người gửi (kể cả danh tính được bảo mật), tệp đính kèm và văn bản của đơn sẽ bị xóa vĩnh viễn; sổ tiếp nhận chỉ còn số, ngày và loại đơn. Thao tác này được ghi vào nhật ký kiểm tra và không hoàn tác được.',
  destroyed: 'Đã tiêu hủy %{count} đơn.',
  destroyed_title: 'Đơn đã tiêu hủy',
  errors: {
    none_selected: 'Hãy chọn ít nhất một đơn cần tiêu hủy.',
    decision_ref: 'Hãy ghi số, ngày quyết định tiêu hủy.',
    reason: 'Lý do tiêu hủy phải có ít nhất 10 ký tự.',
  },
};
