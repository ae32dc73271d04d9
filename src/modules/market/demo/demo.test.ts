import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDb, describeEachBackend, type TestDatabase } from "../../../../test/support/db.js";
import { createListingBody } from "../listing.schema.js";
import { searchListings } from "../search.service.js";
import { marketFixture } from "../test-fixtures.js";
import { ANONYMOUS } from "../visibility.js";
import { loadDemoListings } from "./demo.js";
import { rng } from "../../../platform/random.js";
import { generateListing } from "./generator.js";

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

describeEachBackend("market demo", (backend) => {
  let d: TestDatabase;
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
    await marketFixture(d.db);
    await loadDemoListings(d.db, { info: () => {}, warn: () => {} }, 150);
    const rows = await d.db.selectFrom("listings").select(["status", "kind"]).execute();
    expect(rows.length).toBe(150);
    expect(new Set(rows.map((r) => r.kind)).size).toBe(8);
    const r = await searchListings(d.db, null, { q: "厂房", limit: 5 }, ANONYMOUS);
    expect(r.total).toBeGreaterThan(0);
    await loadDemoListings(d.db, { info: () => {}, warn: () => {} }, 150); // idempotent
    expect((await d.db.selectFrom("listings").select("id").execute()).length).toBe(150);
  });
});
