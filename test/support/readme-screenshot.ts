/**
 * Renders docs/screenshot.png for the README: the real app with the demo data, in headless
 * Chromium. Run with `npm run screenshot` after `npm run build:web`.
 */
import { join } from "node:path";
import { launchBrowser, screenshot, startBrowserApp } from "./browser.js";

const out = join(import.meta.dirname, "..", "..", "docs", "screenshot.png");
const app = await startBrowserApp({ demo: true });
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1360, height: 1060 }, deviceScaleFactor: 1 });
  if (process.argv[2]) await page.goto(`${app.baseUrl}${process.argv[2]}`);
  else {
    // The G60 corridor's page: the alliance with the most members in the demo.
    await page.goto(`${app.baseUrl}/alliances`);
    await page.locator(".alliance-card", { hasText: "G60" }).first().click();
  }
  await page.locator("canvas").first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2500); // force layouts settle
  await screenshot(page, "readme", { path: out, fullPage: false });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await app.close();
}
