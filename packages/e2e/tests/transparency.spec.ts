import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { loginAs } from './login.js';
import { urls } from './urls.js';

/** Creates and registers a letter through the API with the officer's session, as the intake form does. */
async function registeredLetter(page: Page): Promise<string> {
  const res = await page.request.post(`${urls.admin}/trpc/petitions.create`, {
    data: {
      receivedDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
      channel: 'post',
      kind: 'recommendation',
      sender: { fullName: 'Y Hiền', address: 'Thôn Kon Jơ Dri, xã Đăk Rơ Wa, tỉnh Kon Tum' },
      summary: 'Kiến nghị xem xét chế độ phụ cấp cho cán bộ không chuyên trách thôn',
      content: 'Đề nghị Sở xem xét, hướng dẫn việc chi trả phụ cấp cho cán bộ không chuyên trách ở thôn.',
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { result: { data: { id: string } } }).result.data.id;
}

async function openAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

test.describe('transparency site', () => {
  test('a conclusion redacted by an inspector, approved and published by the director, is found on the site without diacritics, then taken down with its reason', async ({ browser }) => {
    test.slow();
    // The inspector starts the publication from a signed conclusion.
    const inspector = await openAs(browser, 'thanhtravien');
    await inspector.goto(`${urls.admin}/#/publications`);
    await inspector.getByRole('button', { name: 'Lập bản công khai' }).click();
    const candidates = inspector.getByRole('dialog', { name: 'Lập bản công khai từ văn bản đã ký' });
    await candidates.getByRole('button', { name: 'Lập', exact: true }).first().click();
    await expect(inspector).toHaveURL(/#\/publications\/[0-9a-f-]{36}\/show/);
    const id = /#\/publications\/([0-9a-f-]{36})\/show/.exec(inspector.url())?.[1] ?? '';
    const record = await inspector.request.get(`${urls.admin}/trpc/publications.getOne?input=${encodeURIComponent(JSON.stringify({ id }))}`);
    const { title, slug } = ((await record.json()) as { result: { data: { title: string; slug: string } } }).result.data;

    // Someone else, the director, approves and publishes it.
    const director = await openAs(browser, 'giamdoc');
    await director.goto(`${urls.admin}/#/publications/${id}/show`);
    await director.getByRole('button', { name: 'Duyệt bản công khai' }).click();
    await director.getByRole('dialog').getByRole('button', { name: /Duyệt bản công khai|Xác nhận/ }).click();
    await expect(director.getByText('Đã duyệt bản công khai.')).toBeVisible();
    await director.getByRole('button', { name: 'Đăng công khai' }).click();
    await director.getByRole('dialog', { name: 'Đăng lên trang công khai?' }).getByRole('button', { name: 'Đăng công khai' }).click();
    await expect(director.getByText('Đã đăng công khai.')).toBeVisible();

    // A citizen searches the portal typing without diacritics, straight away: no rebuild.
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`${urls.site}/cong-khai`);
    const words = fold(title).split(/\s+/).filter((w) => w.length > 3).slice(0, 4).join(' ');
    await citizen.getByRole('searchbox').fill(words);
    await citizen.getByRole('searchbox').press('Enter');
    await citizen.getByRole('link', { name: title }).first().click();
    await expect(citizen).toHaveURL(new RegExp(`/cong-khai/${slug}$`));
    await expect(citizen.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(citizen.locator('main')).toContainText('Thời gian niêm yết');
    await expectNoAxeViolations(citizen);

    // Taken down before the 15 days are over: the reason must say why, and the page shows it.
    await director.reload();
    await director.getByRole('button', { name: 'Gỡ bản công khai' }).click();
    const takeDown = director.getByRole('dialog', { name: 'Gỡ bản công khai?' });
    await takeDown.getByRole('textbox', { name: /Lý do gỡ/ }).fill('Sai sót');
    await takeDown.getByRole('button', { name: 'Gỡ bản công khai' }).click();
    await expect(takeDown).toContainText('20');
    const reason = 'Văn bản có sai sót về số liệu, đã ban hành văn bản đính chính; sẽ đăng lại bản đã đính chính.';
    await takeDown.getByRole('textbox', { name: /Lý do gỡ/ }).fill(reason);
    await takeDown.getByRole('button', { name: 'Gỡ bản công khai' }).click();
    await expect(director.getByText('Đã gỡ bản công khai.')).toBeVisible();
    await citizen.reload();
    await expect(citizen.getByRole('note')).toContainText(reason);
    await expectNoAxeViolations(citizen);
  });


  test('a citizen follows their letter with the tracking code from the receipt; a wrong code gives a neutral answer', async ({ page, browser }) => {
    await loginAs(page, 'tiepdan');
    const id = await registeredLetter(page);
    await page.goto(`${urls.admin}/#/petitions/${id}/show`);
    await page.getByRole('button', { name: 'In giấy biên nhận' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'In giấy biên nhận' }).click();
    const issued = page.getByRole('dialog', { name: /Đã cấp giấy biên nhận/ });
    await expect(issued).toBeVisible();
    const code = (await issued.getByTestId('tracking-code').innerText()).trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){2,}$/);

    // The citizen, on their own phone: no session, only the code.
    const citizen = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    await citizen.goto(`${urls.site}/tra-cuu`);
    await citizen.getByRole('textbox', { name: 'Mã tra cứu' }).fill(code.toLowerCase().replaceAll('-', ' '));
    await citizen.getByRole('button', { name: 'Tra cứu' }).click();
    const result = citizen.getByRole('region', { name: 'Kết quả tra cứu' });
    await expect(result).toContainText('Tình trạng');
    await expect(result.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    // Nothing of the letter but its progress: no name, no content.
    await expect(citizen.locator('main')).not.toContainText('Y Hiền');
    await expect(citizen.locator('main')).not.toContainText('phụ cấp');
    expect(citizen.url()).not.toContain(code);
    await expectNoAxeViolations(citizen);

    const neutral = 'Không tìm thấy đơn với mã tra cứu này.';
    for (const wrong of ['AAAA-BBBB-CCCC', 'không phải mã']) {
      await citizen.getByRole('textbox', { name: 'Mã tra cứu' }).fill(wrong);
      await citizen.getByRole('button', { name: 'Tra cứu' }).click();
      await expect(citizen.getByRole('region', { name: 'Kết quả tra cứu' })).toContainText(neutral);
    }
  });

  test('every page type passes axe-core (WCAG 2.1 AA), ships no script and is readable at 360 px', async ({ browser, request }) => {
    const list = await request.get(`${urls.site}/cong-khai`);
    const slug = /href="\/cong-khai\/([a-z0-9-]+)"/.exec(await list.text())?.[1];
    expect(slug).toBeTruthy();
    const pages = ['/', '/cong-khai', '/cong-khai?q=ket+luan', `/cong-khai/${slug}`, '/lich-tiep-cong-dan', '/tra-cuu', '/thong-ke', '/huong-dan', '/khong-co-trang-nay'];
    const page = await (await browser.newContext({ viewport: { width: 360, height: 740 } })).newPage();
    for (const path of pages) {
      const res = await page.goto(`${urls.site}${path}`);
      expect(res?.status(), path).toBe(path === '/khong-co-trang-nay' ? 404 : 200);
      expect(await page.locator('script').count(), path).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).count(), path).toBe(1);
      // Nothing wider than a cheap phone's screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    }
  });

  test('a publication page is light (under 100 KB with its styles), described for sharing, and printable', async ({ page, request }) => {
    const list = await (await request.get(`${urls.site}/cong-khai`)).text();
    const slug = /href="\/cong-khai\/([a-z0-9-]+)"/.exec(list)?.[1] ?? '';
    const res = await request.get(`${urls.site}/cong-khai/${slug}`);
    const html = await res.text();
    const css = [...html.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) => m[1] ?? '');
    let weight = Buffer.byteLength(html);
    for (const href of css) weight += (await (await request.get(`${urls.site}${href}`)).body()).byteLength;
    expect(weight).toBeLessThan(100 * 1024);
    expect(html).toMatch(/<meta property="og:title"/);
    expect(html).toMatch(/<meta name="description"/);

    await page.goto(`${urls.site}/cong-khai/${slug}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Điều hướng chính' })).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});
