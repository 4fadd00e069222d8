import type { Prisma } from "../../prisma/generated/sqlite/client";
import type { Db } from "../../prisma/database";
import type { Answer } from "../../knowledge/types";
import type { KnowledgeBase } from "../../knowledge/schema";
import type { Logger } from "../../log";
import type { ChatChannel } from "./messages";
import type { NewOutboxMessage } from "../outbox/types";
import type { MailFolders } from "../../triage/retention/files";

/** An open Prisma transaction. */
export type Tx = Prisma.TransactionClient;

export type { NewOutboxMessage };

export interface OutboxPort {
  enqueue(tx: Tx, message: NewOutboxMessage): Promise<{ id: number; created: boolean }>;
}

/** The owner's user id on each chat channel; the console's owner is "owner". */
export type Owners = Partial<Record<ChatChannel, string>>;

export interface QaPort {
  ask(question: string): Answer;
}

/** Who the assistant speaks for: drafts are signed with this name. */
export interface Business {
  name: string;
  /** The published contact address: offered to visitors who decline, and allowed in any draft. */
  contactEmail?: string;
  /** The whole knowledge base: final replies and the owner's to-do lists are written from it. */
  knowledge?: KnowledgeBase;
}

export interface CoreDeps {
  db: Db;
  qa: QaPort;
  owners: Owners;
  business: Business;
  clock: () => Date;
  logger: Logger;
  outbox: OutboxPort;
  /** Called after a transaction that put something in the outbox has committed (wake the worker). */
  onOutboxEnqueued?: () => void;
  /** Called after a visitor's hand-over became a case (e.g. announce it to the owner at once). */
  onCaseOpened?: (caseId: number) => void;
  /** Where mail files are kept, so erasing a person from chat removes theirs too. */
  mailFolders?: MailFolders;
}
