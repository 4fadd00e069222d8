import pino, { type Logger } from "pino";
import { SECRET_SETTINGS } from "./config";

export type { Logger };

/** Structured logs on standard error, so standard output stays free for answers and JSON. */
export function createLogger(level: string = "info"): Logger {
  return pino(
    {
      name: "personvern-assistent",
      level,
      redact: { paths: [...SECRET_SETTINGS, "password", "token", "*.password", "*.token", "auth.pass"], censor: "[skjult]" },
    },
    pino.destination(2),
  );
}

/** For tests and CLI commands that must print nothing but their output. */
export const silentLogger: Logger = pino({ level: "silent" });
