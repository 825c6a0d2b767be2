import { expect, test } from '@playwright/test';
import { choose, login, loginAs, settleDuplicateSuggestions } from './login.js';
import { urls } from './urls.js';

test.describe('back office: signing in', () => {
  test('a wrong password shows a Vietnamese error and sets no cookie', async ({ page, context }) => {
    await login(page, 'tiepdan', 'mat-khau-sai');
    await expect(page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.')).toBeVisible();
    expect((await context.cookies()).filter((c) => c.name === 'kntc_session')).toEqual([]);
  });
});

test.describe('back office: letters', () => {
  test('register a letter through the form, find it without diacritics, open it', async ({ page }) => {
    await loginAs(page, 'tiepdan');
    await page.goto(`${urls.admin}/#/petitions/create`);
    await page.getByLabel('Ngày nhận đơn').fill('2026-11-27');
    await choose(page, 'Nguồn đơn', 'Qua bưu chính');
    await choose(page, 'Loại đơn', 'Khiếu nại');
    await page.getByRole('textbox', { name: 'Họ và tên người gửi' }).fill('Huỳnh Thị Ánh Tuyết');
    await page.getByRole('textbox', { name: 'Địa chỉ người gửi' }).fill('48 Phan Đình Phùng, phường Quyết Thắng, Kon Tum');
    await page.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill('Khiếu nại việc không được xét nâng lương trước thời hạn');
    await page.getByRole('textbox', { name: 'Nội dung đơn' }).fill('Tôi đủ điều kiện nhưng không được xét nâng lương trước thời hạn năm 2026.');
    await settleDuplicateSuggestions(page);
    await page.getByRole('button', { name: 'Lưu và vào sổ' }).click();
    await expect(page.getByText('Đã thêm mới')).toBeVisible();

    await page.goto(`${urls.admin}/#/petitions`);
    await page.getByRole('textbox', { name: 'Tìm kiếm (không cần dấu)' }).fill('huynh thi anh tuyet');
    const row = page.getByRole('row').filter({ hasText: 'Huỳnh Thị Ánh Tuyết' });
    await expect(row).toHaveCount(1);
    await expect(page.getByRole('row')).toHaveCount(2);
    await row.click();
    await expect(page.getByText('Tôi đủ điều kiện nhưng không được xét nâng lương trước thời hạn năm 2026.')).toBeVisible();
    await expect(page.getByText(/\d+\/2026/).first()).toBeVisible();
  });

  test('an invalid form shows the Vietnamese message on the field and saves nothing', async ({ page }) => {
    await loginAs(page, 'tiepdan');
    await page.goto(`${urls.admin}/#/petitions/create`);
    await page.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill('abc');
    await page.getByRole('button', { name: 'Lưu và vào sổ' }).click();
    await expect(page.getByText('Trích yếu nội dung phải có ít nhất 5 ký tự.')).toBeVisible();
    await expect(page.getByText('Hãy chọn nguồn đơn.')).toBeVisible();
    await expect(page).toHaveURL(/#\/petitions\/create/);
  });

  test('a stale save is refused with a clear message and keeps what the user typed', async ({ browser }) => {
    const first = await browser.newContext();
    const second = await browser.newContext();
    const a = await first.newPage();
    const b = await second.newPage();
    await loginAs(a, 'thanhtravien');
    await loginAs(b, 'tiepdan');
    await a.goto(`${urls.admin}/#/petitions`);
    await a.getByRole('row').nth(1).click();
    const id = /#\/petitions\/([0-9a-f-]{36})/.exec(a.url())?.[1];
    expect(id).toBeTruthy();
    await a.goto(`${urls.admin}/#/petitions/${id}`);
    await b.goto(`${urls.admin}/#/petitions/${id}`);
    const summaryA = a.getByRole('textbox', { name: 'Trích yếu nội dung' });
    const summaryB = b.getByRole('textbox', { name: 'Trích yếu nội dung' });
    await expect(summaryA).not.toHaveValue('');
    await expect(summaryB).not.toHaveValue('');
    await summaryA.fill('Bản sửa của thanh tra viên');
    await a.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(a.getByText('Đã cập nhật')).toBeVisible();
    await summaryB.fill('Bản sửa của cán bộ tiếp dân');
    await b.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(b.getByText(/Bản ghi đã được người khác cập nhật/).first()).toBeVisible();
    await expect(summaryB).toHaveValue('Bản sửa của cán bộ tiếp dân');
    await first.close();
    await second.close();
  });
});
