import { ImapFlow } from "imapflow";
import type { Config } from "../../config";

type ImapAccount = Pick<NonNullable<Config["imap"]>, "host" | "port" | "user" | "password" | "tls">;

/**
 * Keeps a copy of each sent mail in the mailbox's Sent folder (IMAP_SENT_FOLDER), so the owner sees
 * the assistant's answers next to their own. One short connection per mail: answers are few.
 */
export function createSentFolderAppender(account: ImapAccount, folder: string) {
  return async function appendToSentFolder(raw: Buffer): Promise<void> {
    const client = new ImapFlow({
      host: account.host, port: account.port, secure: account.tls, auth: { user: account.user, pass: account.password }, logger: false,
    });
    await client.connect();
    try {
      await client.append(folder, raw, ["\\Seen"], new Date());
    } finally {
      await client.logout().catch(() => client.close());
    }
  };
}
