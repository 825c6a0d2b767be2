import { expect, test } from '@playwright/test';
import { urls } from './urls.js';

test.describe('public site', () => {
  test('home page is Vietnamese and ships no script', async ({ page, request }) => {
    const res = await request.get(`${urls.site}/`);
    expect(res.status()).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<html[^>]*lang="vi"/);
    expect(html).not.toMatch(/<script/i);
    await page.goto(`${urls.site}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/công khai/i);
  });

  test('lists published conclusions and finds them without diacritics', async ({ page }) => {
    await page.goto(`${urls.site}/cong-khai`);
    await expect(page.getByText('31/KL-SNV')).toBeVisible();
    await page.getByRole('searchbox').fill('luu tru lich su');
    await page.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(/q=luu\+tru\+lich\+su|q=luu%20tru%20lich%20su/);
    await expect(page.getByText('Kết luận nội dung tố cáo đối với Giám đốc Trung tâm Lưu trữ lịch sử tỉnh')).toBeVisible();
    await expect(page.getByText('245/QĐ-SNV')).toHaveCount(0);
  });

  test('unknown pages answer 404 in Vietnamese', async ({ request }) => {
    const res = await request.get(`${urls.site}/khong-co-trang-nay`);
    expect(res.status()).toBe(404);
    expect(await res.text()).toMatch(/Không tìm thấy/);
  });
});
