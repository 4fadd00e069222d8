// The owner's to-do list for a request: where the person's data is likely to be, from the knowledge base.
// It is for the owner only (in Norwegian, as the cards are), never part of the mail.
import type { Activity } from "../../knowledge/schema";
import type { Right } from "../../triage/types";
import { consentActivities, objectableActivities, systemsOf, type RequesterActivities } from "./knowledge-facts";

/** "Slett opplysningene om personen i X (a, b)" for each system; activities with no system named by themselves. */
function perPlace(activities: readonly Activity[], action: string): string[] {
  const withoutSystem = activities.filter((activity) => !activity.systems?.length);
  return [
    ...systemsOf(activities, "nb").map(({ system, activities: held }) => `${action} i ${system} (${held.join(", ")})`),
    ...withoutSystem.map((activity) => `${action} i «${activity.name.nb}»`),
  ];
}

const stopItem = (activity: Activity) => `Stans «${activity.name.nb}» for personen${activity.systems?.length ? ` (${activity.systems.join(", ")})` : ""}`;

const TODO: Record<Right, (facts: RequesterActivities) => string[]> = {
  access: (facts) => [...perPlace(facts.activities, "Hent ut opplysningene om personen"), "Lim inn kopien av opplysningene i svaret"],
  erasure: (facts) => [
    ...perPlace(facts.activities, "Slett opplysningene om personen"),
    ...facts.activities.flatMap((activity) => (activity.kept_by_law ? [`Behold (ikke slett): ${activity.kept_by_law.nb}`] : [])),
  ],
  rectification: (facts) => perPlace(facts.activities, "Rett opplysningene"),
  restriction: (facts) => perPlace(facts.named.length > 0 ? facts.named : facts.activities, "Merk opplysningene som begrenset"),
  portability: (facts) => [...perPlace(facts.activities, "Eksporter opplysningene personen selv har gitt"), "Legg ved filen eller lenken i svaret"],
  objection: (facts) => objectableActivities(facts).map(stopItem),
  withdraw_consent: (facts) => consentActivities(facts).map((activity) => `Noter at samtykket til «${activity.name.nb}» er trukket tilbake, og stans bruken`),
};

/** The to-do items for the rights asked, each once, in the order the rights were asked. */
export function todoList(rights: readonly Right[], facts: RequesterActivities): string[] {
  return [...new Set(rights.flatMap((right) => TODO[right](facts)))];
}
