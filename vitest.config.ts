import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file gets its own process: the bot tests open sockets and SQLite files.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Logs stay silent unless a developer asks for them with LOG_LEVEL.
    env: { LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' },
  },
});
