import type { JishiModule } from "../module.js";
import { consultCli } from "./consult.cli.js";
import { consultRoutes } from "./consult.routes.js";
import { loadConsultDemo } from "./demo/demo.js";
import * as m0 from "./migrations/202611220500_consult.js";
import * as m1 from "./migrations/202611220510_consult_actions.js";
import * as m2 from "./migrations/202611291000_consult_strand.js";
import { seedConsult } from "./seed.js";

export const consultModule: JishiModule = {
  name: "consult",
  routes: consultRoutes,
  migrations: { "202611220500_consult": m0, "202611220510_consult_actions": m1, "202611291000_consult_strand": m2 },
  seed: seedConsult,
  demo: loadConsultDemo,
  cli: consultCli,
};
