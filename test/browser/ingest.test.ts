import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES_DIR } from "../../src/modules/ingest/test-fixtures.js";
import { browserSuite, screenshot, signInThroughUi, skipBrowserTests } from "../support/browser.js";

const skip = skipBrowserTests();

const SEED_002 = readFileSync(join(FIXTURES_DIR, "seeds/002_e0a6c29f7289a2c5.txt"));
const SEED_004 = readFileSync(join(FIXTURES_DIR, "seeds/004_4ec079d0020130cf.txt"), "utf8");

/** 情报采集 in the shell: upload → clean article with its facts → confirm into the ledger → the ledger record. */
describe.skipIf(skip)("ingest UI in headless Chromium", () => {
  const s = browserSuite({
    page: { timeout: 20_000 },
    setup: (app) => app.addUser({ name: "平台管理员", grants: [{ role: "platform_admin" }] }),
  });

  it("uploads several files: one article, the same s.page again as a duplicate, a binary file refused", async () => {
    await s.page.goto(`${s.app.baseUrl}/ingest/upload`);
    await s.page.locator("nav.mainnav .nav-item.active", { hasText: "情报采集" }).waitFor();
    await s.page.getByTestId("ingest-files").setInputFiles([
      { name: "002.txt", mimeType: "text/plain", buffer: SEED_002 },
      { name: "002-again.txt", mimeType: "text/plain", buffer: SEED_002 },
      { name: "scan.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 9, 0]) },
    ]);
    await s.page.getByTestId("ingest-upload").click();
    await s.page.getByTestId("ingest-summary").waitFor();
    expect(await s.page.getByTestId("ingest-summary").textContent()).toBe("已采集 1 · 重复 1 · 失败 1");
    const rows = s.page.locator('[data-testid="ingest-results"] tbody tr');
    expect(await rows.nth(0).textContent()).toContain("已采集");
    expect(await rows.nth(1).textContent()).toMatch(/重复.*内容完全相同/);
    expect(await rows.nth(2).textContent()).toMatch(/失败.*binary/);
    await screenshot(s.page, "ingest-01-upload");
    await rows.nth(0).locator("a").click();
    await s.page.waitForURL(/\/ingest\/articles\/\d+$/);
  });

  it("shows the clean article, the noise removed (collapsed) and the facts with their sentence", async () => {
    const body = s.page.getByTestId("article-body");
    await body.waitFor();
    expect(await s.page.locator("h1").textContent()).toBe("2024镇江(上海)长三角一体化发展合作恳谈会在沪举行");
    expect(await body.textContent()).toContain("签约项目29个,总投资304亿元");
    expect(await body.textContent()).not.toMatch(/相关内容|热门资讯|版权|扫一扫/);
    const removed = s.page.getByTestId("removed");
    expect(await removed.getAttribute("open")).toBeNull();
    await removed.locator("summary").click();
    expect(await removed.textContent()).toMatch(/相关列表/);

    const signing = s.page.locator('[data-type="signing"]', { hasText: "签约项目29个" });
    await signing.click();
    await expect.poll(() => body.locator("mark.ig-hl").first().textContent()).toContain("签约项目29个");
    expect(await signing.locator(".ig-sentence").textContent()).toContain("30亿元以上项目5个");
    await screenshot(s.page, "ingest-02-article");
    await screenshot(s.page, "ingest-02b-article-viewport", { fullPage: false });
  });

  it("confirms the signing statistics and an agreement, then follows the link to the ledger record", async () => {
    const signing = s.page.locator('[data-type="signing"]', { hasText: "签约项目29个" });
    await signing.getByRole("button", { name: "确认入库" }).click();
    const ceremonyLink = signing.getByTestId("record-link");
    await ceremonyLink.waitFor();
    expect(await ceremonyLink.textContent()).toMatch(/台账签约活动 #\d+/);

    const agreement = s.page.locator('[data-type="agreement"]', { hasText: "沿沪宁产业创新带加强协同创新备忘录" });
    await agreement.getByRole("button", { name: "确认入库" }).click();
    await agreement.getByTestId("record-link").waitFor();
    expect(await agreement.getByTestId("record-link").textContent()).toMatch(/台账协议 #\d+/);
    await screenshot(s.page, "ingest-03-confirmed");

    await ceremonyLink.getByRole("link").click();
    await s.page.waitForURL(/\/ledger\/ceremonies\/\d+$/);
    await s.page.locator("h1", { hasText: "2024镇江(上海)商务推介暨项目签约会" }).waitFor();
    expect(await s.page.locator(".page").textContent()).toContain("29");
    await screenshot(s.page, "ingest-04-ledger-ceremony");

    await s.page.goBack();
    const link = s.page.locator('[data-type="agreement"]').getByTestId("record-link").getByRole("link");
    await link.click();
    await s.page.waitForURL(/\/ledger\/agreements\/\d+$/);
    await s.page.locator("h1", { hasText: "沿沪宁产业创新带加强协同创新备忘录" }).waitFor();
    expect(await s.page.locator(".page").textContent()).toMatch(/镇江市/);
    await screenshot(s.page, "ingest-05-ledger-agreement");
  });

  it("lists what is left in the review queue; a refusal names the field to fix", async () => {
    await s.page.goto(`${s.app.baseUrl}/ingest/review?type=meeting`);
    const card = s.page.locator('[data-type="meeting"]', { hasText: "全市项目招引暨经济工作推进会" });
    await card.waitFor();
    await card.getByRole("button", { name: "修改" }).click();
    const form = card.getByTestId("fact-form");
    await form.locator('[data-field="data.host"] input').fill("火星市");
    await form.getByRole("button", { name: "保存并确认" }).click();
    const reason = form.locator('[data-field="data.host"] .field-error');
    await reason.waitFor();
    expect(await reason.textContent()).toContain("火星市");
    await screenshot(s.page, "ingest-06-review-error");

    await s.page.goto(`${s.app.baseUrl}/ingest/review`);
    await s.page.getByTestId("review-queue").waitFor();
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "Review queue" }).waitFor();
    expect(await s.page.locator("main").textContent()).not.toMatch(/ingest\.[a-z]/);
    await screenshot(s.page, "ingest-08-review-english");
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h1", { hasText: "事实审核" }).waitFor();
    await s.page.goto(`${s.app.baseUrl}/ingest/articles`);
    await s.page.getByTestId("ingest-articles").locator("tbody tr").first().waitFor();
    expect(await s.page.getByTestId("ingest-articles").locator("tbody tr").count()).toBe(1);
    await screenshot(s.page, "ingest-07-articles");
    expect(s.errors).toEqual([]);
  });

  it("counts the drafts left on the home page, leading to the review queue", async () => {
    const left = (await (await s.page.request.get(`${s.app.baseUrl}/api/ingest/facts?status=draft&limit=1`)).json()).total;
    expect(left).toBeGreaterThan(0);
    await s.page.goto(`${s.app.baseUrl}/`);
    const drafts = s.page.locator('[data-todo="ingest.drafts"].todo-due');
    await drafts.waitFor();
    expect(await drafts.innerText()).toMatch(new RegExp(`^${left}\\s*待审核的采集事实$`));
    await drafts.locator("a").click();
    await s.page.waitForURL(/\/ingest\/review$/);
  });

  it("ingests text pasted from a browser, with the address of the original, which the article links to", async () => {
    await s.page.goto(`${s.app.baseUrl}/ingest/upload`);
    const go = s.page.getByTestId("ingest-paste-go");
    expect(await go.isDisabled()).toBe(true);
    // Refused text stays in the box, to be fixed or kept.
    const english = "Hello, this is an English note about Shanghai, not a Chinese news article.";
    await s.page.getByTestId("ingest-paste").fill(english);
    await go.click();
    await expect.poll(() => s.page.locator('[data-testid="ingest-results"] tbody tr').first().textContent()).toMatch(/失败/);
    expect(await s.page.getByTestId("ingest-paste").inputValue()).toBe(english);
    await s.page.getByTestId("ingest-paste").fill(SEED_004);
    await s.page.getByTestId("ingest-paste-url").fill("javascript:alert(1)");
    await go.click();
    const reason = s.page.locator('.ig-paste [data-field="url"] .field-error');
    await reason.waitFor();
    expect(await reason.textContent()).toContain("http://");
    // Nothing was sent (the refused English note is still the only row), and the text is still there.
    expect(await s.page.locator('[data-testid="ingest-results"] tbody tr').count()).toBe(1);
    expect(await s.page.getByTestId("ingest-paste").inputValue()).toBe(SEED_004);
    await s.page.getByTestId("ingest-paste-url").fill("https://www.example.gov.cn/haian/2024/0306.html");
    expect(await reason.count()).toBe(0);
    await go.click();
    const row = s.page.locator('[data-testid="ingest-results"] tbody tr').first();
    await expect.poll(() => row.textContent()).toMatch(/^https:\/\/www\.example\.gov\.cn\/haian\/2024\/0306\.html.*已采集.*海安党政代表团/);
    expect(await s.page.getByTestId("ingest-paste").inputValue()).toBe("");
    // The same text again, without an address: named as pasted text, known as the same page.
    await s.page.getByTestId("ingest-paste").fill(SEED_004);
    await go.click();
    await expect.poll(() => s.page.locator('[data-testid="ingest-results"] tbody tr').last().textContent()).toMatch(/^粘贴的正文 \d{4}-\d\d-\d\d \d\d:\d\d.*重复.*内容完全相同/);
    await screenshot(s.page, "ingest-09-pasted");
    await row.locator("a").click();
    const original = s.page.getByTestId("article-url");
    await original.waitFor();
    expect(await original.textContent()).toBe("www.example.gov.cn");
    expect(await original.getAttribute("href")).toBe("https://www.example.gov.cn/haian/2024/0306.html");
    expect(await s.page.locator("h1").textContent()).toMatch(/^海安/);
    expect(s.errors).toEqual([]);
  });

  it("tells an organisation's admin that ingest is not theirs, and a visitor to sign in, before any upload", async () => {
    const member = await s.app.addUser({ name: "机构管理员", grants: [] });
    const page = await s.browser.newPage({ locale: "zh-CN" });
    await page.goto(`${s.app.baseUrl}/ingest/upload`);
    const notice = page.getByTestId("ingest-not-allowed");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("请先登录");
    expect(await page.getByTestId("ingest-paste").count()).toBe(0);
    await signInThroughUi(page, s.app.baseUrl, member.email, member.password);
    await page.goto(`${s.app.baseUrl}/ingest/upload`);
    await page.getByTestId("ingest-not-allowed").filter({ hasText: "没有这一角色" }).waitFor();
    expect(await page.getByTestId("ingest-files").count()).toBe(0);
    await page.close();
  });
});

