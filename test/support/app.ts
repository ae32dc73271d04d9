import type { FastifyInstance } from "fastify";
import { createApp } from "../../src/app.js";
import { createTestDb, type BackendName, type TestDatabase } from "./db.js";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app over a fresh test database, spoken to with inject(): no port, no mocks. */
export async function createTestApp(backend: BackendName): Promise<TestApp> {
  const database = await createTestDb(backend);
  const app = await createApp({ config: database.config, db: database.db, backend, serveWeb: false });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
