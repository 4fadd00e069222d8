import type { Config } from "../../config";
import type { Logger } from "../../log";
import { createMailer, type Mailer } from "./mailer";
import { createSentFolderAppender } from "./sent-folder";

/**
 * The mailer the settings ask for: SMTP when SMTP_HOST is set, otherwise .eml files in `data/sent-mail/`;
 * with IMAP_SENT_FOLDER, a copy of each sent mail goes to that folder (a failed copy is logged, not retried).
 */
export function createMailerFromConfig(
  config: Pick<Config, "smtp" | "imap">, logger: Logger, sentMailDir = "data/sent-mail", defaultFrom?: string,
): Mailer {
  const sentFolder = config.imap?.sentFolder;
  const mailer = createMailer(config.smtp, {
    sentMailDir,
    ...(defaultFrom ? { fallbackFrom: defaultFrom } : {}),
    ...(config.imap && sentFolder ? { afterSend: createSentFolderAppender(config.imap, sentFolder) } : {}),
    onAfterSendError: (error) => logger.warn({ err: error, folder: sentFolder }, "could not copy a sent mail to the Sent folder"),
  });
  if (!config.smtp) logger.info({ dir: mailer.destination }, "SMTP is not configured: outgoing mail is written as .eml files");
  return mailer;
}
