import { existsSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import react from "@vitejs/plugin-react";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../app.js";
import { createTestDb, type TestDatabase } from "../../../test/support/db.js";
import { createUserWithGrants } from "../accounts/accounts.service.js";
import { loadDemoListings } from "./demo/demo.js";
import { marketFixture, type MarketFixture } from "./test-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const HARNESS = resolve(import.meta.dirname, "../../../web/src/modules/market/harness");
const SHOTS = resolve(import.meta.dirname, "../../../test-results/screenshots");
const PASSWORD = "browser-pass-1";

/**
 * publish → moderate → find by a Chinese query → express interest → reply, in a real
 * Chromium against the real API. The pages are mounted by a bare harness page so the
 * journey does not depend on the rest of the UI.
 */
describe.skipIf(!existsSync(CHROMIUM))("market in the browser", () => {
  let d: TestDatabase;
  let f: MarketFixture;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "jishi-market-ui-"));
    await build({ configFile: false, root: HARNESS, plugins: [react()], logLevel: "warn", build: { outDir: out, emptyOutDir: true } });
    d = await createTestDb("pglite");
    f = await marketFixture(d.db);
    await loadDemoListings(d.db, { info: () => {}, warn: () => {} }, 120);
    await createUserWithGrants(d.db, { email: "owner@demo.cn", name: "苏州王经理", password: PASSWORD }, [{ role: "org_admin", organizationId: f.org.owner }]);
    await createUserWithGrants(d.db, { email: "buyer@demo.cn", name: "杭州李工", password: PASSWORD }, [{ role: "org_member", organizationId: f.org.other }]);
    await createUserWithGrants(d.db, { email: "mod@demo.cn", name: "平台审核员", password: PASSWORD }, [{ role: "platform_admin" }]);
    app = await createApp({ config: d.config, db: d.db, serveWeb: false });
    await app.register(fastifyStatic, { root: out, prefix: "/", wildcard: false });
    app.get("/market", (_q, r) => r.sendFile("index.html"));
    app.get("/market/*", (_q, r) => r.sendFile("index.html"));
    base = await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await d?.close();
  });

  const errors: string[] = [];
  async function signedIn(email: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })).newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/market`);
    await page.fill("input[name=email]", email);
    await page.fill("input[name=password]", PASSWORD);
    await page.click("header button");
    await page.waitForSelector("text=用户:");
    return page;
  }
  const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `market-${name}.png`), fullPage: true });

  it("publish → moderate → search → interest → reply", async () => {
    const owner = await signedIn("owner@demo.cn");
    await owner.goto(`${base}/market/new`);
    await owner.selectOption("select[name=kind]", "space");
    await owner.fill("input[name=title]", "昆山GMP洁净厂房出租 2600平方米");
    await owner.fill("textarea[name=summary]", "生物医药GMP洁净厂房,层高8米,承重1.5吨/㎡,现房");
    await owner.fill("textarea[name=body]", "位于昆山高新区,独门独院。欢迎来访 400-0123-021,长按扫一扫加微信");
    const field = (t: string | RegExp) => owner.locator("label.mk-field", { hasText: t });
    await field("类型").locator("select").selectOption("factory");
    await field("面积").locator("input").fill("-5");
    await field("用途").locator("select").selectOption("industrial");
    await field("地址").locator("input").fill("昆山市高新区汇智路88号");
    await owner.selectOption("select[name=regionId]", String(f.region["320583"]));
    await owner.click("button[type=submit]");
    // The server's reason appears beside the field; nothing was created.
    await expect.poll(() => field("面积").locator(".mk-field-error").textContent()).toContain("面积必须大于 0");
    await shot(owner, "1-form-error");
    await field("面积").locator("input").fill("2600");
    await field(/^租金$/).locator("input").fill("1.2");
    await field("租金单位").locator("select").selectOption("sqm_day");
    await owner.click("button[type=submit]");
    await owner.waitForURL(/\/market\/listings\/\d+$/);
    await owner.click("text=提交审核");
    await owner.waitForSelector(".mk-warn");
    expect(await owner.locator(".mk-warn").first().textContent()).toContain("400-0123-021");
    await shot(owner, "2-submitted");

    const mod = await signedIn("mod@demo.cn");
    await mod.goto(`${base}/market/moderation`);
    const card = mod.locator("article.mk-review", { hasText: "昆山GMP洁净厂房出租" });
    await card.waitFor();
    expect(await card.locator(".mk-flags").textContent()).toContain("电话");
    await shot(mod, "3-moderation-queue");
    await card.locator("button", { hasText: "通过" }).click();
    await card.waitFor({ state: "detached" });

    const buyer = await signedIn("buyer@demo.cn");
    await buyer.goto(`${base}/market`);
    await buyer.fill("input[name=q]", "GMP 厂房 2600平方米");
    await buyer.click("button[type=submit]");
    const hit = buyer.locator(".mk-card", { hasText: "昆山GMP洁净厂房出租" });
    await hit.waitFor();
    expect(await hit.locator("mark").allTextContents()).toEqual(expect.arrayContaining(["GMP", "厂房", "2600"]));
    await shot(buyer, "4-search");
    await hit.locator("a").first().click();
    await buyer.waitForSelector("text=表达意向 Express interest");
    expect(await buyer.locator(".mk-attrs").textContent()).toContain("1.2 元/㎡·天");
    await shot(buyer, "5-detail");
    await buyer.fill("textarea[aria-label=意向留言]", "我们是杭州的生物医药企业,希望租用约2000平方米,能否安排看厂?");
    await buyer.click("text=发送意向");
    await buyer.waitForURL(/\/market\/interests\/\d+$/);
    const thread = buyer.url();

    await owner.goto(`${base}/market/mine`);
    await owner.waitForSelector("text=收到");
    await shot(owner, "6-mine");
    await owner.goto(thread);
    await owner.fill("textarea[aria-label=回复]", "欢迎!本周四下午可以来昆山看厂。");
    await owner.click("button[type=submit]");
    await owner.waitForSelector("text=本周四下午");
    await shot(owner, "7-thread");
    await buyer.reload();
    await buyer.waitForSelector("text=本周四下午");
    expect(await buyer.locator(".mk-msg-body").allTextContents()).toEqual([
      "我们是杭州的生物医药企业,希望租用约2000平方米,能否安排看厂?",
      "欢迎!本周四下午可以来昆山看厂。",
    ]);
    expect(errors).toEqual([]);
  });
});
