import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../../test/support/db.js";
import { createListingBody } from "../listing.schema.js";
import { searchListings } from "../search.service.js";
import { marketFixture, type MarketFixture } from "../test-fixtures.js";
import { ANONYMOUS } from "../visibility.js";
import { loadDemoListings } from "./demo.js";
import { rng } from "../../../platform/random.js";
import { generateListing } from "./generator.js";
import { areaCodeOf } from "./vocab.js";
import { loadDemoMembers } from "./members.js";
import { DEMO_MEMBERS } from "../../demo-credentials.js";
import { listInterests } from "../interests.service.js";
import { moderationQueue } from "../listings.service.js";
import type { ListingFlag } from "../market.tables.js";
import { fixtureOrganization } from "../../../../test/support/directory-fixtures.js";
import { grantsOf } from "../../accounts/accounts.repo.js";
import type { Actor } from "../../../platform/auth.js";
import { sql } from "kysely";

it("generates valid listings of every kind, the same for the same seed", () => {
  const ctx = { orgs: [{ id: 1, name: "甲公司", regionId: 5, city: "苏州" }], industries: [{ id: 1, name: "生物医药" }, { id: 2, name: "集成电路" }], regionIds: [5, 6], allianceIds: [1] };
  const a = rng(7), b = rng(7);
  const kinds = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const g = generateListing(a, ctx, i);
    const parsed = createListingBody.safeParse(g.input);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    kinds.add(g.input.kind);
    expect(generateListing(b, ctx, i).input.title).toBe(g.input.title);
    // No phrase said twice in a row ("标准化厂房,标准化厂房").
    const phrases = (g.input.summary ?? "").split(/[,。]/).filter(Boolean);
    expect(phrases.some((p, k) => k > 0 && p === phrases[k - 1]), g.input.summary).toBe(false);
  }
  expect(kinds.size).toBe(8);
});

it("gives a listing's contact the area code of its organisation's city, drawing as many numbers as before", () => {
  expect([areaCodeOf("310117"), areaCodeOf("320583"), areaCodeOf("321100"), areaCodeOf("341000"), areaCodeOf("110000")]).toEqual(["021", "0512", "0511", "0559", undefined]);
  const org = { id: 1, name: "甲公司", regionId: 5, city: "松江" };
  const base = { industries: [{ id: 1, name: "生物医药" }], regionIds: [5], allianceIds: [1] };
  const a = rng(17), b = rng(17);
  for (let i = 0; i < 200; i++) {
    const known = generateListing(a, { ...base, orgs: [{ ...org, areaCode: "021" }] }, i).input;
    const unknown = generateListing(b, { ...base, orgs: [org] }, i).input;
    expect(known.contact?.phone).toMatch(/^021-[56]\d{7}$/);
    expect(unknown.contact?.phone).toMatch(/^0(21|512|25|571|511)-[56]\d{7}$/);
    expect({ ...known, contact: undefined }).toEqual({ ...unknown, contact: undefined });
  }
});

it("prices space as its title offers it: a rent when let, a sale price when sold", () => {
  const ctx = { orgs: [{ id: 1, name: "甲公司", regionId: 5, city: "苏州" }], industries: [{ id: 1, name: "生物医药" }], regionIds: [5], allianceIds: [1] };
  const r = rng(11);
  const offers = new Set<string>();
  for (let i = 0; i < 2000; i++) {
    const { input } = generateListing(r, ctx, i);
    if (input.kind !== "space") continue;
    const a = input.attrs as { rent?: unknown; salePriceYuan?: number; spaceKind: string };
    const offer = /(出租|出售|出让|招商) \d+平方米$/.exec(input.title)?.[1];
    expect(offer, input.title).toBeDefined();
    offers.add(offer!);
    const sold = offer === "出售" || offer === "出让" || a.spaceKind === "land";
    expect({ title: input.title, rent: a.rent !== undefined, sale: a.salePriceYuan !== undefined }).toEqual({ title: input.title, rent: !sold, sale: sold });
    expect(input.body, input.title).toContain(sold ? "售价约" : "租金约");
    if (a.spaceKind === "land") expect(offer).not.toBe("出租");
  }
  expect(offers).toEqual(new Set(["出租", "出售", "出让", "招商"]));
});

it("puts in the moderation queue only what was submitted within the last week", () => {
  const ctx = { orgs: [{ id: 1, name: "甲公司", regionId: 5, city: "苏州" }], industries: [{ id: 1, name: "生物医药" }], regionIds: [5], allianceIds: [1] };
  const r = rng(13);
  const ages = { in_review: [] as number[], other: [] as number[] };
  for (let i = 0; i < 2000; i++) {
    const g = generateListing(r, ctx, i);
    (g.status === "in_review" ? ages.in_review : ages.other).push(g.ageDays);
  }
  expect(ages.in_review.length).toBeGreaterThan(50);
  expect(Math.max(...ages.in_review)).toBeLessThanOrEqual(6);
  expect(new Set(ages.in_review).size).toBe(7);
  // The rest still spread over the year.
  expect(Math.max(...ages.other)).toBeGreaterThan(300);
});

/** The actor a user of the demo acts as, by e-mail. */
async function resolveActor(db: TestDatabase["db"], email: string): Promise<Actor> {
  const u = await db.selectFrom("users").select(["id", "email", "name"]).where("email", "=", email).executeTakeFirstOrThrow();
  return { userId: u.id, email: u.email, name: u.name, grants: await grantsOf(db, u.id) };
}

describeEachBackend("market demo", (backend) => {
  let d: TestDatabase;
  let f: MarketFixture;
  beforeAll(async () => {
    d = await createTestDb(backend);
  });
  afterAll(() => d.close());

  it("creates nothing and warns without organisations", async () => {
    const warnings: string[] = [];
    await loadDemoListings(d.db, { info: () => {}, warn: (m) => warnings.push(m) }, 50);
    expect(warnings).toHaveLength(1);
    expect((await d.db.selectFrom("listings").selectAll().execute()).length).toBe(0);
  });

  it("creates searchable listings owned by existing organisations", async () => {
    f = await marketFixture(d.db);
    await loadDemoListings(d.db, { info: () => {}, warn: () => {} }, 150);
    const rows = await d.db.selectFrom("listings").select(["status", "kind"]).execute();
    expect(rows.length).toBe(150);
    expect(new Set(rows.map((r) => r.kind)).size).toBe(8);
    const r = await searchListings(d.db, null, { q: "厂房", limit: 5 }, ANONYMOUS);
    expect(r.total).toBeGreaterThan(0);
    await loadDemoListings(d.db, { info: () => {}, warn: () => {} }, 150); // idempotent
    expect((await d.db.selectFrom("listings").select("id").execute()).length).toBe(150);
  });

  // Over the listings the test before created.
  it("adds members of an enterprise, of a park in another city and of an alliance, talking about a listing", async () => {
    const park = await fixtureOrganization(d.db, "嘉定测试产业园", f.region["310114"], "park");
    const given = await d.db.selectFrom("listings").select("id").where("status", "=", "published").where("organization_id", "<>", f.org.owner).orderBy("id").executeTakeFirstOrThrow();
    await d.db.updateTable("listings").set({ organization_id: park }).where("id", "=", given.id).execute();
    const warnings: string[] = [];
    const log = { info: () => {}, warn: (m: string) => warnings.push(m) };
    await loadDemoMembers(d.db, log);
    expect(warnings).toEqual([]);

    const grants = await d.db
      .selectFrom("users as u")
      .innerJoin("role_grants as g", "g.user_id", "u.id")
      .select(["u.email", "g.role", "g.organization_id", "g.alliance_id"])
      .where("u.email", "in", Object.values(DEMO_MEMBERS).map((m) => m.email))
      .orderBy("u.email")
      .execute();
    const busiest = await d.db
      .selectFrom("listings as l")
      .innerJoin("organizations as o", "o.id", "l.organization_id")
      .select(["o.id", sql<number>`count(*)::int`.as("n")])
      .where("o.kind", "=", "enterprise")
      .where("l.status", "=", "published")
      .groupBy("o.id")
      .orderBy("n", "desc")
      .orderBy("o.id")
      .executeTakeFirstOrThrow();
    const firstAlliance = (await d.db.selectFrom("alliances").select("id").orderBy("id").executeTakeFirstOrThrow()).id;
    expect(grants).toEqual([
      { email: DEMO_MEMBERS.secretariat.email, role: "alliance_secretariat", organization_id: null, alliance_id: firstAlliance },
      { email: DEMO_MEMBERS.enterprise.email, role: "org_admin", organization_id: busiest.id, alliance_id: null },
      { email: DEMO_MEMBERS.park.email, role: "org_admin", organization_id: park, alliance_id: null },
    ]);

    const owner = await resolveActor(d.db, DEMO_MEMBERS.enterprise.email);
    const received = await listInterests(d.db, owner, { box: "received" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: { id: park }, owner: { id: busiest.id }, status: "open", messageCount: 2 });

    const queue = await moderationQueue(d.db, await resolveActor(d.db, DEMO_MEMBERS.secretariat.email));
    expect(queue.items.map((l) => ({ org: l.organization.id, status: l.status, flagged: (l.flags as ListingFlag[] | undefined)?.some((x) => x.type === "phone") }))).toEqual([
      { org: busiest.id, status: "in_review", flagged: true },
    ]);

    await loadDemoMembers(d.db, log); // once
    expect((await d.db.selectFrom("users").select("id").where("email", "like", "%@jishi.demo").execute()).length).toBe(3);
    expect((await d.db.selectFrom("interests").select("id").execute()).length).toBe(1);
  });
});
