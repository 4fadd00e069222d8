import { z } from "zod";
import { RIGHTS } from "../triage/types";

/** The shape of a knowledge-base YAML file. Everything business-specific lives in the file, never in code. */
const text = z.string().trim().min(1, "must not be empty");
const missingOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? "mangler / is required" : message);
const localized = z.object({ nb: text, en: text }, { error: missingOr("must have nb and en texts") });
const localizedList = z.object({ nb: z.array(text), en: z.array(text) }, { error: missingOr("must have nb and en lists") });
const topicId = z.string().regex(/^[a-z][a-z0-9_]*$/, "must be lower-case letters, digits and _ (e.g. activity_contact)");

export const LEGAL_BASES = ["a", "b", "c", "d", "e", "f"] as const;
const legalBasis = z.enum(LEGAL_BASES, { error: "must be a letter from GDPR Art. 6(1): a, b, c, d, e or f" });
const right = z.enum(RIGHTS, { error: `must be one of ${RIGHTS.join(", ")}` });

const activity = z.object({
  id: topicId,
  name: localized,
  when: localized,
  data: localizedList,
  purposes: localizedList,
  legal_bases: z.array(legalBasis).min(1, "must name at least one legal basis"),
  legitimate_interest: localized.optional(),
  notes: localizedList.optional(),
  retention: localized.optional(),
  /** Words in a requester's mail that tell they are part of this activity ("kurs", "nyhetsbrev", "customer"). */
  keywords: localizedList.optional(),
  /** True where everyone who writes to the business is part of it (their mail is kept), whatever they write. */
  everyone_who_writes: z.boolean().optional(),
  /** Systems and processors where the activity's data is kept (names as under `processors` where they are one). */
  systems: z.array(text).optional(),
  /** What the law makes the business keep after an erasure request, by which law and for how long. */
  kept_by_law: localized.optional(),
  /** What an objection to this activity leads to, where it is not simply stopped (e.g. it cannot be switched off). */
  on_objection: localized.optional(),
  /** Direct marketing (GDPR Art. 21(2)–(3)): an objection always stops it. */
  direct_marketing: z.boolean().optional(),
});

const days = z.number().int().positive("must be a whole number of days, at least 1");

/** How long the assistant itself keeps what it handles, in days; each business states its own periods. */
const assistantRetention = z.object({
  /** Chat lines of a conversation that opened no case. */
  chat_without_case_days: days,
  /** A hand-over the visitor never finished (name, e-mail, consent half given). */
  abandoned_intake_days: days,
  /** Content of an answered or closed case, counted from the day it was answered or closed. */
  case_content_days: days,
  /** Mail files: the inbox folder's processed copies and the replies written to data/sent-mail. */
  mail_files_days: days,
});

const topic = z.object({
  id: topicId,
  /** Where the answer comes from: the privacy notice itself, or the law (when the notice is silent). */
  source: z.enum(["notice", "law"]).default("notice"),
  section: localized,
  right: right.optional(),
  /**
   * A "general" topic (legal bases, retention in general …) gives way to a "specific" one (one processing
   * activity) that the question also names: "hvilket grunnlag har dere for kursportalen?" is about the portal.
   */
  scope: z.enum(["general", "specific"]).optional(),
  answer: localized,
  keywords: localizedList,
  examples: localizedList.refine((list) => list.nb.length + list.en.length > 0, "needs at least one example question"),
});

export const knowledgeBaseSchema = z
  .object({
    business: z.object({
      name: text,
      representative: z.object({ name: text, role: localized }).optional(),
      org_number: text.optional(),
      register: text.optional(),
      contact_email: z.string().trim().regex(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, "must be an email address"),
      contact_email_note: localized.optional(),
      website: text.optional(),
      website_description: localized.optional(),
      updated: z.union([text, z.number()]).optional(),
      updated_text: localized.optional(),
      dpo: z.object({ name: text, contact: text }).nullable().optional(),
      supervisory_authority: z.object({ name: text, name_en: text.optional(), website: text.optional() }).optional(),
    }),
    rights: z.object({
      how_to_use: localized,
      response_time_days: z.number().int().positive().optional(),
      response_time: localized.optional(),
      more_info_at_authority: z.boolean().default(false),
      mentioned_in_notice: z.array(right).default([]),
      implied_in_notice: z.array(right).default([]),
      complaint_in_notice: z.boolean().default(false),
      erasure_limits: localized.optional(),
      /** The format a copy of the data is given in for data portability (Art. 20), e.g. "CSV". */
      portability_format: localized.optional(),
    }),
    data_subjects: localizedList.optional(),
    general: z.object({
      voluntary: localized.optional(),
      no_selling: localized.optional(),
      automated_decisions: z.object({ used: z.boolean(), text: localized }).optional(),
      special_categories: z.object({ used: z.boolean(), text: localized }).optional(),
      systems: localized.optional(),
      legal_bases: z.array(legalBasis).default([]),
    }).default({ legal_bases: [] }),
    activities: z.array(activity).default([]),
    deletion: z.record(z.string(), localized).default({}),
    assistant_retention: assistantRetention.optional(),
    sharing: z.object({
      statement: localized.optional(),
      agreements: localized.optional(),
      recipients_published: z.boolean().default(false),
      recipients: z.array(z.object({ name: text, purpose: localized.optional() })).default([]),
      on_request: localized.optional(),
    }).optional(),
    processors: z.array(z.object({
      name: text,
      purpose: localized,
      country: text.optional(),
      transfer_safeguard: localized.optional(),
    })).default([]),
    processor_checks: z.object({ vetting: localizedList.optional(), risk_assessment: localized.optional(), conclusion: localized.optional() }).optional(),
    transfers: z.array(z.object({ processor: text, country: text, safeguard: localized.optional() })).default([]),
    security: z.object({ principles: localizedList.optional(), measures: localizedList, access: localized.optional(), risk_assessments: localized.optional() }).optional(),
    breaches: z.object({
      routine: localized,
      authority_deadline_hours: z.number().int().positive().optional(),
      notify_affected: localized.optional(),
    }).optional(),
    known_gaps: z.array(localized).default([]),
    messages: z.object({
      source_label: localized,
      law_source_label: localized.optional(),
      fallback: localized,
      handover_rights: localized,
      handover_complaint: localized,
    }),
    synonyms: z.array(z.array(text).min(2, "a synonym group needs at least two words")).default([]),
    out_of_scope: localizedList.default({ nb: [], en: [] }),
    /**
     * Words that by themselves put a question outside the notice (prices, opening hours, jobs …), in any
     * language; a question using one is answered with the fallback unless it is a hand-over.
     */
    out_of_scope_words: z.array(text).default([]),
    /** Names of other companies and authorities; questions about them are usually not about this business. */
    third_parties: z.array(text).default([]),
    topics: z.array(topic).min(1, "needs at least one topic"),
  })
  .superRefine((kb, context) => {
    kb.activities.forEach((entry, index) => {
      if (entry.legitimate_interest && !entry.legal_bases.includes("f"))
        context.addIssue({ code: "custom", path: ["activities", index, "legitimate_interest"], message: "a legitimate interest is given, but legal_bases does not include f" });
    });
    const processorNames = new Set(kb.processors.map((processor) => processor.name));
    kb.transfers.forEach((transfer, index) => {
      if (!processorNames.has(transfer.processor))
        context.addIssue({ code: "custom", path: ["transfers", index, "processor"], message: `"${transfer.processor}" is not a name under processors` });
    });
    const promised = kb.rights.response_time_days;
    if (promised !== undefined && kb.rights.response_time) {
      for (const language of ["nb", "en"] as const) {
        const named = daysNamedIn(kb.rights.response_time[language]);
        if (named !== undefined && named !== promised)
          context.addIssue({ code: "custom", path: ["rights", "response_time", language], message: `says ${named} days, but response_time_days is ${promised}` });
      }
    }
    const seen = new Map<string, number>();
    kb.topics.forEach((entry, index) => {
      if (seen.has(entry.id))
        context.addIssue({ code: "custom", path: ["topics", index, "id"], message: `duplicate topic id "${entry.id}" (also topics.${seen.get(entry.id)})` });
      else seen.set(entry.id, index);
    });
  });

/** The number of days a response-time text names ("innen 30 dager", "within 30 days"), if it names one. */
function daysNamedIn(text: string): number | undefined {
  const match = /(\d+)\s*(?:dager|døgn|days)\b/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

export type KnowledgeBase = z.output<typeof knowledgeBaseSchema>;
export type Topic = KnowledgeBase["topics"][number];
export type Activity = KnowledgeBase["activities"][number];
export type AssistantRetention = z.output<typeof assistantRetention>;
