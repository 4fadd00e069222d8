// When the owner attaches the copy of the data to a case, the access reply's gap for it is filled with a
// sentence naming the files; attaching another file rewrites that sentence.
import type { Language } from "../../triage/types";
import { COPY_GAP, placeholder, quoted } from "./wording";

const ATTACHED: Record<Language, string> = {
  nb: "Kopien ligger ved denne e-posten som vedlegg:",
  en: "The copy is attached to this e-mail:",
};

function attachedSentence(fileNames: readonly string[], lang: Language): string {
  return `${ATTACHED[lang]} ${fileNames.map((name) => quoted(name, lang)).join(", ")}.`;
}

/** The draft with its copy gap (or an earlier attached sentence) saying the files are attached; unchanged when it has neither. */
export function withCopyAttached(draft: string, fileNames: readonly string[], lang: Language): string {
  if (fileNames.length === 0) return draft;
  const sentence = attachedSentence(fileNames, lang);
  const gap = placeholder(COPY_GAP[lang], lang);
  if (draft.includes(gap)) return draft.replace(gap, sentence);
  const lead = ATTACHED[lang].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return draft.replace(new RegExp(`${lead} [^\\n]*`), sentence);
}
