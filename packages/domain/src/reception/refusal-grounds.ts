import type { IsoDate } from '../common/iso-date.js';
import { isInForce, type DateEffective } from './date-effective.js';

/**
 * Căn cứ từ chối tiếp công dân, by effective date. Luật TCD 2013 Đ9 was read [T]; the grounds
 * NĐ 154/2026 Đ4 adds from 01/7/2026 come from a third-party copy of the decree [T*] and are
 * marked unconfirmed until checked against vanban.chinhphu.vn (BRIEF section 4).
 */
export type RefusalGround = DateEffective & {
  code: string;
  label: string;
  basis: string;
  confidence: 'confirmed' | 'unconfirmed';
  /** The officer must say what happened: a general ground means nothing without it. */
  needsNote?: boolean;
};

const LAW_2013 = 'Điều 9 Luật Tiếp công dân 2013';
const DECREE_2026 = 'Điều 4 Nghị định 154/2026/NĐ-CP';
const FROM_2026 = '2026-07-01';

export const defaultRefusalGrounds: readonly RefusalGround[] = [
  { code: 'incapacitated', effectiveFrom: '2014-07-01', basis: `Khoản 1 ${LAW_2013}`, confidence: 'confirmed', label: 'Người đang say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức, điều khiển hành vi' },
  { code: 'threats', effectiveFrom: '2014-07-01', basis: `Khoản 2 ${LAW_2013}`, confidence: 'confirmed', label: 'Người có hành vi đe dọa, xúc phạm cơ quan, người tiếp công dân, người thi hành công vụ hoặc vi phạm nội quy nơi tiếp công dân' },
  { code: 'resolved_persistent', effectiveFrom: '2014-07-01', basis: `Khoản 3 ${LAW_2013}`, confidence: 'confirmed', label: 'Khiếu nại, tố cáo vụ việc đã được giải quyết đúng pháp luật, đã kiểm tra, rà soát, thông báo bằng văn bản, đã được tiếp, giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài' },
  { code: 'other_by_law', effectiveFrom: '2014-07-01', basis: `Khoản 4 ${LAW_2013}`, confidence: 'confirmed', needsNote: true, label: 'Trường hợp khác theo quy định của pháp luật' },
  { code: 'weapons', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc vật dụng nguy hiểm vào nơi tiếp công dân' },
  { code: 'security_check_refused', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Không chấp hành việc kiểm tra an ninh tại nơi tiếp công dân' },
  { code: 'unauthorised_recording', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Ghi âm, ghi hình trái phép tại nơi tiếp công dân' },
  { code: 'incitement', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Kích động, lôi kéo người khác gây rối trật tự tại nơi tiếp công dân' },
  { code: 'no_proof_of_representation', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh' },
  { code: 'recommendation_answered', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Kiến nghị, phản ánh đã được cơ quan có thẩm quyền xem xét, trả lời' },
  { code: 'final_judgment', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Vụ việc đã có bản án, quyết định của Tòa án có hiệu lực pháp luật' },
  { code: 'pending_elsewhere', effectiveFrom: FROM_2026, basis: DECREE_2026, confidence: 'unconfirmed', label: 'Vụ việc đang được cơ quan có thẩm quyền khác thụ lý, giải quyết' },
];

/** The grounds an officer may cite for a visit on `date`. */
export const refusalGroundsInForce = (date: IsoDate, grounds: readonly RefusalGround[] = defaultRefusalGrounds) => grounds.filter((g) => isInForce(g, date));

/** The ground with this code in force on `date`, or undefined when it did not (yet) exist then. */
export const refusalGroundOn = (code: string, date: IsoDate, grounds: readonly RefusalGround[] = defaultRefusalGrounds) =>
  refusalGroundsInForce(date, grounds).find((g) => g.code === code);
