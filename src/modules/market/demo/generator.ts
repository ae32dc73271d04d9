import type { CreateListingInput } from "../listing.schema.js";
import type { ListingStatus } from "../market.tables.js";
import type { Rng } from "../../../platform/random.js";
import { FINANCE, SERVICES, SPACE_FEATURES, SURNAMES, vocabFor } from "./vocab.js";

export interface GenOrg {
  id: number;
  name: string;
  regionId: number;
  city: string;
  /** Telephone area code of the organisation's city (vocab.ts AREA_CODES), when known. */
  areaCode?: string;
}
export interface GenContext {
  orgs: GenOrg[];
  industries: { id: number; name: string }[];
  regionIds: number[];
  allianceIds: number[];
}
export interface Generated {
  input: CreateListingInput;
  status: ListingStatus;
  /** Days before now that it was published (spreads the demo over a year). */
  ageDays: number;
}

const KINDS = ["tech_offer", "tech_need", "challenge", "space", "investment", "procurement", "service", "finance"] as const;
const WEIGHTS = [18, 16, 8, 20, 10, 10, 10, 8];
const pad = (n: number) => String(n).padStart(2, "0");
const future = (r: Rng) => `${r.int(2027, 2028)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
const wan = (r: Rng, lo: number, hi: number) => r.int(lo, hi) * 10_000;

function kindOf(r: Rng): (typeof KINDS)[number] {
  let x = r.next() * WEIGHTS.reduce((s, w) => s + w, 0);
  for (let i = 0; i < KINDS.length; i++) if ((x -= WEIGHTS[i]) < 0) return KINDS[i];
  return "service";
}

/** One realistic listing; `i` only varies the wording. */
export function generateListing(r: Rng, ctx: GenContext, i: number): Generated {
  const org = r.pick(ctx.orgs);
  const industry = ctx.industries.length ? r.pick(ctx.industries) : undefined;
  const v = vocabFor(industry?.name);
  const kind = kindOf(r);
  const tech = r.pick(v.techs);
  const product = r.pick(v.products);
  const problem = r.pick(v.problems);
  const city = org.city;
  let title: string, summary: string, body: string, attrs: Record<string, unknown>;
  switch (kind) {
    case "tech_offer": {
      const trl = r.int(4, 9);
      title = `${tech}技术${r.pick(["成果转化", "许可转让", "合作开发", ""])}`;
      summary = `${org.name}自主研发的${tech}技术,技术成熟度TRL${trl},可应用于${product}领域。`;
      body = `该成果面向${product}的${problem}问题,已完成${trl >= 7 ? "中试验证并实现小批量应用" : "实验室验证"}。核心指标达到国内领先水平,拥有发明专利${r.int(2, 15)}项。欢迎长三角${r.pick(["企业", "园区", "投资机构"])}开展许可、转让或联合开发。`;
      attrs = { trl, ipStatus: r.pick(["patent_granted", "patent_pending", "software_copyright", "know_how"]), cooperationModes: r.chance(0.5) ? ["licence", "transfer"] : ["joint_development"], priceYuan: r.chance(0.6) ? wan(r, 20, 2000) : undefined };
      break;
    }
    case "tech_need": {
      const lo = r.int(10, 300);
      title = `寻求${problem}解决方案`;
      summary = `${city}${product}企业征集${problem}技术方案,预算${lo}–${lo * 2}万元。`;
      body = `我司主营${product},目前在${problem}方面遇到瓶颈,希望与高校院所或科技企业合作,采用${tech}等技术路线。要求:具备相关项目经验,${r.int(6, 18)}个月内完成验证。`;
      attrs = { problem: `${product}${problem}`, budgetMinYuan: lo * 10_000, budgetMaxYuan: lo * 20_000, deadline: future(r) };
      break;
    }
    case "challenge": {
      const reward = wan(r, 50, 2000);
      title = `揭榜挂帅:${tech}关键技术攻关`;
      summary = `${city}发布${industry?.name ?? "重点产业"}攻关榜单,榜单金额${reward / 10_000}万元,面向长三角揭榜。`;
      body = `为突破${product}领域${problem}难题,现面向社会公开张榜。揭榜方须在${r.int(12, 36)}个月内完成${tech}的工程化验证,技术指标须达到国际同类产品水平。成果归属按约定执行。`;
      attrs = { rewardYuan: reward, deadline: future(r), requirements: [`具备${tech}研发基础`, `近三年承担过省部级以上项目`, `可在${city}落地转化`] };
      break;
    }
    case "space": {
      const area = r.pick([600, 800, 1100, 1500, 2000, 2600, 3200, 5000, 8000, 12000, 20000]) + r.int(0, 9) * 10;
      const spaceKind = r.pick(["factory", "factory", "factory", "land", "office", "warehouse"] as const);
      const perDay = r.int(6, 16) / 10 * (spaceKind === "office" ? 3 : 1);
      const load = r.pick([500, 800, 1000, 1500, 2000, 3000]);
      const height = r.pick([4.5, 6, 8, 9, 10, 12]);
      const label = { factory: "标准厂房", land: "工业用地", office: "研发办公楼", warehouse: "高标仓库" }[spaceKind];
      // The offer decides the price: a rent, or a sale price for space offered for sale and for
      // land, which is sold (出让) rather than let. As many draws as before, so the listings
      // generated after this one stay the same.
      const offer = r.pick(["出租", "出售", "招商"] as const);
      const sold = spaceKind === "land" || offer === "出售";
      // 300–900 元/㎡ for land; 1 800–14 400 元/㎡ for a building, about 3 000 days of its rent.
      const salePerSqm = spaceKind === "land" ? r.int(300, 900) : Math.round(perDay * 3000);
      title = `${city}${label}${spaceKind === "land" && offer !== "招商" ? "出让" : offer} ${area}平方米`;
      // Two different features (the second draw moves on by one if it repeats the first).
      const first = r.pick(SPACE_FEATURES);
      let second = r.pick(SPACE_FEATURES);
      if (second === first) second = SPACE_FEATURES[(SPACE_FEATURES.indexOf(first) + 1) % SPACE_FEATURES.length];
      summary = `${label}${area}平方米,${first},${second},层高${height}米,承重${load / 1000}吨/㎡。`;
      body = `位于${city}${r.pick(["经济开发区", "高新区", "产业园", "工业集中区"])},${spaceKind === "land" ? `工业用地${Math.round(area / 667)}亩,可定制建设` : `${r.int(1, 4)}层,首层层高${height}米,楼面承重${load}公斤/平方米`},${sold ? `售价约${salePerSqm}元/㎡` : `租金约${perDay}元/㎡·天`},适合${product}、${industry?.name ?? "先进制造"}企业,${r.pick(["可提供GMP洁净车间", "配备行车", "配套宿舍", "距高速口5分钟"])}。`;
      attrs = {
        spaceKind,
        areaSqm: area,
        rent: sold ? undefined : { yuan: perDay, per: "sqm_day" },
        salePriceYuan: sold ? area * salePerSqm : undefined,
        floorLoadKgPerSqm: spaceKind === "land" ? undefined : load,
        clearHeightM: spaceKind === "land" ? undefined : height,
        landUse: spaceKind === "office" ? "rnd" : spaceKind === "warehouse" ? "warehouse" : "industrial",
        availableFrom: `2026-${pad(r.int(1, 12))}-01`,
        address: `${city}${r.pick(["经济开发区", "高新区"])}${r.pick(["创业路", "科技大道", "港城路", "汇智路"])}${r.int(1, 300)}号`,
      };
      break;
    }
    case "investment": {
      const amountWan = r.pick([5000, 20000, 50000, 100000, 300000, 500000]) * r.int(1, 3);
      const project = r.pick(v.projects);
      title = `${city}${project}项目招商`;
      summary = `${project}项目,计划总投资${amountWan >= 10000 ? `${amountWan / 10000}亿元` : `${amountWan}万元`},诚邀长三角企业落地合作。`;
      body = `项目聚焦${industry?.name ?? "先进制造"}产业链${r.pick(["上游", "中游", "下游"])}环节,重点引进${product}、${tech}相关企业。当地提供${r.pick(["厂房代建", "人才公寓", "产业基金配套", "研发费用补贴"])}等支持政策。`;
      attrs = { amountWan, targetRegionIds: [r.pick(ctx.regionIds)], stage: r.pick(["planning", "approved", "seeking_partner"]) };
      break;
    }
    case "procurement": {
      const n = r.int(1, 3);
      const items = Array.from({ length: n }, (_, k) => {
        const [name, unit] = v.items[(i + k) % v.items.length];
        return { name, quantity: r.int(2, 200), unit, budgetYuan: wan(r, 5, 300) };
      });
      title = `${r.chance(0.5) ? "长三角企业联合采购:" : `${city}采购需求:`}${items.map((x) => x.name).join("、")}`;
      summary = `采购${items.map((x) => `${x.name}${x.quantity}${x.unit}`).join(",")},欢迎其他城市企业合并需求联合采购。`;
      body = `为降低采购成本,${org.name}牵头发起联合采购,供应商须具备相关资质与售后能力。截止日期前可加入。`;
      attrs = { items, deadline: future(r), joinable: true };
      break;
    }
    case "service": {
      const [name, category] = r.pick(SERVICES);
      title = `${name}服务`;
      summary = `${org.name}为${industry?.name ?? "科技"}企业提供${name}服务,覆盖长三角主要城市。`;
      body = `服务内容包括${name}全流程支持,团队具有${r.int(5, 20)}年经验,已服务${r.int(50, 800)}家企业。`;
      attrs = { category, priceYuan: r.chance(0.5) ? wan(r, 1, 50) : undefined };
      break;
    }
    default: {
      const [name, financeType] = r.pick(FINANCE);
      const lo = r.int(100, 5000);
      title = `${name}:支持${industry?.name ?? "科创"}企业`;
      summary = `单笔${lo}–${lo * 3}万元,面向${city}及长三角${product}企业。`;
      body = `${org.name}推出${name}产品,审批周期约${r.int(2, 8)}周,可与政府引导基金联动。`;
      attrs = { financeType, amountMinYuan: lo * 10_000, amountMaxYuan: lo * 30_000, termMonths: r.pick([12, 24, 36, 60]) };
    }
  }
  const clean = Object.fromEntries(Object.entries(attrs).filter(([, x]) => x !== undefined));
  const roll = r.next();
  const status: ListingStatus = roll < 0.86 ? "published" : roll < 0.91 ? "in_review" : roll < 0.95 ? "draft" : "closed";
  // A moderation queue is worked through within days: a listing waiting since spring would say
  // nobody moderates. (One draw either way, so every later draw, and listing, stays the same.)
  const ageDays = status === "in_review" ? r.int(0, 360) % 7 : r.int(0, 360);
  const expired = status === "published" && r.chance(0.04);
  const directed = ctx.allianceIds.length > 0 && r.chance(0.05);
  const contactName = `${r.pick(SURNAMES)}${r.pick(["经理", "主任", "老师", "工"])}`;
  // The city's own area code; the drawn one serves an organisation outside the Delta's cities,
  // and is drawn for every listing so that the draws after it, and the listings, stay the same.
  const drawnCode = `0${r.pick(["21", "512", "25", "571", "511"])}`;
  const input = {
    kind,
    title,
    summary,
    body,
    organizationId: org.id,
    regionIds: [org.regionId],
    industryIds: industry ? [industry.id] : [],
    segmentIds: [],
    contact: { name: contactName, phone: `${org.areaCode ?? drawnCode}-${r.int(5000_0000, 6999_9999)}` },
    validFrom: null,
    validUntil: expired ? `2026-${pad(r.int(1, 10))}-${pad(r.int(1, 28))}` : future(r),
    visibility: directed ? "directed" : r.chance(0.12) ? "members" : "public",
    audience: directed ? { allianceIds: [r.pick(ctx.allianceIds)], organizationIds: [] } : undefined,
    attrs: clean,
  } as unknown as CreateListingInput;
  return { input, status, ageDays };
}
