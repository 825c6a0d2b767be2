/** Đơn theo nội dung (TT 05/2021 Đ6). "mixed" = đơn có nhiều nội dung khác nhau. */
export const petitionKinds = ['complaint', 'denunciation', 'recommendation', 'mixed'] as const;
export type PetitionKind = (typeof petitionKinds)[number];

export const petitionKindLabels: Record<PetitionKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị, phản ánh',
  mixed: 'Nhiều nội dung',
};

/** Nguồn đơn: how the letter reached the department. */
export const petitionChannels = ['walk_in', 'post', 'transferred', 'deputy', 'online'] as const;
export type PetitionChannel = (typeof petitionChannels)[number];

export const petitionChannelLabels: Record<PetitionChannel, string> = {
  walk_in: 'Trực tiếp tại nơi tiếp công dân',
  post: 'Qua bưu chính',
  transferred: 'Cơ quan, tổ chức chuyển đến',
  deputy: 'Đại biểu Quốc hội, HĐND chuyển đến',
  online: 'Trực tuyến',
};

/** Channels whose letters arrive with a forwarding agency and its document number. */
export const forwardedChannels: readonly PetitionChannel[] = ['transferred', 'deputy'];

export const petitionStatuses = [
  'draft',
  'registered',
  'classified',
  'pending_approval',
  'accepted',
  'not_accepted',
  'guided',
  'transferred',
  'returned',
  'urged',
  'archived',
  'escalated',
  'management_check',
  'duplicate',
  'split',
] as const;
export type PetitionStatus = (typeof petitionStatuses)[number];

export const petitionStatusLabels: Record<PetitionStatus, string> = {
  draft: 'Nháp',
  registered: 'Đã vào sổ, chờ phân loại',
  classified: 'Đã phân loại, chờ xử lý',
  pending_approval: 'Chờ lãnh đạo duyệt',
  accepted: 'Đã thụ lý',
  not_accepted: 'Không thụ lý',
  guided: 'Đã hướng dẫn',
  transferred: 'Đã chuyển đơn',
  returned: 'Đã trả lại đơn',
  urged: 'Đã đôn đốc',
  archived: 'Đã xếp lưu',
  escalated: 'Đã báo cáo khẩn, chuyển cơ quan điều tra',
  management_check: 'Kiểm tra phục vụ công tác quản lý',
  duplicate: 'Đơn trùng',
  split: 'Đã tách thành các đơn riêng',
};
