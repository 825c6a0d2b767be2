import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, urls } from './urls.js';

export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto(`${urls.admin}/#/login`);
  await page.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await page.getByRole('textbox', { name: 'Mật khẩu' }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

export async function loginAs(page: Page, username: string) {
  await login(page, username);
  await expect(page.getByRole('link', { name: 'Đơn thư' }).or(page.getByRole('menuitem', { name: 'Đơn thư' })).first()).toBeVisible();
}

/**
 * Chooses an option of a react-admin SelectInput by its label. A click that lands while the menu
 * is still opening can leave it open, and an open menu hides the rest of the form from role
 * queries: retry until the menu has closed on the chosen value.
 */
export async function choose(page: Page, label: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  const menu = page.getByRole('listbox');
  await expect(async () => {
    if (!(await menu.isVisible())) await box.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(menu).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await expect(box).toContainText(option);
}

/**
 * The intake form looks for duplicates shortly after the sender and summary are typed, and the
 * panel it adds pushes the save buttons down: wait until it has finished before clicking them.
 */
export async function settleDuplicateSuggestions(page: Page) {
  const panel = page.getByRole('region', { name: 'Đơn có thể trùng' });
  await expect(panel).toBeVisible();
  // A later keystroke (the content, a co-signer) can start one more debounced search after the
  // first answer is shown: settled means no search running and the same answer twice in a row.
  let previous: string | null = null;
  await expect
    .poll(
      async () => {
        const busy = (await panel.getByRole('progressbar').count()) > 0;
        const text = await panel.innerText();
        const settled = !busy && text === previous;
        previous = text;
        return settled;
      },
      { intervals: [1_000] },
    )
    .toBe(true);
}
