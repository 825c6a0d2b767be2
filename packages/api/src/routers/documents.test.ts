import { getDocumentFile, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { readDocx } from '@kntc/documents/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

async function decide(kind: 'complaint' | 'denunciation' | 'recommendation', outcome: 'transfer' | 'guide' | 'archive' | 'propose_acceptance', target?: string) {
  const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-03-05') });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at('2026-03-05') });
  let p = await officer.petitions.create({
    receivedDate: '2026-03-02',
    channel: 'post',
    kind,
    sender: { fullName: 'Tạ Thị Văn Bản', address: '12 Lê Lợi, Kon Tum' },
    summary: 'Phản ánh việc chậm giải quyết chế độ hưu trí',
    content: 'Nội dung.',
    respondent: { name: 'Trần Văn Bị Đơn', position: 'Trưởng phòng', organisation: 'Phòng Nội vụ huyện Đăk Hà' },
  });
  const competence = outcome === 'propose_acceptance' ? 'within' : 'outside';
  const failedConditions = outcome === 'archive' ? (['signed'] as const) : [];
  p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind, competence, failedConditions: [...failedConditions] } });
  p = await officer.petitions.propose({ id: p.id, version: p.version, outcome, ...(target ? { target } : {}) });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  const docs = await officer.documents.list({ subjectType: 'petition', subjectId: p.id });
  return { petition: p, docs };
}

describe('documents issued by outcomes', () => {
  it('a transferred reflection gets its transfer slip, numbered, dated and signed, as a valid .docx', async () => {
    const { docs } = await decide('recommendation', 'transfer', 'Chủ tịch Ủy ban nhân dân huyện Đăk Hà');
    expect(docs).toHaveLength(1);
    const doc = docs[0];
    expect(doc).toMatchObject({ kind: 'transfer_slip', symbol: 'PC-SNV', documentDate: '2026-03-05', signerName: 'Phạm Văn Dũng' });
    if (!doc) throw new Error('document issued');
    const file = await getDocumentFile(handle.db, { agencyId: (await (await callerAs(handle, 'thanhtravien')).session.me()).agencyId, id: doc.id });
    const { text, files } = await readDocx(file.content);
    expect(files).toContain('[Content_Types].xml');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(`Số: ${doc.number}`);
    expect(text).toContain('Kon Tum, ngày 05 tháng 3 năm 2026');
    expect(text).toContain('Chủ tịch Ủy ban nhân dân huyện Đăk Hà');
    expect(text).toContain('Tạ Thị Văn Bản');
    expect(text).toContain('Phạm Văn Dũng');
  });

  it('a transferred denunciation’s slip never names the denouncer', async () => {
    const { docs } = await decide('denunciation', 'transfer', 'Chủ tịch Ủy ban nhân dân huyện Sa Thầy');
    const doc = docs[0];
    if (!doc) throw new Error('document issued');
    const agencyId = (await (await callerAs(handle, 'thanhtravien')).session.me()).agencyId;
    const { text } = await readDocx((await getDocumentFile(handle.db, { agencyId, id: doc.id })).content);
    expect(text).toContain('PHIẾU CHUYỂN ĐƠN TỐ CÁO');
    expect(text).not.toContain('Tạ Thị Văn Bản');
    expect(text).not.toContain('12 Lê Lợi');
  });

  it('numbers never repeat or skip within a symbol and year', async () => {
    const a = await decide('recommendation', 'transfer', 'Sở Y tế tỉnh Kon Tum');
    const b = await decide('recommendation', 'transfer', 'Sở Tài chính tỉnh Kon Tum');
    const [sa, sb] = [a.docs[0]?.seq ?? 0, b.docs[0]?.seq ?? 0];
    expect(sb - sa).toBe(1);
  });

  it('numbers stay unique and gapless when many outcomes are approved at once', async () => {
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-03-05') });
    const head = await callerAs(handle, 'chanhthanhtra', { now: at('2026-03-05') });
    const proposed = [];
    for (let i = 0; i < 8; i++) {
      let p = await officer.petitions.create({ receivedDate: '2026-03-02', channel: 'post', kind: 'recommendation', sender: { fullName: `Người Gửi Song Song ${i}`, address: 'Kon Tum' }, summary: 'Kiến nghị gửi nhầm cơ quan', content: 'x' });
      p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'recommendation', competence: 'outside' } });
      proposed.push(await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'transfer', target: 'Sở Y tế tỉnh Kon Tum' }));
    }
    await Promise.all(proposed.map((p) => head.petitions.approve({ id: p.id, version: p.version })));
    const docs = (await Promise.all(proposed.map((p) => officer.documents.list({ subjectType: 'petition', subjectId: p.id })))).flat();
    const seqs = docs.map((d) => d.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(8);
    expect((seqs.at(-1) ?? 0) - (seqs[0] ?? 0)).toBe(7);
  });

  it('an accepted complaint gets its acceptance notice with the case deadline; an ineligible letter its archive note', async () => {
    const accepted = await decide('complaint', 'propose_acceptance');
    expect(accepted.docs.map((d) => d.kind)).toEqual(['acceptance_notice']);
    const archived = await decide('complaint', 'archive');
    expect(archived.docs.map((d) => d.kind)).toEqual(['archive_note']);
  });

  it('a guidance or transfer without the competent body is refused with a field error', async () => {
    await expect(decide('complaint', 'guide')).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});

describe('receipts', () => {
  it('prints a receipt with a one-time tracking code; a reprint replaces it and revokes the old code', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-11-30') });
    const p = await officer.petitions.create({
      receivedDate: '2026-11-30',
      channel: 'walk_in',
      kind: 'complaint',
      sender: { fullName: 'Hà Thị Biên Nhận', address: 'Thôn 1, xã Hòa Bình, thành phố Kon Tum' },
      summary: 'Khiếu nại việc xét nâng lương',
      content: 'Nội dung.',
    });
    const first = await officer.petitions.issueReceipt({ id: p.id, version: p.version });
    expect(first.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    const agencyId = (await officer.session.me()).agencyId;
    const { text } = await readDocx((await getDocumentFile(handle.db, { agencyId, id: first.document.id })).content);
    expect(text).toContain(first.trackingCode);
    expect(text).toContain('Hà Thị Biên Nhận');
    expect(text).toContain(`Số: ${String(p.receiptSeq).padStart(2, '0')}`);
    const after = await officer.petitions.getOne({ id: p.id });
    const second = await officer.petitions.issueReceipt({ id: p.id, version: after.version });
    expect(second.trackingCode).not.toBe(first.trackingCode);
    const receipts = (await officer.documents.list({ subjectType: 'petition', subjectId: p.id })).filter((d) => d.kind === 'receipt');
    expect(receipts.map((d) => d.id)).toEqual([second.document.id]);
    const draft = await officer.petitions.create({ receivedDate: '2026-11-30', channel: 'post', kind: 'complaint', sender: { fullName: 'Nháp', address: 'Kon Tum' }, summary: 'Đơn nháp chưa vào sổ', content: 'x', saveAsDraft: true });
    await expect(officer.petitions.issueReceipt({ id: draft.id, version: draft.version })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
