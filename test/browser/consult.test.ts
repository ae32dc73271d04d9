import { describe, expect, it } from "vitest";
import { hostForYear } from "../../src/modules/consult/rotation.js";
import { createVisit } from "../../src/modules/consult/visits.service.js";
import { createUserWithGrants } from "../../src/modules/accounts/accounts.service.js";
import { todayCn } from "../../src/platform/dates.js";
import { loadConsultDemo } from "../../src/modules/consult/demo/demo.js";
import { seedDirectoryDemo } from "../../src/modules/directory/demo/demo.js";
import { silentLogger } from "../../src/platform/bootstrap.js";
import { browserSuite, screenshot, skipBrowserTests } from "../support/browser.js";

const skip = skipBrowserTests();

// 嘉昆太's rotation as seeded: 嘉定 → 昆山 → 太仓 from 2022 (seed 003: 2024 is 太仓's year).
const ORDER = ["嘉定区", "昆山市", "太仓市"];
const today = todayCn();
const year = Number(today.slice(0, 4));

describe.skipIf(skip)("consultation UI: a secretariat's meeting, rotation and action items", () => {
  let allianceId: number;
  const s = browserSuite({
    page: { locale: "zh-CN" },
    setup: async (app) => {
      allianceId = (await app.db.selectFrom("alliances").select("id").where("short_name", "=", "嘉昆太").executeTakeFirstOrThrow()).id;
      return app.addUser({ name: "嘉昆太秘书处", grants: [{ role: "alliance_secretariat", allianceId }] });
    },
  });

  it("shows this year's and the next host of 嘉昆太", async () => {
    await s.page.goto(`${s.app.baseUrl}/consult`);
    await s.page.locator(".consult-card", { hasText: "嘉昆太" }).click();
    await s.page.waitForURL(/\/consult\/alliances\/\d+$/);
    await s.page.getByTestId("current-host").waitFor();
    expect(await s.page.getByTestId("current-host").textContent()).toBe(hostForYear(ORDER, 2022, year));
    expect(await s.page.getByTestId("next-host").textContent()).toBe(hostForYear(ORDER, 2022, year)); // nothing held yet this year
    await screenshot(s.page, "consult-01-alliance");
  });

  it("asks which alliance a meeting is for when reached without one, offering only the secretariat's own", async () => {
    await s.page.goto(`${s.app.baseUrl}/consult/meetings/new`);
    const choose = s.page.getByTestId("choose-alliance");
    await choose.locator("a").first().waitFor();
    expect(await choose.locator("a").allInnerTexts()).toEqual(["嘉昆太协同创新核心圈"]);
    await choose.locator("a").click();
    await s.page.getByTestId("meeting-form").waitFor();
    expect(s.page.url()).toContain(`alliance=${allianceId}`);
    // Back where the next test starts: the alliance's page.
    await s.page.goto(`${s.app.baseUrl}/consult/alliances/${allianceId}`);
    await s.page.locator("a", { hasText: "记录会议" }).waitFor();
  });

  it("records this year's rotating meeting, after which the next host moves on a year", async () => {
    await s.page.locator("a", { hasText: "记录会议" }).click();
    const form = s.page.getByTestId("meeting-form");
    await form.waitFor();
    await form.locator('input[name="title"]').fill(`${year}年嘉昆太协同创新核心圈轮值会议`);
    await form.locator('select[name="kind"]').selectOption("轮值会议");
    expect(await form.locator('select[name="hostRegionId"] option:checked').textContent()).toBe(hostForYear(ORDER, 2022, year));
    await form.locator('input[name="heldOn"]').fill(today);
    await form.locator('input[name="place"]').fill("轮值城市会议中心");
    await form.locator('input[name="theme"]').fill("携手打造科创产业协同示范区");
    const row = form.getByTestId("attendee-row").first();
    await row.locator("select").selectOption({ label: "嘉定区" });
    await row.getByLabel("姓名").fill("张三");
    await row.getByLabel("职务").fill("区发展改革委主任");
    await form.locator("button", { hasText: "添加参会方" }).click();
    const row2 = form.getByTestId("attendee-row").nth(1);
    await row2.locator("select").selectOption({ label: "太仓市" });
    await row2.getByLabel("职务").fill("市科技局局长");
    await form.locator('textarea[name="agenda"]').fill("1. 通报百项合作事项进展\n2. 发布年度合作成果");
    await form.locator('textarea[name="minutes"]').fill("三地逐项对账,明确下一阶段任务。");
    await form.locator('textarea[name="decisions"]').fill("共建低空经济应用场景清单\n建立合作事项季度通报制度");
    await screenshot(s.page, "consult-02-meeting-form");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/consult\/meetings\/\d+$/);
    await s.page.getByTestId("decisions").locator("li", { hasText: "季度通报" }).waitFor();
    expect(await s.page.getByTestId("meeting-facts").textContent()).toContain(hostForYear(ORDER, 2022, year));
    expect(await s.page.locator(".table").first().textContent()).toContain("区发展改革委主任");
    await screenshot(s.page, "consult-03-meeting");

    await s.page.goto(`${s.app.baseUrl}/consult/alliances/${allianceId}`);
    await s.page.getByTestId("next-host").filter({ hasText: hostForYear(ORDER, 2022, year + 1) }).waitFor();
    expect(await s.page.getByTestId("rotation-panel").textContent()).toContain(`${year + 1}年轮值会议`);
    await screenshot(s.page, "consult-04-next-host");
  });

  it("corrects a meeting's record, removes an attendee, and deletes a meeting recorded by mistake", async () => {
    await s.page.goto(`${s.app.baseUrl}/consult/meetings/new?alliance=${allianceId}`);
    const form = s.page.getByTestId("meeting-form");
    await form.locator('input[name="title"]').fill("临时会商(误录)");
    await form.getByTestId("attendee-row").first().getByLabel("姓名").fill("李四");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/consult\/meetings\/\d+$/);
    const meetingUrl = s.page.url();

    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    await s.page.waitForURL(/\/consult\/meetings\/\d+\/edit$/);
    const edit = s.page.getByTestId("meeting-form");
    expect(await edit.locator('input[name="title"]').inputValue()).toBe("临时会商(误录)");
    expect(await edit.getByTestId("attendee-row").count()).toBe(0); // attendees are kept on the meeting's page
    await edit.locator('input[name="title"]').fill("嘉昆太科技创新专题会商");
    await edit.locator('input[name="place"]').fill("昆山市政务服务中心");
    await screenshot(s.page, "consult-04a-meeting-edit");
    await edit.locator('button[type="submit"]').click();
    await s.page.waitForURL(meetingUrl);
    await s.page.locator("h1", { hasText: "嘉昆太科技创新专题会商" }).waitFor();
    expect(await s.page.getByTestId("meeting-facts").textContent()).toContain("昆山市政务服务中心");

    await s.page.getByRole("button", { name: "移除 李四" }).click();
    await s.page.getByText("未记录参会方").waitFor();
    expect(await s.page.getByText("李四").count()).toBe(0);
    const addAttendee = s.page.getByTestId("add-attendee");
    await addAttendee.locator("select").selectOption({ label: "太仓市" });
    await addAttendee.getByLabel("姓名").fill("王六");
    await addAttendee.getByLabel("职务").fill("市科技局副局长");
    await addAttendee.locator("button").click();
    await s.page.locator(".table td", { hasText: "王六" }).waitFor();
    const addDecision = s.page.getByTestId("add-decision");
    await addDecision.getByLabel("决定内容").fill("联合举办科技成果对接会");
    await addDecision.locator("button").click();
    await s.page.getByTestId("decisions").locator("li", { hasText: "联合举办科技成果对接会" }).waitFor();
    await addDecision.locator("button").click(); // empty: the server's reason shows, nothing is added
    await s.page.getByTestId("decisions").locator(".banner-error", { hasText: "内容不能为空" }).waitFor();
    expect(await s.page.getByTestId("decisions").locator(".consult-decisions > li").count()).toBe(1);
    const decisions = s.page.getByTestId("decisions");
    await decisions.locator("button", { hasText: "改写" }).click();
    await decisions.getByTestId("reword-decision").locator("input").fill("联合举办长三角科技成果对接会");
    await decisions.getByTestId("reword-decision").locator('button[type="submit"]').click();
    await decisions.locator(".consult-decisions > li", { hasText: "联合举办长三角科技成果对接会" }).waitFor();
    expect(await decisions.locator(".banner-error").count()).toBe(0);
    await decisions.getByRole("button", { name: "移除 联合举办长三角科技成果对接会" }).click();
    await decisions.locator(".consult-decisions > li").waitFor({ state: "detached" });

    await s.page.locator(".page-header button", { hasText: "删除" }).click();
    const confirm = s.page.getByRole("alertdialog");
    expect(await confirm.textContent()).toContain("合作事项保留");
    await screenshot(s.page, "consult-04b-meeting-delete");
    await confirm.locator("button", { hasText: "确认删除" }).click();
    await s.page.waitForURL(/\/consult\/alliances\/\d+\?tab=meetings$/);
    await s.page.locator("a", { hasText: `${year}年嘉昆太协同创新核心圈轮值会议` }).waitFor();
    expect(await s.page.locator("a", { hasText: "嘉昆太科技创新专题会商" }).count()).toBe(0);
    await s.page.goto(meetingUrl); // the page says the meeting is gone
    await s.page.locator(".banner-error").waitFor();
    expect(await s.page.locator(".banner-error").textContent()).toMatch(/不存在|not found/i);
  });

  it("corrects a visit's record and deletes it", async () => {
    const admin = await createUserWithGrants(s.app.db, { email: "visit-admin@test.jishi", name: "管理员", password: "test-password-1" }, [{ role: "platform_admin" }]);
    const region = async (name: string) => (await s.app.db.selectFrom("regions").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    const visitId = await createVisit(s.app.db, admin, {
      allianceId, title: "昆山代表团赴嘉定考察", startOn: today, fromRegionIds: [await region("昆山市")], toRegionIds: [await region("嘉定区")],
      leaders: [{ name: "王五", title: "副市长" }], sites: ["安亭汽车城"], organizationsVisited: [], purpose: "",
    });
    await s.page.goto(`${s.app.baseUrl}/consult/visits/${visitId}`);
    await s.page.locator(".page-header a", { hasText: "编辑" }).click();
    const form = s.page.getByTestId("visit-form");
    expect(await form.locator('input[name="title"]').inputValue()).toBe("昆山代表团赴嘉定考察");
    expect(await form.getByLabel("姓名").first().inputValue()).toBe("王五");
    await form.locator(".chip", { hasText: "嘉定区" }).waitFor();
    await form.locator('input[name="title"]').fill("昆山市党政代表团赴嘉定区考察交流");
    await form.locator('textarea[name="sites"]').fill("安亭汽车城\n上海国际汽车城");
    await form.locator('button[type="submit"]').click();
    await s.page.waitForURL(new RegExp(`/consult/visits/${visitId}$`));
    await s.page.locator("h1", { hasText: "昆山市党政代表团赴嘉定区考察交流" }).waitFor();
    expect(await s.page.locator(".kv").textContent()).toContain("上海国际汽车城");
    expect(await s.page.getByTestId("visit-route").textContent()).toContain("嘉定区");

    await s.page.locator(".page-header button", { hasText: "删除" }).click();
    await s.page.getByRole("alertdialog").locator("button", { hasText: "确认删除" }).click();
    await s.page.waitForURL(/\/consult\/alliances\/\d+\?tab=visits$/);
    expect(await s.app.db.selectFrom("visits").select("id").where("id", "=", visitId).executeTakeFirst()).toBeUndefined();
  });

  it("adds an action item with a past deadline, sees it flagged overdue, notes progress and completes it", async () => {
    await s.page.locator('[role="tab"]', { hasText: "行动计划" }).click();
    await s.page.locator("button", { hasText: "新建行动计划" }).click();
    const pf = s.page.getByTestId("programme-form");
    await pf.locator('input[name="name"]').fill("五大行动");
    await pf.locator('input[name="period"]').fill(`${year}—${year + 2}`);
    await pf.locator('button[type="submit"]').click();
    await s.page.waitForURL(/\/consult\/programmes\/\d+$/);

    const add = async (title: string, strand: string, deadline: string, owner: string) => {
      const f = s.page.getByTestId("item-form");
      await f.locator('input[name="title"]').fill(title);
      await f.locator('input[name="strand"]').fill(strand);
      await f.locator('input[name="deadline"]').fill(deadline);
      await f.locator(".consult-owners label", { hasText: owner }).locator("input").check();
      await f.locator('button[type="submit"]').click();
      await s.page.locator("table tbody tr", { hasText: title }).waitFor();
    };
    await add("共建跨区域概念验证中心", "科技创新共同体共筑", `${year - 1}-12-31`, "太仓市");
    await add("开通毗邻公交线路", "基础设施共建", `${year + 1}-06-30`, "昆山市");
    const late = s.page.locator("table tbody tr", { hasText: "共建跨区域概念验证中心" });
    expect(await late.locator(".tag-red").textContent()).toBe("逾期");
    expect(await s.page.locator("table tbody tr", { hasText: "开通毗邻公交线路" }).locator(".tag-red").count()).toBe(0);
    await s.page.getByTestId("completion").filter({ hasText: "已完成 0 / 2 项" }).waitFor();
    await s.page.waitForTimeout(600); // let the gauge draw for the picture
    await screenshot(s.page, "consult-05-programme-overdue");

    // The secretariat's home page counts it among the overdue items, and leads to its alliance.
    await s.page.goto(`${s.app.baseUrl}/`);
    const due = s.page.locator('[data-todo="consult.overdue"].todo-due');
    await due.waitFor();
    expect(await due.innerText()).toMatch(/^1\s*逾期的合作事项$/);
    await due.locator("a").click();
    await s.page.waitForURL(new RegExp(`/consult/alliances/${allianceId}$`));
    const overdue = s.page.getByTestId("overdue-panel");
    await overdue.locator("details", { hasText: "太仓市" }).locator("a", { hasText: "共建跨区域概念验证中心" }).click();
    await s.page.waitForURL(/\/consult\/items\/\d+$/);
    expect(await s.page.getByTestId("item-status").textContent()).toContain("逾期");
    const note = s.page.getByTestId("note-form");
    await note.locator('textarea[name="text"]').fill("完成选址,三地签署共建协议");
    await note.locator('button[type="submit"]').click();
    await s.page.getByTestId("notes").locator("li", { hasText: "完成选址" }).waitFor();
    expect(await s.page.getByTestId("notes").textContent()).toContain(today);
    await s.page.getByTestId("status-moves").locator("button", { hasText: "标记为已完成" }).click();
    await s.page.getByTestId("item-status").filter({ hasText: "已完成" }).waitFor();
    expect(await s.page.getByTestId("item-status").textContent()).not.toContain("逾期");
    await screenshot(s.page, "consult-06-item-done");
    const itemUrl = s.page.url();
    await s.page.goto(`${s.app.baseUrl}/`);
    await s.page.locator('[data-todo="consult.overdue"].todo-clear').waitFor();
    await s.page.goto(itemUrl);

    await s.page.locator("a", { hasText: "← 五大行动" }).click();
    await s.page.getByTestId("completion").filter({ hasText: "已完成 1 / 2 项" }).waitFor();
    expect(await s.page.locator("table tbody tr", { hasText: "共建跨区域概念验证中心" }).locator(".tag-red").count()).toBe(0);
    await s.page.waitForTimeout(600);
    await screenshot(s.page, "consult-07-programme-completed");
  });

  it("reads in English too", async () => {
    await s.page.goto(`${s.app.baseUrl}/consult/alliances/${allianceId}`);
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h2", { hasText: "Rotation" }).waitFor();
    expect(await s.page.locator(".consult-tabs").textContent()).toContain("Programmes");
    await screenshot(s.page, "consult-08-english");
    await s.page.getByTestId("lang-switch").click();
    await s.page.locator("h2", { hasText: "轮值安排" }).waitFor();
    expect(s.errors).toEqual([]);
  });
});

describe.skipIf(skip)("consultation UI over the demo data", () => {
  const s = browserSuite({
    page: { locale: "zh-CN" },
    timeout: 180_000,
    setup: async (app) => {
      await seedDirectoryDemo(app.db, silentLogger);
      await loadConsultDemo(app.db, silentLogger);
    },
  });

  it("shows the 五大行动 per strand, overdue items per owner, meetings and visits with follow-ups", async () => {
    await s.page.goto(`${s.app.baseUrl}/consult`);
    await s.page.locator(".consult-card", { hasText: "G60" }).waitFor();
    await screenshot(s.page, "consult-10-demo-home");
    await s.page.locator(".consult-card", { hasText: "嘉昆太" }).click();
    const overdue = s.page.getByTestId("overdue-panel");
    await overdue.locator("details").first().waitFor();
    expect(await overdue.locator("details").count()).toBeGreaterThan(1);
    await s.page.waitForTimeout(600);
    await screenshot(s.page, "consult-11-demo-alliance");

    await s.page.locator('[role="tab"]', { hasText: "行动计划" }).click();
    await s.page.getByTestId("programme-card").locator("a", { hasText: "五大行动" }).click();
    await s.page.locator("table tbody tr").nth(20).waitFor();
    for (const strand of ["党建引领共促", "产业链供应链共融", "科技创新共同体共筑", "基础设施共建", "公共服务共享"]) {
      expect(await s.page.locator("#f-strand option", { hasText: strand }).count()).toBe(1);
    }
    await s.page.locator("#f-strand").selectOption("基础设施共建");
    // The filtered list replaces the whole one: wait until the 21st row has gone, not only for a 20th.
    await s.page.locator("table tbody tr").nth(20).waitFor({ state: "detached" });
    expect(await s.page.locator("table tbody tr").count()).toBe(20);
    await s.page.waitForTimeout(600);
    await screenshot(s.page, "consult-12-demo-programme");

    await s.page.goto(`${s.app.baseUrl}/consult`);
    await s.page.locator(".consult-card", { hasText: "沿沪宁" }).click();
    await s.page.locator('[role="tab"]', { hasText: "考察交流" }).click();
    await s.page.locator("a", { hasText: "上海市普陀区党政代表团来苏州考察" }).click();
    await s.page.getByTestId("visit-route").filter({ hasText: "普陀区" }).waitFor();
    expect(await s.page.locator("table tbody tr").count()).toBe(3);
    await screenshot(s.page, "consult-13-demo-visit");
    expect(s.errors).toEqual([]);
  });

  it("fits a phone's screen: the recent meetings and visits end in an ellipsis instead of widening the page", async () => {
    const phone = await s.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, locale: "zh-CN" });
    await phone.goto(`${s.app.baseUrl}/consult`);
    await phone.locator(".consult-recent li").first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const lists = await phone.locator(".consult-recent").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
    expect(lists.length).toBe(2);
    for (const right of lists) expect(right).toBeLessThanOrEqual(390);
    await screenshot(phone, "consult-14-phone", { fullPage: false });
    await phone.close();
  });
});
