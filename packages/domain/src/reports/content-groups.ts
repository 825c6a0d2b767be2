/** Nội dung đơn as form 02/XLD groups it; the field catalogue maps each `fieldCode` to one group. */
export const contentGroups = ['admin_policy', 'admin_land_housing', 'admin_other', 'judicial', 'party', 'other'] as const;
export type ContentGroup = (typeof contentGroups)[number];

export const contentGroupLabels: Record<ContentGroup, string> = {
  admin_policy: 'Lĩnh vực hành chính: chế độ, chính sách',
  admin_land_housing: 'Lĩnh vực hành chính: đất đai, nhà cửa',
  admin_other: 'Lĩnh vực hành chính: khác',
  judicial: 'Lĩnh vực tư pháp',
  party: 'Về Đảng, đoàn thể',
  other: 'Lĩnh vực khác',
};

/**
 * The group of a field. A field the mapping does not know falls in "khác", so every letter
 * lands in exactly one content column and the columns always add up to the total.
 */
export const contentGroupOf = (fieldCode: string, mapping: Readonly<Record<string, ContentGroup>>): ContentGroup =>
  Object.hasOwn(mapping, fieldCode) ? (mapping[fieldCode] ?? 'other') : 'other';
