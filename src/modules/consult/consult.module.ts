import type { JishiModule } from "../module.js";
import { consultRoutes } from "./consult.routes.js";
import * as m0 from "./migrations/202611220500_consult.js";
import * as m1 from "./migrations/202611220510_consult_actions.js";

export const consultModule: JishiModule = {
  name: "consult",
  routes: consultRoutes,
  migrations: { "202611220500_consult": m0, "202611220510_consult_actions": m1 },
};
