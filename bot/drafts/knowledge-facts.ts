// Facts from the knowledge base, shaped for a reply. Everything about the business comes from `kb`.
import { listOf } from "../../knowledge/compose";
import { fold as foldLetters } from "../../triage/understand/normalize";
import type { Activity, KnowledgeBase } from "../../knowledge/schema";
import type { Language } from "../../triage/types";

type LegalBasis = Activity["legal_bases"][number];

/** GDPR Art. 6(1) in words: the law's terms, not the business's. */
const LEGAL_BASIS: Record<LegalBasis, Record<Language, string>> = {
  a: { nb: "samtykke (art. 6 nr. 1 bokstav a)", en: "consent (Art. 6(1)(a))" },
  b: { nb: "avtale (art. 6 nr. 1 bokstav b)", en: "a contract (Art. 6(1)(b))" },
  c: { nb: "rettslig forpliktelse (art. 6 nr. 1 bokstav c)", en: "a legal obligation (Art. 6(1)(c))" },
  d: { nb: "vitale interesser (art. 6 nr. 1 bokstav d)", en: "vital interests (Art. 6(1)(d))" },
  e: { nb: "oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e)", en: "a task in the public interest (Art. 6(1)(e))" },
  f: { nb: "berettiget interesse (art. 6 nr. 1 bokstav f)", en: "legitimate interests (Art. 6(1)(f))" },
};

export function legalBasesText(activity: Activity, lang: Language): string {
  return listOf(activity.legal_bases.map((basis) => LEGAL_BASIS[basis][lang]), lang);
}

function mentions(foldedText: string, keyword: string): boolean {
  const word = foldLetters(keyword).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return word.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${word}`, "u").test(foldedText);
}

export interface RequesterActivities {
  /** What the requester is part of: the activities the mail names plus those of everyone who writes; all when it names none. */
  activities: Activity[];
  /** Only the activities the mail names (by their keywords); empty when it names none. */
  named: Activity[];
  /** Every activity in the knowledge base. */
  all: Activity[];
}

/** The activities a requester is part of, as far as the words of the mail tell (against each activity's keywords). */
export function activitiesOf(kb: KnowledgeBase | undefined, mailText: string | undefined): RequesterActivities {
  const all = kb?.activities ?? [];
  const folded = foldLetters(mailText ?? "");
  const named = all.filter((activity) => [...(activity.keywords?.nb ?? []), ...(activity.keywords?.en ?? [])].some((keyword) => mentions(folded, keyword)));
  const activities = named.length === 0 ? all : all.filter((activity) => named.includes(activity) || activity.everyone_who_writes);
  return { activities, named, all };
}

/** "Example Ltd (USA; EU–US Data Privacy Framework)": a processor with its country and transfer safeguard. */
export function processorText(kb: KnowledgeBase, name: string, lang: Language): string {
  const processor = kb.processors.find((entry) => entry.name === name);
  if (!processor) return name;
  const transfer = kb.transfers.find((entry) => entry.processor === name);
  const country = processor.country ?? transfer?.country;
  const safeguard = processor.transfer_safeguard?.[lang] ?? transfer?.safeguard?.[lang];
  const where = [country, safeguard].filter(Boolean).join("; ");
  return `${name} – ${processor.purpose[lang]}${where ? ` (${where})` : ""}`;
}

/** "Datatilsynet (datatilsynet.no)", from the knowledge base; undefined when it names none. */
export function supervisoryAuthority(kb: KnowledgeBase | undefined, lang: Language): string | undefined {
  const authority = kb?.business.supervisory_authority;
  if (!authority) return undefined;
  const name = lang === "en" && authority.name_en ? authority.name_en : authority.name;
  if (!authority.website) return name;
  return name.includes("(") ? `${name}, ${authority.website}` : `${name} (${authority.website})`;
}

/** Each system of the given activities once, with the activities it holds, in order of first mention. */
export function systemsOf(activities: readonly Activity[], lang: Language): { system: string; activities: string[] }[] {
  const bySystem = new Map<string, string[]>();
  for (const activity of activities) {
    for (const system of activity.systems ?? []) bySystem.set(system, [...(bySystem.get(system) ?? []), activity.name[lang]]);
  }
  return [...bySystem].map(([system, names]) => ({ system, activities: names }));
}

/** The activities an objection stops: those the mail names that rest on legitimate interests or are direct marketing. */
export function objectableActivities(facts: RequesterActivities): Activity[] {
  return facts.named.filter((activity) => activity.direct_marketing || activity.legal_bases.includes("f"));
}

/** The activities a withdrawn consent ends: those the mail names that rest on consent, else every one that does. */
export function consentActivities(facts: RequesterActivities): Activity[] {
  const onConsent = (activity: Activity) => activity.legal_bases.includes("a");
  const named = facts.named.filter(onConsent);
  return named.length > 0 ? named : facts.all.filter(onConsent);
}
