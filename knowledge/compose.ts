import type { Language, Right } from "../triage/types";
import type { Answer } from "./types";
import type { KnowledgeBase, Topic } from "./schema";
import type { Handover } from "./intent";

// Names of the GDPR rights (legal vocabulary, the same for every business).
const RIGHT_NAMES: Record<Right, Record<Language, string>> = {
  access: { nb: "innsyn", en: "access" },
  erasure: { nb: "sletting", en: "erasure" },
  rectification: { nb: "retting", en: "rectification" },
  restriction: { nb: "begrensning av behandlingen", en: "restriction of processing" },
  portability: { nb: "dataportabilitet", en: "data portability" },
  objection: { nb: "å protestere mot behandlingen", en: "object to the processing" },
  withdraw_consent: { nb: "å trekke tilbake samtykke", en: "withdraw consent" },
};

/** "a, b og c" / "a, b and c". */
export function listOf(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${language === "nb" ? "og" : "and"} ${items.at(-1)}`;
}

/** The topic's answer with the section it comes from, named in the text as well as in `sources`. */
export function answeredFromTopic(kb: KnowledgeBase, topic: Topic, language: Language): Answer {
  const section = topic.section[language];
  const citation = topic.source === "law"
    ? `(${(kb.messages.law_source_label ?? kb.messages.source_label)[language]}: ${section})`
    : language === "nb" ? `(${kb.messages.source_label.nb}, «${section}»)` : `(${kb.messages.source_label.en}, "${section}")`;
  return { action: "answered", answer: `${topic.answer[language]} ${citation}`, sources: [section], language, topic: topic.id };
}

export function handoverAnswer(kb: KnowledgeBase, handover: Handover, language: Language): Answer {
  const template = handover.kind === "complaint" || handover.rights.length === 0 ? kb.messages.handover_complaint : kb.messages.handover_rights;
  const rights = listOf(handover.rights.map((right) => RIGHT_NAMES[right][language]), language);
  return {
    action: "handover",
    answer: template[language].replace(/\{requested_rights\}/g, rights),
    sources: [],
    language,
    handover: { kind: handover.kind, rights: handover.rights },
  };
}

export function fallbackAnswer(kb: KnowledgeBase, language: Language): Answer {
  return { action: "fallback", answer: kb.messages.fallback[language], sources: [], language };
}
