import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { choose, login, loginAs } from './login.js';
import { urls } from './urls.js';

const checkAxe = (page: Page) => expectNoAxeViolations(page);

/** The administration office's clerk (admin_clerk): office records and plan items, no letters. */
async function loginAsOffice(page: Page) {
  await login(page, 'vanthu');
  await expect(page.getByRole('menuitem', { name: 'Tập huấn, tuyên truyền' }).or(page.getByRole('link', { name: 'Tập huấn, tuyên truyền' })).first()).toBeVisible();
}

/** `choose` for the n-th of several inputs with the same label (rows of a repeated group). */
async function chooseNth(page: Page, label: string, index: number, option: string) {
  const box = page.getByRole('combobox', { name: label }).nth(index);
  const menu = page.getByRole('listbox');
  await expect(async () => {
    if (!(await menu.isVisible())) await box.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(menu).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(box).toContainText(option);
}

/** The cell of `row` under the column headed `header` in the first table of the page. */
async function cellUnder(page: Page, row: Locator, header: string): Promise<Locator> {
  const table = page.getByRole('table').first();
  // allInnerTexts does not wait: read the headers only once the table has rendered them.
  await expect(table.getByRole('columnheader', { name: header, exact: true })).toBeVisible();
  const headers = await table.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === header);
  expect(index, `column "${header}" in ${headers.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return row.getByRole('cell').nth(index);
}

/** A row of the 2024 plan's items (in `scope`, a part of `page`), found by its item code link. */
const itemRow = (page: Page, code: string, scope: Locator | Page = page) =>
  scope.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });

test.describe('administration office and annual plan', () => {
  test('the administration office registers a training with attendees and sees it listed with its attendee count', async ({ page }) => {
    test.slow();
    await loginAsOffice(page);
    const title = `Tập huấn nghiệp vụ tiếp công dân, xử lý đơn cho công chức Thanh tra Sở – ${String(Date.now()).slice(-6)}`;
    await page.goto(`${urls.admin}/#/trainings/create`);
    await expect(page.getByRole('combobox', { name: 'Cán bộ tham dự' })).toBeVisible();
    // Before typing: a focused input's label is the theme's primary colour (see THEME_CHROME).
    await checkAxe(page);
    await page.getByRole('radio', { name: 'Tập huấn, bồi dưỡng nghiệp vụ' }).check();
    await page.getByRole('textbox', { name: 'Tên lớp, hội nghị' }).fill(title);
    await page.getByRole('textbox', { name: 'Văn bản được phổ biến, quán triệt' }).fill('Luật Tiếp công dân năm 2013\nNghị định số 64/2014/NĐ-CP');
    await page.getByRole('textbox', { name: 'Đối tượng tham dự' }).fill('Công chức làm công tác tiếp công dân, xử lý đơn');
    await page.getByLabel('Ngày bắt đầu').fill('2026-10-15');
    await page.getByRole('textbox', { name: 'Địa điểm' }).fill('Hội trường Sở Nội vụ, 96 Trần Phú, Kon Tum');
    await choose(page, 'Đơn vị tổ chức', 'Phòng Hành chính - Tổng hợp');

    // Two officials of the agency (one absent) and one guest from outside.
    await chooseNth(page, 'Cán bộ tham dự', 0, 'Y Blưu Niê – Chuyên viên tiếp công dân');
    await page.getByRole('button', { name: 'Thêm người tham dự' }).click();
    await chooseNth(page, 'Cán bộ tham dự', 1, 'Nguyễn Thị Thu Trang – Thanh tra viên');
    await page.getByRole('switch', { name: 'Có mặt' }).nth(1).uncheck();
    await page.getByRole('button', { name: 'Thêm người tham dự' }).click();
    await page.getByRole('textbox', { name: 'Họ tên người ngoài cơ quan' }).fill('A Thuần');
    await page.getByRole('textbox', { name: 'Đơn vị công tác' }).fill('UBND xã Đăk Tờ Re');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect(page).toHaveURL(/#\/trainings\/[0-9a-f-]{36}\/show/);
    await expect(page.getByText('2/3 có mặt')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Nguyễn Thị Thu Trang' })).toContainText('Vắng mặt');
    await expect(page.getByRole('row').filter({ hasText: 'A Thuần' })).toContainText('UBND xã Đăk Tờ Re');
    await checkAxe(page);

    await page.goto(`${urls.admin}/#/trainings`);
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toBeVisible();
    await expect(await cellUnder(page, row, 'Số người tham dự')).toHaveText('3');
    await expect(await cellUnder(page, row, 'Có mặt')).toHaveText('2');
    await checkAxe(page);
  });

  test('equipment whose maintenance is long overdue is flagged in the list and on its page, until a check is recorded', async ({ page }) => {
    test.slow();
    await loginAsOffice(page);
    const serial = `SCN-E2E-${String(Date.now()).slice(-6)}`;
    await page.goto(`${urls.admin}/#/equipment/create`);
    await choose(page, 'Loại thiết bị', 'Máy quét tài liệu');
    await page.getByRole('textbox', { name: 'Tên, model thiết bị' }).fill('Máy quét tài liệu hai mặt A4');
    await page.getByRole('textbox', { name: 'Số sê-ri' }).fill(serial);
    await page.getByRole('textbox', { name: 'Nơi đặt' }).fill('Phòng tiếp công dân');
    // In use since early 2023 with a yearly check and none recorded: long past due.
    await page.getByLabel('Ngày đưa vào sử dụng').fill('2023-01-10');
    await page.getByRole('spinbutton', { name: 'Chu kỳ bảo trì (tháng)' }).fill('12');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect(page).toHaveURL(/#\/equipment\/[0-9a-f-]{36}\/show/);
    await expect(page.getByText('Quá hạn bảo trì', { exact: true })).toBeVisible();
    await expect(page.getByText(/^Quá hạn \d+ ngày \(hạn 10\/01\/2024\)$/)).toBeVisible();
    await checkAxe(page);
    const devicePage = page.url();

    // The list warns too, and the quick filter keeps it among the devices needing maintenance.
    await page.goto(`${urls.admin}/#/equipment`);
    await page.getByRole('button', { name: 'Cần bảo trì' }).click();
    const row = page.getByRole('row').filter({ hasText: serial });
    await expect(row).toBeVisible();
    await expect(await cellUnder(page, row, 'Bảo trì')).toHaveText('Quá hạn bảo trì');
    await checkAxe(page);

    // A maintenance recorded today restarts the clock.
    await page.goto(devicePage);
    await page.getByRole('button', { name: 'Ghi bảo trì, kiểm tra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhật ký bảo trì, kiểm tra bảo mật' });
    await dialog.getByRole('textbox', { name: 'Người, đơn vị thực hiện' }).fill('Trung tâm Công nghệ thông tin tỉnh');
    await dialog.getByRole('textbox', { name: 'Kết quả' }).fill('Vệ sinh, hiệu chỉnh đầu quét; thiết bị hoạt động bình thường.');
    await dialog.getByRole('button', { name: 'Ghi bảo trì, kiểm tra' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Trong hạn bảo trì', { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Trung tâm Công nghệ thông tin tỉnh' })).toContainText('Bảo trì, bảo dưỡng');
  });

  test("the 2024 plan lists its items with their units; an item's progress shows on the leaders' progress view", async ({ browser, page }) => {
    test.slow();
    await loginAsOffice(page);
    await page.goto(`${urls.admin}/#/annualPlans`);
    await page.getByRole('row').filter({ hasText: '156/KH-SNV' }).click();
    await expect(page).toHaveURL(/#\/annualPlans\/[0-9a-f-]{36}\/show/);

    // The five items and the monitoring item, each with its lead and coordinating units.
    const units: [string, string, string][] = [
      ['1', 'Các đơn vị thuộc Sở', '—'],
      ['2', 'Thanh tra Sở', 'Các đơn vị thuộc Sở'],
      ['3', 'Phòng Hành chính - Tổng hợp', 'Thanh tra Sở'],
      ['4', 'Thanh tra Sở', 'Phòng Hành chính - Tổng hợp'],
      ['5', 'Thanh tra Sở, Phòng Hành chính - Tổng hợp và các đơn vị có liên quan', '—'],
      ['III', 'Thanh tra Sở', '—'],
    ];
    for (const [code, lead, coordinating] of units) {
      const row = itemRow(page, code);
      await expect(await cellUnder(page, row, 'Đơn vị chủ trì')).toHaveText(lead);
      await expect(await cellUnder(page, row, 'Đơn vị phối hợp')).toHaveText(coordinating);
    }
    // Item 3 was due by the end of 2024 and is still in progress: late.
    await expect(await cellUnder(page, itemRow(page, '3'), 'Tình trạng')).toHaveText('Chậm tiến độ');
    await checkAxe(page);

    const note = 'Đã bố trí đủ công chức, hoàn thành bồi dưỡng nghiệp vụ và trang bị camera mới cho nơi tiếp công dân.';
    await page.getByRole('button', { name: 'Cập nhật tiến độ – mục 3' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cập nhật tiến độ mục 3' });
    await choose(page, 'Tình trạng thực hiện', 'Đã hoàn thành');
    await dialog.getByRole('textbox', { name: 'Nội dung tiến độ' }).fill(note);
    await dialog.getByRole('button', { name: 'Cập nhật tiến độ' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Đã cập nhật tiến độ.')).toBeVisible();
    await expect(await cellUnder(page, itemRow(page, '3'), 'Tình trạng')).toHaveText('Đã hoàn thành');
    await expect(await cellUnder(page, itemRow(page, '3'), 'Tiến độ gần nhất')).toContainText(note);

    // The item's own page keeps every note, and takes its evidence documents.
    await itemRow(page, '3').getByRole('link', { name: '3', exact: true }).click();
    await expect(page).toHaveURL(/#\/planItems\/[0-9a-f-]{36}\/show/);
    await expect(page.getByRole('row').filter({ hasText: note })).toContainText('Đã hoàn thành');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await page.getByLabel('Tệp minh chứng').setInputFiles({ name: 'bien-ban-ban-giao-camera.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('textbox', { name: 'Mô tả tệp' }).fill('Biên bản bàn giao camera nơi tiếp công dân');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await expect(page.getByRole('link', { name: 'bien-ban-ban-giao-camera.pdf' })).toHaveAttribute('href', /\/api\/files\/[0-9a-f-]{36}$/);
    await checkAxe(page);

    // The director follows the year on the progress view: item 3 done, item 4 still late.
    const director = await (await browser.newContext()).newPage();
    await loginAs(director, 'giamdoc');
    await director.getByRole('menuitem', { name: 'Tiến độ kế hoạch' }).or(director.getByRole('link', { name: 'Tiến độ kế hoạch' })).first().click();
    await expect(director).toHaveURL(/#\/planProgress/);
    // The view opens on the demo's latest plan (2026); an earlier year is one choice away.
    await expect(director.getByRole('heading', { name: 'Tổng hợp năm 2026' })).toBeVisible();
    await choose(director, 'Năm', '2024');
    await expect(director.getByRole('heading', { name: 'Tổng hợp năm 2024' })).toBeVisible();
    await expect(director.getByText('Đã hoàn thành 83% số mục')).toBeVisible();
    const items = director.getByRole('region', { name: 'Tiến độ từng mục' });
    await expect(itemRow(director, '3', items)).toContainText('Đã hoàn thành');
    await expect(itemRow(director, '3', items)).toContainText(note);
    const late = director.getByRole('region', { name: 'Mục chậm tiến độ' });
    await expect(late.getByRole('link', { name: 'Mục 4' })).toBeVisible();
    await expect(late.getByRole('link', { name: 'Mục 3' })).toHaveCount(0);
    // Leaders read; updating is for those who carry the items out.
    await expect(items.getByRole('button', { name: /^Cập nhật tiến độ/ })).toHaveCount(0);
    await checkAxe(director);

    const downloading = director.waitForEvent('download');
    await director.getByRole('button', { name: 'Xuất báo cáo tổng kết (.docx)' }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
  });
});
