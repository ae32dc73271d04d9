import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 180_000, // CLI tests start a process per command (tsx + PGlite), slow on a loaded 2-core machine
    hookTimeout: 120_000,
    // As the app does on start: zod's messages in Chinese and English (services are tested without the app too).
    setupFiles: ["src/platform/validation-messages.ts"],
    pool: "forks",
    maxWorkers: 2,
    reporters: ["default", "./test/support/summary-reporter.ts"],
  },
});
