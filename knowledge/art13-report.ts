import type { Right } from "../triage/types";
import type { KnowledgeBase } from "./schema";

export type RequirementStatus = "present" | "partial" | "missing";

export interface RequirementCheck {
  id: string;
  article: string;
  requirement: string;
  status: RequirementStatus;
  why: string;
}

export interface Art13Report { items: RequirementCheck[]; knownGaps: string[] }

const LISTED_RIGHTS: [Right, string][] = [
  ["access", "innsyn"], ["rectification", "retting"], ["erasure", "sletting"],
  ["restriction", "begrensning"], ["objection", "protest"], ["portability", "dataportabilitet"],
];

const check = (id: string, article: string, requirement: string, status: RequirementStatus, why: string): RequirementCheck =>
  ({ id, article, requirement, status, why });

/**
 * What GDPR Art. 13 requires a privacy notice to tell people, checked item by item against the
 * fields the knowledge base has or lacks. Nothing here knows which business the file describes.
 */
export function art13Report(kb: KnowledgeBase): Art13Report {
  const { business, rights, general, activities } = kb;
  const items: RequirementCheck[] = [];

  const identityParts = [business.org_number && "org.nr.", business.representative && "representant", business.website && "nettside"].filter(Boolean);
  items.push(check("controller", "13(1)(a)", "Behandlingsansvarlig: identitet og kontakt / controller identity and contact",
    identityParts.length > 0 ? "present" : "partial",
    `${business.name}, kontakt ${business.contact_email}${identityParts.length ? ` (${identityParts.join(", ")})` : "; verken org.nr., representant eller nettside oppgitt"}.`));

  items.push(business.dpo
    ? check("dpo", "13(1)(b)", "Personvernombud: kontakt / DPO contact", "present", `${business.dpo.name}, ${business.dpo.contact}.`)
    : check("dpo", "13(1)(b)", "Personvernombud: kontakt / DPO contact", "missing",
      "Ingen personvernombud er navngitt. Er bedriften ikke pliktig til å ha et, bør erklæringen si det."));

  const withoutPurpose = activities.filter((activity) => activity.purposes.nb.length === 0 || activity.legal_bases.length === 0);
  items.push(activities.length === 0
    ? check("purposes", "13(1)(c)", "Formål og rettslig grunnlag / purposes and legal bases", general.legal_bases.length ? "partial" : "missing",
      general.legal_bases.length ? `Grunnlag oppgitt generelt (${general.legal_bases.join(", ")}), men ingen behandlinger med formål er beskrevet.` : "Verken behandlinger, formål eller grunnlag er beskrevet.")
    : check("purposes", "13(1)(c)", "Formål og rettslig grunnlag / purposes and legal bases", withoutPurpose.length ? "partial" : "present",
      withoutPurpose.length ? `Mangler formål eller grunnlag for: ${withoutPurpose.map((activity) => activity.id).join(", ")}.`
        : `${activities.length} behandlinger, hver med formål og grunnlag.`));

  const onInterests = activities.filter((activity) => activity.legal_bases.includes("f"));
  const interestsUnstated = onInterests.filter((activity) => !activity.legitimate_interest);
  items.push(check("legitimate_interests", "13(1)(d)", "Berettigede interesser forklart / legitimate interests stated",
    interestsUnstated.length === 0 ? "present" : interestsUnstated.length < onInterests.length ? "partial" : "missing",
    onInterests.length === 0 ? "Ingen behandling bygger på berettiget interesse (f)."
      : interestsUnstated.length === 0 ? `Interessen er forklart for alle ${onInterests.length} behandlinger som bygger på f.`
        : `Interessen er ikke forklart for: ${interestsUnstated.map((activity) => activity.id).join(", ")}.`));

  const sharing = kb.sharing;
  const recipientCount = sharing?.recipients.length ?? 0;
  const recipientsStatus: RequirementStatus = sharing?.recipients_published && recipientCount > 0 ? "present"
    : recipientCount > 0 || kb.processors.length > 0 || sharing?.on_request ? "partial" : "missing";
  items.push(check("recipients", "13(1)(e)", "Mottakere eller kategorier av mottakere / recipients", recipientsStatus,
    recipientsStatus === "present" ? `${recipientCount} mottakere er oppgitt.`
      : [
        recipientCount === 0 ? "Listen over mottakere er tom" : `${recipientCount} mottakere oppgitt`,
        sharing?.recipients_published ? undefined : "hele listen publiseres ikke",
        kb.processors.length ? `${kb.processors.length} databehandlere er navngitt` : undefined,
        sharing?.on_request ? "listen fås på forespørsel" : undefined,
      ].filter(Boolean).join("; ") + "."));

  const outsideWithoutTransfer = kb.processors.filter((processor) => processor.country && !kb.transfers.some((transfer) => transfer.processor === processor.name));
  const unsafeguarded = kb.transfers.filter((transfer) => !transfer.safeguard);
  items.push(check("transfers", "13(1)(f)", "Overføring til tredjeland og garantier / third-country transfers and safeguards",
    unsafeguarded.length || outsideWithoutTransfer.length ? "partial" : "present",
    kb.transfers.length === 0 && outsideWithoutTransfer.length === 0 ? "Ingen overføringer ut av EU/EØS er oppgitt."
      : [
        ...kb.transfers.map((transfer) => `${transfer.processor} (${transfer.country}): ${transfer.safeguard?.nb ?? "garanti ikke oppgitt"}`),
        ...outsideWithoutTransfer.map((processor) => `${processor.name} (${processor.country}): overføring ikke beskrevet`),
      ].join("; ") + "."));

  const withoutRetention = activities.filter((activity) => !activity.retention);
  const hasDeletionRules = Object.keys(kb.deletion).length > 0;
  items.push(check("retention", "13(2)(a)", "Lagringstid / retention periods",
    activities.length > 0 && withoutRetention.length === 0 ? "present" : activities.length > withoutRetention.length || hasDeletionRules ? "partial" : "missing",
    withoutRetention.length === 0 && activities.length > 0 ? `Lagringstid oppgitt for alle ${activities.length} behandlinger${hasDeletionRules ? ", pluss generelle sletterutiner" : ""}.`
      : `Lagringstid mangler for: ${withoutRetention.map((activity) => activity.id).join(", ") || "(ingen behandlinger beskrevet)"}.`));

  const named = LISTED_RIGHTS.filter(([right]) => rights.mentioned_in_notice.includes(right));
  const unnamed = LISTED_RIGHTS.filter(([right]) => !rights.mentioned_in_notice.includes(right));
  const authority = business.supervisory_authority?.name ?? "tilsynsmyndigheten";
  items.push(check("rights", "13(2)(b)", "Rettighetene: innsyn, retting, sletting, begrensning, protest, dataportabilitet / the rights",
    unnamed.length === 0 ? "present" : named.length > 0 || rights.more_info_at_authority ? "partial" : "missing",
    unnamed.length === 0 ? "Alle seks rettighetene er nevnt."
      : `${named.length ? `Nevnt: ${named.map(([, name]) => name).join(", ")}. ` : ""}Ikke nevnt i erklæringen: ${unnamed.map(([, name]) => name).join(", ")}.` +
        (rights.more_info_at_authority ? ` Erklæringen viser til ${authority} for mer om rettighetene.` : "")));

  const onConsent = activities.filter((activity) => activity.legal_bases.includes("a"));
  const withdrawStatus: RequirementStatus = onConsent.length === 0 || rights.mentioned_in_notice.includes("withdraw_consent") ? "present"
    : rights.implied_in_notice.includes("withdraw_consent") ? "partial" : "missing";
  items.push(check("withdraw_consent", "13(2)(c)", "Retten til å trekke tilbake samtykke / right to withdraw consent", withdrawStatus,
    onConsent.length === 0 ? "Ingen behandling bygger på samtykke."
      : withdrawStatus === "present" ? "Erklæringen sier at samtykke kan trekkes tilbake."
        : withdrawStatus === "partial" ? `${onConsent.length} behandlinger bygger på samtykke; erklæringen omtaler tilbaketrukket samtykke, men sier ikke uttrykkelig at det kan trekkes når som helst.`
          : `${onConsent.length} behandlinger bygger på samtykke, men retten til å trekke det tilbake er ikke nevnt.`));

  items.push(check("complaint", "13(2)(d)", "Retten til å klage til tilsynsmyndigheten / right to complain to the supervisory authority",
    rights.complaint_in_notice ? "present" : "missing",
    rights.complaint_in_notice ? `Erklæringen sier at man kan klage til ${authority}.` : `Erklæringen sier ikke at man kan klage til ${authority} (art. 77).`));

  items.push(check("requirement", "13(2)(e)", "Om opplysningene er påkrevd, og følgene av å la være / statutory or contractual requirement",
    general.voluntary ? "present" : "missing",
    general.voluntary ? `Oppgitt: ${general.voluntary.nb}` : "Erklæringen sier ikke om det er frivillig å gi opplysninger, eller hva som skjer om man lar være."));

  items.push(check("automated", "13(2)(f)", "Automatiserte avgjørelser og profilering / automated decision-making",
    general.automated_decisions ? "present" : "missing",
    general.automated_decisions ? `Oppgitt: ${general.automated_decisions.text.nb}` : "Erklæringen sier ikke om det brukes automatiserte avgjørelser eller profilering."));

  return { items, knownGaps: kb.known_gaps.map((gap) => gap.nb) };
}
