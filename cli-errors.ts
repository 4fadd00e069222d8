import { ConfigError, secretValuesInEnvironment } from "./config";
import { secretScrubber } from "./log";
import { UserError } from "./user-error";

/** Prints an error for a person and returns the exit code. Unexpected errors keep their stack. */
export function reportFatal(error: unknown): number {
  const scrub = secretScrubber(secretValuesInEnvironment());
  if (error instanceof ConfigError || error instanceof UserError) {
    process.stderr.write(`${scrub(error.message)}\n`);
    return error instanceof UserError ? error.exitCode : 78;
  }
  process.stderr.write(`${scrub(`Uventet feil / unexpected error: ${error instanceof Error ? error.stack : String(error)}`)}\n`);
  return 1;
}
