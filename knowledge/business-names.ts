import { useBusinessNames, type BusinessNames } from "../triage/understand/business-names";
import type { KnowledgeBase } from "./schema";

/**
 * "Plausible Analytics (Plausible Insights OU)" is known by both names ("Dropbox (bedrift)" only by the first:
 * a lower-case note is no name); a processor also by its first word ("Zoho Mail" as "Zoho").
 */
function namesIn(name: string, byFirstWord: boolean): string[] {
  const inside = /\(([^)]*)\)/.exec(name)?.[1]?.trim();
  const outside = name.replace(/\([^)]*\)/g, "").trim();
  const first = outside.split(/[\s,]+/)[0] ?? "";
  const names = [outside];
  if (inside && /^\p{Lu}/u.test(inside)) names.push(inside);
  if (byFirstWord && first !== outside && first.length >= 4 && /^\p{Lu}/u.test(first)) names.push(first);
  return names;
}

export function businessNamesOf(kb: KnowledgeBase): BusinessNames {
  const processors = [...kb.processors.map((processor) => processor.name), ...kb.transfers.map((transfer) => transfer.processor)];
  return { business: namesIn(kb.business.name, false), processors: [...new Set(processors.flatMap((name) => namesIn(name, true)))] };
}

/** The understanding reads this business's names as `{business}` and `{processor}` from now on. */
export function useNamesOf(kb: KnowledgeBase): void {
  useBusinessNames(businessNamesOf(kb));
}
