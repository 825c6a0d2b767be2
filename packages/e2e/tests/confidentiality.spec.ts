import { randomInt } from 'node:crypto';
import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { loginAs } from './login.js';
import { DEMO_PASSWORD, urls } from './urls.js';

/**
 * The canary journey in the real system: a denunciation filed with a denouncer nobody else could
 * be, then every page an inspector or the public can open is searched for them. Only the reveal
 * dialog of the reception officer, who gives a reason, may show them.
 */
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');
const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
const tag = letters(10);
const canary = {
  fullName: `Canary Trần Thị Kín ${tag.charAt(0).toUpperCase()}${tag.slice(1)}`,
  address: `Ngõ Ẩn Danh ${letters(8)}, phường Thắng Lợi, tỉnh Kon Tum`,
  idNumber: `0${digits(11)}`,
  phone: `09${digits(8)}`,
  email: `${letters(7)}.${tag}@example.vn`,
};
const needles = [tag, canary.idNumber, canary.phone, canary.email, (canary.address.split(',')[0] ?? canary.address).toLowerCase()];
const leaksIn = (text: string) => needles.filter((n) => text.toLowerCase().includes(n.toLowerCase()));

async function signedIn(username: string): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: urls.api });
  const res = await api.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.ok()).toBe(true);
  return api;
}

let petitionId = '';

test.describe.serial('denouncer identity stays secret', () => {
  test.beforeAll(async () => {
    const api = await signedIn('tiepdan');
    const res = await api.post('/trpc/petitions.create', {
      data: {
        receivedDate: new Date().toISOString().slice(0, 10),
        channel: 'walk_in',
        kind: 'denunciation',
        sender: canary,
        summary: 'Tố cáo việc thu tiền trái quy định khi cấp giấy xác nhận',
        content: `Tôi là ${canary.fullName}, CCCD ${canary.idNumber}, điện thoại ${canary.phone}, trú tại ${canary.address}. Tôi tố cáo cán bộ thu tiền trái quy định.`,
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    petitionId = (await res.json()).result.data.id;
    expect(petitionId).toMatch(/^[0-9a-f-]{36}$/);
    await api.dispose();
  });

  test('an inspector sees only the pseudonym, in the page and in every API answer', async ({ page }) => {
    const answers: string[] = [];
    page.on('response', async (res) => {
      if (res.url().includes('/api/')) answers.push(await res.text().catch(() => ''));
    });
    await loginAs(page, 'thanhtravien');
    await page.goto(`${urls.admin}/#/petitions/${petitionId}/show`);
    await expect(page.getByText('Người tố cáo A').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Xem danh tính' })).toHaveCount(0);
    expect(leaksIn(await page.content())).toEqual([]);
    await page.goto(`${urls.admin}/#/petitions?filter=${encodeURIComponent(JSON.stringify({ q: canary.fullName }))}`);
    await expect(page.getByRole('table').or(page.getByText(/Không tìm thấy|Chưa có/)).first()).toBeVisible();
    expect(leaksIn(answers.join('\n'))).toEqual([]);
  });

  test('the reception officer reveals the identity only by giving a reason', async ({ page }) => {
    await loginAs(page, 'tiepdan');
    await page.goto(`${urls.admin}/#/petitions/${petitionId}/show`);
    await expect(page.getByText('Người tố cáo A').first()).toBeVisible();
    expect(leaksIn(await page.content())).toEqual([]);
    await page.getByRole('button', { name: 'Xem danh tính' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: /Lý do xem danh tính/ }).fill('ngắn');
    await dialog.getByRole('button', { name: 'Xem danh tính' }).click();
    await expect(dialog.getByText('Lý do xem danh tính phải có ít nhất 10 ký tự.')).toBeVisible();
    await expect(dialog.getByText(canary.fullName)).toHaveCount(0);
    await dialog.getByRole('textbox', { name: /Lý do xem danh tính/ }).fill('Cần liên hệ người tố cáo để hẹn làm việc');
    await dialog.getByRole('button', { name: 'Xem danh tính' }).click();
    await expect(dialog.getByText(canary.fullName)).toBeVisible();
    await expect(dialog.getByText(canary.idNumber)).toBeVisible();
  });

  test('no page of the public site carries the denouncer', async ({ request }) => {
    const seen = new Set<string>();
    // Every page type, every page the sitemap lists (each publication), the feed, then whatever they link to.
    const sitemap = await (await request.get(`${urls.site}/sitemap-index.xml`)).text();
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '/').pathname);
    expect(listed.filter((p) => p.startsWith('/cong-khai/')).length).toBeGreaterThan(0);
    const queue = [
      '/',
      '/cong-khai',
      '/lich-tiep-cong-dan',
      '/tra-cuu',
      '/thong-ke',
      '/huong-dan',
      '/rss.xml',
      '/sitemap-index.xml',
      ...listed,
      `/cong-khai?q=${encodeURIComponent(canary.fullName)}`,
      `/cong-khai?q=${canary.idNumber}`,
    ];
    for (let path = queue.shift(); path !== undefined && seen.size < 200; path = queue.shift()) {
      if (seen.has(path)) continue;
      seen.add(path);
      const res = await request.get(`${urls.site}${path}`);
      // A search page echoes what the visitor typed back into the search box: that is their own
      // input, not the site's data, so only the rest of the page is searched.
      const typed = new URLSearchParams(path.split('?')[1] ?? '').get('q');
      const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
      const echoes = typed ? [typed, fold(typed), encodeURIComponent(typed), encodeURIComponent(typed).replaceAll('%20', '+')] : [];
      const html = echoes.reduce((page, echo) => page.split(echo).join('').split(echo.toLowerCase()).join(''), await res.text());
      expect(leaksIn(html), path).toEqual([]);
      for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
        if (href && !href.startsWith('/_astro') && !seen.has(href)) queue.push(href.replaceAll('&amp;', '&'));
      }
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
