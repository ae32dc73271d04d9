import { existsSync, mkdirSync } from "node:fs";
import { afterAll, beforeAll } from "vitest";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";
import { chromium, type Browser, type Page } from "playwright-core";
import { createApp } from "../../src/app.js";
import { createUserWithGrants } from "../../src/modules/accounts/accounts.service.js";
import { seedDemo, silentLogger } from "../../src/platform/bootstrap.js";
import type { RoleGrant } from "../../src/platform/auth.js";
import { createTestDb, type TestDatabase } from "./db.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SCREENSHOT_DIR = join(ROOT, "test-results", "screenshots");

/** Browser tests need the built UI (npm test builds it first) and Debian's chromium. */
export function browserTestsAvailable(): { ok: boolean; reason?: string } {
  if (!existsSync(join(ROOT, "web", "dist", "index.html"))) return { ok: false, reason: "web/dist missing: run npm run build:web" };
  if (!existsSync(CHROMIUM)) return { ok: false, reason: `${CHROMIUM} missing: apt-get install chromium` };
  return { ok: true };
}

/**
 * Call at the top of a browser test file: JISHI_SKIP_BROWSER=1 skips its suites (a machine
 * without chromium); otherwise a missing web build or chromium fails loudly instead of skipping.
 */
export function skipBrowserTests(): boolean {
  const skip = process.env.JISHI_SKIP_BROWSER === "1";
  const avail = browserTestsAvailable();
  if (!skip && !avail.ok) throw new Error(`browser tests cannot run: ${avail.reason}`);
  return skip;
}

export interface BrowserApp {
  baseUrl: string;
  db: TestDatabase["db"];
  database: TestDatabase;
  /** A user with a known password and the given grants, for signing in through the UI. */
  addUser(opts?: { email?: string; name?: string; password?: string; grants?: RoleGrant[] }): Promise<{ userId: number; email: string; password: string }>;
  close(): Promise<void>;
}

let users = 0;

/** The real app (API + built UI) over a fresh PGlite database, listening on a random port. */
export async function startBrowserApp(opts: { demo?: boolean } = {}): Promise<BrowserApp> {
  const database = await createTestDb("pglite");
  if (opts.demo) await seedDemo(database.db, silentLogger);
  const app = await createApp({ config: database.config, db: database.db, backend: "pglite", serveWeb: true });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db: database.db,
    database,
    async addUser(u = {}) {
      const email = u.email ?? `browser${process.pid}-${++users}@test.jishi`;
      const password = u.password ?? "browser-pass-1";
      const actor = await createUserWithGrants(database.db, { email, name: u.name ?? "测试用户", password }, u.grants ?? []);
      return { userId: actor.userId, email, password };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * A page in its own browser context (1280×900 unless told), with a default timeout; uncaught
 * page errors are collected in `errors` so that a suite can assert there were none.
 */
export async function openPage(browser: Browser, errors: string[], opts: NonNullable<Parameters<Browser["newPage"]>[0]> & { timeout?: number } = {}): Promise<Page> {
  const { timeout = 15_000, ...context } = opts;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...context });
  page.setDefaultTimeout(timeout);
  page.on("pageerror", (e) => errors.push(e.message));
  return page;
}

/** Saves test-results/screenshots/<name>.png (full page) and returns the path. */
export async function screenshot(page: Page, name: string, opts: { fullPage?: boolean; path?: string } = {}): Promise<string> {
  const path = opts.path ?? join(SCREENSHOT_DIR, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: opts.fullPage ?? true });
  return path;
}

/** Signs in through the UI's sign-in page and waits for the user menu to show the name. */
export async function signInThroughUi(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.getByTestId("user-menu").waitFor();
}

export interface BrowserSuite {
  app: BrowserApp;
  browser: Browser;
  /** The suite's page, signed in when `setup` returned a user. */
  page: Page;
  /** Uncaught page errors; suites end by asserting there were none. */
  errors: string[];
}

/**
 * One browser suite's lifecycle, registered as its beforeAll/afterAll: the real app over a
 * fresh database, `setup` (fixtures; may return a user to sign in as), a browser and one page;
 * afterwards both are closed. The returned object is filled in before the first test runs.
 */
export function browserSuite(
  opts: { page?: Parameters<typeof openPage>[2]; setup?: (app: BrowserApp) => Promise<{ email: string; password: string } | void>; timeout?: number } = {},
): BrowserSuite {
  const s = { errors: [] as string[] } as BrowserSuite;
  beforeAll(async () => {
    s.app = await startBrowserApp();
    const user = await opts.setup?.(s.app);
    s.browser = await launchBrowser();
    s.page = await openPage(s.browser, s.errors, opts.page);
    if (user) await signInThroughUi(s.page, s.app.baseUrl, user.email, user.password);
  }, opts.timeout);
  afterAll(async () => {
    await s.browser?.close();
    await s.app?.close();
  });
  return s;
}
