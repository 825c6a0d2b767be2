/** Hình thức tiếp công dân (Luật TCD Đ2.1): regular by the reception officers, periodic or ad hoc by the head. */
export const receptionVisitKinds = ['regular', 'periodic', 'ad_hoc'] as const;
export type ReceptionVisitKind = (typeof receptionVisitKinds)[number];

export const receptionVisitKindLabels: Record<ReceptionVisitKind, string> = {
  regular: 'Tiếp thường xuyên',
  periodic: 'Thủ trưởng tiếp định kỳ',
  ad_hoc: 'Thủ trưởng tiếp đột xuất',
};

/** Trực tiếp / trực tuyến (Luật 136/2025, Điều 3a Luật TCD); online only for visits from its effective date. */
export const receptionModes = ['in_person', 'online'] as const;
export type ReceptionMode = (typeof receptionModes)[number];

export const receptionModeLabels: Record<ReceptionMode, string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
};

/** How the head took part in a periodic or ad hoc reception; report form 01/TCD counts them apart. */
export const headReceptionModes = ['in_person', 'authorised'] as const;
export type HeadReceptionMode = (typeof headReceptionModes)[number];

export const headReceptionModeLabels: Record<HeadReceptionMode, string> = {
  in_person: 'Thủ trưởng trực tiếp tiếp',
  authorised: 'Người được ủy quyền tiếp',
};

/** Nội dung vụ việc: what the visitor came about. Phản ánh is its own kind at the desk, one kind of letter later. */
export const receptionMatterKinds = ['complaint', 'denunciation', 'recommendation', 'reflection'] as const;
export type ReceptionMatterKind = (typeof receptionMatterKinds)[number];

export const receptionMatterKindLabels: Record<ReceptionMatterKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị',
  reflection: 'Phản ánh',
};

/** The kind of letter a matter becomes when the visitor hands one over (kiến nghị and phản ánh are one kind of letter). */
export const petitionKindOfMatter = (kind: ReceptionMatterKind) => (kind === 'reflection' ? 'recommendation' : kind);

/** Kết quả tiếp: what was done on the spot. */
export const receptionOutcomes = ['explained', 'guided', 'letter_received', 'refused'] as const;
export type ReceptionOutcome = (typeof receptionOutcomes)[number];

export const receptionOutcomeLabels: Record<ReceptionOutcome, string> = {
  explained: 'Giải thích, trả lời trực tiếp',
  guided: 'Hướng dẫn đến cơ quan có thẩm quyền',
  letter_received: 'Tiếp nhận đơn',
  refused: 'Từ chối tiếp',
};

/** Giấy tờ tùy thân đã kiểm tra (TT 06/2014 Đ5–8). */
export const identityPapers = ['id_card', 'passport', 'authorisation_letter', 'lawyer_card', 'other'] as const;
export type IdentityPaper = (typeof identityPapers)[number];

export const identityPaperLabels: Record<IdentityPaper, string> = {
  id_card: 'Căn cước công dân / CMND',
  passport: 'Hộ chiếu',
  authorisation_letter: 'Giấy ủy quyền',
  lawyer_card: 'Thẻ luật sư',
  other: 'Giấy tờ khác',
};
