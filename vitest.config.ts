import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests spawn the built CLI; two cores, so keep the pool small and timeouts generous.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
