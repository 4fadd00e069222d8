// Whether a failed delivery is worth trying again. Pure: looks only at the error's fields.
import { cutAtCharacter } from "../../triage/text-cut";

/** unknown: the message may have arrived (it went out, the answer did not come back); only the owner can tell. */
export type DeliveryFailure = "transient" | "permanent" | "unknown";

const TRANSIENT_CODES = new Set([
  "ETIMEDOUT", "ECONNECTION", "ESOCKET", "ECONNREFUSED", "ECONNRESET", "EDNS", "EAI_AGAIN", "EPIPE", "EHOSTUNREACH", "ENETUNREACH",
  "slack_webapi_request_error", "slack_webapi_rate_limited_error",
]);

function field(error: unknown, name: string): unknown {
  return typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined;
}

/** SMTP: 4xx and connection trouble are transient, 5xx permanent; trouble after the message went out, unknown. */
export function classifyMailError(error: unknown): DeliveryFailure {
  if (field(error, "deliveryUnknown") === true) return "unknown";
  const responseCode = field(error, "responseCode");
  if (typeof responseCode === "number") return responseCode >= 500 ? "permanent" : "transient";
  const code = field(error, "code");
  if (typeof code === "string" && TRANSIENT_CODES.has(code)) return "transient";
  // No server answer and no known network code: a mail we cannot even build, or a refused envelope.
  if (code === "EENVELOPE" || code === "EMESSAGE" || code === "EAUTH") return "permanent";
  return "transient";
}

/** Chat APIs: 429 and 5xx are transient; other 4xx (blocked bot, unknown chat) permanent. */
export function classifyChatError(error: unknown): DeliveryFailure {
  const status = field(error, "error_code") ?? field(error, "statusCode");
  if (typeof status === "number") return status === 429 || status >= 500 ? "transient" : "permanent";
  if (field(error, "code") === "slack_webapi_platform_error") return "permanent";
  return "transient";
}

/** A short description for logs and the owner, never a stack. */
export function describeError(error: unknown): string {
  const response = field(error, "response");
  if (typeof response === "string" && response) return cutAtCharacter(response, 300);
  const description = field(error, "description");
  if (typeof description === "string") return cutAtCharacter(description, 300);
  return cutAtCharacter(error instanceof Error ? error.message : String(error), 300);
}
