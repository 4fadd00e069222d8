/**
 * A mistake the user can fix: printed as one clear message, never as a stack trace (cli-errors.ts).
 * A module of its own so a command that may throw one need not load the configuration schema and the logger.
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = "UserError";
  }
}
