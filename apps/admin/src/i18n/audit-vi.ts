/** Messages of the audit log screen (Nhật ký kiểm tra), spread into vi.ts. */

export const auditResourceVi = {
  name: 'Nhật ký kiểm tra |||| Nhật ký kiểm tra',
  // Used mid-sentence by react-admin ("Chưa có dòng nhật ký nào.").
  forcedCaseName: 'dòng nhật ký',
  fields: {
    seq: 'Số thứ tự',
    at: 'Thời điểm',
    actor: 'Cán bộ thực hiện',
    actorId: 'Cán bộ thực hiện',
    actorRole: 'Vai trò',
    action: 'Thao tác',
    entity: 'Loại hồ sơ',
    entityId: 'Mã hồ sơ',
    beforeDigest: 'Mã băm trước khi ghi',
    afterDigest: 'Mã băm sau khi ghi',
    requestId: 'Mã yêu cầu',
    ipAddress: 'Địa chỉ IP',
    note: 'Ghi chú',
    prevHash: 'Mã băm dòng trước',
    hash: 'Mã băm dòng',
    from: 'Từ ngày',
    to: 'Đến ngày',
  },
  page: {
    list: 'Nhật ký kiểm tra',
    show: 'Dòng nhật ký số %{recordRepresentation}',
  },
};

export const auditVi = {
  intro:
    'Mỗi thao tác ghi dữ liệu, mỗi lần đăng nhập và mỗi lần xem danh tính được bảo mật đều để lại một dòng. Các dòng nối với nhau bằng mã băm: sửa hay xoá một dòng đều bị phát hiện khi kiểm tra chuỗi (pnpm audit:verify).',
  export_xlsx: 'Xuất Excel',
  export_csv: 'Xuất CSV',
  exporting: 'Đang xuất…',
  exported: 'Đã xuất %{rows} dòng nhật ký.',
  export_truncated: 'Đã xuất %{rows} dòng mới nhất; hãy thu hẹp khoảng ngày để xuất phần còn lại.',
  export_failed: 'Không xuất được nhật ký: %{message}',
  all_actions: '%{area} (mọi thao tác)',
  system: 'Hệ thống hoặc người chưa đăng nhập',
  no_record: 'Không gắn với hồ sơ cụ thể',
  digests: 'Mã băm',
  digests_help:
    'Mã băm trước/sau là dấu vân tay của bản ghi trước và sau khi ghi: so khớp với bản ghi hiện tại để biết bản ghi có bị sửa ngoài hệ thống hay không. Nhật ký không lưu nội dung bản ghi.',
  open_record: 'Mở hồ sơ',
  same_actor: 'Các thao tác khác của cán bộ này',
  same_record: 'Lịch sử của hồ sơ này',
};
