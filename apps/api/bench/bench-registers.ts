import { type Db } from '@kntc/db';
import { sql } from 'drizzle-orm';

export interface BenchRegisterSizes {
  /** Letters received in report year 2026 (15/12/2025–14/12/2026). */
  letters: number;
  visits: number;
  sessions: number;
}

export interface BenchRegisterCounts extends BenchRegisterSizes {
  carriedOver: number;
  cases: number;
}

/*
 * Ten times the province's year, written by set-based SQL so that 100,000 letters take seconds:
 * every row is a function of its series number g, so the data is the same on every run and engine.
 * The proportions follow the demo seed (45 % complaints, 30 % accepted, one visit for three letters).
 */

const fields = [
  'hanh_chinh.che_do_chinh_sach', 'hanh_chinh.dat_dai_nha_cua', 'hanh_chinh.to_chuc_bo_may', 'hanh_chinh.cong_chuc_vien_chuc', 'hanh_chinh.ky_luat',
  'hanh_chinh.thi_dua_khen_thuong', 'hanh_chinh.ton_giao', 'hanh_chinh.van_thu_luu_tru', 'tu_phap', 'dang_doan_the', 'tham_nhung', 'khac',
];
const fieldArray = sql.raw(`array[${fields.map((f) => `'${f}'`).join(', ')}]`);

/** Letters received from `firstDay` over `days` days, numbered from `firstSeq`; the same g always gives the same letter. */
function insertLetters(params: { agencyId: string; senderId: string; count: number; firstDay: string; days: number; firstSeq: number }) {
  const { agencyId, senderId, count, firstDay, days, firstSeq } = params;
  return sql`
    with g as (
      select g,
        (${firstDay}::date + (g % ${days}))::date as received,
        case when g % 20 < 9 then 'complaint' when g % 20 < 13 then 'denunciation' when g % 20 < 19 then 'recommendation' else 'mixed' end as kind,
        case (g / 20) % 20
          when 0 then 'accepted' when 1 then 'accepted' when 2 then 'accepted' when 3 then 'accepted' when 4 then 'accepted' when 5 then 'accepted'
          when 6 then 'guided' when 7 then 'guided' when 8 then 'guided' when 9 then 'guided' when 10 then 'guided'
          when 11 then 'transferred' when 12 then 'transferred' when 13 then 'transferred' when 14 then 'urged'
          when 15 then 'archived' when 16 then 'archived' when 17 then 'returned' else 'not_accepted' end as outcome
      from generate_series(1, ${count}) as g
    ), l as (
      select g, received, kind,
        -- The last weeks' letters and one in ten carried-over ones are still being processed.
        case when received >= date '2026-11-20' or g % 50 = 0 then (case when g % 3 = 0 then 'classified' else 'registered' end) else outcome end as status
      from g
    )
    insert into petitions (agency_id, receipt_year, receipt_seq, received_date, channel, kind, status, sender_id, summary, content,
      field_code, classification, handled_date, handled_due_date, due_date, search_text)
    select ${agencyId}, extract(year from received)::int, ${firstSeq} + g, received,
      (array['walk_in', 'post', 'transferred', 'deputy', 'online'])[1 + g % 5], kind, status, ${senderId},
      'Đơn thử tải số ' || g, 'Nội dung đơn thử tải số ' || g || ' về việc giải quyết chế độ, chính sách.',
      (${fieldArray})[1 + (g / 7) % ${fields.length}],
      case when g % 10 < 7 then jsonb_build_object(
        'kind', kind, 'competence', case when status in ('guided', 'transferred', 'urged') then 'outside' else 'within' end,
        'failedConditions', case when status in ('archived', 'returned', 'not_accepted') then '["signed"]'::jsonb else '[]'::jsonb end,
        'isAnonymous', false, 'hasVerifiableEvidence', false, 'hasSignsOfCrime', false, 'isOverdueAtLowerBody', false,
        'complaintRound', case when g % 9 = 0 then 'second' else 'first' end) end,
      case when status in ('registered', 'classified') then null else received + 10 + (g % 8) end,
      case when status in ('registered', 'classified') then null else received + 14 end,
      case when status in ('registered', 'classified') then received + 14 end,
      'don thu tai so ' || g
    from l`;
}

/**
 * Adds the bench year to the demo agency: `letters` received in report year 2026 plus a twentieth
 * received in the autumn of 2025 (half of them still open on 15/12/2025, so carried over), the
 * reception register and the head's sessions of the year, and a case for every accepted
 * complaint and denunciation. Ends with VACUUM ANALYZE, as autovacuum would have by report time.
 */
export async function insertBenchRegisters(db: Db, agencyId: string, sizes: BenchRegisterSizes): Promise<BenchRegisterCounts> {
  const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => {
    const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
    const [row] = Array.isArray(result) ? result : result.rows;
    if (!row) throw new Error('the bench query returned nothing');
    return row;
  };
  const { sender } = await one<{ sender: string }>(sql`select id as sender from persons order by id limit 1`);
  const { officer } = await one<{ officer: string }>(sql`select id as officer from users where username = 'tiepdan'`);
  const carried = Math.round(sizes.letters / 20);

  await db.execute(insertLetters({ agencyId, senderId: sender, count: sizes.letters, firstDay: '2025-12-15', days: 365, firstSeq: 100_000 }));
  await db.execute(insertLetters({ agencyId, senderId: sender, count: carried, firstDay: '2025-09-01', days: 105, firstSeq: 400_000 }));
  // Half of the autumn letters were still open on 15/12/2025: handled in January instead.
  await db.execute(sql`update petitions set handled_date = date '2026-01-10' + (receipt_seq % 20) where receipt_seq > 400000 and receipt_seq % 2 = 0 and handled_date is not null`);

  await db.execute(sql`
    insert into reception_visits (agency_id, visit_year, visit_seq, visit_date, kind, mode, place, receiving_official_id, head_reception, headcount,
      is_group, matter_kind, summary, content, request, outcome, is_repeat, reply_due_date, reply_rule_version, search_text)
    select ${agencyId}, extract(year from d)::int, 100000 + g, d, k, 'in_person', 'Trụ sở tiếp công dân', ${officer},
      case when k = 'regular' then null when g % 3 = 0 then 'authorised' else 'in_person' end,
      case when g % 25 = 0 then 5 + g % 30 else 1 + g % 3 end, g % 25 = 0,
      (array['complaint', 'denunciation', 'recommendation', 'reflection'])[1 + g % 4],
      'Lượt tiếp thử tải số ' || g, 'Công dân trình bày về việc giải quyết chế độ, chính sách.', 'Đề nghị xem xét, giải quyết', 'explained',
      g % 4 = 0, d + 14, 'bench', 'luot tiep thu tai so ' || g
    from (select g, (date '2025-12-15' + (g % 365))::date as d,
            case when g % 10 < 8 then 'regular' when g % 10 = 8 then 'periodic' else 'ad_hoc' end as k
          from generate_series(1, ${sizes.visits}) as g) v`);

  await db.execute(sql`
    insert into reception_sessions (agency_id, date, start_time, end_time, place, host_name, host_title, host_mode, kind, cancelled_at, cancel_reason)
    select ${agencyId}, (date '2025-12-15' + (g * 364 / ${sizes.sessions}))::date, '07:30', '11:00', 'Phòng Tiếp công dân', 'Trần Quốc Bảo', 'Giám đốc Sở Nội vụ',
      case when g % 5 = 0 then 'authorised' else 'in_person' end, case when g % 4 = 0 then 'ad_hoc' else 'periodic' end,
      case when g % 20 = 0 then now() end, case when g % 20 = 0 then 'Giám đốc đi công tác đột xuất.' end
    from generate_series(1, ${sizes.sessions}) as g`);

  await db.execute(sql`
    insert into cases (agency_id, petition_id, case_year, case_seq, kind, status, accepted_date, due_date, subject, signed_date, closed_date)
    select agency_id, id, extract(year from accepted)::int, 100000 + row_number() over (order by receipt_seq),
      case when kind = 'denunciation' then 'denunciation' when classification ->> 'complaintRound' = 'second' then 'complaint_second' else 'complaint_first' end,
      case when accepted + 40 < date '2026-11-30' then 'closed' else 'verifying' end, accepted, accepted + 30, summary,
      case when accepted + 40 < date '2026-11-30' then accepted + 25 + (receipt_seq % 10) end,
      case when accepted + 40 < date '2026-11-30' then accepted + 40 end
    from (select *, handled_date as accepted from petitions where receipt_seq > 100000 and status = 'accepted' and kind in ('complaint', 'denunciation')) p`);

  for (const table of ['petitions', 'reception_visits', 'reception_sessions', 'cases']) await db.execute(sql.raw(`vacuum analyze ${table}`));
  const counts = await one<{ letters: number; carried: number; visits: number; sessions: number; cases: number }>(sql`
    select (select count(*) from petitions where receipt_seq between 100001 and 399999)::int as letters,
           (select count(*) from petitions where receipt_seq > 400000 and (handled_date is null or handled_date >= '2025-12-15'))::int as carried,
           (select count(*) from reception_visits where visit_seq > 100000)::int as visits,
           (select count(*) from reception_sessions where host_name = 'Trần Quốc Bảo' and place = 'Phòng Tiếp công dân')::int as sessions,
           (select count(*) from cases where case_seq > 100000)::int as cases`);
  return { letters: counts.letters, carriedOver: counts.carried, visits: counts.visits, sessions: counts.sessions, cases: counts.cases };
}
