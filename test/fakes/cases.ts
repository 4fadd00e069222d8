import type { Db } from "../../prisma/database";
import { openCaseFromMail } from "../../triage/cases";
import type { Right } from "../../triage/types";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens a real case from a realistic erasure request mail, as the mail watcher would. It arrived six days
 * before `now` (the clock of the code under test), so its deadlines are always ahead, whatever today is.
 */
export async function openErasureMailCase(
  db: Db, overrides: { messageId?: string; subject?: string; from?: string; now?: Date; text?: string; rights?: Right[] } = {},
) {
  const { caseId } = await openCaseFromMail(db, {
    mail: {
      messageId: overrides.messageId ?? "<sletting-1@kunde.example>",
      references: ["<tidligere-1@kunde.example>"],
      from: { address: overrides.from ?? "kari.nordmann@kunde.example", name: "Kari Nordmann" },
      to: ["personvern@bedrebedrift.example"],
      subject: overrides.subject ?? "Sletting av mine opplysninger",
      headers: {},
      text: overrides.text ?? "Hei, jeg vil at dere sletter alle opplysninger dere har om meg. Mvh Kari",
      quoted: "",
      signature: "",
      truncated: false,
    },
    classification: { category: "rights_request", rights: overrides.rights ?? ["erasure"], language: "nb", confidence: 0.95, reasons: ["ber om sletting"] },
    receivedAt: new Date((overrides.now ?? new Date()).getTime() - 6 * DAY_MS),
    promisedDays: 30,
  });
  return caseId;
}

/** The same, as a request for access to one's data. */
export function openAccessMailCase(db: Db, overrides: { messageId?: string; from?: string; now?: Date } = {}) {
  return openErasureMailCase(db, {
    subject: "Innsyn", text: "Hei, jeg ber om innsyn i alle opplysninger dere har om meg, og en kopi av dem. Mvh Kari", rights: ["access"],
    messageId: "<innsyn-1@kunde.example>", ...overrides,
  });
}
