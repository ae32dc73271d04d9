import { describe, expect, it } from "vitest";
import { browserSuite, screenshot, signInThroughUi, skipBrowserTests } from "../support/browser.js";

// Browser tests are part of `npm test`; set JISHI_SKIP_BROWSER=1 only on a machine without chromium.
const skip = skipBrowserTests();

const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** A GB 32100-2015 code with a correct check character, from 17 given characters. */
function creditCode(body17: string): string {
  const sum = [...body17].reduce((s, c, i) => s + CHARS.indexOf(c) * WEIGHTS[i], 0);
  return body17 + CHARS[(31 - (sum % 31)) % 31];
}

describe.skipIf(skip)("foundation UI in headless Chromium", () => {
  const s = browserSuite({ page: { viewport: { width: 1280, height: 860 } } });

  const email = `ui-${Date.now()}@test.jishi`;
  const orgName = `苏州测试光电科技有限公司${Date.now() % 100000}`;

  it("registers, showing the server's field reasons first", async () => {
    await s.page.goto(`${s.app.baseUrl}/register`);
    await s.page.locator('input[name="email"]').fill("not-an-email");
    await s.page.locator('input[name="name"]').fill("测试用户");
    await s.page.locator('input[name="password"]').fill("short");
    await s.page.locator('form button[type="submit"]').click();
    const emailError = s.page.locator('[data-field="email"] .field-error');
    await emailError.waitFor();
    expect(await emailError.textContent()).toMatch(/邮箱/);
    expect(await s.page.locator('[data-field="password"] .field-error').textContent()).toMatch(/8/);
    await screenshot(s.page, "foundation-01-register-errors");

    await s.page.locator('input[name="email"]').fill(email);
    await s.page.locator('input[name="password"]').fill("correct-horse-1");
    await s.page.locator('form button[type="submit"]').click();
    await s.page.waitForURL(/\/signin\?registered=1/);
    expect(await s.page.locator('input[name="email"]').inputValue()).toBe(email);
  });

  it("signs in (a wrong password is refused first)", async () => {
    await s.page.locator('input[name="password"]').fill("wrong-password");
    await s.page.locator('form button[type="submit"]').click();
    await s.page.locator(".banner-error").waitFor();
    expect(await s.page.locator(".banner-error").textContent()).toMatch(/INVALID_CREDENTIALS|密码|邮箱/);

    await s.page.locator('input[name="password"]').fill("correct-horse-1");
    await s.page.locator('form button[type="submit"]').click();
    await s.page.getByTestId("user-menu").waitFor();
    expect(await s.page.getByTestId("user-menu").textContent()).toContain("测试用户");
    await s.page.getByTestId("home-stats").waitFor();
    // No role yet: the home page says how to join an organisation, or to register one.
    const start = s.page.getByTestId("home-start");
    await start.waitFor();
    expect(await start.innerText()).toContain(email);
    await screenshot(s.page, "foundation-02-signed-in");
    await start.getByRole("link", { name: "登记机构" }).click();
    await s.page.waitForURL(/\/organizations\/new$/);
  });

  it("creates an organisation; a wrong credit code is shown under its field", async () => {
    await s.page.goto(`${s.app.baseUrl}/organizations/new`);
    const form = s.page.getByTestId("org-form");
    await form.waitFor();
    await form.locator('input[name="name"]').fill(orgName);
    await form.locator('select[name="kind"]').selectOption("enterprise");
    await form.locator('input[name="regionId"]').fill("昆山");
    await s.page.locator('.picker-list [role="option"]', { hasText: "昆山市" }).first().click();
    const good = creditCode("91320583MA1MXY00Q");
    const bad = good.slice(0, 17) + CHARS[(CHARS.indexOf(good[17]) + 1) % 31];
    await form.locator('input[name="creditCode"]').fill(bad);
    await form.locator('input[name="contactName"]').fill("王工");
    await form.locator('input[name="nameEn"]').fill("昆山 Test Optoelectronics");
    await s.page.locator('.industry-row label', { hasText: "集成电路" }).locator("input").check();
    await form.locator('button[type="submit"]').click();
    const nameEnError = s.page.locator('[data-field="nameEn"] .field-error');
    await nameEnError.waitFor();
    expect(await nameEnError.innerText()).toContain("英文名称不能含汉字");
    await form.locator('input[name="nameEn"]').fill("Suzhou Test Optoelectronics Co., Ltd.");
    await form.locator('button[type="submit"]').click();
    const codeError = s.page.locator('[data-field="creditCode"] .field-error');
    await codeError.waitFor();
    expect((await codeError.textContent())!.length).toBeGreaterThan(2);
    await screenshot(s.page, "foundation-03-credit-code-error");

    await form.locator('input[name="creditCode"]').fill(good);
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/organizations\/\d+$/);
    await s.page.locator("h1", { hasText: orgName }).waitFor();
    expect(await s.page.locator(".page").textContent()).toContain(good);
    const stored = await s.app.db.selectFrom("organizations").select("name_en").where("name", "=", orgName).executeTakeFirstOrThrow();
    expect(stored.name_en).toBe("Suzhou Test Optoelectronics Co., Ltd.");
    // Its registrant is its admin at once, without signing in again: the members list says so.
    await s.page.getByTestId("org-members").locator("tbody tr", { hasText: "测试用户" }).filter({ hasText: "机构管理员" }).waitFor();
    await screenshot(s.page, "foundation-04-organization");
    await s.page.goto(`${s.app.baseUrl}/`);
    await s.page.getByTestId("home-todo").waitFor();
    expect(await s.page.getByTestId("home-start").count()).toBe(0);
  });

  it("finds the organisation in the list by keyword, kind and region", async () => {
    await s.page.goto(`${s.app.baseUrl}/organizations`);
    await s.page.locator("#org-q").fill(orgName.slice(0, 8));
    await s.page.locator("table tbody tr", { hasText: orgName }).waitFor();
    await s.page.locator("#org-kind").selectOption("university");
    await s.page.locator(".empty").waitFor();
    await s.page.locator("#org-kind").selectOption("enterprise");
    await s.page.locator("#org-region").fill("无锡");
    await s.page.locator('.picker-list [role="option"]', { hasText: "无锡市" }).first().click();
    await s.page.locator(".empty").waitFor();
    await s.page.locator("#org-region").fill("苏州");
    await s.page.locator('.picker-list [role="option"]', { hasText: "苏州市" }).first().click();
    const row = s.page.locator("table tbody tr", { hasText: orgName });
    await row.waitFor(); // 苏州市 includes 昆山市 below it
    expect(await row.textContent()).toContain("昆山");
    await screenshot(s.page, "foundation-05-organizations");
    await row.locator("a").click();
    await s.page.waitForURL(/\/organizations\/\d+$/);
  });

  it("switches to English and back, place names too", async () => {
    await s.page.goto(`${s.app.baseUrl}/organizations`);
    await s.page.locator("h1", { hasText: "机构名录" }).waitFor();
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "Organisations" }).waitFor();
    expect(await s.page.locator("nav.mainnav").textContent()).toContain("Directory");
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe("en");
    // The organisation's region (江苏省苏州市昆山市), once the English names have loaded.
    // The organisation is called by the English name it was registered with.
    await s.page.locator("table tbody tr", { hasText: "Suzhou Test Optoelectronics Co., Ltd." }).filter({ hasText: "Kunshan, Suzhou, Jiangsu" }).filter({ hasText: "Integrated circuits" }).waitFor();
    // A region is found by its English name too.
    await s.page.locator("#org-region").fill("kunsh");
    await s.page.locator('.picker-list [role="option"]', { hasText: "Kunshan" }).first().waitFor();
    await s.page.locator("#org-region").fill("");
    await screenshot(s.page, "foundation-06-english");
    // Seeded alliances by their English names.
    await s.page.goto(`${s.app.baseUrl}/alliances`);
    await s.page.locator(".card h2", { hasText: "Yangtze River Delta G60 Science and Innovation Corridor" }).waitFor();
    await s.page.locator(".card h2", { hasText: "Jiading–Kunshan–Taicang Innovation Core Circle" }).waitFor();
    await s.page.goto(`${s.app.baseUrl}/organizations`);
    await s.page.reload();
    await s.page.locator("h1", { hasText: "Organisations" }).waitFor(); // the choice survives a reload
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "机构名录" }).waitFor();
    expect(await s.page.locator("nav.mainnav").textContent()).toContain("名录");
  });

  it("browses regions: tree, search and the resolver's ambiguity", async () => {
    await s.page.goto(`${s.app.baseUrl}/regions`);
    await s.page.locator('.tree [data-region="江苏省"]').waitFor();
    await s.page.locator(".tree li", { has: s.page.locator('[data-region="江苏省"]') }).locator(".tree-toggle").first().click();
    await s.page.locator('.tree [data-region="苏州市"]').waitFor();
    await s.page.locator("#region-q").fill("太仓");
    await s.page.getByTestId("region-results").locator(".tree-node", { hasText: "太仓市" }).click();
    await s.page.locator("h2", { hasText: "太仓市" }).waitFor();
    const resolver = s.page.getByTestId("resolver");
    await resolver.locator('input[name="name"]').fill("普陀");
    await resolver.locator('button[type="submit"]').click();
    await resolver.locator(".tag-orange").waitFor();
    expect(await resolver.textContent()).toContain("舟山");
    await screenshot(s.page, "foundation-07-regions");
  });

  it("shows seeded alliances with the members picture, and signs out", async () => {
    await s.page.goto(`${s.app.baseUrl}/alliances`);
    const card = s.page.locator(".alliance-card", { hasText: "G60" }).first();
    await card.waitFor();
    await card.click();
    await s.page.waitForURL(/\/alliances\/\d+$/);
    await s.page.locator("canvas").first().waitFor();
    expect(await s.page.locator(".page").textContent()).toContain("松江");
    await s.page.waitForTimeout(1200); // let the force layout settle for the picture
    await screenshot(s.page, "foundation-08-alliance");

    await s.page.getByTestId("user-menu").click();
    await s.page.getByRole("menuitem").click();
    await s.page.locator(".user-menu a", { hasText: "登录" }).waitFor();
    expect(await s.page.locator("text=编辑联盟").count()).toBe(0);
  });

  it("lets a platform admin edit an alliance: description and a new member organisation", async () => {
    const admin = await s.app.addUser({ name: "平台管理员", grants: [{ role: "platform_admin" }] });
    await signInThroughUi(s.page, s.app.baseUrl, admin.email, admin.password);
    await s.page.goto(`${s.app.baseUrl}/alliances`);
    await s.page.locator(".alliance-card", { hasText: "嘉昆太" }).first().click();
    await s.page.waitForURL(/\/alliances\/\d+$/);
    await s.page.locator("a", { hasText: "编辑联盟" }).click();
    await s.page.waitForURL(/\/alliances\/\d+\/edit$/);
    const description = s.page.locator('textarea[name="description"]');
    await description.waitFor();
    await description.fill("嘉定、昆山、太仓三地协同创新核心圈(浏览器测试修改)");
    await s.page.getByLabel("添加成员机构").fill(orgName.slice(0, 8));
    await s.page.locator('.picker-list [role="option"]', { hasText: orgName }).click();
    await s.page.locator('form button[type="submit"]').click();
    await s.page.waitForURL(/\/alliances\/\d+$/);
    await s.page.locator(".lead", { hasText: "浏览器测试修改" }).waitFor();
    await s.page.locator("table tbody tr", { hasText: orgName }).waitFor();
    await screenshot(s.page, "foundation-09-alliance-edited");
    expect(s.errors).toEqual([]);
  });

  it("fits a phone's screen: one row of navigation, a page's title over its actions, nothing wider than the screen", async () => {
    const phone = await s.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: "zh-CN" });
    phone.on("pageerror", (e) => s.errors.push(e.message));
    for (const path of ["/", "/organizations", "/alliances", "/ledger/dashboard", "/ledger/projects", "/consult", "/market"]) {
      await phone.goto(`${s.app.baseUrl}${path}`);
      await phone.locator(".page h1").first().waitFor();
      // The navigation wrapped to three rows, half the first screen.
      expect((await phone.locator(".mainnav").boundingBox())!.height, path).toBeLessThan(60);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
      const header = phone.locator(".page-header").first();
      if ((await header.count()) && (await header.locator(".actions > *").count())) {
        const title = (await header.locator("h1").boundingBox())!;
        const actions = (await header.locator(".actions").boundingBox())!;
        expect(actions.y, path).toBeGreaterThanOrEqual(title.y + title.height - 1);
      }
    }
    await screenshot(phone, "foundation-10-phone-ledger", { fullPage: false });
    // The last module's tab is past the screen's edge until the row scrolls to it.
    await phone.goto(`${s.app.baseUrl}/ingest/articles`);
    const current = phone.locator(".mainnav-inner > .nav-item.active");
    await current.waitFor();
    expect(await current.innerText()).toBe("情报采集");
    await expect.poll(async () => (await current.boundingBox())!.x + (await current.boundingBox())!.width).toBeLessThanOrEqual(390);
    expect((await current.boundingBox())!.x).toBeGreaterThanOrEqual(0);
    await phone.close();
    expect(s.errors).toEqual([]);
  });
});
