import type { Transformer } from "grammy";

export interface RetryAfterOptions {
  /** Extra tries after the first 429; then the 429 goes to the caller. */
  maxRetries?: number;
  /** A longer wait than this is not waited for: the 429 goes to the caller at once. */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** A grammy API transformer: on "429 Too Many Requests", waits the `retry_after` Telegram asks for, a bounded number of times. */
export function retryAfter(options: RetryAfterOptions = {}): Transformer {
  const maxRetries = options.maxRetries ?? 3;
  const maxWaitSeconds = options.maxWaitSeconds ?? 60;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  return async (previous, method, payload, signal) => {
    for (let retries = 0; ; retries++) {
      const result = await previous(method, payload, signal);
      if (result.ok || result.error_code !== 429 || retries >= maxRetries) return result;
      const wait = result.parameters?.retry_after ?? 1;
      if (wait > maxWaitSeconds) return result;
      await sleep(wait * 1000);
    }
  };
}
