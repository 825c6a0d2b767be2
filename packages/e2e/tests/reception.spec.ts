import { expect, test, type Browser, type Page } from '@playwright/test';
import { choose, loginAs } from './login.js';
import { urls } from './urls.js';

async function openAs(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, username);
  return page;
}

/** A weekday in the month, around its 10th: the director receives on working days. */
function weekdayIn(month: number, year: number): string {
  for (let day = 10; ; day++) {
    const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
    if (weekday >= 1 && weekday <= 5) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
}

test.describe('citizen reception', () => {
  test('a group of 12 sends 5 representatives and hands over a complaint, which enters the letter register with its receipt', async ({ page }) => {
    test.slow();
    await loginAs(page, 'tiepdan');
    await page.goto(`${urls.admin}/#/receptionVisits/create`);
    await page.getByRole('spinbutton', { name: 'Số người đến' }).fill('12');
    const names = ['A Blưk', 'Y Mai', 'A Thuần', 'Y Nhung', 'A Khoa', 'Y Lan'];
    for (let i = 0; i < names.length; i++) {
      if (i > 0) await page.getByRole('button', { name: 'Thêm người đến' }).click();
      await page.getByRole('textbox', { name: 'Họ và tên' }).nth(i).fill(names[i] ?? '');
      await page.getByRole('textbox', { name: 'Địa chỉ' }).nth(i).fill('Thôn Kon Rôn, xã Đăk Tờ Re, tỉnh Kon Tum');
      await page.getByRole('switch', { name: 'Người đại diện' }).nth(i).check();
    }
    await choose(page, 'Loại nội dung vụ việc', 'Khiếu nại');
    await page.getByRole('textbox', { name: 'Tóm tắt nội dung vụ việc', exact: true }).fill('Khiếu nại việc không xét nâng lương trước thời hạn cho viên chức trường học');
    await page.getByRole('textbox', { name: 'Nội dung vụ việc', exact: true }).fill('Đoàn viên chức khiếu nại quyết định không xét nâng lương trước thời hạn năm 2026.');
    await page.getByRole('textbox', { name: 'Yêu cầu của công dân' }).fill('Đề nghị xem xét lại quyết định.');
    await choose(page, 'Kết quả tiếp', 'Tiếp nhận đơn');

    // Six representatives for twelve people: the law allows five.
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page.getByText(/không quá 5 người đại diện/).first()).toBeVisible();
    await page.getByRole('switch', { name: 'Người đại diện' }).nth(5).uncheck();
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();

    await expect(page).toHaveURL(/#\/receptionVisits\/[0-9a-f-]{36}\/show/);
    const letterLink = page.getByRole('link', { name: /^Đơn số \d+\/\d{4}$/ });
    await expect(letterLink).toBeVisible();
    const receipt = ((await letterLink.innerText()).match(/\d+\/\d{4}/) ?? [''])[0];
    await letterLink.click();
    await expect(page).toHaveURL(/#\/petitions\/[0-9a-f-]{36}\/show/);
    await expect(page.getByText('Vào sổ từ lượt tiếp công dân')).toBeVisible();
    await page.getByRole('button', { name: 'In giấy biên nhận' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'In giấy biên nhận' }).click();
    await expect(page.getByRole('dialog', { name: /Đã cấp giấy biên nhận/ }).getByTestId('tracking-code')).toHaveText(/[0-9A-Z]{4}-/);
    await page.getByRole('button', { name: 'Đóng' }).click();

    // In the queue of letters, under its receipt number.
    await page.goto(`${urls.admin}/#/petitions`);
    await page.getByRole('textbox', { name: /Tìm kiếm/ }).first().fill(receipt);
    await expect(page.getByRole('row').filter({ hasText: 'không xét nâng lương trước thời hạn' }).first()).toContainText(receipt);
  });

  test("a month without the director's reception is flagged; once planned and published, it is on the public schedule", async ({ browser }) => {
    test.slow();
    const officer = await openAs(browser, 'tiepdan');
    await officer.goto(`${urls.admin}/#/receptionSessions`);
    const warnings = officer.getByRole('region', { name: /Tháng chưa có lịch tiếp công dân định kỳ/ });
    const first = (await warnings.getByText(/Tháng \d{2}\/\d{4} chưa có lịch/).first().innerText()).match(/Tháng (\d{2})\/(\d{4})/);
    const [, mm = '', yyyy = ''] = first ?? [];
    const date = weekdayIn(Number(mm), Number(yyyy));
    const shown = `${date.slice(8, 10)}/${mm}/${yyyy}`;

    await officer.getByRole('link', { name: 'Thêm mới' }).or(officer.getByRole('button', { name: 'Thêm mới' })).first().click();
    await officer.getByRole('radio', { name: 'Tiếp công dân định kỳ' }).check();
    await officer.getByLabel('Ngày tiếp').fill(date);
    await officer.getByRole('textbox', { name: 'Địa điểm tiếp' }).fill('Phòng tiếp công dân, Sở Nội vụ, 96 Trần Phú, Kon Tum');
    await officer.getByRole('textbox', { name: 'Người chủ trì', exact: true }).fill('Trần Quốc Bảo');
    await officer.getByRole('textbox', { name: 'Chức vụ người chủ trì' }).fill('Giám đốc Sở Nội vụ');
    await officer.getByRole('radio', { name: 'Giám đốc trực tiếp tiếp' }).check();
    await officer.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(officer).toHaveURL(/#\/receptionSessions\/[0-9a-f-]{36}\/show/);
    const id = /#\/receptionSessions\/([0-9a-f-]{36})\/show/.exec(officer.url())?.[1] ?? '';

    await officer.goto(`${urls.admin}/#/receptionSessions`);
    await expect(officer.getByRole('region', { name: /Tháng chưa có lịch tiếp công dân định kỳ/ })).not.toContainText(`Tháng ${mm}/${yyyy}`);

    // Not on the site before the director publishes it.
    const citizen = await (await browser.newContext()).newPage();
    await citizen.goto(`${urls.site}/lich-tiep-cong-dan`);
    await expect(citizen.locator('main')).not.toContainText(shown);

    const director = await openAs(browser, 'giamdoc');
    await director.goto(`${urls.admin}/#/receptionSessions/${id}/show`);
    await director.getByRole('button', { name: 'Công bố lịch' }).click();
    const confirm = director.getByRole('dialog');
    if (await confirm.isVisible()) await confirm.getByRole('button', { name: /Công bố lịch|Xác nhận/ }).click();
    await expect(director.getByText('Đã công bố lịch lên trang Lịch tiếp công dân.')).toBeVisible();

    await citizen.reload();
    await expect(citizen.locator('main')).toContainText(shown);
    await expect(citizen.locator('main')).toContainText('Trần Quốc Bảo');
  });
});
