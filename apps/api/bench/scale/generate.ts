/**
 * A national-scale population for benchmarks, written by set-based SQL on PostgreSQL: every row is
 * a function of its series number g and the seed, through hashint8extended (deterministic, no
 * random()), so the same --letters and --seed give the same data on every run.
 *
 * What it writes, for N letters over five years (2022-01-01 to the day before `today`):
 * - persons: 0.75 N, of whom one in 25 writes a quarter of all letters (repeat writers);
 * - letters in roughly the national shares of kinds (most are recommendations and reflections, then
 *   complaints, denunciations, mixed), fewer in the week of Tết and more in the fortnight after it,
 *   open or handled by age (0.8 % of older ones still open and overdue), a group letter in 50 with
 *   three co-senders;
 * - a case for every accepted complaint and denunciation, at the stage its age implies (some
 *   suspended or terminated), with a timeline event per step, the signed decision or conclusion as
 *   a document, and half of the signed ones published on the public portal;
 * - 0.875 N reception visits (the 2023 national ratio of visits to letters) and the head's sessions.
 *
 * Non-unique and unique secondary indexes of the big tables are dropped before the inserts and
 * rebuilt after them (a bulk build is several times faster than maintaining a GIN index row by
 * row), then every table is analysed, as autovacuum would have. Row triggers are off meanwhile
 * (`session_replication_role`), and what they keep, the dashboard's daily counts, is rebuilt once.
 */
import { foldVietnamese } from '@kntc/domain';
import type { Sql } from 'postgres';

export interface ScaleOptions {
  letters: number;
  seed: number;
  /** The day the population is seen from: letters are received before it. */
  today: string;
  agencyId: string;
  /**
   * The clear columns of a protected person (pseudonym, sealed identity, digest): a denouncer's
   * identity is sealed with the vault key, which the database never sees, so Node seals it.
   */
  protect: (personId: string, identity: { fullName: string; address: string; idNumber: string; phone: string; email: null }) => {
    fullName: string;
    searchText: string;
    sealedIdentity: Buffer;
    idNumberDigest: string | null;
  };
  log?: (line: string) => void;
}

export interface ScaleCounts {
  persons: number;
  letters: number;
  coSenders: number;
  cases: number;
  timeline: number;
  documents: number;
  publications: number;
  visits: number;
  sessions: number;
}

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý'];
const middles = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quốc', 'Xuân', 'Thu'];
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hùng', 'Hương', 'Lan', 'Linh', 'Mai', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Tuấn', 'Vân', 'Yến', 'Hải', 'Khánh', 'Đông'];
const wards = ['phường Bến Thành', 'xã Tân Phú', 'phường Hòa Bình', 'xã Phước Hưng', 'phường Trường Thi', 'xã Đông Hòa', 'phường Quang Trung', 'xã Yên Lạc', 'phường Ninh Kiều', 'xã Thạch Hà'];
const districts = ['quận 1', 'huyện Đức Trọng', 'thành phố Buôn Ma Thuột', 'huyện Cần Giờ', 'thị xã Sơn Tây', 'huyện Krông Pắc'];
/** Subject of the letter and the field catalogue code it belongs to. */
const subjects: [string, string][] = [
  ['việc thu hồi đất, bồi thường, hỗ trợ tái định cư', 'hanh_chinh.dat_dai_nha_cua'],
  ['việc cấp giấy chứng nhận quyền sử dụng đất', 'hanh_chinh.dat_dai_nha_cua'],
  ['việc giải quyết chế độ chính sách người có công', 'hanh_chinh.che_do_chinh_sach'],
  ['việc chi trả trợ cấp bảo trợ xã hội', 'hanh_chinh.che_do_chinh_sach'],
  ['việc xét tuyển viên chức không đúng tiêu chuẩn', 'hanh_chinh.cong_chuc_vien_chuc'],
  ['việc bổ nhiệm cán bộ quản lý', 'hanh_chinh.to_chuc_bo_may'],
  ['việc kỷ luật công chức xã', 'hanh_chinh.ky_luat'],
  ['việc xét khen thưởng kháng chiến', 'hanh_chinh.thi_dua_khen_thuong'],
  ['việc cấp phép sinh hoạt tôn giáo', 'hanh_chinh.ton_giao'],
  ['việc quản lý hồ sơ lưu trữ lịch sử', 'hanh_chinh.van_thu_luu_tru'],
  ['cán bộ nhận tiền khi làm thủ tục hành chính', 'tham_nhung'],
  ['việc thi hành bản án dân sự', 'tu_phap'],
  ['việc tranh chấp ranh giới thửa đất', 'hanh_chinh.dat_dai_nha_cua'],
  ['việc ô nhiễm môi trường của cơ sở sản xuất', 'khac'],
];
const paragraph =
  'Gia đình tôi đã nhiều lần gửi đơn đến Ủy ban nhân dân cấp xã và cấp huyện nhưng chưa được xem xét, giải quyết dứt điểm. ' +
  'Kính đề nghị cơ quan có thẩm quyền kiểm tra, xác minh và trả lời bằng văn bản theo quy định của pháp luật.';
const publicationBody =
  'Qua kết quả xác minh, đối chiếu hồ sơ, tài liệu và làm việc với các cơ quan, đơn vị liên quan, có đủ cơ sở kết luận như sau. ' +
  'Đơn vị đã thực hiện đúng trình tự, thủ tục theo quy định; tuy nhiên còn một số thiếu sót trong khâu lưu trữ hồ sơ, cần chấn chỉnh. ';
/** The first day of each lunar new year in the five years. */
const tet = ['2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17'];

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const array = (items: readonly string[]) => `array[${items.map(quote).join(', ')}]::text[]`;
const pick = (items: readonly string[], hash: string) => `(${array(items)})[1 + (${hash}) % ${items.length}]`;

/** The big tables whose secondary indexes are rebuilt in bulk after the inserts. */
const bulkTables = ['persons', 'petitions', 'petition_co_senders', 'cases', 'timeline_events', 'documents', 'publications', 'reception_visits'];

export async function generateScale(sql: Sql, options: ScaleOptions): Promise<ScaleCounts> {
  const { letters: n, seed, today, agencyId } = options;
  const log = options.log ?? (() => {});
  if (!Number.isInteger(n) || n < 100) throw new Error('--letters must be an integer of at least 100');
  const personsCount = Math.round(n * 0.75);
  const repeatPool = Math.max(1, Math.round(personsCount / 25));
  const visitsCount = Math.round(n * 0.875);
  const start = '2022-01-01';
  /** A 63-bit hash of the row number `v` for purpose `k`: the only source of variety. */
  const h = (k: number, v = 'g') => `abs(hashint8extended((${v})::bigint, ${seed * 1000 + k}::bigint))`;
  const span = `(date ${quote(today)} - date '${start}')`;

  const step = async (label: string, query: string) => {
    const started = performance.now();
    const result = await sql.unsafe(query);
    log(`${label}: ${result.count ?? 0} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };

  await sql.unsafe(`set synchronous_commit = off`);
  await sql.unsafe(`set maintenance_work_mem = '512MB'`);
  await sql.unsafe(`set work_mem = '64MB'`);
  const [officers] = await sql.unsafe<{ ids: string[] }[]>(
    `select array_agg(id order by username) as ids from users where username in ('thanhtravien', 'chanhthanhtra', 'tiepdan')`,
  );
  const officerIds = officers?.ids ?? [];
  if (officerIds.length === 0) throw new Error('seed the demo data first: no officers');
  const [reception] = await sql.unsafe<{ id: string }[]>(`select id from users where username = 'tiepdan'`);

  const indexes = await sql.unsafe<{ name: string; definition: string }[]>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.schemaname = 'public' and i.tablename in (${bulkTables.map(quote).join(', ')})
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const index of indexes) await sql.unsafe(`drop index ${index.name}`);
  log(`dropped ${indexes.length} secondary indexes for the bulk load`);
  // Row triggers (the dashboard's daily counts) would run once per generated letter and case; they
  // are off for this session and the counts are rebuilt in one pass at the end.
  await sql.unsafe(`set session_replication_role = replica`);

  const personId = (v: string) => uuidOf(`'p:${seed}:' || (${v})`);
  const letterId = (v: string) => uuidOf(`'l:${seed}:' || (${v})`);
  const foldedFamilies = families.map(foldVietnamese);
  const foldedMiddles = middles.map(foldVietnamese);
  const foldedGivens = givens.map(foldVietnamese);
  await step(
    'persons',
    `insert into persons (id, agency_id, full_name, id_number, address, phone, search_text)
     select ${personId('g')}, ${quote(agencyId)}, name, idn, address, phone, folded || ' ' || idn || ' ' || phone || ' ' || folded_address
     from (
       select g,
         ${pick(families, h(1))} || ' ' || ${pick(middles, h(2))} || ' ' || ${pick(givens, h(3))} as name,
         ${pick(foldedFamilies, h(1))} || ' ' || ${pick(foldedMiddles, h(2))} || ' ' || ${pick(foldedGivens, h(3))} as folded,
         lpad((${h(4)} % 1000000000000)::text, 12, '0') as idn,
         '09' || lpad((${h(5)} % 100000000)::text, 8, '0') as phone,
         'Số ' || (1 + ${h(6)} % 300) || ', ' || ${pick(wards, h(7))} || ', ' || ${pick(districts, h(8))} as address,
         'so ' || (1 + ${h(6)} % 300) || ', ' || ${pick(wards.map(foldVietnamese), h(7))} || ', ' || ${pick(districts.map(foldVietnamese), h(8))} as folded_address
       from generate_series(0, ${personsCount - 1}) as g
     ) p`,
  );

  // Every denunciation has its own protected sender (Luật Tố cáo Đ47): sealed in Node, written in batches.
  const denouncerId = (v: string) => uuidOf(`'d:${seed}:' || (${v})`);
  const isDenunciation = `${h(12)} % 100 between 91 and 96`;
  const sealStarted = performance.now();
  const denouncers = await sql.unsafe<{ id: string; name: string; idn: string; phone: string; address: string }[]>(
    `select ${denouncerId('g')}::text as id,
       ${pick(families, h(51))} || ' ' || ${pick(middles, h(52))} || ' ' || ${pick(givens, h(53))} as name,
       lpad((${h(54)} % 1000000000000)::text, 12, '0') as idn, '09' || lpad((${h(55)} % 100000000)::text, 8, '0') as phone,
       'Số ' || (1 + ${h(56)} % 300) || ', ' || ${pick(wards, h(57))} || ', ' || ${pick(districts, h(58))} as address
     from generate_series(1, ${n}) as g where ${isDenunciation}`,
  );
  for (let at = 0; at < denouncers.length; at += 5000) {
    const batch = denouncers
      .slice(at, at + 5000)
      .map((d) => ({ id: d.id, ...options.protect(d.id, { fullName: d.name, address: d.address, idNumber: d.idn, phone: d.phone, email: null }) }));
    await sql.unsafe(
      `insert into persons (id, agency_id, full_name, address, search_text, is_protected, sealed_identity, id_number_digest)
       select id, ${quote(agencyId)}, full_name, '', search_text, true, decode(sealed, 'hex'), nullif(digest, '')
       from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) as t(id, full_name, search_text, sealed, digest)`,
      [
        batch.map((b) => b.id),
        batch.map((b) => b.fullName),
        batch.map((b) => b.searchText),
        batch.map((b) => b.sealedIdentity.toString('hex')),
        batch.map((b) => b.idNumberDigest ?? ''),
      ] as never[],
    );
  }
  log(`protected denouncers: ${denouncers.length} rows sealed in ${((performance.now() - sealStarted) / 1000).toFixed(1)} s`);
  const pseudonymFolded = options.protect('00000000-0000-4000-8000-000000000000', { fullName: 'x', address: 'x', idNumber: 'x', phone: 'x', email: null }).searchText;

  const subjectTexts = subjects.map(([s]) => s);
  const foldedSubjects = subjectTexts.map(foldVietnamese);
  const fieldCodes = subjects.map(([, f]) => f);
  const kindPrefix = `case kind when 'complaint' then 'Khiếu nại ' when 'denunciation' then 'Tố cáo ' when 'recommendation' then 'Kiến nghị, phản ánh ' else 'Khiếu nại, tố cáo ' end`;
  const foldedPrefix = `case kind when 'complaint' then 'khieu nai ' when 'denunciation' then 'to cao ' when 'recommendation' then 'kien nghi, phan anh ' else 'khieu nai, to cao ' end`;
  const tetShift = `coalesce((select 9 from unnest(${array(tet)}::date[]) as t(d) where d0 between t.d - 3 and t.d + 6), 0)`;
  await step(
    'letters',
    `with base as (
       select g, date '${start}' + (${h(11)} % ${span})::int as d0, ${h(12)} % 100 as kp, ${h(13)} % 1000 as sp, ${h(14)} % ${subjects.length} as subj,
         case when ${h(15)} % 4 = 0 then ${h(16)} % ${repeatPool} else ${h(16)} % ${personsCount} end as sender
       from generate_series(1, ${n}) as g
     ), dated as (
       select *, least(d0 + ${tetShift}, date ${quote(today)} - 1) as received,
         case when kp < 70 then 'recommendation' when kp < 91 then 'complaint' when kp < 97 then 'denunciation' else 'mixed' end as kind
       from base
     ), staged as (
       select *, date ${quote(today)} - received as age,
         case
           when date ${quote(today)} - received <= 3 then 'registered'
           when date ${quote(today)} - received <= 12 then (array['registered', 'classified', 'classified', 'pending_approval'])[1 + sp % 4]
           when sp < 8 and date ${quote(today)} - received <= 240 then (array['registered', 'classified'])[1 + sp % 2]
           when kind = 'recommendation' then case when sp < 450 then 'transferred' when sp < 750 then 'guided' when sp < 950 then 'archived' else 'urged' end
           else case when sp < 350 then 'accepted' when sp < 450 then 'not_accepted' when sp < 650 then 'guided' when sp < 800 then 'transferred'
                     when sp < 850 then 'returned' else 'archived' end
         end as status
       from dated
     ), numbered as (
       select *, extract(year from received)::int as year,
         1000 + row_number() over (partition by extract(year from received) order by received, g) as seq
       from staged
     )
     insert into petitions (id, agency_id, receipt_year, receipt_seq, received_date, channel, kind, status, sender_id, signer_count, summary, content,
       field_code, classification, handled_date, handled_due_date, due_date, due_rule_version, search_text, summary_key, created_by, created_at, updated_at)
     select ${letterId('g')}, ${quote(agencyId)}, year, seq, received,
       (array['walk_in', 'post', 'post', 'transferred', 'deputy', 'online'])[1 + g % 6], kind, status,
       case when kind = 'denunciation' then ${denouncerId('g')} else ${personId('sender')} end,
       case when g % 50 = 0 and kind <> 'denunciation' then 4 else 1 end,
       ${kindPrefix} || (${array(subjectTexts)})[1 + subj] || ' tại ' || ${pick(wards, h(17))},
       ${kindPrefix} || (${array(subjectTexts)})[1 + subj] || ' tại ' || ${pick(wards, h(17))} || '. ' || ${quote(paragraph)},
       (${array(fieldCodes)})[1 + subj],
       case when status not in ('registered') then jsonb_build_object(
         'kind', kind, 'competence', case when status in ('guided', 'transferred', 'urged') then 'outside' else 'within' end,
         'failedConditions', case when status in ('archived', 'returned', 'not_accepted') then '["signed"]'::jsonb else '[]'::jsonb end,
         'isAnonymous', false, 'hasVerifiableEvidence', false, 'hasSignsOfCrime', false, 'isOverdueAtLowerBody', false,
         'complaintRound', case when sp % 9 = 0 then 'second' else 'first' end) end,
       case when status in ('registered', 'classified', 'pending_approval') then null else least(received + 2 + (${h(18)} % 15)::int, date ${quote(today)} - 1) end,
       case when status in ('registered', 'classified', 'pending_approval') then null else received + 14 end,
       case when status in ('registered', 'classified', 'pending_approval') then received + 14 end,
       case when status in ('registered', 'classified', 'pending_approval') then 'scale' end,
       seq || '/' || year || ' ' || case when kind = 'denunciation' then ${quote(pseudonymFolded)} else
         ${pick(foldedFamilies, h(1, 'sender'))} || ' ' || ${pick(foldedMiddles, h(2, 'sender'))} || ' ' || ${pick(foldedGivens, h(3, 'sender'))} end
         || ' ' || ${foldedPrefix} || (${array(foldedSubjects)})[1 + subj] || ' tai ' || ${pick(wards.map(foldVietnamese), h(17))} || '. ' || ${quote(foldVietnamese(paragraph))},
       ${foldedPrefix} || (${array(foldedSubjects)})[1 + subj] || ' tai ' || ${pick(wards.map(foldVietnamese), h(17))},
       ${quote(reception?.id ?? officerIds[0] ?? '')}, received::timestamptz + interval '2 hours', received::timestamptz + interval '2 hours'
     from numbered`,
  );
  // The summary keeps the sender's name out; the register's name column is persons.full_name.
  await step(
    'co-senders',
    `insert into petition_co_senders (petition_id, position, person_id, is_representative)
     select ${letterId('g')}, k, ${personId(`(${h(21)} + k) % ${personsCount}`)}, k = 1
     from generate_series(50, ${n}, 50) as g, generate_series(1, 3) as k
     where not (${isDenunciation})`,
  );

  const stage = `case
       when ${h(31, 'c.n')} % 100 < 3 and age > 20 then 'suspended'
       when ${h(31, 'c.n')} % 100 < 5 and age > 20 then 'terminated'
       when ${h(31, 'c.n')} % 100 < 7 and age > 60 and age < 400 then 'verifying'
       when age < 7 then 'accepted' when age < 25 then 'verifying'
       when age < 35 then case when kind = 'denunciation' then 'verifying' else 'dialogue' end
       when age < 45 then 'drafting' when age < 50 then 'pending_signature' when age < 55 then 'issued'
       when age < 100 then 'enforcing' else 'closed' end`;
  await step(
    'cases',
    `with c as (
       select p.id as petition_id, p.handled_date as accepted, p.summary, p.receipt_seq as n,
         date ${quote(today)} - p.handled_date as age,
         case when p.kind = 'denunciation' then 'denunciation' when p.classification ->> 'complaintRound' = 'second' then 'complaint_second' else 'complaint_first' end as kind
       from petitions p where p.status = 'accepted' and p.kind <> 'recommendation' and p.due_rule_version is distinct from 'demo' and p.receipt_seq > 1000
     ), s as (
       select c.*, ${stage} as status from c
     ), numbered as (
       select s.*, extract(year from accepted)::int as year,
         1000 + row_number() over (partition by extract(year from accepted) order by accepted, n) as seq,
         case when status in ('issued', 'enforcing', 'closed') then accepted + 40 + (n % 10)::int end as signed
       from s
     ), decided as (
       select numbered.*, extract(year from signed)::int as dyear,
         case when signed is not null then 1000 + row_number() over (partition by extract(year from signed), signed is null order by signed, n) end as dseq
       from numbered
     )
     insert into cases (id, agency_id, petition_id, case_year, case_seq, kind, status, accepted_date, due_date, due_rule_version, assignee_id, subject,
       suspended_since, decision_number, decision_year, decision_seq, signed_date, sent_date, closed_date, result_summary)
     select ${uuidOf(`'c:${seed}:' || petition_id`)}, ${quote(agencyId)}, petition_id, year, seq, kind, status, accepted,
       accepted + case when kind = 'complaint_second' then 45 else 30 end, 'scale',
       (${`array[${officerIds.map((id) => `${quote(id)}::uuid`).join(', ')}]`})[1 + n % ${officerIds.length}], summary,
       case when status = 'suspended' then accepted + 15 end,
       case when dseq is not null then dseq || case when kind = 'denunciation' then '/KL-SNV' else '/QĐ-SNV' end end,
       dyear, dseq, signed, signed + 3, case when status in ('closed', 'terminated') then accepted + 60 end,
       case when status in ('closed', 'issued', 'enforcing') then 'Đã ban hành văn bản giải quyết.' end
     from decided`,
  );

  const caseActions = ['accept', 'start_verification', 'start_dialogue', 'draft', 'submit', 'sign', 'start_enforcement', 'close'];
  const caseStages = ['accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature', 'issued', 'enforcing', 'closed'];
  await step(
    'timeline (letters)',
    `insert into timeline_events (agency_id, subject_type, subject_id, action, from_state, to_state, actor_id, at)
     select p.agency_id, 'petition', p.id, e.action, e.from_state, e.to_state, p.created_by, e.at
     from petitions p cross join lateral (values
       ('register', null, 'registered', p.received_date::timestamptz + interval '2 hours'),
       ('classify', 'registered', 'classified', p.received_date::timestamptz + interval '1 day'),
       ('approve', 'pending_approval', p.status, p.handled_date::timestamptz + interval '9 hours')
     ) as e(action, from_state, to_state, at)
     where p.receipt_seq > 1000 and p.due_rule_version is distinct from 'demo'
       and (e.action = 'register' or (e.action = 'classify' and p.status <> 'registered') or (e.action = 'approve' and p.handled_date is not null))`,
  );
  await step(
    'timeline (cases)',
    `insert into timeline_events (agency_id, subject_type, subject_id, action, from_state, to_state, actor_id, at)
     select c.agency_id, 'case', c.id, (${array(caseActions)})[k], (${array(caseStages)})[k - 1], (${array(caseStages)})[k], c.assignee_id,
       least(c.accepted_date + (k - 1) * 7, date ${quote(today)} - 1)::timestamptz + interval '3 hours'
     from cases c cross join lateral generate_series(1, coalesce(array_position(${array(caseStages)}, c.status), 2)) as k
     where c.due_rule_version = 'scale'`,
  );
  await step(
    'documents',
    `insert into documents (agency_id, subject_type, subject_id, kind, year, seq, symbol, document_date, title, file_name, content, signer_name, created_by)
     select agency_id, 'case', id, case when kind = 'denunciation' then 'denunciation_conclusion' else 'complaint_decision' end, decision_year, decision_seq,
       case when kind = 'denunciation' then 'KL-SNV' else 'QĐ-SNV' end, signed_date,
       case when kind = 'denunciation' then 'Kết luận nội dung tố cáo ' else 'Quyết định giải quyết khiếu nại ' end || subject,
       'van-ban-' || decision_year || '-' || decision_seq || '.docx', convert_to(repeat(${quote(publicationBody)}, 8), 'UTF8'), 'Trần Quốc Bảo', assignee_id
     from cases where due_rule_version = 'scale' and decision_seq is not null`,
  );
  await step(
    'publications',
    `insert into publications (agency_id, slug, kind, title, summary, redacted_body, document_number, signed_date, state, published_at, posted_from, posted_until,
       field_code, legal_basis, search_text)
     select c.agency_id, 'cv-' || c.decision_year || '-' || c.decision_seq || '-' || substr(md5(c.id::text), 1, 6),
       case when c.kind = 'denunciation' then 'denunciation_conclusion' else 'complaint_decision' end, t.title, t.summary,
       repeat(${quote(publicationBody)}, 10), c.decision_number, c.signed_date, 'published', (c.signed_date + 5)::timestamptz + interval '2 hours',
       c.signed_date + 5, c.signed_date + 20, p.field_code,
       case when c.kind = 'denunciation' then 'Luật Tố cáo 2018, Điều 40' else 'Luật Khiếu nại 2011, Điều 31' end,
       lower(${foldSql('t.title')} || ' ' || ${foldSql('t.summary')} || ' ' || ${foldSql('c.decision_number')})
     from cases c join petitions p on p.id = c.petition_id
     cross join lateral (select
       case when c.kind = 'denunciation' then 'Kết luận nội dung tố cáo số ' else 'Quyết định giải quyết khiếu nại số ' end || c.decision_number as title,
       c.subject as summary) t
     where c.due_rule_version = 'scale' and c.decision_seq is not null and c.decision_seq % 2 = 0`,
  );
  await step(
    'reception visits',
    `with v as (
       select g, least(date '${start}' + (${h(41)} % ${span})::int, date ${quote(today)} - 1) as d,
         case when g % 10 < 8 then 'regular' when g % 10 = 8 then 'periodic' else 'ad_hoc' end as k
       from generate_series(1, ${visitsCount}) as g
     ), numbered as (
       select v.*, extract(year from d)::int as year, 1000 + row_number() over (partition by extract(year from d) order by d, g) as seq from v
     )
     insert into reception_visits (agency_id, visit_year, visit_seq, visit_date, kind, mode, place, receiving_official_id, head_reception, headcount,
       is_group, matter_kind, summary, content, request, outcome, is_repeat, reply_due_date, reply_rule_version, search_text)
     select ${quote(agencyId)}, year, seq, d, k, 'in_person', 'Trụ sở tiếp công dân', ${quote(reception?.id ?? '')},
       case when k = 'regular' then null when g % 3 = 0 then 'authorised' else 'in_person' end,
       case when g % 25 = 0 then 5 + g % 30 else 1 + g % 3 end, g % 25 = 0,
       (array['complaint', 'denunciation', 'recommendation', 'reflection'])[1 + g % 4],
       'Công dân trình bày ' || (${array(subjectTexts)})[1 + ${h(42)} % ${subjects.length}], 'Công dân trình bày sự việc và cung cấp tài liệu kèm theo.',
       'Đề nghị xem xét, giải quyết', 'explained', g % 4 = 0, d + 14, 'scale',
       'cong dan trinh bay ' || (${array(foldedSubjects)})[1 + ${h(42)} % ${subjects.length}]
     from numbered`,
  );
  const months = Math.ceil((Date.parse(today) - Date.parse(start)) / (30.44 * 86_400_000));
  await step(
    'reception sessions',
    `insert into reception_sessions (agency_id, date, start_time, end_time, place, host_name, host_title, host_mode, kind)
     select ${quote(agencyId)}, (date '${start}' + (g * 15 + 9))::date, '07:30', '11:00', 'Phòng Tiếp công dân', 'Trần Quốc Bảo', 'Giám đốc Sở Nội vụ',
       case when g % 5 = 0 then 'authorised' else 'in_person' end, case when g % 4 = 0 then 'ad_hoc' else 'periodic' end
     from generate_series(0, ${months * 2 - 1}) as g where date '${start}' + (g * 15 + 9) < date ${quote(today)}`,
  );
  // New letters, cases, visits and documents continue the numbers the generator used.
  await step(
    'counters',
    `insert into counters (agency_id, series, year, value)
     select agency_id, series, year, max(value) from (
       select agency_id, 'petition.receipt' as series, receipt_year as year, receipt_seq as value from petitions where receipt_year is not null
       union all select agency_id, 'case', case_year, case_seq from cases
       union all select agency_id, 'reception.visit', visit_year, visit_seq from reception_visits
       union all select agency_id, 'document:' || symbol, year, seq from documents
     ) x group by agency_id, series, year
     on conflict (agency_id, series, year) do update set value = greatest(counters.value, excluded.value)`,
  );

  await sql.unsafe(`set session_replication_role = origin`);
  const countsStarted = performance.now();
  await sql.unsafe(`select rebuild_dashboard_counts()`);
  log(`dashboard counts rebuilt in ${((performance.now() - countsStarted) / 1000).toFixed(1)} s`);

  const rebuildStarted = performance.now();
  for (const index of indexes) await sql.unsafe(index.definition);
  log(`rebuilt ${indexes.length} indexes in ${((performance.now() - rebuildStarted) / 1000).toFixed(1)} s`);
  const analyseStarted = performance.now();
  await sql.unsafe(`vacuum analyze`);
  log(`vacuum analyze in ${((performance.now() - analyseStarted) / 1000).toFixed(1)} s`);

  const [counts] = await sql.unsafe<ScaleCounts[]>(
    `select (select count(*) from persons)::int as persons, (select count(*) from petitions)::int as letters,
       (select count(*) from petition_co_senders)::int as "coSenders", (select count(*) from cases)::int as cases,
       (select count(*) from timeline_events)::int as timeline, (select count(*) from documents)::int as documents,
       (select count(*) from publications)::int as publications, (select count(*) from reception_visits)::int as visits,
       (select count(*) from reception_sessions)::int as sessions`,
  );
  if (!counts) throw new Error('no counts');
  return counts;
}

/** A version-4-shaped UUID from a hash of the text, so ids are reproducible and pass the API's uuid check. */
function uuidOf(text: string): string {
  return `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
}

/** Vietnamese folding in SQL for text the generator did not build from its own folded lists. */
function foldSql(expression: string): string {
  const from = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ';
  const to = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD';
  return `translate(${expression}, ${quote(from)}, ${quote(to)})`;
}
