import { expect, test } from '@playwright/test';
import { loginAs } from './login.js';
import { urls } from './urls.js';

test('a letter with two contents is split into numbered items, then the split is undone', async ({ page }) => {
  await loginAs(page, 'thanhtravien');
  const created = await page.request.post(`${urls.admin}/trpc/petitions.create`, {
    data: {
      receivedDate: '2026-11-23',
      channel: 'post',
      kind: 'mixed',
      // It includes a denunciation: its sender is protected, as splitting it requires.
      protectIdentity: true,
      sender: { fullName: 'Ông Ích Tách Đơn', address: 'Thôn 7, xã Đăk Mar, huyện Đăk Hà' },
      summary: 'Khiếu nại kỷ luật và tố cáo trưởng phòng',
      content: 'Đơn gồm hai nội dung.',
    },
  });
  expect(created.status()).toBe(200);
  const letter = (await created.json()).result.data as { id: string; receiptSeq: number; receiptYear: number };

  await page.goto(`${urls.admin}/#/petitions/${letter.id}/show`);
  await page.getByRole('button', { name: 'Tách đơn' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tách đơn có nhiều nội dung' });
  const kinds = dialog.getByRole('combobox', { name: 'Loại nội dung' });
  await kinds.nth(0).click();
  await page.getByRole('option', { name: 'Khiếu nại', exact: true }).click();
  await kinds.nth(1).click();
  await page.getByRole('option', { name: 'Tố cáo', exact: true }).click();
  await dialog.getByRole('textbox', { name: 'Trích yếu' }).nth(0).fill('Khiếu nại quyết định kỷ luật');
  await dialog.getByRole('textbox', { name: 'Trích yếu' }).nth(1).fill('Tố cáo trưởng phòng nhận tiền');
  await dialog.getByRole('textbox', { name: 'Nội dung', exact: true }).nth(0).fill('Phần khiếu nại.');
  await dialog.getByRole('textbox', { name: 'Nội dung', exact: true }).nth(1).fill('Phần tố cáo.');
  await dialog.getByRole('button', { name: 'Tách đơn' }).click();
  await expect(page.getByText('Đã tách đơn thành các nội dung riêng.')).toBeVisible();

  const items = page.getByRole('region', { name: 'Các nội dung đã tách' });
  await expect(items.getByRole('link', { name: `${letter.receiptSeq}.1/${letter.receiptYear}` })).toBeVisible();
  await expect(items.getByRole('link', { name: `${letter.receiptSeq}.2/${letter.receiptYear}` })).toBeVisible();

  await page.getByRole('button', { name: 'Hủy tách đơn' }).click();
  await page.getByRole('dialog', { name: 'Hủy tách đơn' }).getByRole('button', { name: 'Hủy tách' }).click();
  await expect(page.getByText('Đã hủy tách đơn.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Các nội dung đã tách' })).toHaveCount(0);
});
