import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { choose, loginAs } from './login.js';

const SECTION = 'Tình hình tiếp công dân, xử lý đơn và giải quyết vụ việc';
const LETTERS_CHART = 'Đơn tiếp nhận theo tháng và loại đơn';
const PLAN_CHART = 'Tiến độ thực hiện kế hoạch năm';
const CHARTS = [LETTERS_CHART, 'Tỷ lệ xử lý đúng hạn theo tháng', 'Vụ việc đang giải quyết theo giai đoạn', 'Vụ việc đang giải quyết theo cán bộ', 'Lượt tiếp công dân đông người và tái diễn theo tháng', PLAN_CHART];

/** A figure as the page writes it in vi-VN ("1.234"), as a number. */
const numberIn = (text: string) => Number(text.replace(/\./g, '').trim());

/** The big number of a header card ("Đơn tiếp nhận"). */
async function cardValue(page: Page, label: string): Promise<number> {
  const card = page.getByRole('group', { name: label });
  return numberIn(await card.getByText(/^[\d.]+$/).innerText());
}

/** The last cell of a data table's total row. */
const totalOf = async (table: Locator) => numberIn(await table.getByRole('row', { name: /^Tổng cộng/ }).getByRole('cell').last().innerText());

test.describe('leaders\' dashboard', () => {
  test('the director reads the charts, narrows the period, checks a data table against its card, exports the workbook', async ({ page }) => {
    test.slow();
    await loginAs(page, 'giamdoc');
    const section = page.getByRole('region', { name: SECTION, exact: true });
    await expect(section).toBeVisible();
    for (const title of CHARTS) {
      const chart = page.getByRole('region', { name: title, exact: true });
      await expect(chart.getByRole('heading', { name: title })).toBeVisible();
      await expect(chart.getByRole('application', { name: title })).toBeVisible();
      await expect(chart.getByRole('list', { name: 'Chú giải' })).toBeVisible();
    }
    // The letters chart draws one stack per month and kind: bars are there, not only axes.
    await expect(page.getByRole('region', { name: LETTERS_CHART, exact: true }).locator('.recharts-bar-rectangle').first()).toBeVisible();

    // This year, then this quarter: the card changes with the period.
    await expect(page.getByText(/^Số liệu từ ngày 01\/1\/\d{4} đến ngày/)).toBeVisible();
    const yearLetters = await cardValue(page, 'Đơn tiếp nhận');
    expect(yearLetters).toBeGreaterThan(0);
    await choose(page, 'Khoảng thời gian', 'Quý này');
    await expect.poll(() => cardValue(page, 'Đơn tiếp nhận')).toBeLessThan(yearLetters);
    await expect(page.getByText('Đang cập nhật số liệu')).toBeHidden();
    const quarterLetters = await cardValue(page, 'Đơn tiếp nhận');

    // The chart's data table: a real table with its caption, whose total is the card's figure.
    const lettersChart = page.getByRole('region', { name: LETTERS_CHART, exact: true });
    const toggle = lettersChart.getByRole('button', { name: 'Xem bảng số liệu' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(lettersChart.getByRole('button', { name: 'Ẩn bảng số liệu' })).toHaveAttribute('aria-expanded', 'true');
    const table = lettersChart.getByRole('table', { name: `Bảng số liệu: ${LETTERS_CHART}` });
    await expect(table.getByRole('columnheader', { name: 'Tổng số' })).toBeVisible();
    expect(await totalOf(table)).toBe(quarterLetters);

    // The overdue list links to its records.
    const overdue = page.getByRole('region', { name: 'Đơn, vụ việc quá hạn', exact: true });
    const overdueCount = await cardValue(page, 'Quá hạn');
    if (overdueCount > 0) await expect(overdue.getByRole('link').first()).toHaveAttribute('href', /#\/(petitions|cases)\/[0-9a-f-]{36}\/show/);

    // The year's plan: the share done, its table, and the late item opening its page.
    const plan = page.getByRole('region', { name: PLAN_CHART, exact: true });
    await expect(plan.getByText('Kế hoạch số 12/KH-SNV ngày 09/1/2026')).toBeVisible();
    await expect(plan.getByText('Đã hoàn thành 2/6 nhiệm vụ (33%)')).toBeVisible();
    await plan.getByRole('button', { name: 'Xem bảng số liệu' }).click();
    const planTable = plan.getByRole('table', { name: `Bảng số liệu: ${PLAN_CHART}` });
    await expect(planTable.getByRole('row', { name: /^Chậm tiến độ/ }).getByRole('cell').first()).toHaveText('1');
    await expect(planTable.getByRole('row', { name: /^Tổng cộng/ }).getByRole('cell').first()).toHaveText('6');
    await expect(plan.getByRole('link', { name: 'Mục 3' })).toHaveAttribute('href', /#\/planItems\/[0-9a-f-]{36}\/show/);

    await expectNoAxeViolations(page);

    // Every chart as a sheet; the letters sheet's total is the card's.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel tất cả biểu đồ' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bang-dieu-khien-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Tổng hợp', 'Đơn theo tháng', 'Xử lý đúng hạn', 'Vụ việc theo giai đoạn', 'Vụ việc theo cán bộ', 'Tiếp công dân', 'Kế hoạch năm', 'Quá hạn', 'Sắp đến hạn']);
    let total: ExcelJS.Row | undefined;
    workbook.getWorksheet('Đơn theo tháng')?.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng cộng') total = row;
    });
    expect(total?.getCell(6).value).toBe(quarterLetters);

    // One chart's own export holds that chart only.
    const one = page.waitForEvent('download');
    await lettersChart.getByRole('button', { name: `Xuất Excel: ${LETTERS_CHART}` }).click();
    expect((await one).suggestedFilename()).toMatch(/^bang-dieu-khien-letters-by-month-/);
  });

  test('the reception officer keeps reminders and queues, without the leaders\' charts', async ({ page }) => {
    await loginAs(page, 'tiepdan');
    await expect(page.getByRole('region', { name: 'Việc cần làm' }).or(page.getByRole('heading', { name: 'Nhắc việc' })).first()).toBeVisible();
    await expect(page.getByRole('region', { name: SECTION, exact: true })).toHaveCount(0);
  });
});
