import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";

// Starts the real servers the tests talk to, once per run. .ci/run installs them first.
export default function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_POSTGRES_URL ?? execFileSync("test/services/postgres.sh", ["start"], { encoding: "utf8" }).trim();
  project.provide("postgresUrl", postgresUrl);
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}
