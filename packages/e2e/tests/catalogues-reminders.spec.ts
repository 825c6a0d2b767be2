import { expect, test, type Browser, type Page } from '@playwright/test';
import { choose, login, loginAs, settleDuplicateSuggestions } from './login.js';
import { urls } from './urls.js';

/** Today in Vietnam, the date the API counts deadlines from. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A civil date moved by whole days, in UTC day numbers (no time zone involved). */
const shiftDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as the screens write dates. */
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/** One official in a browser context of their own. */
async function openAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

type LetterRecord = { id: string; version: number; receiptNumber: string; dueDate: string; deadlineStatus: string | null };

/** A tRPC mutation through the back office's origin, with the page's session. */
async function mutate<T>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`${urls.admin}/trpc/${path}`, { data: input });
  expect(response.ok(), await response.text()).toBe(true);
  return ((await response.json()) as { result: { data: T } }).result.data;
}

test('an administrator adds a field to the catalogue, and reception files a letter under it', async ({ browser }) => {
  test.slow();
  const suffix = Date.now().toString(36);
  const code = `hanh_chinh.e2e_${suffix}`;
  const name = `Bảo hiểm xã hội cán bộ ${suffix}`;

  // The sysadmin handles no letters: no "Đơn thư" menu, so wait for the catalogues entry.
  const admin = await (await browser.newContext()).newPage();
  await login(admin, 'quantri');
  await admin.getByRole('menuitem', { name: 'Danh mục' }).click();
  await choose(admin, 'Danh mục', 'Lĩnh vực của vụ việc');
  await expect(admin.getByRole('row').filter({ hasText: 'Cơ quan hành chính nhà nước' })).toHaveCount(0);
  await expect(admin.getByRole('row').filter({ hasText: 'Tư pháp' })).toHaveCount(1);

  // "Thêm mới" from the filtered list starts in that catalogue.
  await admin.getByRole('link', { name: 'Thêm mới' }).click();
  await expect(admin.getByRole('combobox', { name: 'Danh mục' })).toHaveText('Lĩnh vực của vụ việc');
  await admin.getByRole('textbox', { name: 'Mã', exact: true }).fill(code);
  await admin.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
  // Parents come from the same catalogue only.
  await admin.getByRole('combobox', { name: 'Mục cha' }).click();
  await expect(admin.getByRole('option', { name: 'Cơ quan hành chính nhà nước' })).toHaveCount(0);
  await admin.getByRole('option', { name: 'Hành chính', exact: true }).click();
  await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(admin.getByText('Đã thêm mới')).toBeVisible();
  const row = admin.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(code);
  await expect(row).toContainText('Hành chính');
  await expect(row).toContainText('Đang dùng');

  // The same code twice: the server's message lands on the code input.
  await admin.getByRole('link', { name: 'Thêm mới' }).click();
  await admin.getByRole('textbox', { name: 'Mã', exact: true }).fill(code);
  await admin.getByRole('textbox', { name: 'Tên', exact: true }).fill(`${name} (lần hai)`);
  await admin.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(admin.getByText('Mã này đã có trong danh mục.').first()).toBeVisible();
  await expect(admin).toHaveURL(/#\/catalogues\/create/);
  await admin.context().close();

  const reception = await openAs(browser, 'tiepdan');
  // Reception reads the catalogues but does not maintain them.
  await reception.goto(`${urls.admin}/#/catalogues`);
  await expect(reception.getByRole('row').filter({ hasText: name })).toBeVisible();
  await expect(reception.getByRole('link', { name: 'Thêm mới' })).toHaveCount(0);

  await reception.goto(`${urls.admin}/#/petitions/create`);
  await choose(reception, 'Nguồn đơn', 'Qua bưu chính');
  await choose(reception, 'Loại đơn', 'Kiến nghị, phản ánh');
  await choose(reception, 'Lĩnh vực', `Hành chính › ${name}`);
  await reception.getByRole('textbox', { name: 'Họ và tên người gửi' }).fill('Y Thị Danh Mục');
  await reception.getByRole('textbox', { name: 'Địa chỉ người gửi' }).fill('Tổ 5, phường Quyết Thắng, thành phố Kon Tum');
  await reception.getByRole('textbox', { name: 'Trích yếu nội dung' }).fill('Kiến nghị về chế độ bảo hiểm xã hội');
  await reception.getByRole('textbox', { name: 'Nội dung đơn' }).fill('Nội dung kiến nghị.');
  await settleDuplicateSuggestions(reception);
  await reception.getByRole('button', { name: 'Lưu và vào sổ' }).click();
  await expect(reception).toHaveURL(/#\/petitions\/[0-9a-f-]{36}\/show/);
  await expect(reception.getByText(`Hành chính › ${name}`)).toBeVisible();
  await reception.context().close();
});

test('the dashboard reminds the inspector of a letter due soon, and a unit head of overdue ones', async ({ browser }) => {
  test.slow();
  const inspector = await openAs(browser, 'thanhtravien');
  const letter = {
    channel: 'post',
    kind: 'recommendation',
    sender: { fullName: 'Rơ Mah Nhắc Việc', address: 'Làng Kon Rờ Bàng, xã Vinh Quang, thành phố Kon Tum' },
    summary: `Kiến nghị sắp đến hạn xử lý ${Date.now().toString(36)}`,
    content: 'Nội dung kiến nghị.',
  };
  // Received about eight working days ago; moved a day at a time until the server calls it due soon.
  let receivedDate = shiftDays(today(), -12);
  let record = await mutate<LetterRecord>(inspector, 'petitions.create', { ...letter, receivedDate });
  for (let tries = 0; tries < 10 && record.deadlineStatus !== 'due_soon'; tries++) {
    receivedDate = shiftDays(receivedDate, record.deadlineStatus === 'overdue' ? 1 : -1);
    record = await mutate<LetterRecord>(inspector, 'petitions.update', { id: record.id, version: record.version, data: { ...letter, receivedDate } });
  }
  expect(record.deadlineStatus).toBe('due_soon');
  // And one long overdue, so every leader has something escalated to them.
  await mutate<LetterRecord>(inspector, 'petitions.create', { ...letter, summary: 'Kiến nghị đã quá hạn xử lý', receivedDate: shiftDays(today(), -60) });

  // Signing in landed on the dashboard before the letters existed: load it again.
  await inspector.reload();
  const reminders = inspector.getByRole('region', { name: 'Nhắc việc' });
  await expect(reminders.getByRole('heading', { name: 'Nhắc việc', level: 2 })).toBeVisible();
  const dueSoon = reminders.getByRole('region', { name: /^Sắp đến hạn \(\d+\)$/ });
  const item = dueSoon.getByRole('listitem').filter({ hasText: letter.summary });
  await expect(item).toContainText('Sắp đến hạn');
  await expect(item).toContainText(`Hạn: ${vnDate(record.dueDate)}`);
  // The inspector's own reminders carry no escalation hint.
  await expect(item).not.toContainText('Chuyển lên');
  await expect(reminders.getByRole('region', { name: /^Quá hạn \(\d+\)$/ })).toBeVisible();

  const counts = inspector.getByRole('region', { name: 'Việc cần làm' });
  await expect(counts.getByRole('link', { name: /Đơn chờ phân loại/ })).toBeVisible();
  await expect(counts.getByRole('link', { name: /Vụ việc của tôi đang giải quyết/ })).toBeVisible();
  await expect(counts.getByRole('link', { name: /Đề xuất chờ duyệt/ })).toHaveCount(0);

  await item.getByRole('link', { name: `Đơn số ${record.receiptNumber}` }).click();
  await expect(inspector).toHaveURL(new RegExp(`#/petitions/${record.id}/show`));
  await inspector.context().close();

  const head = await openAs(browser, 'chanhthanhtra');
  const headReminders = head.getByRole('region', { name: 'Nhắc việc' });
  const overdue = headReminders.getByRole('region', { name: /^Quá hạn \(\d+\)$/ });
  await expect(overdue.getByRole('listitem').first()).toContainText('Quá hạn');
  await expect(overdue.getByText('Chuyển lên Trưởng đơn vị').first()).toBeVisible();
  await expect(head.getByRole('region', { name: 'Việc cần làm' }).getByRole('link', { name: /Đề xuất chờ duyệt/ })).toBeVisible();
  await head.context().close();
});
