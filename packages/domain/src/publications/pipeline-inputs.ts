import { z } from 'zod';
import { vnMultiline } from '../text/vn-text.js';
import { IsoDateSchema } from '../common/iso-date.js';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';

/** Đăng công khai: the approver may keep the copy up longer than the legal minimum, never shorter. */
export const PublicationPublishSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  postedUntil: IsoDateSchema.optional(),
});
export type PublicationPublish = z.output<typeof PublicationPublishSchema>;

/** Gỡ bản công khai: the reason is shown on the public page; its length is checked by `checkTakedownReason`. */
export const PublicationTakeDownSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  reason: vnMultiline({ error: 'Hãy nhập lý do gỡ.' }).max(2000, { error: 'Lý do gỡ không được quá 2000 ký tự.' }),
});
export type PublicationTakeDown = z.output<typeof PublicationTakeDownSchema>;
