import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import type { Readable, Writable } from "node:stream";
import type { ConversationCore } from "../core/core";
import type { ChatSender, IncomingFile, OutgoingMessage } from "../core/messages";
import { contentTypeOf, MAX_ATTACHMENT_BYTES } from "../owner/attachments";
import { formatForConsole, welcomeText } from "./format";

export const CONSOLE_CONVERSATION = "console";
/** The console's user is the owner (Owners.console), and may also ask questions like a visitor. */
export const CONSOLE_OWNER = "owner";

export interface ConsoleChatOptions {
  core: Pick<ConversationCore, "handleMessage" | "handleTap">;
  input: Readable;
  output: Writable;
  businessName: string;
  clock?: () => Date;
  /** Reports a failure to handle a line; the chat goes on. */
  onError?: (error: unknown) => void;
}

export interface ConsoleChat extends ChatSender {
  stop(): void;
  /** Resolves when the input has ended (or stop was called) and every line typed has been handled. */
  closed: Promise<void>;
}

const QUIT = /^\s*\/?(avslutt|quit|exit)\s*$/i;
/** A line with only a full stop ends a multi-line text. */
const END_OF_TEXT = /^\s*\.\s*$/;
const CANCEL = /^\s*\/(avbryt|cancel)\s*$/i;
const TAP = /^\s*\/(knapp|button)\s+(\S+)\s*$/i;
/** "/vedlegg 12 PATH": the owner attaches a local file to case 12. */
const ATTACH = /^\s*\/(?:vedlegg|attach)\s+\d+\s+(.+)$/i;

/** A local file as the owner's attachment; too large a file is not read (the core refuses it). */
async function readAttachment(filePath: string): Promise<IncomingFile> {
  const fileName = path.basename(filePath);
  const { size } = await fs.stat(filePath);
  const base = { fileName, contentType: contentTypeOf(fileName), size };
  return size > MAX_ATTACHMENT_BYTES ? base : { ...base, bytes: await fs.readFile(filePath) };
}

/**
 * The console chat for `npm start` in a terminal: every line goes to the conversation core as the console's
 * owner, so it answers questions and takes the owner's commands. Messages from elsewhere (the outbox, the
 * scheduler) come in through `send`, which makes this the console channel's ChatSender.
 */
export function startConsoleChat(options: ConsoleChatOptions): ConsoleChat {
  const clock = options.clock ?? (() => new Date());
  const session = crypto.randomUUID();
  let sequence = 0;
  const write = (text: string) => { if (!options.output.destroyed && options.output.writable) options.output.write(text); };
  const prompt = () => write("> ");

  const lines = readline.createInterface({ input: options.input, terminal: false, crlfDelay: Infinity });
  let queue: Promise<void> = Promise.resolve();
  /** Lines of a draft being typed, after the core asked for one; undefined when not collecting. */
  let collecting: string[] | undefined;

  async function send(text: string, tapData?: string, file?: IncomingFile): Promise<void> {
    const base = { updateKey: `console:${session}:${++sequence}`, channel: "console" as const, conversationId: CONSOLE_CONVERSATION, userId: CONSOLE_OWNER, sentAt: clock() };
    const replies = tapData ? await options.core.handleTap({ ...base, data: tapData }) : await options.core.handleMessage({ ...base, text, ...(file ? { file } : {}) });
    for (const reply of replies) write(formatForConsole(reply));
    if (replies.some((reply) => reply.awaits === "draft_text")) {
      collecting = [];
      write("Skriv teksten over én eller flere linjer. Avslutt med en linje med bare «.» («/avbryt» for å la det være).\n");
    }
  }

  async function handle(line: string): Promise<void> {
    if (collecting) {
      if (CANCEL.test(line)) { collecting = undefined; await send("/avbryt"); return prompt(); }
      if (END_OF_TEXT.test(line)) {
        const text = collecting.join("\n").trim();
        collecting = undefined;
        if (!text) { write("Ingen tekst: utkastet er ikke endret.\n"); await send("/avbryt"); return prompt(); }
        await send(text);
        return prompt();
      }
      collecting.push(line);
      return;
    }
    const text = line.trim();
    if (!text) return prompt();
    if (QUIT.test(text)) { lines.close(); return; }
    const attach = ATTACH.exec(text);
    if (attach) {
      const filePath = attach[1]!.trim().replace(/^(["'])(.*)\1$/, "$2");
      const file = await readAttachment(filePath).catch(() => undefined);
      if (file) await send(text, undefined, file);
      else write(`Fant ikke filen «${filePath}». Skriv hele stien, f.eks. /vedlegg 12 /home/eier/innsyn-kari.csv\n`);
      return prompt();
    }
    const tap = TAP.exec(text);
    await send(text, tap?.[2]);
    prompt();
  }

  write(welcomeText(options.businessName));
  prompt();
  lines.on("line", (line) => {
    queue = queue.then(() => handle(line)).catch((error) => {
      options.onError?.(error);
      write("Noe gikk galt; prøv igjen. / Something went wrong; please try again.\n");
      prompt();
    });
  });
  const closed = new Promise<void>((resolve) => lines.once("close", () => { void queue.then(resolve); }));

  return {
    closed,
    stop() { lines.close(); },
    async send(message: OutgoingMessage) {
      write(`\n${formatForConsole(message)}`);
    },
  };
}
