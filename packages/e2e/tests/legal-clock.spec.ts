import { expect, test } from '@playwright/test';
import { loginAs } from './login.js';
import { urls } from './urls.js';

test('editing a calendar year moves the due dates of open letters, explains it, and records it', async ({ page }) => {
  await loginAs(page, 'giamdoc');
  // A letter received Tue 01/12/2026: ten working days to process, due Tue 15/12/2026.
  const created = await page.request.post(`${urls.admin}/trpc/petitions.create`, {
    data: {
      receivedDate: '2026-12-01',
      channel: 'post',
      kind: 'recommendation',
      sender: { fullName: 'Kiều Thị Lịch Làm Việc', address: 'Thôn 4, xã Vinh Quang, thành phố Kon Tum' },
      summary: 'Kiến nghị về thời gian làm việc của bộ phận một cửa',
      content: 'Nội dung kiến nghị.',
    },
  });
  expect(created.status()).toBe(200);
  const letter = (await created.json()).result.data as { id: string; dueDate: string };
  expect(letter.dueDate).toBe('2026-12-15');

  await page.goto(`${urls.admin}/#/calendars/2026`);
  await page.getByRole('button', { name: 'Thêm ngày' }).click();
  await page.getByLabel('Ngày', { exact: true }).last().fill('2026-12-07');
  await page.getByRole('textbox', { name: 'Lý do', exact: true }).last().fill('Nghỉ bù theo quyết định của UBND tỉnh');
  await page.getByRole('textbox', { name: 'Căn cứ', exact: true }).last().fill('Thông báo số 123/TB-UBND');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText(/Đã lưu\. Hạn xử lý của \d+ đơn đang mở đã được tính lại\./)).toBeVisible();

  await page.goto(`${urls.admin}/#/petitions/${letter.id}/show`);
  const panel = page.getByRole('complementary', { name: 'Thời hạn xử lý' });
  await expect(panel).toContainText('16/12/2026');
  await expect(panel.getByRole('list', { name: 'Cách tính hạn' })).toContainText('07/12/2026');

  await page.goto(`${urls.admin}/#/deadlineRecalculations`);
  await expect(page.getByText('Sửa lịch làm việc năm 2026').first()).toBeVisible();
});
