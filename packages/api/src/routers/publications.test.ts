import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

/** The denouncer: unique strings that must never reach the public router. */
const denouncer = { fullName: 'Hà Thị Canary Tố', idNumber: '062190001122', phone: '0912345678', address: 'Thôn 9, xã Ngọk Bay, thành phố Kon Tum' };
/** A witness the conclusion names with her contact details, as drafts sometimes do. */
const witness = { name: 'Lương Thị Chứng', cccd: '062 080 009 999', phone: '0987.654.321', email: 'luongchung@gmail.com' };

/** A denunciation driven through the API from intake to a signed conclusion. */
async function signedDenunciation(day: string) {
  const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
  const director = await callerAs(handle, 'giamdoc', { now: at(day) });
  let p = await officer.petitions.create({
    receivedDate: day,
    channel: 'walk_in',
    kind: 'denunciation',
    sender: { fullName: denouncer.fullName, idNumber: denouncer.idNumber, phone: denouncer.phone, address: denouncer.address },
    respondent: { name: 'Phạm Văn Cường', position: 'Phó Giám đốc', organisation: 'Trung tâm Lưu trữ lịch sử tỉnh' },
    summary: 'Tố cáo sử dụng kinh phí chỉnh lý tài liệu sai mục đích',
    content: 'Nội dung tố cáo.',
  });
  p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'denunciation', competence: 'within', complaintRound: 'first' } });
  p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  const [opened] = (await officer.cases.list({ filter: { petitionId: p.id } })).data;
  if (!opened) throw new Error('case opened');
  let c = await officer.cases.startVerification({ id: opened.id, version: opened.version });
  c = await officer.cases.draft({
    id: c.id,
    version: c.version,
    draft: {
      type: 'denunciation',
      verificationReport: 'Báo cáo kết quả xác minh số 05/BC-TTr',
      findings: [
        {
          allegation: 'Sử dụng kinh phí chỉnh lý tài liệu không đúng mục đích',
          // Written carelessly: it names the denouncer and a witness with her details.
          finding: `Làm việc với bà ${denouncer.fullName} và người làm chứng là bà ${witness.name}, CCCD số ${witness.cccd}, điện thoại ${witness.phone}, thư điện tử ${witness.email}: kinh phí được sử dụng đúng dự toán.`,
          verdict: 'false',
        },
      ],
      legalGrounds: ['Luật Lưu trữ năm 2024'],
      conclusion: 'Nội dung tố cáo là tố cáo sai.',
    },
  });
  c = await officer.cases.submit({ id: c.id, version: c.version });
  c = await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Tố cáo sai; kinh phí được sử dụng đúng dự toán.' });
  expect(c.status).toBe('issued');
  return c;
}

describe('publication redaction', () => {
  it('makes a draft from a signed conclusion, masks everything identifying, and needs a second official to approve', async () => {
    const c = await signedDenunciation('2026-03-02');
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-04-01') });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-04-02') });
    const deputy = await callerAs(handle, 'phogiamdoc', { now: at('2026-04-02') });

    expect((await officer.publications.candidates()).map((x) => x.caseId)).toContain(c.id);
    let pub = await officer.publications.createFromCase({ caseId: c.id });
    expect(pub).toMatchObject({ state: 'draft', kind: 'denunciation_conclusion', documentNumber: c.decisionNumber, caseId: c.id, redactedBody: '', isOwnRedaction: true });
    expect((await officer.publications.candidates()).map((x) => x.caseId)).not.toContain(c.id);
    expect(await outcomeOf(officer.publications.createFromCase({ caseId: c.id }))).toMatch(/^CONFLICT: Vụ việc này đã có bản công khai/);

    const review = pub.review;
    if (!review) throw new Error('a draft from a case has its review');
    // The denouncer was replaced before the source was stored; everything else is proposed.
    expect(review.sourceText).not.toContain('Canary');
    expect(review.sourceText).toContain('Làm việc với bà [thông tin người tố cáo đã được che] và người làm chứng');
    expect(review.proposed.map((s) => [s.kind, s.source, s.text])).toEqual(
      expect.arrayContaining([
        ['denouncer', 'protected', '[thông tin người tố cáo đã được che]'],
        ['person_name', 'detected', witness.name],
        ['id_number', 'detected', witness.cccd],
        ['phone', 'detected', witness.phone],
        ['email', 'detected', witness.email],
        ['person_name', 'detected', 'Phạm Văn Cường'],
      ]),
    );
    // The signing director is an official acting in public office: not proposed.
    expect(review.proposed.map((s) => s.text)).not.toContain('Trần Quốc Bảo');
    expect(review.preview).not.toContain(witness.name);
    expect(review.unmasked).toEqual([]);
    const stored = await handle.db.select({ text: schema.publicationSources.sourceText }).from(schema.publicationSources);
    expect(stored.some((r) => r.text.includes('Canary') || r.text.includes(denouncer.idNumber))).toBe(false);

    // The officer keeps the accused official's name wherever it is (it is what the conclusion is about) and masks a detail by hand.
    const accused = review.proposed.filter((s) => s.text === 'Phạm Văn Cường').map((s) => `${s.start}:${s.end}`);
    expect(accused).toHaveLength(3);
    const phoneMask = review.proposed.find((s) => s.kind === 'phone');
    if (!phoneMask) throw new Error('proposals present');
    expect(await outcomeOf(officer.publications.updateMasks({ id: pub.id, version: pub.version, title: pub.title, summary: pub.summary, rejected: [`${phoneMask.start}:${phoneMask.end}`], manual: [] }))).toMatch(
      /Không được bỏ che số điện thoại/,
    );
    const reportAt = review.sourceText.indexOf('05/BC-TTr');
    pub = await officer.publications.updateMasks({
      id: pub.id,
      version: pub.version,
      title: 'Kết luận nội dung tố cáo đối với Phó Giám đốc Trung tâm Lưu trữ lịch sử tỉnh',
      summary: 'Tố cáo việc sử dụng kinh phí chỉnh lý tài liệu sai mục đích: tố cáo sai.',
      rejected: accused,
      manual: [{ start: reportAt, end: reportAt + '05/BC-TTr'.length, kind: 'other' }],
    });
    expect(pub.review?.preview).toContain('Đối với ông (bà) Phạm Văn Cường, Phó Giám đốc');
    expect(pub.review?.preview).not.toContain('[họ tên đã được che] cáo');
    expect(pub.review?.preview).toContain('Báo cáo kết quả xác minh số [thông tin đã được che]');
    expect(await outcomeOf(officer.publications.updateMasks({ id: pub.id, version: pub.version - 1, title: pub.title, summary: pub.summary, rejected: [], manual: [] }))).toMatch(/^CONFLICT/);

    // The drafter cannot approve: an inspector lacks the permission; a director who edited the masks is the drafter too.
    expect(await outcomeOf(officer.publications.approve({ id: pub.id, version: pub.version }))).toMatch(/^FORBIDDEN/);
    const manual = (pub.review?.manual ?? []).map(({ start, end, kind }) => ({ start, end, kind }));
    const directorEdit = await director.publications.updateMasks({ id: pub.id, version: pub.version, title: pub.title, summary: pub.summary, rejected: pub.review?.rejected ?? [], manual });
    expect(directorEdit.isOwnRedaction).toBe(true);
    expect(await outcomeOf(director.publications.approve({ id: pub.id, version: directorEdit.version }))).toMatch(/^FORBIDDEN: Người duyệt phải là người khác/);

    pub = await deputy.publications.approve({ id: pub.id, version: directorEdit.version });
    expect(pub).toMatchObject({ state: 'approved', approvedByName: 'Lê Thị Minh Hằng', isOwnRedaction: false });
    expect(pub.redactedBody).toBe(pub.review?.preview);
    expect(await outcomeOf(officer.publications.updateMasks({ id: pub.id, version: pub.version, title: pub.title, summary: pub.summary, rejected: [], manual: [] }))).toMatch(/đã được duyệt/);

    // Approved is not yet public.
    const anonymous = await callerAs(handle, null);
    expect((await anonymous.public.publications({ q: 'Trung tam Luu tru' })).data.map((x) => x.slug)).not.toContain(pub.slug);
    expect(await outcomeOf(anonymous.public.publication({ slug: pub.slug }))).toMatch(/^NOT_FOUND/);

    pub = await deputy.publications.publish({ id: pub.id, version: pub.version });
    expect(pub).toMatchObject({ state: 'published', publishedAt: new Date('2026-04-02T03:00:00Z') });

    // The public router shows the redacted copy and nothing that was masked.
    const listed = await anonymous.public.publications({ q: 'kinh phi chinh ly' });
    expect(listed.data.map((x) => x.slug)).toContain(pub.slug);
    const page = await anonymous.public.publication({ slug: pub.slug });
    expect(page.redactedBody).toContain('Làm việc với bà [thông tin người tố cáo đã được che] và người làm chứng là bà [họ tên đã được che], CCCD số [số định danh đã được che]');
    const everything = JSON.stringify([page, listed]);
    for (const secret of [denouncer.fullName, 'Canary', denouncer.idNumber, denouncer.phone, 'Ngọk Bay', witness.name, witness.cccd, witness.phone, witness.email, '05/BC-TTr']) {
      expect(everything).not.toContain(secret);
    }
    expect(Object.keys(page).sort()).toEqual(
      [
        ...['agencyName', 'documentNumber', 'kind', 'postedUntil', 'publishedAt', 'redactedBody', 'signedDate', 'slug', 'state', 'summary', 'takedownReason', 'title'],
        ...['agencyId', 'archived', 'fieldCode', 'fieldName', 'legalBasis', 'postedFrom', 'takenDownAt'],
      ].sort(),
    );

    const actions = (await officer.cases.timeline({ id: c.id })).map((e) => e.action);
    expect(actions.slice(-5)).toEqual(['publication_draft', 'publication_review', 'publication_review', 'publication_approve', 'publication_publish']);
  });

  it('refuses approval while the copy, the title or the summary still shows an identifier or the denouncer', async () => {
    const c = await signedDenunciation('2026-05-04');
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-06-01') });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-06-02') });
    let pub = await officer.publications.createFromCase({ caseId: c.id });
    pub = await officer.publications.updateMasks({
      id: pub.id,
      version: pub.version,
      title: pub.title,
      summary: `Tố cáo của bà Ha Thi Canary To, điện thoại ${denouncer.phone}`,
      rejected: [],
      manual: [],
    });
    expect(pub.review?.unmaskedInTitle).toBe(2);
    expect(await outcomeOf(director.publications.approve({ id: pub.id, version: pub.version }))).toBe(
      'BAD_REQUEST: Chưa thể duyệt: tiêu đề hoặc tóm tắt còn 2 thông tin người tố cáo.',
    );
    pub = await officer.publications.updateMasks({ id: pub.id, version: pub.version, title: pub.title, summary: 'Tố cáo sai.', rejected: [], manual: [] });

    // A draft whose proposals missed a phone (made by an older detector, say): the re-check at approval catches it.
    await handle.db
      .update(schema.publicationSources)
      .set({ proposedMasks: sql`(select coalesce(jsonb_agg(m), '[]'::jsonb) from jsonb_array_elements(${schema.publicationSources.proposedMasks}) m where m->>'kind' <> 'phone')` })
      .where(eq(schema.publicationSources.publicationId, pub.id));
    const reread = await director.publications.getOne({ id: pub.id });
    expect(reread.review?.unmasked.map((u) => u.kind)).toEqual(['phone']);
    expect(await outcomeOf(director.publications.approve({ id: pub.id, version: pub.version }))).toBe(
      'BAD_REQUEST: Chưa thể duyệt: bản công khai còn 1 số điện thoại chưa được che. Hãy che hết rồi duyệt lại.',
    );
    const [row] = await handle.db.select({ state: schema.publications.state, body: schema.publications.redactedBody }).from(schema.publications).where(eq(schema.publications.id, pub.id));
    expect(row).toEqual({ state: 'draft', body: '' });

    // Masked by hand, it passes; reopening withdraws the frozen copy until approved again.
    const phoneAt = reread.review?.sourceText.indexOf(witness.phone) ?? -1;
    pub = await officer.publications.updateMasks({ id: pub.id, version: pub.version, title: pub.title, summary: pub.summary, rejected: [], manual: [{ start: phoneAt, end: phoneAt + witness.phone.length, kind: 'phone' }] });
    pub = await director.publications.approve({ id: pub.id, version: pub.version });
    expect(pub.redactedBody).not.toContain(witness.phone);
    pub = await director.publications.reopen({ id: pub.id, version: pub.version });
    expect(pub).toMatchObject({ state: 'draft', redactedBody: '', approvedByName: null });
    expect(await outcomeOf(director.publications.publish({ id: pub.id, version: pub.version }))).toMatch(/Chỉ đăng công khai bản đã được duyệt/);
  });

  it('reads a sealed complaint decision through the vault and keeps the protected complainant out of the stored source', async () => {
    const day = '2026-07-06';
    const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
    const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-07-20') });
    let p = await officer.petitions.create({
      receivedDate: day,
      channel: 'walk_in',
      kind: 'complaint',
      protectIdentity: true,
      sender: { fullName: 'Y Canary Niê', idNumber: '062195003344', address: 'Buôn Kon Rờ Bàng, xã Vinh Quang' },
      summary: 'Khiếu nại quyết định kỷ luật khiển trách',
      content: 'Nội dung.',
    });
    p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within', complaintRound: 'first' } });
    p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
    p = await head.petitions.approve({ id: p.id, version: p.version });
    const [opened] = (await officer.cases.list({ filter: { petitionId: p.id } })).data;
    if (!opened) throw new Error('case opened');
    let c = await officer.cases.startVerification({ id: opened.id, version: opened.version });
    c = await officer.cases.startDialogue({ id: c.id, version: c.version });
    c = await officer.cases.draft({
      id: c.id,
      version: c.version,
      draft: {
        type: 'complaint',
        complaintContent: 'Bà Y Canary Niê khiếu nại quyết định kỷ luật khiển trách.',
        verificationResult: 'Việc xem xét kỷ luật chưa đúng trình tự.',
        dialogueResult: 'Các bên thống nhất về trình tự còn thiếu.',
        conclusion: 'Khiếu nại là đúng một phần.',
        ruling: 'Hủy một phần Quyết định kỷ luật số 12/QĐ-SNV.',
        measures: [],
      },
    });
    c = await officer.cases.submit({ id: c.id, version: c.version });
    c = await director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Khiếu nại đúng một phần.' });
    const [decision] = await director.documents.list({ subjectType: 'case', subjectId: c.id });
    expect(decision?.isSealed).toBe(true);

    const pub = await officer.publications.createFromCase({ caseId: c.id });
    expect(pub.kind).toBe('complaint_decision');
    expect(pub.review?.sourceText).toContain('của ông (bà) [thông tin người được bảo vệ đã được che]');
    expect(pub.review?.sourceText).not.toMatch(/Canary|062195003344|Kon Rờ Bàng/);
    expect(pub.review?.unmasked).toEqual([]);
  });

  it('is only for signed decisions, and only for the roles the matrix allows', async () => {
    const reception = await callerAs(handle, 'tiepdan');
    const auditor = await callerAs(handle, 'kiemtra');
    expect(await outcomeOf(reception.publications.list({}))).toMatch(/^FORBIDDEN/);
    expect(await outcomeOf(auditor.publications.candidates())).toMatch(/^FORBIDDEN/);
    const head = await callerAs(handle, 'chanhthanhtra');
    const unsigned = (await head.cases.list({ filter: { active: true }, pagination: { page: 1, perPage: 50 } })).data.find((x) => x.signedDate === null);
    if (!unsigned) throw new Error('demo has a case not yet signed');
    expect(await outcomeOf(head.publications.createFromCase({ caseId: unsigned.id }))).toMatch(/^BAD_REQUEST: Chỉ lập bản công khai từ quyết định/);
    // The demo's older publications have no redaction record; they are listed all the same.
    const all = await head.publications.list({ filter: { state: 'published' } });
    const demo = all.data.find((p) => p.caseId === null);
    if (!demo) throw new Error('demo publications listed');
    expect((await head.publications.getOne({ id: demo.id })).review).toBeNull();
  });
});
