import { sql } from "kysely";
import type { Db } from "../../../platform/db/connect.js";
import type { Logger } from "../../module.js";
import { findUserByEmail } from "../../accounts/accounts.repo.js";
import { createUserWithGrants } from "../../accounts/accounts.service.js";
import { DEMO_MEMBERS } from "../../demo-credentials.js";
import { expressInterest, postMessage } from "../interests.service.js";
import { createListing, submitListing } from "../listings.service.js";

/**
 * The organisation of `kind` with the most published listings; with `notPrefecture`, only one
 * outside that prefecture (a region path's second code: in Shanghai, the district).
 */
async function busiest(db: Db, kind: "enterprise" | "park", notPrefecture?: string) {
  return db
    .selectFrom("organizations as o")
    .innerJoin("regions as r", "r.id", "o.region_id")
    .innerJoin("listings as l", "l.organization_id", "o.id")
    .select(["o.id", "o.name", "o.region_id as regionId", "r.path", sql<number>`count(*)::int`.as("n")])
    .where("o.kind", "=", kind)
    .where("l.status", "=", "published")
    .$if(!!notPrefecture, (q) => q.where(sql<boolean>`split_part(r.path, '/', 2) <> ${notPrefecture!}`))
    .groupBy(["o.id", "o.name", "o.region_id", "r.path"])
    .orderBy("n", "desc")
    .orderBy("o.id")
    .executeTakeFirst();
}

/**
 * Three members beside the administrator: the admin of the enterprise with the most published
 * listings, of a park in another city, and the secretariat of the first alliance. The park has
 * expressed interest in one of the enterprise's listings and the enterprise has answered, so
 * "我的集市" shows both sides of a conversation; a need of the enterprise's, directed to the
 * alliance, waits in the secretariat's queue. Once: nothing happens when the enterprise's
 * member exists, or without organisations and listings.
 */
export async function loadDemoMembers(db: Db, log: Logger): Promise<void> {
  if (await findUserByEmail(db, DEMO_MEMBERS.enterprise.email)) return;
  const enterprise = await busiest(db, "enterprise");
  const alliance = await db.selectFrom("alliances").select(["id", "name"]).orderBy("id").executeTakeFirst();
  const park = enterprise && (await busiest(db, "park", enterprise.path.split("/")[1]));
  if (!enterprise || !park || !alliance) {
    log.warn("market demo: no enterprise and park with published listings, or no alliance: no demo members created");
    return;
  }
  // The accounts as registered; `label` is for the start-up message only.
  const account = ({ email, name, password }: (typeof DEMO_MEMBERS)[keyof typeof DEMO_MEMBERS]) => ({ email, name, password });
  const [e, p, s] = [account(DEMO_MEMBERS.enterprise), account(DEMO_MEMBERS.park), account(DEMO_MEMBERS.secretariat)];
  const owner = await createUserWithGrants(db, e, [{ role: "org_admin", organizationId: enterprise.id }]);
  const visitor = await createUserWithGrants(db, p, [{ role: "org_admin", organizationId: park.id }]);
  await createUserWithGrants(db, s, [{ role: "alliance_secretariat", allianceId: alliance.id }]);

  const listing = await db
    .selectFrom("listings")
    .select(["id", "title"])
    .where("organization_id", "=", enterprise.id)
    .where("status", "=", "published")
    .where("visibility", "=", "public")
    .orderBy(sql`kind in ('tech_need', 'procurement', 'challenge')`, "desc")
    .orderBy("published_at", "desc")
    .executeTakeFirst();
  if (listing) {
    const interest = await expressInterest(db, visitor, listing.id, {
      organizationId: park.id,
      message: `您好,我们是${park.name},看到贵单位发布的“${listing.title}”,园区内有企业具备相关能力,也可提供落地空间,希望进一步对接。`,
    });
    await postMessage(db, owner, interest.id, { body: "感谢关注!方便的话请发来相关企业的介绍材料,我们安排下周线上沟通。" });
  }
  // A need directed to the alliance, waiting in its secretariat's queue: the body's phone number
  // is what the moderator sees flagged.
  const deadline = new Date(Date.now() + 120 * 86_400_000).toISOString().slice(0, 10);
  const need = await createListing(db, owner, {
    kind: "tech_need",
    title: "寻求生产线视觉质检技术合作(定向联盟成员)",
    summary: `${enterprise.name}面向${alliance.name}成员征集产线视觉质检方案,预算80–150万元。`,
    body: "现有产线依靠人工目检,漏检率偏高。希望与联盟内高校院所或科技企业合作,6个月内完成视觉质检样机验证。详情请致电 0573-84561234 联系王经理。",
    organizationId: enterprise.id,
    regionIds: [enterprise.regionId],
    contact: { name: "王经理", phone: "0573-84561234" },
    attrs: { problem: "产线视觉质检漏检率偏高", budgetMinYuan: 800_000, budgetMaxYuan: 1_500_000, deadline },
    visibility: "directed",
    audience: { allianceIds: [alliance.id], organizationIds: [] },
  });
  await submitListing(db, owner, need.id);
  log.info(`market demo: members ${e.email} (${enterprise.name}), ${p.email} (${park.name}), ${s.email} (${alliance.name})`);
}
