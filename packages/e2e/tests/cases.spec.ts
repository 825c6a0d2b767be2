import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { loginAs } from './login.js';
import { DEMO_PASSWORD, urls } from './urls.js';

type CaseRecord = { id: string; caseNumber: string; dueDate: string; version: number; decisionNumber: string | null };

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as the screens write dates. */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** Today in Vietnam, the date the API stamps on a letter received now. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** An official's own API session, apart from the browser's, to prepare letters quickly. */
async function apiAs(request: APIRequestContext, username: string) {
  const login = await request.post(`${urls.api}/api/auth/login`, {
    data: { username, password: DEMO_PASSWORD },
    headers: { origin: urls.admin },
  });
  expect(login.ok()).toBe(true);
  const unwrap = async (response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    const body = (await response.json()) as { result?: { data: unknown }; error?: { message: string } };
    if (!response.ok() || !body.result) throw new Error(`tRPC: ${body.error?.message ?? response.status()}`);
    return body.result.data;
  };
  return {
    mutate: async <T>(path: string, input: unknown): Promise<T> =>
      (await unwrap(await request.post(`${urls.api}/trpc/${path}`, { data: input, headers: { origin: urls.admin } }))) as T,
    query: async <T>(path: string, input: unknown): Promise<T> =>
      (await unwrap(await request.get(`${urls.api}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`))) as T,
  };
}

type Letter = { id: string; version: number };

/**
 * Registers, classifies and proposes a letter as the inspector, approves it as the head of the
 * inspectorate: the approval opens the case, assigned to the inspector.
 */
async function acceptedCase(
  playwright: { request: { newContext(): Promise<APIRequestContext> } },
  kind: 'complaint' | 'denunciation',
  senderName: string,
  summary: string,
): Promise<CaseRecord> {
  const officerContext = await playwright.request.newContext();
  const headContext = await playwright.request.newContext();
  const officer = await apiAs(officerContext, 'thanhtravien');
  const head = await apiAs(headContext, 'chanhthanhtra');
  let letter = await officer.mutate<Letter>('petitions.create', {
    receivedDate: today(),
    channel: 'walk_in',
    kind,
    sender: { fullName: senderName, address: 'Tổ 3, phường Quyết Thắng, Kon Tum' },
    summary,
    content: `${summary}. Đề nghị cơ quan có thẩm quyền xem xét, giải quyết.`,
  });
  letter = await officer.mutate<Letter>('petitions.classify', {
    id: letter.id,
    version: letter.version,
    classification: { kind, competence: 'within' },
  });
  letter = await officer.mutate<Letter>('petitions.propose', { id: letter.id, version: letter.version, outcome: 'propose_acceptance' });
  letter = await head.mutate<Letter>('petitions.approve', { id: letter.id, version: letter.version });
  const list = await officer.query<{ data: CaseRecord[] }>('cases.list', { filter: { petitionId: letter.id } });
  const opened = list.data[0];
  if (!opened) throw new Error('the approval opened no case');
  await officerContext.dispose();
  await headContext.dispose();
  return opened;
}

/** Opens a step from the action bar and confirms it in its dialog, optionally filling a field. */
async function runStep(page: Page, step: string, fill?: { label: string; value: string }) {
  await actions(page).getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: step });
  if (fill) await dialog.getByRole('textbox', { name: fill.label }).fill(fill.value);
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await expect(dialog).toBeHidden();
}

const actions = (page: Page) => page.getByRole('toolbar', { name: 'Các bước xử lý vụ việc' });
const overview = (page: Page) => page.getByRole('region', { name: 'Tổng quan' });
const section = (page: Page, name: string): Locator => page.getByRole('region', { name });

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await expect(page.getByRole('textbox', { name: 'Tên đăng nhập' })).toBeVisible();
}

test.describe('back office: cases', () => {
  // A whole case, from acceptance to closure, is a long journey through many dialogs.
  test.setTimeout(120_000);

  test('a complaint is verified, heard, decided and signed, then enforced and closed', async ({ page, playwright }) => {
    const sender = 'Phan Thị Khiếu Nại';
    const opened = await acceptedCase(playwright, 'complaint', sender, 'Khiếu nại quyết định không xét nâng lương trước thời hạn');

    await loginAs(page, 'thanhtravien');
    await page.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await expect(page.getByText(`Vụ việc ${opened.caseNumber}`, { exact: true }).first()).toBeVisible();
    await expect(overview(page).getByText(sender)).toBeVisible();
    // Only what the state machine allows now, and the role may do: no signing, no termination for an inspector.
    await expect(actions(page).getByRole('button')).toHaveText([/Bắt đầu xác minh/i, /Tạm đình chỉ/i]);

    await runStep(page, 'Bắt đầu xác minh');
    await expect(overview(page).getByText('Đang xác minh')).toBeVisible();

    const verification = section(page, 'Xác minh');
    await verification.getByRole('button', { name: 'Thêm hoạt động xác minh' }).click();
    const stepDialog = page.getByRole('dialog', { name: 'Thêm hoạt động xác minh' });
    await stepDialog.getByRole('textbox', { name: 'Nội dung xác minh' }).fill('Làm việc với Phòng Tổ chức cán bộ về hồ sơ xét nâng lương');
    await stepDialog.getByRole('textbox', { name: 'Biên bản, kết quả' }).fill('Biên bản làm việc số 01/BB-TTr');
    await stepDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(stepDialog).toBeHidden();
    await expect(verification.getByRole('row').filter({ hasText: 'Biên bản làm việc số 01/BB-TTr' })).toHaveCount(1);

    await runStep(page, 'Tổ chức đối thoại');
    await expect(overview(page).getByText('Đang đối thoại')).toBeVisible();

    // The draft decision: validated with the API's own schema before anything is sent.
    await actions(page).getByRole('button', { name: 'Dự thảo quyết định, kết luận' }).click();
    const draft = page.getByRole('dialog', { name: 'Dự thảo quyết định, kết luận' });
    await draft.getByRole('textbox', { name: 'Kết quả xác minh' }).fill('ngắn');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(draft.getByText('Hãy nhập kết quả xác minh (ít nhất 5 ký tự).')).toBeVisible();
    await draft.getByRole('textbox', { name: 'Kết quả xác minh' }).fill('Hồ sơ xét nâng lương chưa được Hội đồng xem xét đúng trình tự.');
    await draft.getByRole('textbox', { name: 'Kết quả đối thoại' }).fill('Các bên thống nhất về trình tự còn thiếu.');
    await draft.getByRole('textbox', { name: 'Kết luận', exact: true }).fill('Khiếu nại của bà Phan Thị Khiếu Nại là đúng một phần.');
    await draft.getByRole('textbox', { name: 'Nội dung quyết định giải quyết' }).fill('Yêu cầu Hội đồng xét nâng lương xem xét lại hồ sơ.');
    await draft.getByRole('button', { name: 'Thêm biện pháp' }).click();
    await draft.getByRole('textbox', { name: 'Biện pháp', exact: true }).fill('Tổ chức lại cuộc họp Hội đồng xét nâng lương.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(draft).toBeHidden();
    const decision = section(page, 'Quyết định giải quyết khiếu nại');
    await expect(decision.getByText('Yêu cầu Hội đồng xét nâng lương xem xét lại hồ sơ.')).toBeVisible();

    await runStep(page, 'Trình lãnh đạo ký');
    await expect(overview(page).getByText('Trình lãnh đạo ký')).toBeVisible();
    await signOut(page);

    // The director signs: the decision gets its number and its .docx.
    await loginAs(page, 'giamdoc');
    await page.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await runStep(page, 'Ký ban hành', {
      label: 'Tóm tắt kết quả giải quyết',
      value: 'Khiếu nại đúng một phần; yêu cầu xem xét lại hồ sơ.',
    });
    await expect(page.getByText(/Đã ký ban hành, số \d+\/QĐ-SNV/)).toBeVisible();
    const number =
      (await overview(page)
        .getByText(/^\d+\/QĐ-SNV$/)
        .textContent()) ?? '';
    expect(number).toMatch(/^\d+\/QĐ-SNV$/);
    const documents = section(page, 'Văn bản');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('link', { name: `Tải văn bản số ${number}` }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = await readFile(await download.path());
    // A .docx is a zip archive.
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');

    // Enforcement: a measure, sending, refusing to close while it is pending, then done.
    const measures = section(page, 'Tổ chức thực hiện');
    await measures.getByRole('button', { name: 'Thêm biện pháp' }).click();
    const measureDialog = page.getByRole('dialog', { name: 'Thêm biện pháp' });
    await measureDialog.getByRole('textbox', { name: 'Biện pháp cần thực hiện' }).fill('Họp lại Hội đồng xét nâng lương');
    await measureDialog.getByRole('textbox', { name: 'Cơ quan, cá nhân thực hiện' }).fill('Phòng Tổ chức cán bộ');
    await measureDialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(measureDialog).toBeHidden();
    await expect(measures.getByRole('row').filter({ hasText: 'Họp lại Hội đồng xét nâng lương' })).toContainText('Chưa thực hiện');

    await runStep(page, 'Tổ chức thực hiện');
    await expect(overview(page).getByText('Tổ chức thực hiện')).toBeVisible();

    await actions(page).getByRole('button', { name: 'Kết thúc vụ việc' }).click();
    const closing = page.getByRole('dialog', { name: 'Kết thúc vụ việc' });
    await closing.getByRole('button', { name: 'Kết thúc vụ việc' }).click();
    await expect(closing.getByRole('alert')).toContainText('Còn 1 biện pháp chưa thực hiện xong; chưa thể kết thúc vụ việc.');
    await closing.getByRole('button', { name: 'Hủy' }).click();

    await measures.getByRole('button', { name: 'Ghi nhận đã thực hiện: Họp lại Hội đồng xét nâng lương' }).click();
    const done = page.getByRole('dialog', { name: 'Ghi nhận biện pháp đã thực hiện' });
    await done.getByRole('textbox', { name: 'Kết quả thực hiện' }).fill('Đã họp ngày hôm nay');
    await done.getByRole('button', { name: 'Đã thực hiện' }).click();
    await expect(done).toBeHidden();
    await expect(measures.getByRole('row').filter({ hasText: 'Họp lại Hội đồng xét nâng lương' })).toContainText('Đã thực hiện ngày');

    await runStep(page, 'Kết thúc vụ việc');
    await expect(overview(page).getByText('Đã kết thúc')).toBeVisible();
    await expect(actions(page).getByRole('button')).toHaveCount(0);
    const timeline = section(page, 'Diễn biến giải quyết');
    await expect(timeline.getByRole('listitem')).toHaveCount(11);
  });

  test('a denunciation is extended once and concluded, and the denouncer is never named', async ({ page, playwright }) => {
    const denouncer = 'Võ Thị Kín Danh';
    const opened = await acceptedCase(playwright, 'denunciation', denouncer, 'Tố cáo trưởng phòng nhận tiền khi xét tuyển viên chức');

    await loginAs(page, 'giamdoc');
    await page.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await expect(overview(page).getByText('Người tố cáo A')).toBeVisible();
    await expect(overview(page).getByText(vnDate(opened.dueDate))).toBeVisible();

    await runStep(page, 'Gia hạn giải quyết', { label: 'Lý do gia hạn', value: 'Vụ việc phức tạp, cần xác minh tại nhiều đơn vị' });
    await expect(overview(page).getByText('1 lần')).toBeVisible();
    await expect(overview(page).getByText(vnDate(opened.dueDate))).toBeHidden();
    const caseDocuments = page.getByRole('table', { name: 'Văn bản của vụ việc' });
    await expect(caseDocuments.getByRole('row').filter({ hasText: /gia hạn/i })).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Thời hạn giải quyết' })).toContainText('1 lần gia hạn');

    await runStep(page, 'Bắt đầu xác minh');
    await actions(page).getByRole('button', { name: 'Dự thảo quyết định, kết luận' }).click();
    const draft = page.getByRole('dialog', { name: 'Dự thảo quyết định, kết luận' });
    await draft.getByRole('textbox', { name: 'Báo cáo kết quả xác minh (số, ngày)' }).fill('Báo cáo số 05/BC-TTr');
    await draft.getByRole('textbox', { name: 'Kết quả xác minh nội dung này' }).fill('Không có căn cứ xác định việc nhận tiền.');
    await draft.getByRole('combobox', { name: 'Kết luận nội dung này' }).click();
    await page.getByRole('option', { name: 'Tố cáo sai', exact: true }).click();
    await draft.getByRole('textbox', { name: 'Văn bản, điều khoản' }).fill('Luật Viên chức năm 2010');
    await draft.getByRole('textbox', { name: 'Kết luận', exact: true }).fill('Nội dung tố cáo là tố cáo sai.');
    await draft.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expect(draft).toBeHidden();

    await runStep(page, 'Trình lãnh đạo ký');
    await runStep(page, 'Ký ban hành', {
      label: 'Tóm tắt kết quả giải quyết',
      value: 'Tố cáo sai; không có căn cứ xác định việc nhận tiền.',
    });
    await expect(page.getByText(/Đã ký ban hành, số \d+\/KL-SNV/)).toBeVisible();
    await expect(caseDocuments.getByRole('row').filter({ hasText: /kết luận/i })).toHaveCount(1);
    await expect(overview(page).getByText('Đã ban hành')).toBeVisible();

    // Everything about the case has loaded; the denouncer's name appears nowhere on its page.
    await expect(section(page, 'Diễn biến giải quyết').getByRole('listitem')).toHaveCount(6);
    await expect(page.getByRole('table', { name: 'Văn bản của đơn' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(denouncer);
  });

  test('a step taken on a stale page is refused with the reason, keeps the input, and succeeds after reloading', async ({
    browser,
    playwright,
  }) => {
    const opened = await acceptedCase(playwright, 'complaint', 'Đỗ Văn Hai Người', 'Khiếu nại việc chậm chi trả chế độ thôi việc');
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await loginAs(a, 'thanhtravien');
    await loginAs(b, 'chanhthanhtra');
    await a.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await b.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await expect(actions(b).getByRole('button', { name: 'Tạm đình chỉ' })).toBeVisible();

    await runStep(a, 'Bắt đầu xác minh');

    await actions(b).getByRole('button', { name: 'Tạm đình chỉ' }).click();
    const dialog = b.getByRole('dialog', { name: 'Tạm đình chỉ' });
    const reason = dialog.getByRole('textbox', { name: 'Lý do tạm đình chỉ' });
    await reason.fill('Chờ kết quả giám định của cơ quan chuyên môn');
    await dialog.getByRole('button', { name: 'Tạm đình chỉ', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(/người khác cập nhật/i);
    await expect(reason).toHaveValue('Chờ kết quả giám định của cơ quan chuyên môn');

    await dialog.getByRole('button', { name: 'Tải lại vụ việc' }).click();
    await expect(dialog.getByText('Đã tải lại vụ việc.', { exact: false })).toBeVisible();
    // The reloaded case offers the steps of its new state (the page behind the dialog).
    await expect(b.getByRole('button', { name: 'Tổ chức đối thoại', includeHidden: true })).toBeAttached();
    await dialog.getByRole('button', { name: 'Tạm đình chỉ', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(b.getByRole('region', { name: 'Tổng quan' }).getByText('Tạm đình chỉ', { exact: true })).toBeVisible();
    await first.close();
    await second.close();
  });

  test('queues, bulk assignment, the workload by official, and taking a case over', async ({ page, playwright }) => {
    // Unique per run, so the rows found are this test's even on a database that outlived an earlier run.
    const tag = String(Date.now()).slice(-6);
    const party = `Hồ Văn Hàng Đợi ${tag}`;
    const opened = await acceptedCase(playwright, 'complaint', party, 'Khiếu nại việc không được bổ nhiệm lại');
    await loginAs(page, 'thanhtravien');
    await page.goto(`${urls.admin}/#/cases`);
    // The search (without diacritics) stays while switching queues, so this case is found among the demo's.
    await page.getByRole('textbox', { name: 'Tìm kiếm (không cần dấu)' }).fill(`hang doi ${tag}`);
    const row = page.getByRole('row').filter({ hasText: party });
    await page.getByRole('tab', { name: 'Của tôi' }).click();
    await expect(row).toHaveCount(1);
    await page.getByRole('tab', { name: 'Chờ ký' }).click();
    await expect(row).toHaveCount(0);

    await page.getByRole('tab', { name: 'Tất cả' }).click();
    await row.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Phân công' }).click();
    const assign = page.getByRole('dialog', { name: 'Phân công 1 vụ việc' });
    await assign.getByRole('combobox', { name: 'Cán bộ xử lý' }).click();
    await page.getByRole('option', { name: /^Phạm Văn Dũng/ }).click();
    await assign.getByRole('button', { name: 'Phân công' }).click();
    await expect(page.getByText('Đã phân công 1 vụ việc')).toBeVisible();
    await page.getByRole('tab', { name: 'Của tôi' }).click();
    await expect(row).toHaveCount(0);

    await page.getByRole('tab', { name: 'Theo cán bộ' }).click();
    await page.getByRole('button', { name: 'Xem các vụ việc của Phạm Văn Dũng' }).click();
    await expect(page.getByText('Cán bộ xử lý: Phạm Văn Dũng')).toBeVisible();
    await expect(row).toHaveCount(1);

    await page.goto(`${urls.admin}/#/cases/${opened.id}/show`);
    await expect(overview(page).getByText('Phạm Văn Dũng')).toBeVisible();
    await overview(page).getByRole('button', { name: 'Nhận xử lý' }).click();
    await page.getByRole('dialog', { name: 'Nhận xử lý' }).getByRole('button', { name: 'Nhận xử lý' }).click();
    await expect(overview(page).getByText('Nguyễn Thị Thu Trang')).toBeVisible();
    await expect(overview(page).getByRole('button', { name: 'Nhận xử lý' })).toHaveCount(0);
  });
});
