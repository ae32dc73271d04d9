import type { JishiModule } from "../module.js";
import { directoryCli } from "./directory.cli.js";
import { directoryRoutes } from "./directory.routes.js";
import { seedDirectoryDemo } from "./demo/demo.js";
import * as m0 from "./migrations/202611220100_directory.js";
import { seedDirectory } from "./seed.js";

export const directoryModule: JishiModule = {
  name: "directory",
  migrations: { "202611220100_directory": m0 },
  routes: directoryRoutes,
  seed: seedDirectory,
  demo: seedDirectoryDemo,
  cli: directoryCli,
};
