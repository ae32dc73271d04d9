import type { JishiModule } from "../module.js";
import { directoryCli } from "./directory.cli.js";
import { directoryRoutes } from "./directory.routes.js";
import { seedDirectoryDemo } from "./demo/demo.js";
import * as m0 from "./migrations/202611220100_directory.js";
import * as m1 from "./migrations/202611300500_region_names_en.js";
import * as m2 from "./migrations/202611300700_alliance_names_en.js";
import * as m3 from "./migrations/202611301000_organization_names_en.js";
import { seedDirectory } from "./seed.js";

export const directoryModule: JishiModule = {
  name: "directory",
  migrations: { "202611220100_directory": m0, "202611300500_region_names_en": m1, "202611300700_alliance_names_en": m2, "202611301000_organization_names_en": m3 },
  routes: directoryRoutes,
  seed: seedDirectory,
  demo: seedDirectoryDemo,
  cli: directoryCli,
};
