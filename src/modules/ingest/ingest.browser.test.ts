import { existsSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
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
import { ensureRegions, SEEDS_DIR } from "./test-fixtures.js";

const CHROMIUM = "/usr/bin/chromium";
const HARNESS = resolve(import.meta.dirname, "../../../web/src/modules/ingest/harness");
const SHOTS = resolve(import.meta.dirname, "../../../test-results/screenshots");
const PASSWORD = "browser-pass-1";

/** upload (good and bad files) → article with repairs → review queue → confirm, in a real Chromium. */
describe.skipIf(!existsSync(CHROMIUM))("ingest in the browser", () => {
  let d: TestDatabase;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), "jishi-ingest-ui-"));
    await build({ configFile: false, root: HARNESS, plugins: [react()], logLevel: "warn", build: { outDir: out, emptyOutDir: true } });
    d = await createTestDb("pglite");
    await ensureRegions(d.db);
    await createUserWithGrants(d.db, { email: "sec@demo.cn", name: "联盟秘书处", password: PASSWORD }, [{ role: "platform_admin" }]);
    app = await createApp({ config: d.config, db: d.db, serveWeb: false });
    await app.register(fastifyStatic, { root: out, prefix: "/", wildcard: false });
    app.get("/ingest", (_q, r) => r.sendFile("index.html"));
    app.get("/ingest/*", (_q, r) => r.sendFile("index.html"));
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

  const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `ingest-${name}.png`), fullPage: true });

  it("upload → article with repairs → review → confirm", async () => {
    const errors: string[] = [];
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" })).newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/ingest`);
    await page.fill("input[name=email]", "sec@demo.cn");
    await page.fill("input[name=password]", PASSWORD);
    await page.click("header button");
    await page.waitForSelector("text=用户:");

    await page.setInputFiles("[data-testid=files]", [
      { name: "004.txt", mimeType: "text/plain", buffer: readFileSync(join(SEEDS_DIR, "004_4ec079d0020130cf.txt")) },
      { name: "002.txt", mimeType: "text/plain", buffer: readFileSync(join(SEEDS_DIR, "002_e0a6c29f7289a2c5.txt")) },
      { name: "broken.bin", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 9]) },
    ]);
    await page.click("text=上传 3 个文件");
    const rows = page.locator("[data-testid=results] tbody tr");
    await expect.poll(() => rows.count()).toBe(3);
    expect(await rows.nth(2).textContent()).toContain("binary");
    await shot(page, "1-upload");

    await rows.nth(0).locator("a").click();
    await page.waitForSelector("[data-testid=repairs]");
    expect(await page.locator("[data-testid=repairs]").textContent()).toContain("“网易体育直播”→“海安”");
    expect(await page.locator(".ig-body mark.repair").first().textContent()).toBe("海安");
    const delegation = page.locator(".ig-fact", { hasText: "代表团考察" });
    await delegation.hover();
    expect(await page.locator(".ig-body mark.hl").first().textContent()).toContain("3月6日至7日");
    await shot(page, "2-article");

    await page.click("header >> text=事实审核");
    await page.selectOption("[data-testid=type]", "signing");
    const card = page.locator(".ig-fact", { has: page.locator("strong", { hasText: "项目29个" }) });
    await card.waitFor();
    expect(await card.textContent()).toContain("总投资304亿元");
    await page.selectOption("[data-testid=type]", "region");
    const region = page.locator(".ig-fact", { has: page.locator("strong", { hasText: /^海安市$/ }) });
    await region.waitFor();
    await region.locator("button", { hasText: "确认入库" }).click();
    await expect.poll(() => region.locator(".ig-status").textContent()).toMatch(/已确认 → directory #\d+/);
    await shot(page, "3-review");
    expect(errors).toEqual([]);
  });
});
