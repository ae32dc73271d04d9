/**
 * The demo directory: ~200 organisations across the Delta — named universities, institutes,
 * parks and science bureaus, plus generated enterprises, investors and service firms with
 * valid (made-up) credit codes — and their membership in the seeded alliances whose regions
 * they sit in. Deterministic: the same PRNG seed gives the same directory on every machine.
 */
import type { Logger } from "../../module.js";
import type { Db } from "../../../platform/db/connect.js";
import { rng } from "../../../platform/random.js";
import { CREDIT_CODE_ALPHABET, buildCreditCode } from "../creditCode.js";
import type { OrganizationCreate } from "../directory.schema.js";
import type { OrganizationKind } from "../directory.tables.js";
import { insertOrganizations } from "../organizations.write.js";
import { AREA_CODES, BRAND_CHARS, ENGLISH_NAMES, FIRM_REGIONS, GOVERNMENTS, INDUSTRY_WORDS, INSTITUTES, PARKS, PEOPLE_SURNAMES, UNIVERSITIES, type Named } from "./catalogue.js";

export interface DemoRefs {
  regionByCode: Map<string, { id: number; name: string; shortName: string; parentCode: string | null }>;
  industryByCode: Map<string, { id: number; segments: { id: number; stage: string }[] }>;
}

export interface DemoOrganization extends OrganizationCreate {
  /** For alliance membership: the GB code of the organisation's region. */
  regionCode: string;
}

const FIRMS = 105;
const INVESTORS = 15;
const SERVICES = 15;

export function generateDemoOrganizations(refs: DemoRefs, seed = 20261122): DemoOrganization[] {
  const rnd = rng(seed).next;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const region = (code: string) => {
    const r = refs.regionByCode.get(code);
    if (!r) throw new Error(`demo region ${code} missing from the directory`);
    return r;
  };
  /** The city a firm names itself after: the county-level city (昆山), else the prefecture (苏州), Shanghai as 上海. */
  const cityWord = (code: string) => {
    const r = region(code);
    if (code.startsWith("31")) return "上海";
    if (r.parentCode && region(code).name.endsWith("区")) return region(r.parentCode).shortName;
    return r.shortName;
  };
  const phone = (code: string) => {
    const area = AREA_CODES[code.startsWith("31") ? "310000" : code.slice(0, 4) + "00"] ?? "0512";
    const digits = area.length === 3 ? 8 : 7;
    return `${area}-${Math.floor(5 * 10 ** (digits - 1) + rnd() * 4 * 10 ** (digits - 1))}`;
  };
  const industries = (codes: readonly string[], withSegment: boolean) =>
    codes.flatMap((c) => {
      const ind = refs.industryByCode.get(c);
      if (!ind) return [];
      const seg = withSegment && ind.segments.length ? pick(ind.segments) : undefined;
      return [{ industryId: ind.id, segmentId: seg?.id ?? null }];
    });
  const creditCode = (authorityType: string, code: string) => {
    let body = "MA";
    while (body.length < 8) body += pick([...CREDIT_CODE_ALPHABET]);
    return buildCreditCode(authorityType[0]!, authorityType[1]!, code, body);
  };
  const contact = (i: number, code: string) => ({
    contactName: `${pick([...PEOPLE_SURNAMES])}${pick(["经理", "主任", "老师", "女士", "先生"])}`,
    contactPhone: phone(code),
    contactEmail: `contact${i}@demo.example`,
  });

  const out: DemoOrganization[] = [];
  const names = new Set<string>();
  const add = (o: Omit<DemoOrganization, "regionId">) => {
    if (names.has(o.name)) return false;
    names.add(o.name);
    out.push({ ...o, regionId: region(o.regionCode).id });
    return true;
  };
  const named = (rows: readonly Named[], kind: OrganizationKind, describe: (n: string) => string) => {
    for (const [name, code, inds] of rows)
      add({ name, nameEn: ENGLISH_NAMES[name] ?? "", kind, regionCode: code, creditCode: null, description: describe(name), industries: industries(inds, false), ...contact(out.length, code) });
  };
  named(UNIVERSITIES, "university", (n) => `${n}:学科与科研成果可对接长三角企业技术需求,设有技术转移中心。`);
  named(INSTITUTES, "institute", (n) => `${n}:面向产业的研发与成果转化机构。`);
  named(PARKS, "park", (n) => `${n}:可提供标准厂房、研发楼宇与产业用地,开展定向招商。`);
  for (const [code, dept] of GOVERNMENTS) {
    const r = region(code);
    const parent = r.parentCode ? region(r.parentCode) : undefined;
    const prefix = code.startsWith("31") ? `上海市${r.name}` : r.name.endsWith("区") && parent ? `${parent.name}${r.name}` : r.name;
    add({ name: `${prefix}${dept}`, kind: "government", regionCode: code, creditCode: null, description: `${prefix}${dept}:区域科技创新与协同合作主管部门。`, industries: [], ...contact(out.length, code) });
  }

  const industryCodes = Object.keys(INDUSTRY_WORDS);
  const brand = () => pick([...BRAND_CHARS]) + pick([...BRAND_CHARS]);
  const make = (count: number, build: () => Omit<DemoOrganization, "regionId"> | undefined) => {
    for (let made = 0, tries = 0; made < count && tries < count * 20; tries++) {
      const o = build();
      if (o && add(o)) made++;
    }
  };
  make(FIRMS, () => {
    const code = pick(FIRM_REGIONS);
    const ind = pick(industryCodes);
    const second = rnd() < 0.3 ? [pick(industryCodes.filter((c) => c !== ind))] : [];
    const b = brand();
    if (b[0] === b[1]) return undefined;
    const form = rnd() < 0.25 ? "股份有限公司" : "有限公司";
    return {
      name: `${cityWord(code)}${b}${pick(INDUSTRY_WORDS[ind]!)}${form}`, kind: "enterprise", regionCode: code,
      creditCode: creditCode("91", code), description: `专注于${pick(INDUSTRY_WORDS[ind]!)}领域的研发、生产与销售。`,
      industries: industries([ind, ...second], true), website: null, ...contact(out.length, code),
    };
  });
  make(INVESTORS, () => {
    const code = pick(FIRM_REGIONS);
    const b = brand();
    const kind = pick(["科创投资基金管理有限公司", "创业投资有限公司", "科技融资担保有限公司", "产业投资合伙企业(有限合伙)"]);
    return {
      name: `${cityWord(code)}${b}${kind}`, kind: "finance", regionCode: code, creditCode: creditCode("91", code),
      description: "为科技型企业提供股权投资、债权融资与跨区域并购服务。", industries: industries([pick(industryCodes)], false), ...contact(out.length, code),
    };
  });
  make(SERVICES, () => {
    const code = pick(FIRM_REGIONS);
    const b = brand();
    const [kind, type] = pick([
      ["知识产权代理有限公司", "91"], ["检验检测技术有限公司", "91"], ["科技咨询有限公司", "91"], ["技术转移服务中心", "52"], ["人力资源服务有限公司", "91"],
    ] as const);
    return {
      name: `${cityWord(code)}${b}${kind}`, kind: "service", regionCode: code, creditCode: creditCode(type, code),
      description: "提供技术转移、知识产权、检验检测等科技服务。", industries: [], ...contact(out.length, code),
    };
  });
  return out;
}

async function loadDemoRefs(db: Db): Promise<DemoRefs> {
  const [regions, industries, segments] = await Promise.all([
    db.selectFrom("regions as r").leftJoin("regions as p", "p.id", "r.parent_id").select(["r.id", "r.code", "r.name", "r.short_name", "p.code as parent_code"]).execute(),
    db.selectFrom("industries").select(["id", "code"]).execute(),
    db.selectFrom("industry_segments").select(["id", "industry_id", "stage"]).orderBy("id").execute(),
  ]);
  return {
    regionByCode: new Map(regions.map((r) => [r.code, { id: r.id, name: r.name, shortName: r.short_name, parentCode: r.parent_code }])),
    industryByCode: new Map(industries.map((i) => [i.code, { id: i.id, segments: segments.filter((s) => s.industry_id === i.id) }])),
  };
}

/** Writes the demo directory; organisations already present (by name) are left alone. */
export async function seedDirectoryDemo(db: Db, log: Logger): Promise<void> {
  const refs = await loadDemoRefs(db);
  const all = generateDemoOrganizations(refs);
  await db.transaction().execute(async (trx) => {
    const taken = new Set((await trx.selectFrom("organizations").select("name").execute()).map((o) => o.name));
    const codes = new Set((await trx.selectFrom("organizations").select("credit_code").where("credit_code", "is not", null).execute()).map((o) => o.credit_code));
    const fresh = all.filter((o) => !taken.has(o.name) && !(o.creditCode && codes.has(o.creditCode)));
    if (fresh.length === 0) return;
    const ids = await insertOrganizations(trx, fresh, null);
    const alliances = await trx
      .selectFrom("alliance_regions as ar")
      .innerJoin("regions as r", "r.id", "ar.region_id")
      .select(["ar.alliance_id", "r.path"])
      .execute();
    const paths = new Map((await trx.selectFrom("regions").select(["id", "path"]).execute()).map((r) => [r.id, r.path]));
    const members = fresh.flatMap((o, i) => {
      const p = paths.get(o.regionId)!;
      const allianceIds = new Set(alliances.filter((a) => p === a.path || p.startsWith(a.path + "/")).map((a) => a.alliance_id));
      return [...allianceIds].map((allianceId) => ({ alliance_id: allianceId, organization_id: ids[i]!, role: o.kind === "government" ? "成员单位" : "member" }));
    });
    if (members.length) await trx.insertInto("alliance_organizations").values(members).onConflict((oc) => oc.doNothing()).execute();
    log.info(`directory demo: ${fresh.length} organizations, ${members.length} alliance memberships`);
  });
}
