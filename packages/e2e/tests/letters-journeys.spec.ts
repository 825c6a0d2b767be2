import { expect, test, type Browser, type Page } from '@playwright/test';
import { choose, loginAs, settleDuplicateSuggestions } from './login.js';
import { urls } from './urls.js';

/** One signed-in official in a browser context of their own, as two people at two desks. */
async function openAs(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await loginAs(page, username);
  return page;
}

type Letter = {
  kind: string;
  channel: string;
  sender: { fullName: string; address: string };
  summary: string;
  content: string;
};

/** Registers a letter through the intake form and returns its id, from the page it lands on. */
async function registerLetter(page: Page, letter: Letter, fill?: (page: Page) => Promise<void>): Promise<string> {
  await page.goto(`${urls.admin}/#/petitions/create`);
  await choose(page, 'Nguồn đơn', letter.channel);
  await choose(page, 'Loại đơn', letter.kind);
  await page.getByRole('textbox', { name: 'Họ và tên người gửi' }).fill(letter.sender.fullName);
  await page.getByRole('textbox', { name: 'Địa chỉ người gửi' }).fill(letter.sender.address);
  await page.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill(letter.summary);
  await page.getByRole('textbox', { name: 'Nội dung đơn' }).fill(letter.content);
  await fill?.(page);
  await settleDuplicateSuggestions(page);
  await page.getByRole('button', { name: 'Lưu và vào sổ' }).click();
  await expect(page.getByText('Đã thêm mới')).toBeVisible();
  await expect(page).toHaveURL(/#\/petitions\/[0-9a-f-]{36}\/show/);
  const id = /#\/petitions\/([0-9a-f-]{36})\/show/.exec(page.url())?.[1];
  if (!id) throw new Error(`no letter id in ${page.url()}`);
  return id;
}

/** The receipt number, as the API gives it (the same request the back office makes). */
async function receiptOf(page: Page, id: string): Promise<string> {
  const input = encodeURIComponent(JSON.stringify({ id }));
  const response = await page.request.get(`${urls.admin}/trpc/petitions.getOne?input=${input}`);
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { result: { data: { receiptNumber: string } } };
  return body.result.data.receiptNumber;
}

const showLetter = (page: Page, id: string) => page.goto(`${urls.admin}/#/petitions/${id}/show`);
const status = (page: Page, label: string) => page.getByText(label, { exact: true }).first();

test.describe('back office: a letter from intake to its outcome', () => {
  test('a reflection outside competence is transferred, with its transfer slip as .docx', async ({ browser }) => {
    test.slow();
    const reception = await openAs(browser, 'tiepdan');
    const id = await registerLetter(
      reception,
      {
        kind: 'Kiến nghị, phản ánh',
        channel: 'Qua bưu chính',
        sender: { fullName: 'Đinh Thị Hồng Nhung', address: 'Thôn 3, xã Ngọk Réo, huyện Đăk Hà, tỉnh Kon Tum' },
        summary: 'Kiến nghị sửa chữa đường liên thôn bị sạt lở sau mưa lũ',
        content: 'Đường liên thôn 3 đi thôn 5 bị sạt lở, người dân đi lại khó khăn. Đề nghị cơ quan có thẩm quyền sửa chữa.',
      },
      async (page) => {
        // A group letter: one co-signer, who represents the group.
        await page.getByRole('spinbutton', { name: 'Số người ký đơn' }).fill('2');
        await page.getByRole('button', { name: 'Thêm người cùng ký' }).click();
        await page.getByRole('textbox', { name: 'Họ và tên người cùng ký' }).fill('A Thuận');
        await page.getByRole('textbox', { name: 'Địa chỉ người cùng ký' }).fill('Thôn 5, xã Ngọk Réo, huyện Đăk Hà');
        await page.getByRole('checkbox', { name: 'Người đại diện' }).check();
      },
    );
    const coSigners = reception.getByRole('region', { name: 'Người cùng ký đơn' });
    await expect(coSigners.getByRole('row').filter({ hasText: 'A Thuận' })).toContainText('Đại diện');

    // A scan that is not what its name says is refused with the server's reason; a real one is filed.
    const files = reception.getByRole('region', { name: 'Tệp đính kèm' });
    await files.getByLabel('Chọn tệp').setInputFiles({ name: 'don.pdf', mimeType: 'application/pdf', buffer: Buffer.from('không phải PDF') });
    await files.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await expect(files.getByRole('alert')).toContainText('Nội dung tệp không khớp với định dạng PDF.');
    await files
      .getByLabel('Chọn tệp')
      .setInputFiles({ name: 'don.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await files.getByRole('textbox', { name: 'Mô tả' }).fill('Bản chụp đơn');
    await files.getByRole('button', { name: 'Tải lên', exact: true }).click();
    await expect(files.getByRole('row').filter({ hasText: 'don.pdf' })).toContainText('Bản chụp đơn');

    const officer = await openAs(browser, 'thanhtravien');
    await showLetter(officer, id);
    await expect(status(officer, 'Đã vào sổ, chờ phân loại')).toBeVisible();
    await officer.getByRole('button', { name: 'Phân loại đơn' }).click();
    const classify = officer.getByRole('dialog', { name: 'Phân loại đơn' });
    await classify.getByRole('radio', { name: 'Không thuộc thẩm quyền' }).check();
    await classify.getByRole('button', { name: 'Lưu phân loại' }).click();
    await expect(classify).toBeHidden();
    await expect(status(officer, 'Đã phân loại, chờ xử lý')).toBeVisible();

    await officer.getByRole('button', { name: 'Đề xuất hướng xử lý' }).click();
    const propose = officer.getByRole('dialog', { name: 'Đề xuất hướng xử lý' });
    // Every outcome is listed; those the rules refuse are disabled and say why.
    await expect(propose.getByRole('radio', { name: /Đề xuất thụ lý/ })).toBeDisabled();
    await expect(propose.getByText('Chỉ thụ lý đơn thuộc thẩm quyền của Sở.')).toBeVisible();
    await propose.getByRole('radio', { name: /Chuyển đơn đến cơ quan có thẩm quyền/ }).check();
    await propose.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await expect(propose.getByText('Hãy ghi cơ quan có thẩm quyền nhận đơn chuyển.')).toBeVisible();
    await propose.getByRole('textbox', { name: 'Cơ quan có thẩm quyền nhận đơn chuyển' }).fill('Ủy ban nhân dân huyện Đăk Hà');
    await propose.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await expect(propose).toBeHidden();
    await expect(status(officer, 'Chờ lãnh đạo duyệt')).toBeVisible();
    // Approving is the leaders' step.
    await expect(officer.getByRole('button', { name: 'Duyệt đề xuất' })).toHaveCount(0);

    // The queue of letters waiting for a leader lists it.
    const head = await openAs(browser, 'chanhthanhtra');
    await head.goto(`${urls.admin}/#/petitions`);
    await head.getByRole('tab', { name: /^Chờ duyệt/ }).click();
    await head.getByRole('row').filter({ hasText: 'Đinh Thị Hồng Nhung' }).click();
    await expect(head).toHaveURL(new RegExp(`#/petitions/${id}/show`));
    await head.getByRole('button', { name: 'Duyệt đề xuất' }).click();
    const approve = head.getByRole('dialog', { name: 'Duyệt đề xuất xử lý đơn' });
    await expect(approve).toContainText('Chuyển đơn đến cơ quan có thẩm quyền');
    await approve.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(approve).toBeHidden();
    await expect(status(head, 'Đã chuyển đơn')).toBeVisible();

    const documents = head.getByRole('region', { name: 'Văn bản đã ban hành' });
    const slip = documents.getByRole('row').filter({ hasText: 'PHIẾU CHUYỂN ĐƠN' });
    await expect(slip).toContainText(/\d+\/PC-SNV/);
    await expect(slip).toContainText('Phạm Văn Dũng');
    const link = slip.getByRole('link', { name: /^Tải xuống văn bản số \d+\/PC-SNV$/ });
    const [download] = await Promise.all([head.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^phieu-chuyen-don-\d+-PC-SNV-\d{4}\.docx$/);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}$/);
    const response = await head.request.get(`${urls.admin}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers()['content-disposition']).toMatch(/^attachment;.*\.docx/);
    // A .docx is a ZIP archive.
    expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK');

    const timeline = head.getByRole('region', { name: 'Lịch sử xử lý' });
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Duyệt đề xuất' })).toContainText('Chờ lãnh đạo duyệt → Đã chuyển đơn');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Đề xuất hướng xử lý' })).toContainText('Nguyễn Thị Thu Trang');
    await expect(timeline.getByRole('listitem').filter({ hasText: 'Thêm tệp đính kèm' })).toContainText('Tệp: don.pdf');

    for (const page of [reception, officer, head]) await page.context().close();
  });

  test('a letter without a signature is archived as ineligible, after a proposal sent back once', async ({ browser }) => {
    test.slow();
    const officer = await openAs(browser, 'thanhtravien');
    const id = await registerLetter(
      officer,
      {
        kind: 'Khiếu nại',
        channel: 'Qua bưu chính',
        sender: { fullName: 'Lò Văn Thịnh', address: 'Tổ 4, phường Thắng Lợi, thành phố Kon Tum' },
        summary: 'Khiếu nại quyết định điều động công tác năm 2026',
        content: 'Tôi không đồng ý với quyết định điều động công tác. Đơn gửi qua bưu điện, không ký tên.',
      },
      async (page) => {
        await page.getByRole('textbox', { name: 'Người (cơ quan) bị khiếu nại, tố cáo' }).fill('Trưởng phòng Tổ chức cán bộ');
        await page.getByRole('textbox', { name: 'Số quyết định bị khiếu nại' }).fill('215/QĐ-SNV');
        await page.getByRole('textbox', { name: 'Cơ quan ban hành quyết định' }).fill('Sở Nội vụ tỉnh Kon Tum');
      },
    );
    await expect(officer.getByRole('region', { name: 'Người bị khiếu nại, tố cáo' })).toContainText('Trưởng phòng Tổ chức cán bộ');
    await expect(officer.getByRole('region', { name: 'Quyết định bị khiếu nại' })).toContainText('215/QĐ-SNV');

    await officer.getByRole('button', { name: 'Phân loại đơn' }).click();
    const classify = officer.getByRole('dialog', { name: 'Phân loại đơn' });
    await classify.getByRole('radio', { name: 'Thuộc thẩm quyền giải quyết của Sở' }).check();
    await classify.getByRole('checkbox', { name: 'Có chữ ký hoặc điểm chỉ của người viết đơn' }).check();
    await expect(classify.getByText('Đơn chưa đủ điều kiện xử lý: 1 điều kiện chưa đáp ứng.')).toBeVisible();
    await classify.getByRole('button', { name: 'Lưu phân loại' }).click();
    await expect(classify).toBeHidden();
    const handling = officer.getByRole('region', { name: 'Xử lý đơn' });
    await expect(handling).toContainText('Có chữ ký hoặc điểm chỉ của người viết đơn');

    const proposeArchive = async () => {
      await officer.getByRole('button', { name: 'Đề xuất hướng xử lý' }).click();
      const propose = officer.getByRole('dialog', { name: 'Đề xuất hướng xử lý' });
      // Ineligible: accepting is refused, archiving allowed.
      await expect(propose.getByRole('radio', { name: /^Đề xuất thụ lý/ })).toBeDisabled();
      await propose.getByRole('radio', { name: /^Xếp lưu đơn/ }).check();
      await propose.getByRole('textbox', { name: 'Ý kiến đề xuất' }).fill('Đơn không có chữ ký của người khiếu nại.');
      await propose.getByRole('button', { name: 'Gửi đề xuất' }).click();
      await expect(propose).toBeHidden();
      await expect(status(officer, 'Chờ lãnh đạo duyệt')).toBeVisible();
    };
    await proposeArchive();

    const director = await openAs(browser, 'giamdoc');
    await showLetter(director, id);
    await director.getByRole('button', { name: 'Trả lại đề xuất' }).click();
    const reject = director.getByRole('dialog', { name: 'Trả lại đề xuất xử lý đơn' });
    await reject.getByRole('textbox', { name: 'Lý do trả lại' }).fill('Sai');
    await reject.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect(reject.getByText('Hãy ghi lý do trả lại đề xuất (ít nhất 5 ký tự).')).toBeVisible();
    await reject.getByRole('textbox', { name: 'Lý do trả lại' }).fill('Ghi rõ thời hạn lưu đơn trong ý kiến đề xuất.');
    await reject.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expect(reject).toBeHidden();
    await expect(status(director, 'Đã phân loại, chờ xử lý')).toBeVisible();
    await expect(director.getByRole('region', { name: 'Lịch sử xử lý' }).getByRole('listitem').filter({ hasText: 'Trả lại đề xuất' })).toContainText(
      'Ghi rõ thời hạn lưu đơn trong ý kiến đề xuất.',
    );

    await officer.reload();
    await proposeArchive();
    await director.reload();
    await director.getByRole('button', { name: 'Duyệt đề xuất' }).click();
    const approve = director.getByRole('dialog', { name: 'Duyệt đề xuất xử lý đơn' });
    await approve.getByRole('button', { name: 'Duyệt', exact: true }).click();
    await expect(approve).toBeHidden();
    await expect(status(director, 'Đã xếp lưu')).toBeVisible();
    const note = director.getByRole('region', { name: 'Văn bản đã ban hành' }).getByRole('row').filter({ hasText: 'PHIẾU XẾP LƯU ĐƠN' });
    await expect(note).toBeVisible();
    await expect(note.getByRole('link', { name: /^Tải xuống văn bản số / })).toHaveAttribute('href', /^\/api\/documents\//);
    await expect(director.getByRole('region', { name: 'Xử lý đơn' })).toContainText('Xếp lưu đơn');
    // A handled letter has no running deadline and offers no further step.
    await expect(director.getByText('Đơn đã được xử lý; không còn thời hạn xử lý đang chạy.')).toBeVisible();
    await expect(director.getByRole('button', { name: 'Duyệt đề xuất' })).toHaveCount(0);

    for (const page of [officer, director]) await page.context().close();
  });

  test('a repeat letter is suggested at intake, linked as a duplicate, then unlinked', async ({ page }) => {
    test.slow();
    await loginAs(page, 'tiepdan');
    const sender = { fullName: 'Hà Thị Mỹ Duyên', address: '15 Bà Triệu, phường Quyết Thắng, thành phố Kon Tum' };
    const summary = 'Khiếu nại việc chậm chi trả chế độ thai sản cho viên chức';
    const originalId = await registerLetter(page, {
      kind: 'Khiếu nại',
      channel: 'Trực tiếp tại nơi tiếp công dân',
      sender,
      summary,
      content: 'Tôi nghỉ thai sản từ tháng 6/2026 nhưng đến nay chưa được chi trả chế độ.',
    });
    const originalReceipt = await receiptOf(page, originalId);

    // Typing the same person again brings up the earlier letter, with the reason.
    await page.goto(`${urls.admin}/#/petitions/create`);
    await page.getByRole('textbox', { name: 'Họ và tên người gửi' }).fill('Ha Thi My Duyen');
    await page.getByRole('textbox', { name: 'Địa chỉ người gửi' }).fill(sender.address);
    const suggestions = page.getByRole('region', { name: 'Đơn có thể trùng' });
    const suggested = suggestions.getByRole('listitem').filter({ hasText: `Đơn số ${originalReceipt}` });
    await expect(suggested).toContainText('Cùng họ tên và địa chỉ người gửi');
    await expect(suggested.getByRole('link', { name: `Đơn số ${originalReceipt}` })).toHaveAttribute('href', `#/petitions/${originalId}/show`);

    const repeatId = await registerLetter(page, {
      kind: 'Khiếu nại',
      channel: 'Qua bưu chính',
      sender,
      summary,
      content: 'Tôi gửi lại đơn vì chưa nhận được trả lời về chế độ thai sản.',
    });
    await page.getByRole('button', { name: 'Gộp vào đơn trùng' }).click();
    const link = page.getByRole('dialog', { name: 'Gộp vào đơn trùng' });
    await link.getByRole('radio', { name: new RegExp(`Đơn số ${originalReceipt.replace('/', '\\/')}`) }).check();
    await link.getByRole('button', { name: 'Gộp đơn' }).click();
    await expect(link).toBeHidden();
    await expect(status(page, 'Đơn trùng')).toBeVisible();
    const handling = page.getByRole('region', { name: 'Xử lý đơn' });
    await expect(handling).toContainText(`Đơn số ${originalReceipt}`);
    await expect(handling).toContainText('đơn gốc đã nhận 1 lần gửi lặp lại');

    await showLetter(page, originalId);
    const originalHandling = page.getByRole('region', { name: 'Xử lý đơn' });
    await expect(originalHandling.getByLabel('Số lần gửi lặp lại', { exact: true })).toHaveText('1');
    await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Một đơn trùng được gộp vào đơn này');

    await showLetter(page, repeatId);
    await page.getByRole('button', { name: 'Bỏ gộp' }).click();
    const unlink = page.getByRole('dialog', { name: 'Bỏ gộp đơn trùng' });
    await unlink.getByRole('button', { name: 'Bỏ gộp' }).click();
    await expect(unlink).toBeHidden();
    await expect(status(page, 'Đã vào sổ, chờ phân loại')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Gộp vào đơn trùng' })).toBeVisible();

    await showLetter(page, originalId);
    await expect(page.getByRole('region', { name: 'Xử lý đơn' }).getByLabel('Số lần gửi lặp lại', { exact: true })).toHaveText('0');
    await expect(page.getByRole('region', { name: 'Lịch sử xử lý' })).toContainText('Một đơn trùng được bỏ gộp khỏi đơn này');
  });
});
