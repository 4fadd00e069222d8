import fs from "node:fs";

/** Reads `.env` (if present) into process.env without overriding what is already set. Light: cli.ts runs it for every command. */
export function loadDotEnv(file = ".env"): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}
