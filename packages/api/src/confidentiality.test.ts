import { insertAttachment, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { roleCodes } from '@kntc/domain';
import { docxText } from '@kntc/documents';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCanary, needlesIn, scanDatabase, scanPgDump } from './testing/canary.js';
import { callerAs } from './testing/caller.js';

/**
 * The canary test (issue 5, "Must show"): a denunciation whose denouncer and co-signer have unique
 * details is taken through intake, receipt, classification, acceptance, verification, extension
 * and conclusion; then every place the data can reach is searched: every row of every table (and
 * a pg_dump on PostgreSQL), every read procedure's answer for every demo role, and the public
 * router. The details may appear only in the authorised reveal's answer.
 */

let handle: DbHandle;
const denouncer = makeCanary('Canary');
const coSigner = makeCanary('Hoàng');
const needles = [...denouncer.needles, ...coSigner.needles];
/** A complainant filed in clear: the same searches must find them, or the searches prove nothing. */
const control = makeCanary('Control');
const users = { director: 'giamdoc', deputy_director: 'phogiamdoc', unit_head: 'chanhthanhtra', inspector: 'thanhtravien', reception_officer: 'tiepdan', admin_clerk: 'vanthu', sysadmin: 'quantri', auditor: 'kiemtra' } as const;
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);
let petitionId = '';
let caseId = '';
let senderId = '';
let revealResponse = '';
let visitId = '';
let visitLetterId = '';

/** Every cell of an exported register workbook, as one text to search. */
async function workbookText(base64: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value ?? '')))));
  return cells.join('\n');
}
let trackingCode = '';

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const intake = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at('2026-03-03') });
  const director = await callerAs(handle, 'giamdoc', { now: at('2026-03-20') });
  const { identity: d } = denouncer;
  let p = await intake.petitions.create({
    receivedDate: '2026-03-02',
    channel: 'walk_in',
    kind: 'denunciation',
    sender: d,
    coSenders: [{ ...coSigner.identity, isRepresentative: true }],
    signerCount: 2,
    summary: `Tố cáo Trưởng phòng Công chức nhận tiền xét tuyển (đơn của ${d.fullName})`,
    content: `Tôi là ${d.fullName}, CCCD số ${d.idNumber}, địa chỉ ${d.address}, điện thoại ${d.phone}, thư điện tử ${d.email}. Cùng ký: ${coSigner.identity.fullName.toLocaleUpperCase('vi')}. Chúng tôi tố cáo ông Trưởng phòng nhận tiền của người dự tuyển.`,
    respondent: { name: 'Trưởng phòng Công chức, viên chức', position: 'Trưởng phòng', organisation: 'Sở Nội vụ' },
  });
  petitionId = p.id;
  senderId = p.senderId;
  trackingCode = (await intake.petitions.issueReceipt({ id: p.id, version: p.version })).trackingCode;
  p = await intake.petitions.getOne({ id: p.id });
  p = await intake.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'denunciation', competence: 'within' } });
  p = await intake.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  const [opened] = (await head.cases.list({ filter: { petitionId: p.id } })).data;
  if (!opened) throw new Error('the denunciation opened no case');
  caseId = opened.id;
  let c = await director.cases.extend({ id: caseId, version: opened.version, reason: 'Vụ việc phức tạp, cần xác minh tại nhiều nơi' });
  c = await director.cases.startVerification({ id: c.id, version: c.version });
  await director.cases.addVerificationStep({ caseId, kind: 'work_session', date: '2026-03-10', description: 'Làm việc với Người tố cáo A', minutes: 'Biên bản số 02' });
  c = await director.cases.draft({
    id: c.id,
    version: c.version,
    draft: {
      type: 'denunciation',
      verificationReport: 'Báo cáo kết quả xác minh số 07/BC-TTr',
      findings: [{ allegation: 'Nhận tiền của người dự tuyển', finding: 'Có căn cứ xác định việc nhận tiền.', verdict: 'true' }],
      legalGrounds: ['Luật Viên chức năm 2010'],
      conclusion: 'Nội dung tố cáo là tố cáo đúng.',
    },
  });
  c = await director.cases.submit({ id: c.id, version: c.version });
  await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Tố cáo đúng; kiến nghị xử lý kỷ luật.' });
  // A scan of the handwritten letter, attached without anything identifying in its name.
  const me = await intake.session.me();
  await handle.db.transaction((tx) =>
    insertAttachment(tx, {
      agencyId: me.agencyId,
      subjectType: 'petition',
      subjectId: petitionId,
      userId: me.id,
      file: { sha256: 'c'.repeat(64), size: 10, mimeType: 'application/pdf' },
      originalName: 'ban-chup-don.pdf',
      description: 'Bản chụp đơn viết tay',
    }),
  );
  await intake.petitions.create({ receivedDate: '2026-03-02', channel: 'post', kind: 'complaint', sender: control.identity, summary: 'Khiếu nại quyết định kỷ luật', content: 'Nội dung.' });
  // The same denouncer comes to the reception desk with a co-signer and hands the denunciation over in person.
  const visit = await intake.receptionVisits.create({
    visitDate: '2026-03-02',
    kind: 'regular',
    place: 'Trụ sở tiếp công dân Sở Nội vụ',
    headcount: 2,
    visitors: [
      { ...d, identityPaper: 'id_card', isRepresentative: true },
      { ...coSigner.identity, identityPaper: 'id_card' },
    ],
    matterKind: 'denunciation',
    summary: `Tố cáo Trưởng phòng Công chức nhận tiền (${d.fullName} trình bày)`,
    content: `Ông (bà) ${d.fullName}, CCCD ${d.idNumber}, ở ${d.address}, điện thoại ${d.phone}, cùng ${coSigner.identity.fullName} trình bày việc nhận tiền.`,
    history: `Chưa gửi cơ quan nào; ${d.fullName} đã gửi thư ${d.email}.`,
    request: `Đề nghị xác minh, giữ bí mật cho ${d.fullName}`,
    outcome: 'letter_received',
    outcomeNote: `Đã nhận đơn của ${d.fullName}`,
  });
  visitId = visit.id;
  visitLetterId = visit.letter?.id ?? '';
  await intake.receptionVisits.create({
    visitDate: '2026-03-02',
    kind: 'regular',
    place: 'Trụ sở tiếp công dân Sở Nội vụ',
    headcount: 1,
    visitors: [{ ...control.identity, identityPaper: 'id_card' }],
    matterKind: 'complaint',
    summary: 'Khiếu nại quyết định kỷ luật',
    content: `Ông (bà) ${control.identity.fullName} trình bày.`,
    request: 'Xem xét lại quyết định',
    outcome: 'explained',
  });
  revealResponse = JSON.stringify(await intake.identities.reveal({ petitionId, reason: 'Cần liên hệ người tố cáo để bổ sung chứng cứ' }));
}, 120_000);
afterAll(() => handle.close());

describe('canary: a denouncer’s identity reaches nothing but the authorised reveal', () => {
  it('the authorised reveal returns every detail of both signers', () => {
    for (const field of Object.values(denouncer.identity)) expect(revealResponse).toContain(field);
    for (const field of Object.values(coSigner.identity)) expect(revealResponse).toContain(field);
  });

  it('no row of any table holds it in clear; sealed documents hold it only encrypted', async () => {
    const scan = await scanDatabase(handle, needles, testVaultKeyring);
    expect(scan.tables).toBeGreaterThan(20);
    expect(scan.findings).toEqual([]);
    // The receipt is addressed to the denouncer: it exists, sealed (so the scan above is not vacuous).
    expect(scan.sealedDocumentsWithCanary).toBe(1);
    const controlScan = await scanDatabase(handle, control.needles, testVaultKeyring);
    expect(controlScan.findings.map((f) => f.where.split(':')[0])).toEqual(expect.arrayContaining(['persons', 'petitions']));
  });

  it('pg_dump of the whole database holds it nowhere (PostgreSQL)', async () => {
    const dump = await scanPgDump(handle, needles);
    if (dump === null) return expect(handle.kind === 'postgres').toBe(false);
    expect(dump.bytes).toBeGreaterThan(100_000);
    expect(dump.findings).toEqual([]);
    expect((await scanPgDump(handle, control.needles))?.findings.length).toBeGreaterThan(0);
  });

  it('no read procedure answers it to any role, whatever the search', async () => {
    const answers: { role: string; call: string; text: string }[] = [];
    const record = async (role: string, call: string, run: () => Promise<unknown>) => {
      const text = await run().then(
        (value) => JSON.stringify(value),
        (error: unknown) => `error: ${error instanceof Error ? error.message : String(error)}`,
      );
      answers.push({ role, call, text });
    };
    const d = denouncer.identity;
    for (const role of roleCodes) {
      const api = await callerAs(handle, users[role]);
      const calls: [string, () => Promise<unknown>][] = [
        ['petitions.getOne', () => api.petitions.getOne({ id: petitionId })],
        ['petitions.getMany', () => api.petitions.getMany({ ids: [petitionId] })],
        ['petitions.getManyReference', () => api.petitions.getManyReference({ target: 'senderId', id: senderId, pagination: { page: 1, perPage: 10 } })],
        ['petitions.list', () => api.petitions.list({ pagination: { page: 1, perPage: 50 }, sort: { field: 'updatedAt', order: 'DESC' } })],
        ...[d.fullName, denouncer.needles[1] ?? '', d.idNumber, d.phone, d.email].map(
          (q) => [`petitions.list q=${q}`, () => api.petitions.list({ pagination: { page: 1, perPage: 50 }, filter: { q } })] as [string, () => Promise<unknown>],
        ),
        ['petitions.timeline', () => api.petitions.timeline({ id: petitionId })],
        ['petitions.outcomes', () => api.petitions.outcomes({ id: petitionId })],
        ['petitions.deadline', () => api.petitions.deadline({ id: petitionId })],
        ['petitions.suggestDuplicates', () => api.petitions.suggestDuplicates({ sender: { fullName: 'Người khác', address: '' }, summary: 'Tố cáo Trưởng phòng Công chức nhận tiền xét tuyển' })],
        ['documents.list petition', () => api.documents.list({ subjectType: 'petition', subjectId: petitionId })],
        ['documents.list case', () => api.documents.list({ subjectType: 'case', subjectId: caseId })],
        ['attachments.list', () => api.attachments.list({ subjectType: 'petition', subjectId: petitionId })],
        ['cases.getOne', () => api.cases.getOne({ id: caseId })],
        ['cases.list', () => api.cases.list({ filter: { petitionId } })],
        ['cases.list q', () => api.cases.list({ filter: { q: d.fullName } })],
        ['cases.timeline', () => api.cases.timeline({ id: caseId })],
        ['cases.verificationSteps', () => api.cases.verificationSteps({ id: caseId })],
        ['cases.measures', () => api.cases.measures({ id: caseId })],
        ['reminders.mine', () => api.reminders.mine()],
        ['dashboard.summary', () => api.dashboard.summary({ from: '2026-01-01', to: '2026-12-31' })],
        ['dashboard.exportXlsx', async () => workbookText((await api.dashboard.exportXlsx({ from: '2026-01-01', to: '2026-12-31' })).base64)],
        ['receptionVisits.getOne', () => api.receptionVisits.getOne({ id: visitId })],
        ['receptionVisits.getMany', () => api.receptionVisits.getMany({ ids: [visitId] })],
        ['receptionVisits.getManyReference', () => api.receptionVisits.getManyReference({ target: 'petitionId', id: visitLetterId, pagination: { page: 1, perPage: 10 } })],
        ['receptionVisits.list', () => api.receptionVisits.list({ pagination: { page: 1, perPage: 50 } })],
        ...[d.fullName, d.idNumber, d.phone, d.address].map(
          (q) => [`receptionVisits.list q=${q}`, () => api.receptionVisits.list({ pagination: { page: 1, perPage: 50 }, filter: { q } })] as [string, () => Promise<unknown>],
        ),
        ['receptionVisits.export xlsx', async () => workbookText((await api.receptionVisits.export({ from: '2026-03-01', to: '2026-03-31', format: 'xlsx' })).base64)],
        ['receptionVisits.export docx', async () => docxText(Buffer.from((await api.receptionVisits.export({ from: '2026-03-01', to: '2026-03-31', format: 'docx' })).base64, 'base64'))],
        ['petitions.getOne visit letter', () => api.petitions.getOne({ id: visitLetterId })],
      ];
      for (const [call, run] of calls) await record(role, call, run);
    }
    const anonymous = await callerAs(handle, null);
    for (const q of [undefined, d.fullName, d.idNumber]) {
      await record('public', `public.publications q=${q ?? ''}`, () => anonymous.public.publications({ pagination: { page: 1, perPage: 50 }, ...(q ? { q } : {}) }));
    }
    await record('public', 'public.publicationFacets', () => anonymous.public.publicationFacets());
    const listed = await anonymous.public.publications({ pagination: { page: 1, perPage: 200 } });
    for (const { slug } of listed.data) await record('public', `public.publication ${slug}`, () => anonymous.public.publication({ slug }));
    await record('public', 'public.receptionSchedule', () => anonymous.public.receptionSchedule());
    await record('public', 'public.trackLetter', () => anonymous.public.trackLetter({ code: trackingCode }));
    await record('public', 'public.statistics', () => anonymous.public.statistics({ year: 2026 }));
    await record('public', 'public.guide', () => anonymous.public.guide());
    const leaks = answers.map((a) => ({ ...a, found: needlesIn(a.text, needles) })).filter((a) => a.found.length > 0);
    expect(leaks.map((l) => `${l.role} ${l.call}: ${l.found.join(', ')}`)).toEqual([]);
    // The calls did answer: the letter is found by its pseudonym, so an empty result is not what passes.
    expect(answers.find((a) => a.role === 'reception_officer' && a.call === 'petitions.getOne')?.text).toContain('Người tố cáo A');
    expect(answers.find((a) => a.role === 'inspector' && a.call === 'cases.getOne')?.text).toContain('Người tố cáo A');
    expect(answers.find((a) => a.role === 'reception_officer' && a.call === 'receptionVisits.getOne')?.text).toContain('Người tố cáo A');
    expect(answers.find((a) => a.role === 'director' && a.call === 'receptionVisits.export xlsx')?.text).toContain('Người tố cáo B');
    // The denouncer's own receipt code finds their letter, and says only how far it got.
    expect(JSON.parse(answers.find((a) => a.call === 'public.trackLetter')?.text ?? '{}')).toMatchObject({ found: true, statusLabel: 'Đã có kết quả giải quyết' });
    expect(answers.find((a) => a.call === 'public.statistics')?.text).toContain('"denunciation":');
    const intake = await callerAs(handle, 'tiepdan');
    const found = JSON.stringify(await intake.petitions.list({ pagination: { page: 1, perPage: 5 }, filter: { q: control.identity.fullName } }));
    expect(needlesIn(found, control.needles)).toEqual(expect.arrayContaining([control.identity.fullName, control.identity.idNumber, control.identity.email]));
  });
});
