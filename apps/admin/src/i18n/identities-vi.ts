/** Messages of the identity vault (danh tính được bảo mật), spread into vi.ts under kntc.identities. */
export const identitiesVi = {
  always_protected:
    'Đơn tố cáo: họ tên, địa chỉ, số giấy tờ, điện thoại, thư điện tử của người tố cáo luôn được mã hóa và giữ bí mật (Điều 47 Luật Tố cáo). Hồ sơ chỉ ghi "Người tố cáo A".',
  protected_form:
    'Danh tính người gửi đơn được bảo mật. Hồ sơ ghi: %{names}. Họ tên và thông tin liên hệ chỉ xem được bằng nút "Xem danh tính" trên trang chi tiết đơn.',
  protected_note:
    'Danh tính người gửi đơn được mã hóa và giữ bí mật. Nội dung đơn đã thay họ tên, số giấy tờ, điện thoại, địa chỉ bằng bí danh hoặc "[đã ẩn]".',
  reveal: 'Xem danh tính',
  reveal_title: 'Xem danh tính người gửi đơn được bảo mật',
  warning:
    'Việc xem danh tính được ghi vào nhật ký kiểm tra cùng họ tên của bạn và lý do. Tiết lộ danh tính người tố cáo là hành vi bị nghiêm cấm (khoản 3 Điều 8 Luật Tố cáo).',
  reason: 'Lý do xem danh tính',
  reason_hint: 'Ít nhất 10 ký tự, ví dụ: "Cần liên hệ người tố cáo để hẹn làm việc".',
  reason_too_short: 'Lý do xem danh tính phải có ít nhất 10 ký tự.',
  confirm: 'Xem danh tính',
  shown_notice: 'Thông tin dưới đây chỉ hiển thị trong hộp thoại này; đóng hộp thoại là ẩn lại.',
  fields: {
    pseudonym: 'Bí danh trong hồ sơ',
    fullName: 'Họ và tên',
    idNumber: 'Số CCCD/CMND',
    phone: 'Điện thoại',
    email: 'Thư điện tử',
    address: 'Địa chỉ',
  },
  sealed_document: 'Văn bản ghi danh tính được bảo mật',
  open_document: 'Mở văn bản',
  open_document_named: 'Mở văn bản %{fileName} (ghi danh tính được bảo mật)',
  open_document_title: 'Mở văn bản ghi danh tính được bảo mật',
  sealed_attachment: '%{fileName} (thể hiện danh tính được bảo mật)',
  open_attachment: 'Xem tệp',
  open_attachment_title: 'Xem tệp thể hiện danh tính được bảo mật',
};
