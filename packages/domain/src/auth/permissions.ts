import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { roleCodes, type RoleCode } from './roles.js';

/**
 * Everything the server lets an official do, one code per kind of action. Each tRPC procedure
 * names exactly one (`can('petition.write')`); the matrix below says which roles may take it
 * and over which records. Adding an action means adding its label, its allowed scopes and its
 * default row here; the administrator then adjusts it in the back office.
 */
export const actionCodes = [
  'petition.read',
  'petition.write',
  'petition.approve',
  'petition.readContact',
  'case.read',
  'case.write',
  'case.sign',
  'document.read',
  'attachment.read',
  'attachment.write',
  'catalogue.write',
  'legalClock.write',
  'user.read',
  'user.manage',
  'permission.read',
  'permission.manage',
  'identity.reveal',
  'audit.read',
  'publication.redact',
  'publication.approve',
  'retention.destroy',
  'reception.read',
  'reception.write',
  'reception.publish',
  'report.read',
  'report.file',
  'office.read',
  'office.write',
  'plan.read',
  'plan.write',
] as const;
export type ActionCode = (typeof actionCodes)[number];

/** How far a permission reaches, narrowest first. No scope at all means the action is refused. */
export const scopes = ['own', 'unit', 'agency'] as const;
export type Scope = (typeof scopes)[number];

export const scopeLabels: Record<Scope, string> = {
  own: 'Hồ sơ của mình',
  unit: 'Trong đơn vị',
  agency: 'Toàn cơ quan',
};

/** What the back office shows when a role has no permission for an action. */
export const noScopeLabel = 'Không được phép';

export const actionLabels: Record<ActionCode, string> = {
  'petition.read': 'Xem đơn',
  'petition.write': 'Tiếp nhận, cập nhật và xử lý đơn',
  'petition.approve': 'Duyệt hướng xử lý đơn',
  'petition.readContact': 'Xem số giấy tờ, điện thoại, địa chỉ, thư điện tử của người gửi đơn',
  'case.read': 'Xem vụ việc',
  'case.write': 'Giải quyết vụ việc (xác minh, dự thảo, phân công)',
  'case.sign': 'Ký, trả lại dự thảo, đình chỉ, gia hạn vụ việc',
  'document.read': 'Xem văn bản đã ban hành',
  'attachment.read': 'Xem tệp đính kèm',
  'attachment.write': 'Đính kèm và gỡ tệp',
  'catalogue.write': 'Cập nhật danh mục',
  'legalClock.write': 'Cập nhật lịch làm việc và quy tắc thời hạn',
  'user.read': 'Xem danh sách cán bộ',
  'user.manage': 'Quản lý tài khoản cán bộ',
  'permission.read': 'Xem ma trận phân quyền',
  'permission.manage': 'Phân quyền theo vai trò',
  'identity.reveal': 'Xem danh tính người tố cáo được bảo mật',
  'audit.read': 'Xem và xuất nhật ký kiểm tra',
  'publication.redact': 'Che thông tin trước khi công khai',
  'publication.approve': 'Duyệt công khai kết luận, quyết định',
  'retention.destroy': 'Tiêu hủy hồ sơ hết thời hạn lưu trữ',
  'reception.read': 'Xem và in sổ tiếp công dân',
  'reception.write': 'Ghi sổ tiếp công dân, lập và ghi kết quả lịch tiếp của Thủ trưởng',
  'reception.publish': 'Công bố lịch tiếp công dân của Thủ trưởng',
  'report.read': 'Xem và xuất báo cáo thống kê theo biểu mẫu',
  'report.file': 'Chốt số liệu và lưu báo cáo đã nộp',
  'office.read': 'Xem hồ sơ cán bộ, tập huấn, khen thưởng, kỷ luật và trang thiết bị',
  'office.write': 'Cập nhật hồ sơ cán bộ, tập huấn, khen thưởng, kỷ luật, trang thiết bị và mức bồi dưỡng',
  'plan.read': 'Xem kế hoạch năm và tiến độ thực hiện',
  'plan.write': 'Lập kế hoạch năm, cập nhật tiến độ và tài liệu minh chứng',
};

/**
 * The scopes that mean something for each action. Reference data, accounts, permissions and the
 * audit log belong to the agency as a whole, so "own" and "unit" would only pretend to narrow them.
 */
const recordScopes: readonly Scope[] = scopes;
const agencyOnly: readonly Scope[] = ['agency'];
export const actionScopes: Record<ActionCode, readonly Scope[]> = {
  'petition.read': recordScopes,
  'petition.write': recordScopes,
  'petition.approve': recordScopes,
  'petition.readContact': agencyOnly,
  'case.read': recordScopes,
  'case.write': recordScopes,
  'case.sign': recordScopes,
  'document.read': agencyOnly,
  'attachment.read': agencyOnly,
  'attachment.write': agencyOnly,
  'catalogue.write': agencyOnly,
  'legalClock.write': agencyOnly,
  'user.read': agencyOnly,
  'user.manage': agencyOnly,
  'permission.read': agencyOnly,
  'permission.manage': agencyOnly,
  'identity.reveal': agencyOnly,
  'audit.read': agencyOnly,
  'publication.redact': agencyOnly,
  'publication.approve': agencyOnly,
  'retention.destroy': agencyOnly,
  // The register is one book of the agency; visits are not assigned to anyone to narrow them by.
  'reception.read': agencyOnly,
  'reception.write': agencyOnly,
  'reception.publish': agencyOnly,
  // Report forms add up the whole agency's registers; there is no narrower report.
  'report.read': agencyOnly,
  'report.file': agencyOnly,
  // The administration office keeps one set of records for the agency; the plan is the agency's.
  'office.read': agencyOnly,
  'office.write': agencyOnly,
  'plan.read': agencyOnly,
  'plan.write': agencyOnly,
};

export type PermissionRow = Partial<Record<ActionCode, Scope>>;
export type PermissionMatrix = Record<RoleCode, PermissionRow>;

/** The officials who handle letters and cases day to day see and act on the whole agency's files. */
const handler: PermissionRow = {
  'petition.read': 'agency',
  'petition.write': 'agency',
  'petition.readContact': 'agency',
  'case.read': 'agency',
  'case.write': 'agency',
  'document.read': 'agency',
  'attachment.read': 'agency',
  'attachment.write': 'agency',
  'user.read': 'agency',
};
/** Leaders also approve handling outcomes and maintain the reference data deadlines depend on. */
const leader: PermissionRow = {
  ...handler,
  // Leaders read the reception register; the officers who receive citizens write it.
  'reception.read': 'agency',
  // Leaders sign the periodic reports (TT 02/2021) the forms compute.
  'report.read': 'agency',
  // Leaders follow the staffing, training and equipment of this work and the plan's progress.
  'office.read': 'agency',
  'plan.read': 'agency',
  'petition.approve': 'agency',
  'catalogue.write': 'agency',
  'legalClock.write': 'agency',
  'publication.redact': 'agency',
};
/** The plan's items have different lead units (the inspectorate leads most), so those who carry them out update them. */
const planWriter: PermissionRow = { 'plan.read': 'agency', 'plan.write': 'agency' };
/** Who receives citizens at the Sở (Luật TCD Đ16.2: its inspectorate's officials) keeps the register. */
const receptionWriter: PermissionRow = { 'reception.read': 'agency', 'reception.write': 'agency' };
/** The director and deputies sign decisions and conclusions, approve what is published and announce their reception schedule. */
const signer: PermissionRow = {
  ...leader,
  'case.sign': 'agency',
  'publication.approve': 'agency',
  'reception.publish': 'agency',
  // The Director or a deputy signs the periodic report, so they freeze the numbers sent.
  'report.file': 'agency',
};

/**
 * The matrix a new installation starts with. It reproduces what the role guards allowed before the
 * matrix existed; identity reveal goes to the intake officer and the resolver only (Luật Tố cáo
 * Đ47: verifiers work on the redacted copy).
 */
export const defaultPermissionMatrix: PermissionMatrix = {
  director: { ...signer, 'identity.reveal': 'agency', 'audit.read': 'agency', 'retention.destroy': 'agency' },
  deputy_director: { ...signer },
  unit_head: { ...leader },
  // The inspectorate drafts the periodic reports and files them once signed.
  inspector: { ...handler, ...receptionWriter, ...planWriter, 'publication.redact': 'agency', 'report.read': 'agency', 'report.file': 'agency' },
  reception_officer: { ...handler, ...receptionWriter, 'identity.reveal': 'agency' },
  // The administration office keeps the staff, training, reward and equipment records (the plan's item 3) and updates its plan items.
  admin_clerk: { 'user.read': 'agency', 'office.read': 'agency', 'office.write': 'agency', ...planWriter },
  // Runs the system without reading case files: accounts, permissions, reference data.
  sysadmin: {
    'user.read': 'agency',
    'user.manage': 'agency',
    'permission.read': 'agency',
    'permission.manage': 'agency',
    'catalogue.write': 'agency',
    'legalClock.write': 'agency',
    // Checks what was done on the system it runs; the log cannot be changed by anyone.
    'audit.read': 'agency',
  },
  // Reads everything the handlers read, and the audit log, but no citizen's contact details.
  auditor: {
    'petition.read': 'agency',
    'case.read': 'agency',
    'reception.read': 'agency',
    'report.read': 'agency',
    'office.read': 'agency',
    'plan.read': 'agency',
    'document.read': 'agency',
    'attachment.read': 'agency',
    'user.read': 'agency',
    'permission.read': 'agency',
    'audit.read': 'agency',
  },
};

/** The scope a role has for an action, or undefined when the action is refused. */
export const scopeFor = (matrix: PermissionMatrix, role: RoleCode, action: ActionCode): Scope | undefined => matrix[role][action];

export const isActionCode = (value: string): value is ActionCode => (actionCodes as readonly string[]).includes(value);

/** Whether `scope` reaches at least as far as `needed` (agency ⊃ unit ⊃ own). */
export const scopeCovers = (scope: Scope | undefined, needed: Scope): boolean =>
  scope !== undefined && scopes.indexOf(scope) >= scopes.indexOf(needed);

/** One cell of the matrix as the back office edits it; `scope: null` withdraws the permission. */
export const PermissionCellUpdateSchema = z
  .strictObject({
    role: z.enum(roleCodes, { error: 'Vai trò không hợp lệ.' }),
    action: z.enum(actionCodes, { error: 'Thao tác không hợp lệ.' }),
    scope: z.enum(scopes, { error: 'Phạm vi không hợp lệ.' }).nullable(),
    /** The cell's version when the screen loaded it; 0 for a cell that has never been stored. */
    version: z.number().int().min(0),
  })
  .superRefine((cell, ctx) => {
    if (cell.scope !== null && !actionScopes[cell.action].includes(cell.scope)) {
      ctx.addIssue({
        code: 'custom',
        path: ['scope'],
        message: `Thao tác "${actionLabels[cell.action]}" chỉ áp dụng cho phạm vi: ${actionScopes[cell.action].map((s) => scopeLabels[s]).join(', ')}.`,
      });
    }
  });
export type PermissionCellUpdate = z.output<typeof PermissionCellUpdateSchema>;

/**
 * Without this permission nobody could ever grant anything again, so the system administrator
 * keeps it whatever else is edited.
 */
export function assertPermissionEditAllowed(cell: Pick<PermissionCellUpdate, 'role' | 'action' | 'scope'>): void {
  if (cell.role === 'sysadmin' && cell.action === 'permission.manage' && cell.scope !== 'agency') {
    throw new DomainError(
      'VALIDATION',
      'Không thể bỏ quyền phân quyền của Quản trị hệ thống: nếu bỏ, sẽ không còn ai cấp lại được quyền.',
      { scope: 'Quản trị hệ thống luôn giữ quyền phân quyền trên toàn cơ quan.' },
    );
  }
}
