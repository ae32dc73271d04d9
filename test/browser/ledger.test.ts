import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { browserSuite, screenshot, SCREENSHOT_DIR, skipBrowserTests } from "../support/browser.js";

// Browser tests are part of `npm test`; set JISHI_SKIP_BROWSER=1 only on a machine without chromium.
const skip = skipBrowserTests();

/**
 * A secretariat clerk records a signing ceremony the way seed 002 reports one, finds its figures
 * on the alliance's dashboard, exports the projects to Excel and reads the file back.
 * 12亿 + 35亿 + 3000万 = 47.3亿: one project in 10–30亿, one at or above 30亿.
 */
const SENTENCE = "签约项目3个,总投资47.3亿元,其中10亿-30亿元项目1个,30亿元以上项目1个";

describe.skipIf(skip)("ledger UI in headless Chromium", () => {
  let alliance: { id: number; name: string };
  let region: Record<string, string>;
  const title = `2024镇江(上海)测试项目签约会${Date.now() % 10000}`;

  const s = browserSuite({
    page: { acceptDownloads: true },
    setup: async (app) => {
      alliance = await app.db.selectFrom("alliances").select(["id", "name"]).where("name", "=", "沿沪宁产业创新带").executeTakeFirstOrThrow();
      const rows = await app.db.selectFrom("regions").select(["id", "code"]).where("code", "in", ["321100", "321181", "310107", "320500"]).execute();
      region = Object.fromEntries(rows.map((r) => [r.code, String(r.id)]));
      return app.addUser({ name: "沿沪宁秘书处", grants: [{ role: "alliance_secretariat", allianceId: alliance.id }] });
    },
  });

  async function fillProject(i: number, p: { name: string; amount: string; unit: "亿" | "万"; landing: string; party: string; industry: string }) {
    const row = s.page.getByTestId(`project-row-${i}`);
    await row.getByTestId(`project-row-${i}-name`).fill(p.name);
    await row.getByTestId(`project-row-${i}-amount`).fill(p.amount);
    await row.getByTestId(`project-row-${i}-amount-unit`).selectOption(p.unit);
    await row.getByTestId(`project-row-${i}-industry`).selectOption({ label: p.industry });
    await row.getByTestId(`project-row-${i}-landing`).selectOption(region[p.landing]);
    await row.getByTestId(`project-row-${i}-party-0`).locator("select").nth(1).selectOption(region[p.party]);
  }

  it("records a ceremony with three projects; a bad amount is named under its input first", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/ceremonies`);
    await s.page.locator("a", { hasText: "记录签约活动" }).click();
    const form = s.page.getByTestId("ceremony-form");
    await form.waitFor();
    await form.locator('input[name="title"]').fill(title);
    await form.locator('select[name="allianceId"]').selectOption(String(alliance.id));
    await form.locator('input[name="heldOn"]').fill("2024-09-22");
    await form.locator('select[name="hostRegionId"]').selectOption(region["321100"]);
    await form.locator('input[name="place"]').fill("上海");
    await fillProject(0, { name: "丹阳高端装备产业园项目", amount: "12", unit: "亿", landing: "321181", party: "321100", industry: "高端装备" });
    await s.page.getByTestId("add-project").click();
    await fillProject(1, { name: "镇江船舶动力总部项目", amount: "三百多", unit: "亿", landing: "321100", party: "310107", industry: "高端装备" });
    await s.page.getByTestId("add-project").click();
    await fillProject(2, { name: "苏州生物医药合作项目", amount: "3000", unit: "万", landing: "320500", party: "320500", industry: "生物医药" });

    await form.locator('button[type="submit"]').click();
    const amountError = s.page.locator('[data-field="projects.1.amount"] .field-error');
    await amountError.waitFor();
    expect(await amountError.textContent()).toContain("无法识别的金额");
    expect(s.page.url()).toMatch(/\/ledger\/ceremonies\/new$/); // nothing stored: still on the form
    await screenshot(s.page, "ledger-01-ceremony-amount-error");

    await s.page.getByTestId("project-row-1-amount").fill("35");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/ledger\/ceremonies\/\d+\?created=1$/);
    expect(await s.page.getByTestId("ceremony-summary").textContent()).toBe(SENTENCE);
    const table = s.page.getByTestId("ceremony-projects");
    expect(await table.locator("tbody tr").count()).toBe(3);
    expect(await table.textContent()).toContain("35亿元");
    expect(await table.textContent()).toContain("3000万元");
    expect(await s.app.db.selectFrom("ceremonies").select("id").where("title", "=", title).execute()).toHaveLength(1);
    await screenshot(s.page, "ledger-02-ceremony");
  });

  it("shows the numbers and the summary sentence on the alliance's dashboard for that year", async () => {
    await s.page.locator("a", { hasText: "在看板中查看" }).click();
    await s.page.waitForURL(new RegExp(`/ledger/dashboard\\?alliance=${alliance.id}&from=2024-01-01&to=2024-12-31$`));
    await s.page.getByTestId("ledger-sentence").waitFor();
    expect(await s.page.getByTestId("ledger-sentence").textContent()).toBe(SENTENCE);
    expect(await s.page.getByTestId("ledger-paragraph").textContent()).toContain(`2024年${alliance.name}`);
    expect(await s.page.getByTestId("stat-projects").textContent()).toBe("3");
    expect(await s.page.getByTestId("stat-total").textContent()).toBe("47.3亿元");
    expect(await s.page.locator("#lf-alliance").inputValue()).toBe(String(alliance.id));
    await s.page.locator(".ledger-charts canvas").nth(5).waitFor(); // six charts drawn, network included
    await s.page.waitForTimeout(800);
    await screenshot(s.page, "ledger-03-dashboard");
  });

  it("exports the projects to Excel: Chinese headers, amounts in 万元", async () => {
    const [download] = await Promise.all([s.page.waitForEvent("download"), s.page.getByTestId("export-projects-xlsx").click()]);
    expect(download.suggestedFilename()).toBe("projects.xlsx");
    const file = join(SCREENSHOT_DIR, "..", "ledger-projects.xlsx");
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet("项目")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["项目名称", "投资额(万元)", "落地地区", "合作方", "签约日期", "签约活动", "状态"]));
    const col = (name: string) => header.indexOf(name) + 1;
    const rows = (ws.getSheetValues().slice(2) as unknown[][]).map((r) => ({ name: r[col("项目名称")], wan: r[col("投资额(万元)")], landing: r[col("落地地区")], status: r[col("状态")] }));
    expect(rows.sort((a, b) => Number(a.wan) - Number(b.wan))).toEqual([
      { name: "苏州生物医药合作项目", wan: 3000, landing: "苏州市", status: "签约" },
      { name: "丹阳高端装备产业园项目", wan: 120000, landing: "丹阳市", status: "签约" },
      { name: "镇江船舶动力总部项目", wan: 350000, landing: "镇江市", status: "签约" },
    ]);
  });

  it("moves a project along its timeline; a skip over 开工 needs its date", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/projects?q=${encodeURIComponent("镇江船舶")}`);
    await s.page.getByTestId("projects-table").locator("a", { hasText: "镇江船舶动力总部项目" }).click();
    await s.page.waitForURL(/\/ledger\/projects\/\d+$/);
    const form = s.page.getByTestId("status-form");
    await form.locator('select[name="to"]').selectOption("producing");
    await form.locator('input[name="on"]').fill("2025-10-01");
    await form.locator('button[type="submit"]').click();
    await s.page.locator('[data-field="startedOn"] .field-error').waitFor();
    await form.locator('input[name="startedOn"]').fill("2025-03-01");
    await form.locator('button[type="submit"]').click();
    const timeline = s.page.getByTestId("status-timeline");
    await timeline.locator("li.done", { hasText: "投产/落地" }).waitFor();
    expect(await timeline.textContent()).toContain("2025-03-01");
    const ms = s.page.getByTestId("milestone-form");
    await ms.locator('input[name="on"]').fill("2025-06-18");
    await ms.locator('input[name="title"]').fill("主体结构封顶");
    await ms.locator('button[type="submit"]').click();
    await s.page.getByTestId("milestones").locator("li", { hasText: "主体结构封顶" }).waitFor();
    await screenshot(s.page, "ledger-04-project");
  });

  it("prints a report for the alliance and year", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/report?alliance=${alliance.id}&from=2024-01-01&to=2024-12-31`);
    const report = s.page.getByTestId("ledger-report");
    await report.locator("h1", { hasText: alliance.name }).waitFor();
    expect(await s.page.getByTestId("ledger-sentence").textContent()).toBe(SENTENCE);
    expect(await s.page.getByTestId("report-figures").textContent()).toContain("47.3亿元");
    await s.page.emulateMedia({ media: "print" });
    expect(await s.page.locator(".mainnav").isVisible()).toBe(false);
    await s.page.waitForTimeout(500);
    await screenshot(s.page, "ledger-05-report-print");
    await s.page.emulateMedia({ media: "screen" });
  });

  it("records a memorandum between two regions; an unchosen party is refused first", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/agreements/new`);
    const form = s.page.getByTestId("agreement-form");
    await form.waitFor();
    await form.locator('input[name="title"]').fill("《沿沪宁产业创新带加强协同创新备忘录(测试)》");
    await form.locator('input[name="signedOn"]').fill("2024-09-23");
    await form.locator('select[name="allianceId"]').selectOption(String(alliance.id));
    await s.page.getByTestId("agreement-party-0").locator("select").nth(1).selectOption(region["321100"]);
    await form.locator('button[type="submit"]').click();
    await s.page.locator('[data-field="parties"] .field-error').waitFor();
    await s.page.getByTestId("agreement-party-1").locator("select").nth(1).selectOption(region["310107"]);
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/ledger\/agreements\/\d+\?created=1$/);
    await s.page.locator("h1", { hasText: "《沿沪宁产业创新带加强协同创新备忘录(测试)》" }).waitFor();
    expect(await s.page.getByTestId("agreement-parties").textContent()).toMatch(/镇江市.*普陀区/);
    await s.page.goto(`${s.app.baseUrl}/ledger/dashboard?alliance=${alliance.id}&from=2024-01-01&to=2024-12-31`);
    await s.page.getByTestId("stat-agreements").filter({ hasText: "1" }).waitFor();
  });

  it("switches the dashboard to English", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/dashboard?alliance=${alliance.id}&from=2024-01-01&to=2024-12-31`);
    await s.page.locator("h1", { hasText: "合作项目看板" }).waitFor();
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "Cooperation dashboard" }).waitFor();
    expect(await s.page.getByTestId("stat-total").textContent()).toBe("CNY 4.73 bn");
    await s.page.locator(".ledger-charts canvas").nth(5).waitFor();
    await s.page.waitForTimeout(800);
    await screenshot(s.page, "ledger-06-dashboard-en");
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "合作项目看板" }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it("corrects a project's amount as the signed text says, and the dashboard follows; a signing date after 开工 stays", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/projects?q=${encodeURIComponent("苏州生物医药")}`);
    await s.page.getByTestId("projects-table").locator("a", { hasText: "苏州生物医药合作项目" }).click();
    await s.page.waitForURL(/\/ledger\/projects\/\d+$/);
    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    const form = s.page.getByTestId("project-form");
    expect(await form.getByTestId("project-name").inputValue()).toBe("苏州生物医药合作项目");
    expect([await form.getByTestId("project-amount").inputValue(), await form.getByTestId("project-amount-unit").inputValue()]).toEqual(["3000", "万"]);
    await form.getByTestId("project-amount").fill("0.35");
    await form.getByTestId("project-amount-unit").selectOption("亿");
    await screenshot(s.page, "ledger-07-project-edit");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/ledger\/projects\/\d+\?saved=1$/);
    await s.page.getByText("项目记录已更正").waitFor();
    expect(await s.page.getByTestId("project-amount").textContent()).toContain("3500");
    const d = await s.page.request.get(`${s.app.baseUrl}/api/ledger/dashboard?alliance=${alliance.id}&from=2024-01-01&to=2024-12-31`);
    expect((await d.json()).totalYuan).toBe(4_735_000_000); // 47.3亿 and the 500万 more

    // 镇江船舶 is 投产 by now: its signing date is kept, and the form says why under the input.
    await s.page.goto(`${s.app.baseUrl}/ledger/projects?q=${encodeURIComponent("镇江船舶")}`);
    await s.page.getByTestId("projects-table").locator("a", { hasText: "镇江船舶动力总部项目" }).click();
    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    const late = s.page.getByTestId("project-form");
    await late.locator('[data-field="signedOn"] input').fill("2024-10-01");
    await late.locator('button[type="submit"]').click();
    await late.locator('[data-field="signedOn"] .field-error', { hasText: "后续状态" }).waitFor();
    expect(s.errors).toEqual([]);
  });

  it("corrects a memorandum's title, place and parties; its page and the parties follow", async () => {
    await s.page.goto(`${s.app.baseUrl}/ledger/agreements`);
    await s.page.getByTestId("agreements-page").locator("a", { hasText: "沿沪宁产业创新带加强协同创新备忘录(测试)" }).click();
    await s.page.waitForURL(/\/ledger\/agreements\/\d+$/);
    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    const form = s.page.getByTestId("agreement-form");
    expect(await form.locator('input[name="title"]').inputValue()).toBe("沿沪宁产业创新带加强协同创新备忘录(测试)");
    expect(await form.locator('input[name="signedOn"]').inputValue()).toBe("2024-09-23");
    await form.locator('input[name="title"]').fill("《沿沪宁产业创新带协同创新合作备忘录》");
    await form.locator('input[name="place"]').fill("镇江");
    await s.page.getByTestId("agreement-party-1").locator("select").nth(1).selectOption(region["320500"]);
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/ledger\/agreements\/\d+\?saved=1$/);
    await s.page.locator("h1", { hasText: "《沿沪宁产业创新带协同创新合作备忘录》" }).waitFor();
    await s.page.getByText("协议记录已更正").waitFor();
    expect(await s.page.getByTestId("agreement-parties").textContent()).toMatch(/镇江市.*苏州市/);
    expect(await s.page.locator(".page-header .subtitle").textContent()).toContain("镇江");
    expect(s.errors).toEqual([]);
  });

  it("corrects a ceremony's dates and place; an end before the start is named under its input; the projects stay", async () => {
    const { id } = await s.app.db.selectFrom("ceremonies").select("id").where("title", "=", title).executeTakeFirstOrThrow();
    await s.page.goto(`${s.app.baseUrl}/ledger/ceremonies/${id}`);
    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    const form = s.page.getByTestId("ceremony-form");
    await form.waitFor();
    expect(await form.locator('input[name="title"]').inputValue()).toBe(title);
    expect(await form.locator('input[name="heldOn"]').inputValue()).toBe("2024-09-22");
    expect(await form.locator('select[name="hostRegionId"]').inputValue()).toBe(region["321100"]);
    expect(await form.locator("fieldset.ledger-project-row").count()).toBe(0); // projects are corrected on their pages
    await form.locator('input[name="endOn"]').fill("2024-09-01");
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-field="endOn"] .field-error', { hasText: "结束日期" }).waitFor();
    await form.locator('input[name="endOn"]').fill("2024-09-24");
    await form.locator('input[name="place"]').fill("上海国际会议中心");
    await screenshot(s.page, "ledger-08-ceremony-edit");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/ledger\/ceremonies\/\d+\?saved=1$/);
    await s.page.getByText("签约活动记录已更正").waitFor();
    expect(await s.page.locator(".page-header .subtitle").textContent()).toContain("2024-09-22 – 2024-09-24 · 上海国际会议中心");
    expect(await s.page.getByTestId("ceremony-projects").locator("tbody tr").count()).toBe(3);
    expect(s.errors).toEqual([]);
  });
});
