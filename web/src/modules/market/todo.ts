import { api } from "../../api.js";
import type { TodoItem } from "../../modules.js";
import type { Session } from "../../session.js";

/**
 * The marketplace's waiting work: listings to moderate (platform admins, alliance secretariats),
 * interests whose other side wrote last, and listings sent back by a moderator.
 */
export async function marketTodo(s: Session, signal: AbortSignal): Promise<TodoItem[]> {
  const moderator = s.isAdmin || s.hasRole("alliance_secretariat");
  const member = s.organizationIds.length > 0;
  // Each line on its own: one that cannot be answered leaves the others.
  const items = await Promise.allSettled([
    moderator &&
      api<{ total: number }>("GET", "/api/listings/moderation", undefined, { signal }).then((r): TodoItem => ({
        key: "market.moderation",
        label: { zh: "待审核的集市信息", en: "Listings to moderate" },
        count: r.total,
        // The queue lists at most 200.
        atLeast: r.total >= 200,
        href: "/market/moderation",
      })),
    member &&
      api<{ awaitingReply?: boolean }[]>("GET", "/api/interests", undefined, { query: { status: "open" }, signal }).then((r): TodoItem => ({
        key: "market.replies",
        label: { zh: "待回复的意向", en: "Interests awaiting your reply" },
        count: r.filter((i) => i.awaitingReply).length,
        href: "/market/mine",
      })),
    member &&
      api<{ total: number }>("GET", "/api/listings/mine", undefined, { query: { status: "rejected", limit: 1 }, signal }).then((r): TodoItem => ({
        key: "market.rejected",
        label: { zh: "被驳回待修改的信息", en: "Listings sent back for changes" },
        count: r.total,
        href: "/market/mine?status=rejected",
      })),
  ]);
  return items.flatMap((x) => (x.status === "fulfilled" && x.value ? [x.value] : []));
}
