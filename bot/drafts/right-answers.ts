// The answer to each GDPR right, written from the knowledge base; what only the owner can supply is a marked gap.
import { listOf } from "../../knowledge/compose";
import type { Activity, KnowledgeBase } from "../../knowledge/schema";
import type { Language, Right } from "../../triage/types";
import { consentActivities, legalBasesText, objectableActivities, processorText, type RequesterActivities } from "./knowledge-facts";
import { compose, COPY_GAP, COPY_HEADING, placeholder, quoted } from "./wording";

/** A piece of a reply and the names of the places in it the owner must fill. */
export interface ReplyPart {
  text: string;
  gaps: string[];
}

export interface RightFacts extends RequesterActivities {
  kb?: KnowledgeBase;
  lang: Language;
}

/** Text with gaps: `gap("what")` writes the placeholder and remembers its name. */
function withGaps(lang: Language, write: (gap: (what: string) => string) => string | undefined): ReplyPart {
  const gaps: string[] = [];
  const text = write((what) => {
    gaps.push(what);
    return placeholder(what, lang);
  }) ?? "";
  return { text, gaps };
}

const bullet = (items: (string | undefined | false)[]) => items.filter(Boolean).map((item) => `- ${item}`).join("\n");
const names = (activities: readonly Activity[], lang: Language) => listOf(activities.map((activity) => quoted(activity.name[lang], lang)), lang);
const labelled = (label: Record<Language, string>, value: string | undefined, lang: Language) => value && `${label[lang]}: ${value}`;

const LABEL = {
  data: { nb: "Opplysninger", en: "Data" },
  purposes: { nb: "Formål", en: "Purposes" },
  bases: { nb: "Rettslig grunnlag", en: "Legal basis" },
  interest: { nb: "Berettiget interesse", en: "Legitimate interest" },
  retention: { nb: "Lagringstid", en: "Retention" },
  source: { nb: "Hvor opplysningene kommer fra", en: "Where the data comes from" },
} satisfies Record<string, Record<Language, string>>;

function activityFacts(activity: Activity, lang: Language): string {
  return `${activity.name[lang]}\n${bullet([
    labelled(LABEL.data, activity.data[lang].join(", "), lang),
    labelled(LABEL.purposes, activity.purposes[lang].join(", "), lang),
    labelled(LABEL.bases, legalBasesText(activity, lang), lang),
    labelled(LABEL.interest, activity.legitimate_interest?.[lang], lang),
    labelled(LABEL.retention, activity.retention?.[lang], lang),
    labelled(LABEL.source, lang === "nb" ? `fra deg, ${activity.when.nb}` : `from you, ${activity.when.en}`, lang),
  ])}`;
}

/** Processors holding the activities' data; every processor when none of them is named under an activity. */
function recipients(facts: RightFacts): string | undefined {
  const { kb, lang } = facts;
  if (!kb) return undefined;
  const held = new Set(facts.activities.flatMap((activity) => activity.systems ?? []));
  const named = kb.processors.filter((processor) => held.has(processor.name));
  const processors = facts.named.length > 0 && named.length > 0 ? named : kb.processors;
  const published = (kb.sharing?.recipients_published ? kb.sharing.recipients : [])
    .filter((recipient) => !processors.some((processor) => processor.name === recipient.name));
  const list = [
    ...processors.map((processor) => processorText(kb, processor.name, lang)),
    ...published.map((recipient) => (recipient.purpose ? `${recipient.name} – ${recipient.purpose[lang]}` : recipient.name)),
  ];
  if (list.length === 0 && !kb.sharing) return undefined;
  const heading = [lang === "nb" ? "Mottakere og databehandlere:" : "Recipients and processors:", kb.sharing?.statement?.[lang], kb.sharing?.agreements?.[lang]];
  return [heading.filter(Boolean).join(" "), list.length > 0 && bullet(list), kb.sharing?.on_request?.[lang]].filter(Boolean).join("\n");
}

function access(facts: RightFacts): ReplyPart {
  const { kb, lang } = facts;
  return withGaps(lang, (gap) => compose(
    `${COPY_HEADING[lang]}\n${gap(COPY_GAP[lang])}`,
    facts.activities.length > 0
      ? (lang === "nb" ? "Slik behandler vi opplysningene dine:" : "How we process your data:")
      : (lang === "nb" ? `Slik behandler vi dem: ${gap("formål, grunnlag og lagringstid")}` : `How we process it: ${gap("purposes, legal bases and retention")}`),
    ...facts.activities.map((activity) => activityFacts(activity, lang)),
    recipients(facts),
    kb?.general.automated_decisions?.text[lang],
    lang === "nb"
      ? "Du har rett til å få rettet opplysninger som er feil, få dem slettet, få bruken av dem begrenset og protestere mot behandling som bygger på berettiget interesse (personvernforordningen art. 16, 17, 18 og 21). Bygger behandlingen på samtykke, kan du når som helst trekke det tilbake."
      : "You have the right to have wrong data corrected, to have it erased, to have its use restricted and to object to processing based on legitimate interests (GDPR Articles 16, 17, 18 and 21). Where processing is based on consent, you can withdraw it at any time.",
    kb?.rights.how_to_use[lang],
  ));
}

function erasure(facts: RightFacts): ReplyPart {
  const { lang } = facts;
  const kept = [...new Set(facts.activities.map((activity) => activity.kept_by_law?.[lang]).filter((text): text is string => Boolean(text)))];
  return withGaps(lang, (gap) => compose(
    facts.activities.length > 0
      ? (lang === "nb" ? `Vi har slettet opplysningene vi hadde om deg i ${names(facts.activities, lang)}.` : `We have erased the data we held about you in ${names(facts.activities, lang)}.`)
      : (lang === "nb" ? `Vi har slettet opplysningene om deg: ${gap("hva som er slettet")}` : `We have erased the data about you: ${gap("what was erased")}`),
    kept.length > 0 && (lang === "nb" ? `Dette må vi likevel ta vare på, fordi loven krever det:\n${bullet(kept)}` : `This we must still keep, because the law requires it:\n${bullet(kept)}`),
  ));
}

function objection(facts: RightFacts): ReplyPart {
  const { lang } = facts;
  const objectable = objectableActivities(facts);
  const stopped = (activity: Activity) => activity.on_objection?.[lang]
    ?? (lang === "nb" ? "Vi har stanset denne behandlingen av opplysningene dine." : "We have stopped this processing of your data.");
  const explain = (activity: Activity) => activity.direct_marketing
    ? (lang === "nb"
      ? `${activity.name.nb}: Dette er markedsføring, og en protest stanser den alltid (art. 21 nr. 3). Vi bruker ikke lenger opplysningene dine til dette.`
      : `${activity.name.en}: This is direct marketing, and an objection always stops it (Art. 21(3)). We no longer use your data for it.`)
    : (lang === "nb"
      ? `${activity.name.nb}: Denne behandlingen bygde på berettiget interesse: ${activity.legitimate_interest?.nb ?? activity.purposes.nb.join(", ")}. ${stopped(activity)}`
      : `${activity.name.en}: This processing was based on legitimate interests: ${activity.legitimate_interest?.en ?? activity.purposes.en.join(", ")}. ${stopped(activity)}`);
  return withGaps(lang, (gap) => {
    if (objectable.length === 0)
      return lang === "nb"
        ? `Du har protestert mot at vi behandler opplysningene dine. ${gap("hvilken behandling protesten gjelder, og om den er stanset eller hvorfor den kan fortsette")}`
        : `You have objected to our processing of your data. ${gap("which processing the objection concerns, and whether it has stopped or why it may go on")}`;
    return compose(...objectable.map(explain));
  });
}

function withdrawConsent(facts: RightFacts): ReplyPart {
  const { lang } = facts;
  const onConsent = consentActivities(facts);
  return withGaps(lang, (gap) => compose(
    onConsent.length > 0
      ? (lang === "nb"
        ? `Vi har registrert at du har trukket tilbake samtykket ditt til ${names(onConsent, lang)}, og vi bruker ikke lenger opplysningene dine til dette.`
        : `We have recorded that you withdrew your consent to ${names(onConsent, lang)}, and we no longer use your data for it.`)
      : (lang === "nb" ? `Vi har registrert at du har trukket tilbake samtykket ditt til: ${gap("hva samtykket gjaldt")}` : `We have recorded that you withdrew your consent to: ${gap("what the consent covered")}`),
    ...onConsent.map((activity) => labelled(LABEL.retention, activity.retention?.[lang], lang)),
    lang === "nb" ? "Det som ble gjort før du trakk samtykket tilbake, er fortsatt lovlig (art. 7 nr. 3)." : "What was done before you withdrew your consent remains lawful (Art. 7(3)).",
  ));
}

function restriction(facts: RightFacts): ReplyPart {
  const { lang } = facts;
  return withGaps(lang, (gap) => compose(
    facts.named.length > 0
      ? (lang === "nb"
        ? `Vi har begrenset bruken av opplysningene dine i ${names(facts.named, lang)}: de blir bare lagret, ikke brukt, til saken er avklart.`
        : `We have restricted the use of your data in ${names(facts.named, lang)}: it is only stored, not used, until the matter is settled.`)
      : (lang === "nb" ? `Vi har begrenset bruken av opplysningene dine slik: ${gap("hva som er begrenset")}` : `We have restricted the use of your data as follows: ${gap("what was restricted")}`),
    lang === "nb" ? "Vi sier fra til deg før en begrensning blir opphevet (art. 18 nr. 3)." : "We will tell you before a restriction is lifted (Art. 18(3)).",
  ));
}

function rectification(facts: RightFacts): ReplyPart {
  const { lang } = facts;
  return withGaps(lang, (gap) => lang === "nb" ? `Vi har rettet dette: ${gap("hva som er rettet")}` : `We have corrected the following: ${gap("what was corrected")}`);
}

function portability(facts: RightFacts): ReplyPart {
  const { kb, lang } = facts;
  return withGaps(lang, (gap) => {
    const format = kb?.rights.portability_format?.[lang] ?? gap(lang === "nb" ? "filformat" : "file format");
    return lang === "nb"
      ? `Her er opplysningene du selv har gitt oss, i et maskinlesbart format (${format}): ${gap("filen eller lenken med opplysningene")}`
      : `Here is the data you gave us yourself, in a machine-readable format (${format}): ${gap("the file or link with the data")}`;
  });
}

const ANSWERS: Record<Right, (facts: RightFacts) => ReplyPart> = {
  access, erasure, objection, withdraw_consent: withdrawConsent, restriction, rectification, portability,
};

/** One part per right asked, in the order given. */
export function rightAnswers(rights: readonly Right[], facts: RightFacts): ReplyPart[] {
  return rights.map((right) => ANSWERS[right](facts));
}
