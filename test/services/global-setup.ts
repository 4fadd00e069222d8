import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";

// Starts the real servers the tests talk to, once per run. .ci/run installs them first.
export default function setup(project: TestProject) {
  const postgresUrl = process.env.TEST_POSTGRES_URL ?? execFileSync("test/services/postgres.sh", ["start"], { encoding: "utf8" }).trim();
  project.provide("postgresUrl", postgresUrl);
  const imap = JSON.parse(execFileSync("test/services/dovecot.sh", ["start"], { encoding: "utf8" })) as ImapTestServer;
  project.provide("imap", imap);
}

/** The throw-away Dovecot from test/services/dovecot.sh; any user name logs in with `password`,
 * so test/support/imap.ts gives each test a user (and so a mailbox) of its own. */
export interface ImapTestServer {
  host: string;
  port: number;
  /** The server's config file, for `doveadm -c`. */
  config: string;
  password: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    imap: ImapTestServer;
  }
}
