import type { DbHandle } from '@kntc/db';
import { callerAs } from './caller.js';

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

/** A letter driven through the API to an open case: intake, classification, acceptance. */
async function openCase(handle: DbHandle, day: string, kind: 'complaint' | 'denunciation', fieldCode: string) {
  const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
  let p = await officer.petitions.create({
    receivedDate: day,
    channel: 'walk_in',
    kind,
    fieldCode,
    sender: { fullName: kind === 'denunciation' ? 'Đinh Văn Tố' : 'Rơ Châm Khiếu', address: 'Thôn 2, xã Đăk Cấm' },
    respondent: { name: 'Phạm Văn Cường', position: 'Trưởng phòng', organisation: 'Phòng Công chức, viên chức' },
    summary: kind === 'denunciation' ? 'Tố cáo vi phạm trong xét tuyển viên chức' : 'Khiếu nại kết quả xét tuyển viên chức',
    content: 'Nội dung đơn.',
  });
  p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind, competence: 'within', complaintRound: 'first' } });
  p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  p = await head.petitions.approve({ id: p.id, version: p.version });
  const [opened] = (await officer.cases.list({ filter: { petitionId: p.id } })).data;
  if (!opened) throw new Error('case opened');
  return { officer, opened };
}

/** A denunciation conclusion signed by the director on `signDay` (a Vietnamese date). */
export async function signedDenunciationOn(handle: DbHandle, signDay: string, fieldCode = 'hanh_chinh.cong_chuc_vien_chuc') {
  const { officer, opened } = await openCase(handle, signDay, 'denunciation', fieldCode);
  const director = await callerAs(handle, 'giamdoc', { now: at(signDay) });
  let c = await officer.cases.startVerification({ id: opened.id, version: opened.version });
  c = await officer.cases.draft({
    id: c.id,
    version: c.version,
    draft: {
      type: 'denunciation',
      verificationReport: 'Báo cáo kết quả xác minh số 07/BC-TTr',
      findings: [{ allegation: 'Vi phạm quy định xét tuyển', finding: 'Việc xét tuyển đúng quy định.', verdict: 'false' }],
      legalGrounds: ['Luật Viên chức năm 2010'],
      conclusion: 'Nội dung tố cáo là tố cáo sai.',
    },
  });
  c = await officer.cases.submit({ id: c.id, version: c.version });
  return director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Tố cáo sai.' });
}

/** A first-round complaint decision signed by the director on `signDay`. */
export async function signedComplaintOn(handle: DbHandle, signDay: string, fieldCode = 'hanh_chinh.ky_luat') {
  const { officer, opened } = await openCase(handle, signDay, 'complaint', fieldCode);
  const director = await callerAs(handle, 'giamdoc', { now: at(signDay) });
  let c = await officer.cases.startVerification({ id: opened.id, version: opened.version });
  c = await officer.cases.startDialogue({ id: c.id, version: c.version });
  c = await officer.cases.draft({
    id: c.id,
    version: c.version,
    draft: {
      type: 'complaint',
      complaintContent: 'Khiếu nại kết quả xét tuyển viên chức.',
      verificationResult: 'Việc xét tuyển đúng quy định.',
      dialogueResult: 'Các bên thống nhất.',
      conclusion: 'Khiếu nại là sai.',
      ruling: 'Giữ nguyên kết quả xét tuyển.',
      measures: [],
    },
  });
  c = await officer.cases.submit({ id: c.id, version: c.version });
  return director.cases.sign({ id: c.id, version: c.version, resultSummary: 'Khiếu nại sai.' });
}
