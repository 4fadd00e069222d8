import type { Language } from "../triage/types";
import { fold } from "../triage/understand/normalize";

/**
 * Small talk in a chat: greetings, thanks, "ok", goodbyes, "how are you", and gibberish. It gets a friendly
 * word and an invitation to ask about privacy, not "the notice says nothing about that". Only a message that is
 * small talk from end to end counts: "Hei! Hvor lenge lagrer dere e-post?" is a question.
 * The wording is the assistant's, the same for every business.
 */
export type SmallTalkKind = "greeting" | "thanks" | "acknowledgement" | "farewell" | "how_are_you" | "chit_chat" | "gibberish";

const PHRASES: [SmallTalkKind, string[]][] = [
  ["greeting", ["hei", "heisann", "hallo", "halla", "hei hei", "hoi", "god morgen", "god dag", "god kveld", "morn", "hi", "hello", "hey", "hiya", "yo", "good morning", "good afternoon", "good evening", "hi there", "hello there"]],
  ["thanks", ["takk", "tusen takk", "takk skal du ha", "takk for hjelpen", "takk for svaret", "for hjelpen", "for svaret", "for det", "for the help", "for your help", "takker", "mange takk", "thanks", "thank you", "thank you so much", "thanks a lot", "many thanks", "thanks for the help", "thanks for your help", "thx", "ty", "cheers"]],
  ["acknowledgement", ["ok", "okei", "okay", "oki", "greit", "fint", "flott", "supert", "super", "perfekt", "topp", "skjonner", "forstatt", "ja", "nei", "aha", "ah", "hmm", "hm", "mm", "lol", "haha", "great", "cool", "nice", "perfect", "got it", "i see", "alright", "sure", "fine", "yes", "no", "good", "bra", "kjempebra", "awesome", "understood"]],
  ["farewell", ["ha det", "ha det bra", "ha en fin dag", "snakkes", "vi snakkes", "bye", "goodbye", "bye bye", "see you", "have a nice day", "god natt", "good night"]],
  ["how_are_you", ["hvordan gar det", "hvordan har du det", "hva skjer", "how are you", "how are you doing", "hows it going", "how is it going", "whats up", "sup"]],
  ["chit_chat", ["tell me a joke", "fortell en vits", "fortell meg en vits", "er du en robot", "are you a robot", "are you a bot", "er du et menneske", "are you human", "who are you", "hvem er du"]],
];

const WHOLE = new RegExp(`^(?:(?:${PHRASES.flatMap(([, phrases]) => phrases).sort((a, b) => b.length - a.length).join("|")})(?: |$))+$`);

/** The kind of small talk a message is, or undefined when it says or asks something. `isKnownWord` tells real words from gibberish. */
export function smallTalkKind(message: string, isKnownWord: (folded: string) => boolean): SmallTalkKind | undefined {
  const words = fold(message).replace(/[^a-z0-9\s]+/g, " ").trim().split(/\s+/).filter(Boolean).map((word) => word.replace(/(.)\1{2,}$/, "$1"));
  if (words.length === 0) return message.trim() ? "gibberish" : undefined; // "?????", ":)", "👍"
  const text = words.join(" ");
  if (WHOLE.test(`${text} `)) {
    for (const [kind, phrases] of PHRASES) if (phrases.some((phrase) => text.startsWith(phrase))) return kind;
  }
  // "asdkjh qwe zxc", "lorem ipsum": no word the assistant knows, and not asked as a question.
  if (!message.includes("?") && words.every((word) => !isKnownWord(word))) return "gibberish";
  return undefined;
}

const OPENERS: Record<SmallTalkKind, Record<Language, string>> = {
  greeting: { nb: "Hei!", en: "Hi!" },
  thanks: { nb: "Bare hyggelig!", en: "You're welcome!" },
  acknowledgement: { nb: "Greit!", en: "Alright!" },
  farewell: { nb: "Ha det bra!", en: "Goodbye!" },
  how_are_you: { nb: "Takk, bare bra!", en: "I'm fine, thanks!" },
  chit_chat: { nb: "Jeg er en assistent som bare kan svare på spørsmål om personvern.", en: "I'm an assistant that can only answer questions about privacy." },
  gibberish: { nb: "Det forsto jeg ikke helt.", en: "I didn't quite understand that." },
};

const INVITATION: Record<Language, string> = {
  nb: "Spør meg gjerne om personvern, for eksempel hvor lenge opplysninger lagres eller hvordan du ber om innsyn.",
  en: "Feel free to ask me about privacy, for example how long data is kept or how to request a copy of your data.",
};

export function smallTalkReply(kind: SmallTalkKind, language: Language): string {
  return kind === "farewell" ? OPENERS[kind][language] : `${OPENERS[kind][language]} ${INVITATION[language]}`;
}
