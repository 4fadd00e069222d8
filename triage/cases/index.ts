// The case log: every matter that needs an answer, its deadlines and its append-only history.
export type { DbOrTx } from "./db";
export { CaseNotFoundError, CaseRuleError } from "./errors";
export { contentHashOf, normaliseMessageId } from "./normalise";
export { openCaseFromMail, type OpenCaseFromMailInput, type OpenCaseFromMailResult } from "./open-from-mail";
export { openCaseFromChat, type OpenCaseFromChatInput } from "./open-from-chat";
export { recordEvent, type CaseEventInput } from "./record-event";
export { setStatus } from "./set-status";
export { extendCase } from "./extend-case";
export { pauseClock, resumeClock, type PauseKind } from "./pause-clock";
export { addThreadId } from "./add-thread-id";
export { lockCase } from "./lock-case";
export { listCases, type CaseSummary } from "./list-cases";
export { getCase, type CaseDetail, type CaseEventView } from "./get-case";
export {
  prepareExtension, assertExtensionNoticeAllowed, queueExtensionNotice, dropPendingExtension, extensionNoticeSent, catchUpSentExtensionNotices, pendingExtension, pendingExtensions, type PendingExtension,
} from "./extension";
export { correctClassification, CORRECTED, type CaseClassification } from "./correct-case";
