import { defineConfig } from "vitest/config";

/**
 * `npm run test:unit`: the tests that need no PostgreSQL, Dovecot or network, so they run on any machine with
 * Node alone — the understanding (chat and mail), the knowledge base and Q&A, deadlines and drafts.
 * `npm test` (vitest.config.ts) still runs these and every integration test.
 */
export const UNIT_TESTS = [
  // Understanding: one reading for chat and mail, mail parsing and triage, the business's names.
  "test/understand-parity.test.ts",
  "test/business-names.test.ts",
  "test/settle-resolvers.test.ts",
  "test/triage-rules.test.ts",
  "test/triage-classify.test.ts",
  "test/triage-eval.test.ts",
  "test/triage-parse.test.ts",
  "test/quoted-date.test.ts",
  "test/triage-cli.test.ts",
  "test/watch-units.test.ts",
  // Knowledge base and Q&A.
  "test/knowledge-engine.test.ts",
  "test/knowledge-load.test.ts",
  "test/knowledge-eval.test.ts",
  "test/knowledge-cli.test.ts",
  "test/knowledge-index-cache.test.ts",
  // Deadlines and drafts.
  "test/deadlines.test.ts",
  "test/drafts.test.ts",
];

export default defineConfig({
  test: {
    include: UNIT_TESTS,
    testTimeout: 30_000,
    maxWorkers: 2,
  },
});
