import { expect, test, type Browser, type Page } from '@playwright/test';
import { login } from './login.js';

const CELL = 'Phạm vi của Văn thư Phòng Hành chính - Tổng hợp cho thao tác: Xem văn bản đã ban hành';

/** One official in a browser context of their own, on the permission matrix. */
async function openMatrix(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, username);
  await page.getByRole('menuitem', { name: 'Phân quyền' }).click();
  await expect(page.getByRole('heading', { name: 'Ma trận phân quyền', level: 1 })).toBeVisible();
  return page;
}

async function setCell(page: Page, option: string) {
  await page.getByRole('combobox', { name: CELL }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('the system administrator edits the matrix cell by cell; a stale edit is refused; the auditor only reads it', async ({ browser }) => {
  test.slow();
  const first = await openMatrix(browser, 'quantri');
  const second = await openMatrix(browser, 'quantri');
  await expect(first.getByRole('combobox', { name: CELL })).toHaveText('Không được phép');

  await setCell(first, 'Toàn cơ quan');
  await expect(first.getByText('Đã lưu: Văn thư Phòng Hành chính - Tổng hợp – Toàn cơ quan.')).toBeVisible();

  // The second window still holds the old version of the cell: the server refuses and the grid reloads.
  await setCell(second, 'Toàn cơ quan');
  await expect(second.getByText(/đã được người khác cập nhật/)).toBeVisible();
  await expect(second.getByRole('combobox', { name: CELL })).toHaveText('Toàn cơ quan');

  // Own and unit mean nothing for reference data, so they are not offered there.
  await first.getByRole('combobox', { name: 'Phạm vi của Quản trị hệ thống cho thao tác: Cập nhật danh mục' }).click();
  await expect(first.getByRole('option')).toHaveText(['Không được phép', 'Toàn cơ quan']);
  await first.keyboard.press('Escape');
  // The administrator's own permission to grant permissions is not editable.
  await expect(first.getByRole('combobox', { name: 'Phạm vi của Quản trị hệ thống cho thao tác: Phân quyền theo vai trò' })).toHaveCount(0);

  const auditor = await openMatrix(browser, 'kiemtra');
  await expect(auditor.getByText('Bạn chỉ được xem ma trận phân quyền.', { exact: false })).toBeVisible();
  await expect(auditor.getByRole('combobox')).toHaveCount(0);

  // Back to the default, so other journeys see the shipped matrix.
  await first.reload();
  await setCell(first, 'Không được phép');
  await expect(first.getByText('Đã lưu: Văn thư Phòng Hành chính - Tổng hợp – Không được phép.')).toBeVisible();
});

test('an official without permission management has no such menu', async ({ page }) => {
  await login(page, 'thanhtravien');
  await expect(page.getByRole('menuitem', { name: 'Đơn thư' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Phân quyền' })).toHaveCount(0);
});
