import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date.js';
import { listInputSchema, SortOrderSchema } from '../common/list.js';

/** Filters of the audit log screen (nhật ký kiểm tra); every one optional. */
export const AuditFilterSchema = z
  .strictObject({
    actorId: z.uuid({ error: 'Cán bộ thực hiện không hợp lệ.' }).optional(),
    /** A username, or part of an official's full name. */
    actor: z.string().trim().max(100, { error: 'Tên cán bộ tối đa 100 ký tự.' }).optional(),
    action: z.string().trim().max(100, { error: 'Thao tác tối đa 100 ký tự.' }).optional(),
    entity: z.string().trim().max(50, { error: 'Loại hồ sơ tối đa 50 ký tự.' }).optional(),
    entityId: z.string().trim().max(100, { error: 'Mã hồ sơ tối đa 100 ký tự.' }).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc.', path: ['to'] });
export type AuditFilter = z.output<typeof AuditFilterSchema>;

/** The log is read newest first, in append order: react-admin's sort is accepted and ignored. */
export const AuditListInputSchema = listInputSchema(
  z.strictObject({ field: z.string().max(50), order: SortOrderSchema }),
  AuditFilterSchema,
);

export const AuditExportInputSchema = z.strictObject({
  filter: AuditFilterSchema.optional(),
  format: z.enum(['xlsx', 'csv'], { error: 'Định dạng xuất phải là xlsx hoặc csv.' }).default('xlsx'),
});

/** Rows one export may hold; a wider range is narrowed by date first. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;

/** Vietnamese names of the tables the log names as `entity`. */
export const auditEntityLabels: Record<string, string> = {
  petitions: 'Đơn',
  cases: 'Vụ việc',
  case_measures: 'Biện pháp tổ chức thực hiện',
  calendar_years: 'Lịch làm việc',
  deadline_rules: 'Quy tắc thời hạn',
  catalogue_items: 'Danh mục',
  documents: 'Văn bản',
  attachments: 'Tệp đính kèm',
  users: 'Tài khoản cán bộ',
  role_permissions: 'Phân quyền',
  publications: 'Bản công khai',
  reception_visits: 'Lượt tiếp công dân',
  sessions: 'Phiên đăng nhập',
};

/** Vietnamese names of the areas an action belongs to (the part before the dot). */
const areaLabels: Record<string, string> = {
  auth: 'Đăng nhập',
  account: 'Tài khoản của tôi',
  attachments: 'Tệp đính kèm',
  audit: 'Nhật ký kiểm tra',
  calendars: 'Lịch làm việc',
  cases: 'Vụ việc',
  catalogues: 'Danh mục',
  deadlineRules: 'Quy tắc thời hạn',
  documents: 'Văn bản',
  files: 'Tệp đính kèm',
  identities: 'Danh tính được bảo mật',
  permissions: 'Phân quyền',
  petitions: 'Đơn',
  publications: 'Công khai',
  receptionVisits: 'Sổ tiếp công dân',
  retention: 'Lưu trữ',
  users: 'Tài khoản cán bộ',
};

/** Vietnamese names of the actions officials look for most; others show their area and code. */
export const auditActionLabels: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.login_failed': 'Đăng nhập không thành công',
  'auth.logout': 'Đăng xuất',
  'account.changePassword': 'Đổi mật khẩu',
  'account.startTotp': 'Bắt đầu đăng ký xác thực hai bước',
  'account.confirmTotp': 'Bật xác thực hai bước',
  'account.disableTotp': 'Tắt xác thực hai bước',
  'attachments.delete': 'Gỡ tệp đính kèm',
  'files.upload': 'Tải lên tệp đính kèm',
  'audit.export': 'Xuất nhật ký kiểm tra',
  'receptionVisits.create': 'Ghi sổ lượt tiếp công dân',
  'receptionVisits.update': 'Sửa lượt tiếp công dân',
  'receptionVisits.export': 'In sổ tiếp công dân',
  'calendars.create': 'Tạo lịch năm',
  'calendars.update': 'Sửa lịch năm',
  'catalogues.create': 'Thêm mục danh mục',
  'catalogues.update': 'Sửa mục danh mục',
  'deadlineRules.create': 'Thêm quy tắc thời hạn',
  'deadlineRules.update': 'Sửa quy tắc thời hạn',
  'permissions.update': 'Sửa phân quyền',
  'petitions.create': 'Tạo đơn',
  'petitions.update': 'Sửa đơn',
  'petitions.delete': 'Xoá đơn nháp',
  'petitions.register': 'Vào sổ đơn',
  'petitions.issueReceipt': 'In giấy biên nhận',
  'petitions.classify': 'Phân loại đơn',
  'petitions.propose': 'Đề xuất hướng xử lý',
  'petitions.approve': 'Duyệt hướng xử lý',
  'petitions.reject': 'Trả lại đề xuất',
  'petitions.markDuplicate': 'Đánh dấu đơn trùng',
  'petitions.unlinkDuplicate': 'Bỏ đánh dấu đơn trùng',
  'petitions.split': 'Tách đơn',
  'petitions.unsplit': 'Huỷ tách đơn',
  'cases.startVerification': 'Bắt đầu xác minh',
  'cases.startDialogue': 'Bắt đầu đối thoại',
  'cases.draft': 'Lập dự thảo',
  'cases.reviseDraft': 'Sửa dự thảo',
  'cases.submit': 'Trình ký',
  'cases.returnDraft': 'Trả lại dự thảo',
  'cases.sign': 'Ký ban hành',
  'cases.startEnforcement': 'Tổ chức thực hiện',
  'cases.close': 'Kết thúc vụ việc',
  'cases.suspend': 'Tạm đình chỉ',
  'cases.resume': 'Tiếp tục giải quyết',
  'cases.terminate': 'Đình chỉ giải quyết',
  'cases.extend': 'Gia hạn',
  'cases.setFlags': 'Cập nhật đặc điểm vụ việc',
  'cases.assign': 'Phân công',
  'cases.assignMany': 'Phân công nhiều vụ việc',
  'cases.addVerificationStep': 'Ghi bước xác minh',
  'cases.addMeasure': 'Thêm biện pháp thực hiện',
  'cases.completeMeasure': 'Hoàn thành biện pháp',
  'identities.reveal': 'Xem danh tính được bảo mật',
  'identities.openDocument': 'Mở văn bản có danh tính được bảo mật',
  'attachments.reveal': 'Mở tệp có danh tính được bảo mật',
  'publications.createFromCase': 'Tạo bản công khai',
  'publications.updateMasks': 'Sửa phần che thông tin',
  'publications.approve': 'Duyệt bản công khai',
  'publications.reopen': 'Mở lại bản công khai',
  'publications.publish': 'Công khai',
  'users.create': 'Tạo tài khoản cán bộ',
  'users.update': 'Sửa tài khoản cán bộ',
  'users.resetPassword': 'Đặt lại mật khẩu',
  'users.resetTotp': 'Gỡ xác thực hai bước',
};

/** A label for any action code the log holds, including ones added after this list. */
export function auditActionLabel(action: string): string {
  const known = auditActionLabels[action];
  if (known) return known;
  const [area = action, name] = action.split('.');
  const areaLabel = areaLabels[area];
  return areaLabel && name ? `${areaLabel}: ${name}` : action;
}

export const auditAreaLabels: Readonly<Record<string, string>> = areaLabels;
