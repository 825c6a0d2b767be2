import { expect, test } from '@playwright/test';
import { choose, loginAs, settleDuplicateSuggestions } from './login.js';
import { urls } from './urls.js';

test.describe('back office: a save whose answer is lost', () => {
  test('is sent again with the same Idempotency-Key and registers the letter once', async ({ page }) => {
    await loginAs(page, 'tiepdan');
    const keys: string[] = [];
    // The first save reaches the server and commits, but its answer never reaches the page (a dropped connection).
    await page.route(/\/trpc\/petitions\.create\b/, async (route) => {
      keys.push(route.request().headers()['idempotency-key'] ?? '');
      if (keys.length === 1) {
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await page.goto(`${urls.admin}/#/petitions/create`);
    await page.getByLabel('Ngày nhận đơn').fill('2026-11-27');
    await choose(page, 'Nguồn đơn', 'Qua bưu chính');
    await choose(page, 'Loại đơn', 'Khiếu nại');
    await page.getByRole('textbox', { name: 'Họ và tên người gửi' }).fill('Y Gửi Lại Một Lần');
    await page.getByRole('textbox', { name: 'Địa chỉ người gửi' }).fill('Thôn Kon Jri, xã Đăk Rơ Wa, Kon Tum');
    await page.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill('Khiếu nại gửi khi mạng chập chờn');
    await page.getByRole('textbox', { name: 'Nội dung đơn' }).fill('Đơn được lưu khi kết nối bị ngắt giữa chừng.');
    await settleDuplicateSuggestions(page);
    await page.getByRole('button', { name: 'Lưu và vào sổ' }).click();
    await expect(page.getByText('Đã thêm mới')).toBeVisible();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);

    await page.unroute(/\/trpc\/petitions\.create\b/);
    await page.goto(`${urls.admin}/#/petitions`);
    await page.getByRole('textbox', { name: 'Tìm kiếm (không cần dấu)' }).fill('y gui lai mot lan');
    await expect(page.getByRole('row').filter({ hasText: 'Y Gửi Lại Một Lần' })).toHaveCount(1);
    await expect(page.getByRole('row')).toHaveCount(2);
  });
});
