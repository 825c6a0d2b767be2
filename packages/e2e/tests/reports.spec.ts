import ExcelJS from 'exceljs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.js';
import { choose, loginAs } from './login.js';
import { urls } from './urls.js';

const FORM_01 = 'Biểu số 01/TCD – Tổng hợp kết quả tiếp công dân thường xuyên, định kỳ và đột xuất';
/** The demo register's year: its visits and letters fall in report year 2026 (15/12/2025 – 14/12/2026). */
const DEMO_YEAR = '2026';
/** A day of quý I/2026 on which a new visit changes the filed figures. */
const NEW_VISIT_DATE = '2026-03-10';

/** The number a cell button shows; its accessible name starts with it ("7: cột 1 – Lượt, Tổng cộng. Xem hồ sơ"). */
const valueOf = async (cell: Locator) => Number((await cell.innerText()).trim());

/** The button of a numbered column in the total row. */
const totalCell = (table: Locator, column: number) => table.getByRole('button', { name: new RegExp(`^\\d+: cột ${String(column)} – .*, Tổng cộng\\. Xem hồ sơ$`) });

async function chooseReport(page: Page, form: string, period: RegExp) {
  await choose(page, 'Biểu mẫu', form);
  await choose(page, 'Năm báo cáo', DEMO_YEAR);
  await page.getByRole('radio', { name: period }).check();
}

test.describe('statutory reports', () => {
  test('the inspector reads 01/TCD, opens a number onto its records, exports 02/XLD, files 01/TCD and sees a later change as a difference', async ({ page }) => {
    test.slow();
    await loginAs(page, 'thanhtravien');
    await page.getByRole('menuitem', { name: 'Báo cáo thống kê' }).or(page.getByRole('link', { name: 'Báo cáo thống kê' })).first().click();
    await expect(page).toHaveURL(/#\/reports/);

    // Quý I/2026 with its cut-off dates, as the picker offers it.
    await expect(page.getByRole('radio', { name: 'Quý I (15/12/2025 – 14/03/2026)' })).toBeVisible();
    await chooseReport(page, FORM_01, /^Quý I/);
    const form01 = page.getByRole('table', { name: /^Biểu số 01\/TCD/ });
    await expect(form01).toContainText('Tổng cộng');
    await expect(form01.getByRole('columnheader', { name: 'Tiếp thường xuyên' })).toBeVisible();

    // Column 1 (lượt tiếp) of the total row: one visit, one record.
    const visits = totalCell(form01, 1);
    const visitCount = await valueOf(visits);
    expect(visitCount).toBeGreaterThan(0);
    await visits.click();
    const drill = page.getByRole('dialog', { name: /Cột 1 – Lượt/ });
    await expect(drill.getByText(`Tổng: ${String(visitCount)}`)).toBeVisible();
    await expect(drill.getByText(`Bằng số trong ô của biểu (${String(visitCount)}).`)).toBeVisible();
    // The list pages 25 records at a time; the total above is over all of them.
    const firstPage = Math.min(visitCount, 25);
    await expect(drill.getByRole('table').getByRole('row')).toHaveCount(firstPage + 1);
    await expect(drill.getByText(`1–${String(firstPage)} trong tổng số ${String(visitCount)}`)).toBeVisible();
    // Each line links to its record.
    await expect(drill.getByRole('link').first()).toHaveAttribute('href', /#\/receptionVisits\/[0-9a-f-]{36}\/show/);
    await drill.getByRole('button', { name: 'Đóng' }).click();
    await expect(drill).toBeHidden();

    await expectNoAxeViolations(page);

    // 02/XLD for the year, exported and read back: the workbook's total row is the page's.
    await chooseReport(page, 'Biểu số 02/XLD – Tổng hợp kết quả xử lý đơn khiếu nại', /^Năm/);
    const form02 = page.getByRole('table', { name: /^Biểu số 02\/XLD/ });
    await expect(form02).toBeVisible();
    const shown = await Promise.all([1, 2, 3].map((column) => valueOf(totalCell(form02, column))));
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Xuất Excel' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^bao-cao-02-xld-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0];
    let totalRow: ExcelJS.Row | undefined;
    sheet?.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng cộng') totalRow = row;
    });
    expect(totalRow, 'the workbook has a total row').toBeDefined();
    // Form column n is sheet column n + 1 (column A holds the unit).
    expect([2, 3, 4].map((c) => totalRow?.getCell(c).value)).toEqual(shown);

    // File 01/TCD for quý I.
    await chooseReport(page, FORM_01, /^Quý I/);
    await expect(form01).toBeVisible();
    const filedVisits = await valueOf(totalCell(form01, 1));
    await page.getByRole('button', { name: 'Chốt số liệu và nộp báo cáo' }).click();
    const filing = page.getByRole('dialog', { name: 'Chốt số liệu và nộp báo cáo' });
    await filing.getByRole('textbox', { name: 'Ghi chú (không bắt buộc)' }).fill('Gửi Thanh tra tỉnh theo kế hoạch quý I.');
    await filing.getByRole('button', { name: 'Chốt và nộp' }).click();
    await expect(filing.getByText(/Đã chốt số liệu và nộp báo cáo biểu 01\/TCD/)).toBeVisible();
    await filing.getByRole('link', { name: 'Xem báo cáo đã nộp' }).click();
    await expect(page).toHaveURL(/#\/filedReports\/[0-9a-f-]{36}\/show/);
    const filedUrl = page.url();
    await expect(page.getByText('Số liệu hiện tại trùng khớp với số liệu đã nộp.')).toBeVisible();

    // The same period cannot be filed twice: the report page says it is filed, and by whom.
    await page.goto(`${urls.admin}/#/reports`);
    await expect(page.getByText(/Biểu 01\/TCD, Quý I năm 2026 đã được chốt số liệu và nộp lúc .*, người nộp: Nguyễn Thị Thu Trang\./)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Chốt số liệu và nộp báo cáo' })).toBeDisabled();

    // A visit recorded later in quý I changes the current figures, not the filed ones.
    await page.goto(`${urls.admin}/#/receptionVisits/create`);
    await page.getByLabel('Ngày tiếp').fill(NEW_VISIT_DATE);
    await page.getByRole('spinbutton', { name: 'Số người đến' }).fill('1');
    await page.getByRole('textbox', { name: 'Họ và tên' }).first().fill('A Nhâm');
    await page.getByRole('textbox', { name: 'Địa chỉ' }).first().fill('Thôn Kon Hring, xã Đăk Blà, thành phố Kon Tum');
    await choose(page, 'Loại nội dung vụ việc', 'Kiến nghị');
    await page.getByRole('textbox', { name: 'Tóm tắt nội dung vụ việc', exact: true }).fill('Kiến nghị hướng dẫn hồ sơ xét thăng hạng viên chức');
    await page.getByRole('textbox', { name: 'Nội dung vụ việc', exact: true }).fill('Công dân hỏi hồ sơ xét thăng hạng viên chức năm 2026.');
    await page.getByRole('textbox', { name: 'Yêu cầu của công dân' }).fill('Được hướng dẫn hồ sơ.');
    await choose(page, 'Kết quả tiếp', 'Giải thích, trả lời trực tiếp');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect(page).toHaveURL(/#\/receptionVisits\/[0-9a-f-]{36}\/show/);

    await page.goto(filedUrl);
    const differences = page.getByRole('region', { name: 'Số liệu thay đổi sau khi nộp' });
    await expect(differences).toContainText(`Tổng cộng, cột 1 (Lượt): đã nộp ${String(filedVisits)} → hiện tại ${String(filedVisits + 1)}`);
    const filedTable = page.getByRole('table', { name: /^Biểu số 01\/TCD đã nộp/ });
    await expect(filedTable.locator('mark').filter({ hasText: `đã nộp ${String(filedVisits)} → hiện tại ${String(filedVisits + 1)}` }).first()).toBeVisible();
    await expectNoAxeViolations(page);

    // The file as filed still says what was filed.
    const downloadingFiled = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Tải bản đã nộp' }).click();
    const filed = new ExcelJS.Workbook();
    await filed.xlsx.readFile(await (await downloadingFiled).path());
    let filedTotal: ExcelJS.Row | undefined;
    filed.worksheets[0]?.eachRow((row) => {
      if (row.getCell(1).value === 'Tổng cộng') filedTotal = row;
    });
    expect(filedTotal?.getCell(2).value).toBe(filedVisits);
  });
});
