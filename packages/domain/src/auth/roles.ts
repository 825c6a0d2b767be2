/** Default roles (issue 5 makes the permissions per role editable data). */
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

/** Roles that handle letters day to day. */
export const petitionWriterRoles: readonly RoleCode[] = [
  'director',
  'deputy_director',
  'inspector',
  'unit_head',
  'reception_officer',
];
export const petitionReaderRoles: readonly RoleCode[] = [...petitionWriterRoles, 'auditor'];

/** Leaders who approve a proposed handling outcome (configurable per step in the permission matrix later). */
export const petitionApproverRoles: readonly RoleCode[] = ['director', 'deputy_director', 'unit_head'];

/** Leaders who sign decisions and conclusions (the director, or a deputy by delegation). */
export const signerRoles: readonly RoleCode[] = ['director', 'deputy_director'];

/** Who maintains the reference lists (catalogues): the same leaders who maintain the legal clock. */
export const catalogueEditorRoles: readonly RoleCode[] = ['sysadmin', 'director', 'deputy_director', 'unit_head'];
