/**
 * Renders docs/screenshot.png for the README: the real app with the demo data, in headless
 * Chromium. `npm run screenshot` draws the G60 alliance page into docs/screenshot.png;
 * `npm run screenshot -- /ledger/dashboard docs/dashboard.png` draws any page into any file, and
 * `npm run screenshot -- /market docs/phone.png phone` as a phone shows it (390 × 844, twice as sharp).
 */
import { join } from "node:path";
import { launchBrowser, screenshot, startBrowserApp } from "./browser.js";

const root = join(import.meta.dirname, "..", "..");
const out = process.argv[3] ? join(root, process.argv[3]) : join(root, "docs", "screenshot.png");
const app = await startBrowserApp({ demo: true });
const browser = await launchBrowser();
try {
  const phone = process.argv[4] === "phone";
  const page = await browser.newPage(
    phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: "zh-CN" }
      : { viewport: { width: 1360, height: 1060 }, deviceScaleFactor: 1, locale: "zh-CN" },
  );
  if (process.argv[2]) await page.goto(`${app.baseUrl}${process.argv[2]}`);
  else {
    // The G60 corridor's page: the alliance with the most members in the demo.
    await page.goto(`${app.baseUrl}/alliances`);
    await page.locator(".alliance-card", { hasText: "G60" }).first().click();
  }
  await page.waitForLoadState("networkidle");
  // Pages with charts: wait for the first one to be drawn; pages without go on.
  await page.locator("canvas").first().waitFor({ timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(2500); // force layouts settle
  await screenshot(page, "readme", { path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await app.close();
}
