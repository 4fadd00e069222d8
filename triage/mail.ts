/** One mail as triage sees it, after parsing. */
export interface ParsedMail {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  from: { address: string; name?: string };
  to: string[];
  subject: string;
  /** The Date header, if any. The receipt time that counts is the server's INTERNALDATE. */
  date?: Date;
  /** Header names lower-cased, first value as text. */
  headers: Record<string, string>;
  /** The new text of the mail: no quoted history, no signature. */
  text: string;
  /** Quoted history (replies, forwards). */
  quoted: string;
  signature: string;
  /** True when the body was longer than the size limit and was cut. */
  truncated: boolean;
  /**
   * The forwarded mail's text when this mail is a forward with only a short cover note
   * ("se under", "FYI – kan du ta denne?"): then the forwarded content is what the sender wants handled.
   */
  forwarded?: string;
}
