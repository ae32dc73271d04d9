import type { JishiModule } from "../module.js";
import { ingestCli } from "./ingest.cli.js";
import { ingestRoutes } from "./ingest.routes.js";
import * as m0 from "./migrations/202611220600_ingest.js";
import * as m1 from "./migrations/202611220610_ingest_review.js";

export const ingestModule: JishiModule = {
  name: "ingest",
  migrations: { "202611220600_ingest": m0, "202611220610_ingest_review": m1 },
  routes: ingestRoutes,
  cli: ingestCli,
};
