import { schema, type Db } from '@kntc/db';
import { foldVietnamese, publicationKinds } from '@kntc/domain';
import { sql } from 'drizzle-orm';

const subjects = [
  'việc thu tiền trái quy định khi cấp giấy xác nhận',
  'việc xét tuyển viên chức không đúng tiêu chuẩn',
  'việc chi trả chế độ chính sách cho người có công',
  'việc bổ nhiệm cán bộ quản lý trường học',
  'việc giải quyết hồ sơ thi đua, khen thưởng',
  'việc quản lý hồ sơ lưu trữ lịch sử',
];
const fields = ['hanh_chinh.che_do_chinh_sach', 'hanh_chinh.cong_chuc_vien_chuc', 'hanh_chinh.thi_dua_khen_thuong', 'hanh_chinh.van_thu_luu_tru', 'tham_nhung'];
const paragraph =
  'Qua kết quả xác minh, đối chiếu hồ sơ, tài liệu và làm việc với các cơ quan, đơn vị liên quan, có đủ cơ sở kết luận như sau. ' +
  'Đơn vị đã thực hiện đúng trình tự, thủ tục theo quy định; tuy nhiên còn một số thiếu sót trong khâu lưu trữ hồ sơ, cần chấn chỉnh. ';

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Ten thousand published conclusions and decisions over five years, shaped like real ones (a
 * body of some 3 KB, every kind and field): what the portal holds after years of use.
 */
export async function insertBenchPublications(db: Db, count: number): Promise<{ slugs: string[] }> {
  const [agency] = await db.select({ id: schema.agencies.id }).from(schema.agencies).limit(1);
  if (!agency) throw new Error('seed the demo data first: no agency');
  const slugs: string[] = [];
  const start = Date.UTC(2022, 0, 3);
  for (let offset = 0; offset < count; offset += 500) {
    const rows = [];
    for (let i = offset; i < Math.min(count, offset + 500); i++) {
      const kind = publicationKinds[i % publicationKinds.length] ?? 'denunciation_conclusion';
      const subject = subjects[i % subjects.length] ?? '';
      const signed = new Date(start + Math.floor((i * 4.8 * 86_400_000) / 10));
      const published = new Date(signed.getTime() + 5 * 86_400_000);
      const title = `Kết luận nội dung tố cáo số ${i + 1} về ${subject}`;
      const summary = `Kết luận về ${subject} tại đơn vị số ${(i % 40) + 1}.`;
      const documentNumber = `${(i % 900) + 1}/KL-SNV`;
      const slug = `bench-${i + 1}-${kind.replaceAll('_', '-')}`;
      slugs.push(slug);
      rows.push({
        agencyId: agency.id,
        slug,
        kind,
        title,
        summary,
        redactedBody: Array.from({ length: 12 }, () => paragraph).join('\n'),
        documentNumber,
        signedDate: iso(signed),
        state: 'published' as const,
        publishedAt: published,
        postedFrom: iso(published),
        postedUntil: iso(new Date(published.getTime() + 15 * 86_400_000)),
        fieldCode: fields[i % fields.length] ?? null,
        legalBasis: 'Luật Tố cáo 2018, Điều 40',
        searchText: foldVietnamese(`${title} ${summary} ${documentNumber}`),
      });
    }
    await db.insert(schema.publications).values(rows).onConflictDoNothing();
  }
  // As autovacuum would have by then: statistics for the planner, and the visibility map for index-only counts.
  await db.execute(sql`vacuum analyze publications`);
  return { slugs };
}
