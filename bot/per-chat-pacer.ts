// Chat platforms throttle bots that post faster than about one message a second into one chat.
// The pacer runs each chat's sends one after another, spaced by `minIntervalMs`; different chats do not wait for each other.

export interface PacerOptions {
  minIntervalMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createPerChatPacer(options: PacerOptions) {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const chats = new Map<string, { tail: Promise<unknown>; lastStart: number; pending: number }>();

  // Quiet chats are dropped so the map does not grow with every visitor ever seen.
  function forgetQuietChats(): void {
    const quietSince = now() - options.minIntervalMs;
    for (const [key, chat] of chats) if (chat.pending === 0 && chat.lastStart <= quietSince) chats.delete(key);
  }

  return {
    /** Runs `task` when it is this chat's turn; resolves or rejects with the task's own result. */
    schedule<T>(chatKey: string, task: () => Promise<T>): Promise<T> {
      forgetQuietChats();
      const chat = chats.get(chatKey) ?? { tail: Promise.resolve(), lastStart: -Infinity, pending: 0 };
      chats.set(chatKey, chat);
      chat.pending++;
      const run = chat.tail.then(async () => {
        const wait = chat.lastStart + options.minIntervalMs - now();
        if (wait > 0) await sleep(wait);
        chat.lastStart = now();
        try { return await task(); } finally { chat.pending--; }
      });
      chat.tail = run.catch(() => undefined);
      return run;
    },
    /** Chats with sends waiting or recently sent (for tests and metrics). */
    get activeChats(): number {
      return chats.size;
    },
  };
}

export type PerChatPacer = ReturnType<typeof createPerChatPacer>;
