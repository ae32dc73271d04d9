import type { JishiModule } from "../module.js";
import { marketCli } from "./market.cli.js";
import { marketRoutes } from "./market.routes.js";
import { loadDemoListings } from "./demo/demo.js";
import { loadDemoMembers } from "./demo/members.js";
import { expireListings } from "./listings.service.js";
import { refreshSearchStats } from "./search-window.js";
import * as m0 from "./migrations/202611220300_market.js";
import * as m1 from "./migrations/202611220310_market_kind_index.js";
import * as m2 from "./migrations/202611290100_market_search_table.js";
import * as m3 from "./migrations/202611290200_market_search_region_paths.js";
import * as m4 from "./migrations/202611290300_market_search_time_keys.js";
import * as m5 from "./migrations/202611300100_market_search_time_blocks.js";
import * as m6 from "./migrations/202611300200_market_search_public_index.js";
import * as m7 from "./migrations/202611300300_market_search_kind_indexes.js";
import * as m8 from "./migrations/202611300400_market_search_no_pending_list.js";
import * as m9 from "./migrations/202611300600_market_search_range_keys.js";
import * as m10 from "./migrations/202611302200_market_search_organization.js";

const HOUR = 3600_000;

export const marketModule: JishiModule = {
  name: "market",
  migrations: { "202611220300_market": m0, "202611220310_market_kind_index": m1, "202611290100_market_search_table": m2,
    "202611290200_market_search_region_paths": m3,
    "202611290300_market_search_time_keys": m4,
    "202611300100_market_search_time_blocks": m5,
    "202611300200_market_search_public_index": m6,
    "202611300300_market_search_kind_indexes": m7,
    "202611300400_market_search_no_pending_list": m8,
    "202611300600_market_search_range_keys": m9,
    "202611302200_market_search_organization": m10,
  },
  routes: async (app, ctx) => {
    await marketRoutes(app, ctx);
    // The expiry sweep: once when the server starts, then hourly. Reads never depend
    // on it (queries treat a past valid_until as expired), it keeps the stored status honest.
    // The same hourly tick refreshes the statistics search sizes its work by (PGlite has no autovacuum).
    const sweep = async () => {
      await expireListings(ctx.db).catch((err) => app.log.warn({ err }, "listing expiry sweep failed"));
      await refreshSearchStats(ctx.db).catch((err) => app.log.warn({ err }, "search statistics refresh failed"));
    };
    app.addHook("onReady", sweep);
    const timer = setInterval(() => void sweep(), HOUR);
    timer.unref();
    app.addHook("onClose", async () => clearInterval(timer));
  },
  cli: marketCli,
  demo: async (db, log) => {
    await loadDemoListings(db, log);
    await loadDemoMembers(db, log);
  },
};
