import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";
import type { JishiModule } from "../../modules/module.js";
import type { Db } from "./connect.js";

/** Each module owns its migrations; they run in timestamp order across modules. */
class ModuleMigrationProvider implements MigrationProvider {
  constructor(private readonly modules: readonly JishiModule[]) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const all: Record<string, Migration> = {};
    for (const m of this.modules) {
      for (const [key, migration] of Object.entries(m.migrations ?? {})) {
        all[`${key}_${m.name}`] = migration;
      }
    }
    return all;
  }
}

export async function migrateToLatest(db: Db, modules: readonly JishiModule[]): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: new ModuleMigrationProvider(modules),
    migrationTableName: "jishi_migration",
    migrationLockTableName: "jishi_migration_lock",
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const err = result.error as Error;
    throw new Error(`migration ${failed?.migrationName ?? "?"} failed: ${err.message ?? String(err)}`);
  }
  return result;
}
