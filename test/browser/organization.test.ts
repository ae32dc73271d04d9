import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { DEMO_ADMIN, DEMO_MEMBERS } from "../../src/modules/demo-credentials.js";
import { launchBrowser, openPage, screenshot, signInThroughUi, skipBrowserTests, startBrowserApp, type BrowserApp } from "../support/browser.js";

const skip = skipBrowserTests();

/**
 * An organisation's page gathers what the modules hold of it (the demo's 嘉定工业区: listings,
 * a project, action items), and each section leads to the module's list filtered by it.
 */
describe.skipIf(skip)("an organisation's page in headless Chromium", () => {
  let app: BrowserApp;
  let browser: Browser;
  const errors: string[] = [];
  let org = 0;
  const api = async (path: string) => (await fetch(`${app.baseUrl}${path}`)).json();

  beforeAll(async () => {
    app = await startBrowserApp({ demo: true });
    org = (await app.db.selectFrom("organizations").select("id").where("name", "=", "嘉定工业区").executeTakeFirstOrThrow()).id;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows a visitor its listings, projects and action items, each as the module's API counts them", async () => {
    const listings = await api(`/api/listings/search?organization=${org}&limit=1`);
    const projects = await api(`/api/ledger/projects?organization=${org}&limit=1`);
    const items = await api(`/api/consult/action-items?ownerOrganization=${org}`);
    expect([listings.total, projects.total, items.length].every((n) => n > 0)).toBe(true);

    const page = await openPage(browser, errors, { locale: "zh-CN" });
    await page.goto(`${app.baseUrl}/organizations/${org}`);
    const market = page.getByTestId("org-listings");
    await market.waitFor();
    expect(await market.locator(".card-title a").innerText()).toBe(`全部 ${listings.total} 条 →`);
    expect(await market.locator(".org-section-list li").count()).toBe(Math.min(6, listings.total));
    expect(await page.getByTestId("org-ledger").locator("h3").first().innerText()).toContain(`签约项目 ${projects.total} 个`);
    await page.getByTestId("org-items").locator("tbody tr").first().waitFor();
    expect(await page.getByTestId("org-items").locator("tbody tr").count()).toBe(Math.min(10, items.length));
    await screenshot(page, "organization-01-page");

    // Its listings in the marketplace: only its own, and × shows everyone's again.
    await market.locator(".card-title a").click();
    await page.waitForURL(new RegExp(`/market\\?organization=${org}$`));
    const chip = page.getByTestId("organization-filter");
    await chip.getByRole("link", { name: "嘉定工业区" }).waitFor();
    await page.locator(".mk-result").first().waitFor();
    const publishers = await page.locator(".mk-result .mk-org").allInnerTexts();
    expect(publishers.length).toBe(Math.min(20, listings.total));
    expect(new Set(publishers)).toEqual(new Set(["嘉定工业区"]));
    await screenshot(page, "organization-02-market", { fullPage: false });
    // A result's publisher leads back to its page.
    await page.locator(".mk-result a.mk-org").first().click();
    await page.waitForURL(new RegExp(`/organizations/${org}$`));
    await page.goBack();
    await chip.getByRole("button").click();
    await page.waitForURL(/\/market$/);
    await expect.poll(() => page.locator(".mk-result .mk-org").allInnerTexts()).not.toEqual(publishers);

    // Its projects in the ledger.
    await page.goto(`${app.baseUrl}/organizations/${org}`);
    await page.getByTestId("org-ledger").getByRole("link", { name: "查看全部 →" }).first().click();
    await page.waitForURL(new RegExp(`/ledger/projects\\?organization=${org}$`));
    await page.getByTestId("organization-filter").waitFor();
    await page.getByTestId("projects-table").locator("tbody tr").first().waitFor();
    expect(await page.getByTestId("projects-table").locator("tbody tr").count()).toBe(projects.total);
    // The export takes the organisation too: its projects, not everyone's.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-projects-csv").click()]);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "").trim().split(/\r?\n/);
    expect(csv.length - 1).toBe(projects.total);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a signed-in member sees the listings shown to members too", async () => {
    const page = await openPage(browser, errors, { locale: "zh-CN" });
    await signInThroughUi(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const member = await (await page.request.get(`${app.baseUrl}/api/listings/search?organization=${org}&limit=1`)).json();
    const anonymous = await api(`/api/listings/search?organization=${org}&limit=1`);
    expect(member.total).toBeGreaterThanOrEqual(anonymous.total);
    await page.goto(`${app.baseUrl}/organizations/${org}`);
    await page.getByTestId("org-listings").waitFor();
    expect(await page.getByTestId("org-listings").locator(".card-title a").innerText()).toBe(`全部 ${member.total} 条 →`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("its admin adds a registered user by email, is told when nobody registered with it, and removes the member again", async () => {
    const newcomer = await app.addUser({ name: "赵新人", email: "zhaoxin@test.jishi" });
    const page = await openPage(browser, errors, { locale: "zh-CN" });
    await signInThroughUi(page, app.baseUrl, DEMO_MEMBERS.park.email, DEMO_MEMBERS.park.password);
    await page.goto(`${app.baseUrl}/organizations/${org}`);
    const section = page.getByTestId("org-members");
    const form = section.getByTestId("member-add");
    await form.waitFor();
    const rows = section.locator("tbody tr");
    const before = await rows.count();

    await form.locator('input[type="email"]').fill("nobody@test.jishi");
    await form.getByRole("button", { name: "添加" }).click();
    const reason = form.locator('[data-field="email"] .field-error');
    await reason.waitFor();
    expect(await reason.innerText()).toContain("该邮箱尚未注册");
    expect(await rows.count()).toBe(before);

    await form.locator('input[type="email"]').fill(newcomer.email);
    await form.getByRole("button", { name: "添加" }).click();
    const row = rows.filter({ hasText: "赵新人" });
    await row.waitFor();
    expect(await row.innerText()).toContain("成员");
    expect(await rows.count()).toBe(before + 1);
    await screenshot(page, "organization-03-members", { fullPage: false });

    // The only admin may not step down; the reason shows above the table.
    await rows.filter({ hasText: "(您)" }).getByRole("button", { name: "设为成员" }).click();
    await section.locator(".banner-error", { hasText: "机构至少保留一名管理员" }).waitFor();

    await row.getByRole("button", { name: "移除" }).click();
    await row.getByRole("button", { name: "确认移除 赵新人" }).click();
    await row.waitFor({ state: "detached" });
    expect(await rows.count()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows ten of the action items it owns, overdue first, and the rest on request", async () => {
    const db = app.db;
    const owned = (await db.selectFrom("action_item_owners").select("item_id").where("organization_id", "=", org).execute()).length;
    // Enough items that some are not shown at first: an overdue one among them goes to the top.
    for (let i = 0; i <= 10 - owned; i++) {
      const item = await db.insertInto("action_items").values({ title: `测试事项${i}`, deadline: i === 0 ? "2020-01-31" : "2099-12-31" }).returning("id").executeTakeFirstOrThrow();
      await db.insertInto("action_item_owners").values({ item_id: item.id, organization_id: org }).execute();
    }
    const page = await openPage(browser, errors, { locale: "zh-CN" });
    await page.goto(`${app.baseUrl}/organizations/${org}`);
    const section = page.getByTestId("org-items");
    const rows = section.locator("tbody tr");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(10);
    expect(await rows.first().innerText()).toContain("逾期");
    await section.getByTestId("org-items-all").click();
    await expect.poll(() => rows.count()).toBe(11);
    expect(await section.getByTestId("org-items-all").innerText()).toBe("只看前 10 项");
    await section.getByTestId("org-items-all").click();
    await expect.poll(() => rows.count()).toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone's screen: the sections and their tables never widen the page", async () => {
    const phone = await openPage(browser, errors, { viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN" });
    await signInThroughUi(phone, app.baseUrl, DEMO_MEMBERS.park.email, DEMO_MEMBERS.park.password);
    await phone.goto(`${app.baseUrl}/organizations/${org}`);
    for (const id of ["org-members", "org-listings", "org-ledger", "org-items"]) await phone.getByTestId(id).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, "organization-04-phone", { fullPage: false });
    await phone.close();
  });
});

