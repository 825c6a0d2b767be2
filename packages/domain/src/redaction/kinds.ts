/**
 * What a mask hides, strongest first: when masks overlap, the merged mask takes the kind that
 * comes first here, so a protected identity is never downgraded to a plain name, and a street
 * named after a person ("đường Ngô Quyền") stays an address.
 */
export const redactionKinds = [
  'denouncer',
  'protected_person',
  'id_number',
  'phone',
  'email',
  'birth_date',
  'address',
  'person_name',
  'other',
] as const;
export type RedactionKind = (typeof redactionKinds)[number];

/** Where a mask came from: the detectors, the protected identities of the case, or the officer. */
export const redactionSources = ['detected', 'protected', 'manual'] as const;
export type RedactionSource = (typeof redactionSources)[number];

/** What the published copy shows in place of the masked text. Lower case and digit-free, so no detector fires on it. */
export const redactionPlaceholders: Record<RedactionKind, string> = {
  denouncer: '[thông tin người tố cáo đã được che]',
  protected_person: '[thông tin người được bảo vệ đã được che]',
  id_number: '[số định danh đã được che]',
  phone: '[số điện thoại đã được che]',
  email: '[thư điện tử đã được che]',
  birth_date: '[ngày sinh đã được che]',
  person_name: '[họ tên đã được che]',
  address: '[địa chỉ đã được che]',
  other: '[thông tin đã được che]',
};

export const redactionKindLabels: Record<RedactionKind, string> = {
  denouncer: 'Thông tin người tố cáo',
  protected_person: 'Thông tin người được bảo vệ',
  id_number: 'Số CCCD/CMND',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
  birth_date: 'Ngày sinh',
  person_name: 'Họ tên',
  address: 'Địa chỉ',
  other: 'Thông tin khác',
};

export const redactionSourceLabels: Record<RedactionSource, string> = {
  detected: 'Hệ thống phát hiện',
  protected: 'Danh tính được bảo vệ',
  manual: 'Cán bộ thêm',
};

/**
 * Kinds that block approval while any of them is still readable in the published copy: the
 * protected identities always, and identifiers that single out one person (Luật TC Đ47, Luật
 * An ninh mạng / NĐ 13/2023 on personal data).
 */
export const blockingRedactionKinds: readonly RedactionKind[] = ['denouncer', 'protected_person', 'id_number', 'phone', 'email'];

/** Kinds only the protected-identity source produces; an officer may not unmask them. */
export const protectedRedactionKinds: readonly RedactionKind[] = ['denouncer', 'protected_person'];
