/** Messages of the account screens (Tài khoản cán bộ, Tài khoản của tôi, the sign-in steps), spread into vi.ts. */

export const usersResourceVi = {
  name: 'Tài khoản cán bộ |||| Tài khoản cán bộ',
  // Used mid-sentence by react-admin ("Chưa có tài khoản nào.").
  forcedCaseName: 'tài khoản',
  fields: {
    id: 'Mã tài khoản',
    username: 'Tên đăng nhập',
    fullName: 'Họ và tên',
    position: 'Chức vụ',
    role: 'Vai trò',
    unitId: 'Đơn vị',
    unitName: 'Đơn vị',
    isActive: 'Đang hoạt động',
    temporaryPassword: 'Mật khẩu tạm thời',
    mustChangePassword: 'Phải đổi mật khẩu',
    totpEnabled: 'Xác thực hai bước',
    q: 'Tìm kiếm',
  },
  page: {
    list: 'Tài khoản cán bộ',
    create: 'Thêm tài khoản',
    edit: 'Sửa tài khoản: %{recordRepresentation}',
  },
};

export const usersVi = {
  active: 'Đang hoạt động',
  inactive: 'Đã khóa',
  must_change: 'Chờ đổi mật khẩu',
  totp: 'Xác thực hai bước',
  no_unit: 'Không thuộc đơn vị nào',
  username_help: 'Chữ thường không dấu, số, dấu chấm, gạch; không đổi được sau khi tạo.',
  temporary_password_help: 'Ít nhất 12 ký tự, không chứa tên đăng nhập. Cán bộ phải đổi ở lần đăng nhập đầu tiên.',
  active_help: 'Bỏ chọn để khóa tài khoản: cán bộ bị đăng xuất ngay và không đăng nhập được nữa.',
  reload: 'Tải lại tài khoản',
  reset_password: 'Đặt lại mật khẩu',
  reset_password_title: 'Đặt lại mật khẩu cho %{username}',
  reset_password_help:
    'Nhập một mật khẩu tạm thời và trao trực tiếp cho cán bộ. Mọi phiên đăng nhập của cán bộ kết thúc ngay; ở lần đăng nhập tới, cán bộ phải đặt mật khẩu mới của riêng mình.',
  password_reset: 'Đã đặt lại mật khẩu cho %{username}. Cán bộ phải đổi mật khẩu ở lần đăng nhập tới.',
  reset_totp: 'Gỡ xác thực hai bước',
  reset_totp_title: 'Gỡ xác thực hai bước của %{username}?',
  reset_totp_help:
    'Dùng khi cán bộ mất điện thoại có ứng dụng xác thực. Sau khi gỡ, cán bộ đăng nhập bằng mật khẩu và nên đăng ký lại ứng dụng xác thực ngay.',
  totp_reset: 'Đã gỡ xác thực hai bước của %{username}.',
};

export const accountVi = {
  menu: 'Tài khoản của tôi',
  user_menu: 'Tài khoản: %{name}',
  title: 'Tài khoản của tôi',
  change_password: 'Đổi mật khẩu',
  current_password: 'Mật khẩu hiện tại',
  new_password: 'Mật khẩu mới',
  confirm_password: 'Nhập lại mật khẩu mới',
  password_rules: 'Ít nhất 12 ký tự, không chứa tên đăng nhập. Nên dùng một cụm từ dài dễ nhớ.',
  passwords_differ: 'Hai lần nhập mật khẩu mới không khớp.',
  password_changed: 'Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn (trên máy khác) đã kết thúc.',
  continue: 'Tiếp tục',
  restart_login: 'Đăng nhập lại từ đầu',
  totp_title: 'Xác thực hai bước',
  totp_on: 'Đang bật: đăng nhập cần mật khẩu và mã từ ứng dụng xác thực.',
  totp_off: 'Chưa bật: đăng nhập chỉ cần mật khẩu.',
  totp_intro:
    'Cài một ứng dụng xác thực (TOTP) trên điện thoại, rồi nhập mật khẩu hiện tại để nhận mã bí mật. Từ đó, mỗi lần đăng nhập cần thêm mã 6 chữ số trong ứng dụng.',
  totp_start: 'Bật xác thực hai bước',
  totp_scan: 'Quét mã QR bằng ứng dụng xác thực:',
  totp_qr_alt: 'Mã QR để thêm tài khoản vào ứng dụng xác thực',
  totp_manual: 'Hoặc nhập mã bí mật bằng tay:',
  totp_shown_once: 'Mã bí mật chỉ hiện một lần. Đừng chụp lại hay gửi cho người khác.',
  totp_code: 'Mã xác thực',
  totp_code_help: 'Mã 6 chữ số đang hiện trong ứng dụng xác thực.',
  totp_confirm: 'Xác nhận',
  totp_enabled: 'Đã bật xác thực hai bước.',
  totp_disable: 'Tắt xác thực hai bước',
  totp_disable_help: 'Để tắt, nhập mã đang hiện trong ứng dụng xác thực. Nếu mất điện thoại, hãy nhờ quản trị hệ thống gỡ.',
  totp_disabled: 'Đã tắt xác thực hai bước.',
  totp_required_for_reveal:
    'Cơ quan yêu cầu xác thực hai bước để xem danh tính người tố cáo được bảo mật. Hãy bật xác thực hai bước, rồi đăng xuất và đăng nhập lại bằng mã xác thực.',
};
