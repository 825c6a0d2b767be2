import { createHmac } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { choose, login } from './login.js';
import { urls } from './urls.js';

/** RFC 6238 as authenticator apps compute it (SHA-1, 6 digits, 30 s), from a base32 secret. */
function totp(secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '')) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)?.map((b) => parseInt(b, 2)) ?? []);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function openAccountPage(page: Page) {
  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Tài khoản của tôi' }).click();
  await expect(page.getByRole('heading', { name: 'Đổi mật khẩu' })).toBeVisible();
}

test('the back office and the site are served with a CSP that forbids inline scripts, and the API with no-store', async ({ request }) => {
  const admin = await request.get(`${urls.admin}/`);
  const adminCsp = admin.headers()['content-security-policy'] ?? '';
  expect(adminCsp).toContain("script-src 'self'");
  expect(adminCsp).toContain("frame-ancestors 'none'");
  expect(adminCsp).not.toMatch(/script-src[^;]*unsafe/);
  expect(admin.headers()['referrer-policy']).toBe('no-referrer');
  expect(await admin.text()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);

  const site = await request.get(`${urls.site}/`);
  expect(site.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(site.headers()['referrer-policy']).toBe('same-origin');

  const api = await request.get(`${urls.admin}/api/auth/me`);
  expect(api.status()).toBe(401);
  expect(api.headers()['cache-control']).toBe('no-store');
  expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
});

test('an administrator creates an account; the official replaces the temporary password, turns on a second factor and signs in with it', async ({ browser }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const username = `canbo.${suffix}`;
  const temporary = `Tam-thoi-${suffix}-2026`;
  const own = `cum tu rieng cua toi ${suffix}`;

  const adminPage = await (await browser.newContext()).newPage();
  const violations: string[] = [];
  adminPage.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await login(adminPage, 'quantri');
  await adminPage.getByRole('menuitem', { name: 'Tài khoản cán bộ' }).click();
  await adminPage.getByRole('link', { name: 'Thêm mới' }).click();
  // The form is filled once its units have loaded (the select shows a placeholder until then):
  // not "network idle", which a request the sign-in page left open can hold off until the test times out.
  await expect(adminPage.getByRole('combobox', { name: 'Đơn vị' })).toBeVisible();
  await adminPage.getByRole('textbox', { name: 'Tên đăng nhập' }).fill(username);
  await adminPage.getByLabel('Mật khẩu tạm thời').fill(temporary);
  await adminPage.getByRole('textbox', { name: 'Họ và tên' }).fill(`Cán bộ thử ${suffix}`);
  await choose(adminPage, 'Vai trò', 'Thanh tra viên / chuyên viên xử lý đơn');
  await expect(adminPage.getByRole('textbox', { name: 'Tên đăng nhập' })).toHaveValue(username);
  await adminPage.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(adminPage.getByRole('button', { name: 'Đặt lại mật khẩu' })).toBeVisible();
  expect(violations).toEqual([]);

  const page = await (await browser.newContext()).newPage();
  await login(page, username, temporary);
  await expect(page.getByText('Mật khẩu này do quản trị viên cấp tạm thời')).toBeVisible();
  await page.getByLabel(/^Mật khẩu mới/).fill(`${username}-abc-def`);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(`${username}-abc-def`);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByText('Mật khẩu không được chứa tên đăng nhập.')).toBeVisible();
  await page.getByLabel(/^Mật khẩu mới/).fill(own);
  await page.getByLabel('Nhập lại mật khẩu mới').fill(own);
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('button', { name: 'Tài khoản' })).toBeVisible();

  await openAccountPage(page);
  await page.getByRole('region', { name: 'Xác thực hai bước' }).getByLabel('Mật khẩu hiện tại').fill(own);
  await page.getByRole('button', { name: 'Bật xác thực hai bước' }).click();
  await expect(page.getByRole('img', { name: 'Mã QR để thêm tài khoản vào ứng dụng xác thực' })).toBeVisible();
  const secret = (await page.locator('code').first().textContent())?.trim() ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel('Mã xác thực').fill(totp(secret));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đang bật: đăng nhập cần mật khẩu và mã từ ứng dụng xác thực.')).toBeVisible();

  await page.getByRole('button', { name: 'Tài khoản' }).click();
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
  await login(page, username, own);
  await expect(page.getByLabel('Mã xác thực')).toBeVisible();
  // The next step's code: the enrolment already used this one, and a code is accepted once.
  await page.getByLabel('Mã xác thực').fill(totp(secret, Date.now() + 30_000));
  await page.getByRole('button', { name: 'Tiếp tục' }).click();
  await expect(page.getByRole('button', { name: 'Tài khoản' })).toBeVisible();
});
