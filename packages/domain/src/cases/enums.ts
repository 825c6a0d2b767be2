/** Vụ việc: an accepted complaint (first or second round) or denunciation. */
export const caseKinds = ['complaint_first', 'complaint_second', 'denunciation'] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseKindLabels: Record<CaseKind, string> = {
  complaint_first: 'Khiếu nại lần đầu',
  complaint_second: 'Khiếu nại lần hai',
  denunciation: 'Tố cáo',
};

export const caseStatuses = [
  'accepted',
  'verifying',
  'dialogue',
  'drafting',
  'pending_signature',
  'issued',
  'enforcing',
  'closed',
  'suspended',
  'terminated',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export const caseStatusLabels: Record<CaseStatus, string> = {
  accepted: 'Đã thụ lý',
  verifying: 'Đang xác minh',
  dialogue: 'Đang đối thoại',
  drafting: 'Dự thảo quyết định, kết luận',
  pending_signature: 'Trình lãnh đạo ký',
  issued: 'Đã ban hành',
  enforcing: 'Tổ chức thực hiện',
  closed: 'Đã kết thúc',
  suspended: 'Tạm đình chỉ',
  terminated: 'Đình chỉ giải quyết',
};

export const openCaseStatuses = ['accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature'] as const satisfies readonly CaseStatus[];

export const caseSortFields = ['caseNumber', 'acceptedDate', 'dueDate', 'status', 'kind', 'updatedAt'] as const;
export type CaseSortField = (typeof caseSortFields)[number];
