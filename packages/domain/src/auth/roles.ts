/** Default roles; what each may do is the permission matrix (permissions.ts), editable by the system administrator. */
export const roleCodes = [
  'director',
  'deputy_director',
  'inspector',
  'unit_head',
  'reception_officer',
  'admin_clerk',
  'sysadmin',
  'auditor',
] as const;
export type RoleCode = (typeof roleCodes)[number];

export const roleLabels: Record<RoleCode, string> = {
  director: 'Giám đốc',
  deputy_director: 'Phó Giám đốc',
  inspector: 'Thanh tra viên / chuyên viên xử lý đơn',
  unit_head: 'Trưởng đơn vị',
  reception_officer: 'Cán bộ tiếp công dân',
  admin_clerk: 'Văn thư Phòng Hành chính - Tổng hợp',
  sysadmin: 'Quản trị hệ thống',
  auditor: 'Kiểm tra viên (chỉ xem)',
};

