import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { classifyByRules, classifyMail } from "../triage/classify/index";
import type { ParsedMail } from "../triage/mail";
import { COMBINATION_FILE, HEAD_NAMES, combine, combineHeads } from "../triage/model/combine";
import { STORED_COMBINATION, checkCombination } from "../triage/model/combination-file";
import { BUCKETS, fnv1a, mailFeatures, mailScores, packedWeight, scoreMail } from "../triage/model/features";
import { rightsNamedOutright } from "../triage/model/rights-vote";
import { trainingInputsHash } from "../triage/model/inputs";
import { DEFAULT_TRAIN, quantise, scoreHeads, trainHeads } from "../triage/model/linear";
import { WEIGHTS_FILE, committedInt8Weights, committedModel, rulesAloneVerdict, withModel } from "../triage/model/model";
import { decodeScoringWeights, decodeWeights, encodeWeights } from "../triage/model/weights-file";
import { CommonGramCounter } from "../triage/model/common-grams";
import { parseMail } from "../triage/parse";
import { CATEGORIES } from "../triage/types";

function mail(subject: string, text: string, headers: Record<string, string> = {}): ParsedMail {
  return { references: [], from: { address: "kari@example.no" }, to: ["post@example.no"], subject, headers, text, quoted: "", signature: "", truncated: false };
}

describe("model features", () => {
  it("hashes with FNV-1a, the same on every machine", () => {
    expect(fnv1a("")).toBe(0x811c9dc5);
    expect(fnv1a("a")).toBe(0xe40c292c);
    expect(fnv1a("foobar")).toBe(0xbf9cf968);
  });

  it("reads the same features from the same mail, folded (æøå and their stand-ins alike)", () => {
    const one = mailFeatures(mail("Sletting", "Jeg ønsker å slette kontoen min."));
    const again = mailFeatures(mail("Sletting", "Jeg ønsker å slette kontoen min."));
    const folded = mailFeatures(mail("SLETTING", "jeg onsker a slette kontoen min."));
    expect([...one.indices]).toEqual([...again.indices]);
    expect([...one.values]).toEqual([...again.values]);
    expect([...folded.indices]).toEqual([...one.indices]);
    expect([...one.indices]).toEqual([...one.indices].sort((a, b) => a - b));
  });

  it("scores a mail at run time as training saw it (the fast path reads the same features)", () => {
    const model = committedModel()!;
    const int8 = committedInt8Weights()!;
    const mails = [
      mail("Innsyn og sletting", "Hei! Jeg ber om innsyn i opplysningene dere har om meg, og at dere sletter kontoen etterpå. Hilsen Åse Ødegård"),
      mail("Re: Nyhetsbrev", "Stopp nyhetsbrevet, takk.\n\nÆØÅ æøå é ü 123 – «sitat»", { "list-id": "<news.example.no>", precedence: "bulk" }),
      mail("", ""),
    ];
    for (const m of mails) {
      const fast = [...mailScores(model.weights, m)];
      const sparse = [...scoreHeads(int8.weights, mailFeatures(m))];
      fast.forEach((score, h) => expect(score).toBeCloseTo(sparse[h]!, 5));
    }
  });

  it("reads a mail's rights scores when asked, the same even after another mail was scored in between", () => {
    const model = committedModel()!;
    const request = mail("Sletting og retting", "Hei, jeg vil at dere retter adressen min og sletter alle gamle bestillinger. Hilsen Per");
    const other = mail("Åpningstider", "Når har dere åpent i påsken? Jeg lurer på om jeg kan hente en pakke lørdag.");
    const all = [...mailScores(model.weights, request)];
    const scored = scoreMail(model.weights, request);
    expect([...scored.categories]).toEqual(all.slice(0, 4));
    scoreMail(model.weights, other);
    expect([...scored.rights()]).toEqual(all.slice(4));
    const rules = classifyByRules(request);
    expect(combineHeads(scoreMail(model.weights, request), rules, STORED_COMBINATION)).toEqual(combine(all, rules, STORED_COMBINATION));
  });
});

describe("model training", () => {
  const toy = [mail("", "please delete my data"), mail("", "delete everything about me"), mail("", "what are your opening hours"), mail("", "when are you open")].map(mailFeatures);
  const targets = [Int8Array.from([1, 1, -1, -1]), Int8Array.from([-1, -1, 1, 1])];

  it("gives the same weights for the same examples, and learns them", () => {
    const first = quantise(trainHeads(toy, targets), 2);
    const second = quantise(trainHeads(toy, targets), 2);
    expect(Buffer.from(first.values.buffer).equals(Buffer.from(second.values.buffer))).toBe(true);
    const scores = scoreHeads(first, mailFeatures(mail("", "delete my data please")));
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[1]).toBeLessThan(0);
  });

  it("writes a weights file that reads back to the same scores and is byte-identical when written again", () => {
    const weights = quantise(trainHeads(toy, targets), 2);
    const model = { headNames: ["delete", "hours"], weights, inputsHash: "x" };
    const text = encodeWeights(model, { toy: 4 });
    expect(encodeWeights(model, { toy: 4 })).toBe(text);
    const read = decodeWeights(text);
    const features = mailFeatures(mail("", "when are you open on monday"));
    expect([...scoreHeads(read.weights, features)]).toEqual([...scoreHeads(weights, features)]);
  });
});

const pick = ({ category, rights }: { category: string; rights: string[] }) => ({ category, rights });

describe("grams too common to be a reason", () => {
  // Twenty mails of each category in one language: «vil» in every one, «kurs» in one of each, «slett» in rights requests only.
  const counter = new CommonGramCounter();
  for (const category of CATEGORIES) {
    for (let i = 0; i < 20; i++) {
      const grams = ["vil", ...(i === 0 ? ["kurs"] : []), ...(category === "rights_request" && i < 10 ? ["slett"] : [])];
      counter.add({ language: "nb", category, rights: category === "rights_request" ? (i % 2 ? ["erasure"] : ["access"]) : [], grams });
    }
  }
  counter.add({ language: "en", category: "inquiry", rights: [], grams: ["hello"] });
  const common = counter.result();

  it("are those found in at least one mail in twenty of every category, in one language", () => {
    expect(common.categories).toEqual(["hello", "kurs", "vil"]);
  });

  it("are counted for the rights heads among the rights requests, right by right", () => {
    // «slett» is in half of the access requests (i even, below 10) and half of the erasure ones; «kurs» in one access request only.
    expect(common.rights).toEqual(["slett", "vil"]);
  });
});

describe("combining the model with the rules", () => {
  const scores = [0.2, 0.1, 0.15, -1, -0.5, 0.3, -0.4, -0.2, -0.9, -0.1, -0.6];
  it("lets the rules' category tip a close call, and adds the rights the rules found as a vote", () => {
    expect(combine(scores, { category: "inquiry", rights: [] }, { vote: 0, rightsVote: 0, temperature: 1 }).category).toBe("rights_request");
    expect(combine(scores, { category: "inquiry", rights: [] }, { vote: 0.25, rightsVote: 0, temperature: 1 }).category).toBe("inquiry");
    const request = combine(scores, { category: "rights_request", rights: ["access", "rectification"] }, { vote: 0.25, rightsVote: 0.6, temperature: 1 });
    expect(request.rights).toEqual(["access", "erasure", "rectification"]);
  });

  it("adds a right the rules did not find only past the margin, once the rules found one", () => {
    const request = combine(scores, { category: "rights_request", rights: ["access"] }, { vote: 0.25, rightsVote: 0.6, temperature: 1, extraRightMargin: 1 });
    expect(request.rights).toEqual(["access"]);
  });

  // Model scores for a request where the model leans to erasure a little and barely sees restriction.
  const leaning = [1, 0, 0, 0, -0.8, 0.3, -0.9, -0.2, -0.9, -0.6, -0.9];
  const restricted = { category: "rights_request" as const, rights: ["restriction" as const] };
  const policy = { vote: 0.25, rightsVote: 0.5, temperature: 1, extraRightMargin: 0 };

  it("does not let the model add erasure to a restriction the rules found, short of the contrast margin: the one is asked instead of the other", () => {
    expect(combine(leaning, restricted, { ...policy, contrastMargin: 0.5 }).rights).toEqual(["restriction"]);
    expect(combine(leaning, restricted, { ...policy, contrastMargin: 0 }).rights).toEqual(["erasure", "restriction"]);
    const sure = leaning.map((score, i) => (i === 5 ? 0.8 : score));
    expect(combine(sure, restricted, { ...policy, contrastMargin: 0.5 }).rights).toEqual(["erasure", "restriction"]);
  });

  it("keeps a right the rules found in the law's own word against a doubting model, but not a mere cue", () => {
    const doubting = [1, 0, 0, 0, -0.8, 0.2, -0.9, -0.6, -0.9, -0.7, -0.9];
    const withVotes = { ...policy, namedRightsVote: 1 };
    const objection = (words: string) => ({ category: "rights_request" as const, rights: ["erasure" as const, "objection" as const], foundBy: { erasure: { words: "slett dataene mine", ruleId: "erasure.slett-data" }, objection: { words, ruleId: "objection.x" } } });
    expect(combine(doubting, objection("jeg protesterer mot"), withVotes).rights).toEqual(["erasure", "objection"]);
    expect(combine(doubting, objection("slutt a ringe meg"), withVotes).rights).toEqual(["erasure"]);
  });

  it("knows which rights the rules named outright, from the rule that found each", () => {
    const rules = classifyByRules(mail("Innsigelse", "Jeg protesterer mot at dere bruker e-posten min til markedsføring. Og ta meg av nyhetsbrevlisten deres."));
    expect(rules.rights).toEqual(["objection", "withdraw_consent"]);
    expect([...rightsNamedOutright(rules.foundBy)]).toEqual(["objection"]);
    expect(rules.foundBy.objection?.ruleId).toMatch(/^objection\./);
    expect([...rightsNamedOutright({ restriction: { words: "restriction of", ruleId: "restriction.restriction-of" } })]).toEqual(["restriction"]);
  });

  it("leaves a message of a few words to the rules: the model learned from whole mails", () => {
    for (const text of ["Please confirm you've received my registration", "Kan dere alltid slette alt om meg?", "Do I have to give you my personal data?"]) {
      const short = mail("", text);
      expect({ text, ...pick(classifyMail(short)) }).toEqual({ text, ...pick(classifyByRules(short)) });
      expect(classifyMail(short).category).toBe("inquiry");
      // Decided before the weights are read: a short question to `ask` does not wait for them.
      const noWeights = () => {
        throw new Error("the weights were read for a short message");
      };
      expect(withModel(short, classifyByRules(short), noWeights)).toEqual(rulesAloneVerdict(classifyByRules(short)));
    }
    const long = mail("Innsyn", "Hei, jeg ber om innsyn i alle personopplysninger dere har lagret om meg, og jeg vil vite hvem dere har delt dem med. Mvh Kari");
    const noWeightsFile = () => null;
    expect(withModel(long, classifyByRules(long), noWeightsFile)).toEqual(classifyByRules(long));
  });

  it("states a short request the rules read plainly as sure, as such messages are read right, and keeps the rules' order among short verdicts", () => {
    // The rules alone would say 85 % and 65 %; on the choice sets' short messages they were right every time.
    const request = mail("", "Slett alle opplysningene dere har om meg.");
    const question = mail("", "Hva koster et kurs hos dere?");
    expect(pick(classifyMail(request))).toEqual({ category: "rights_request", rights: ["erasure"] });
    expect(classifyMail(request).confidence).toBeGreaterThanOrEqual(0.95);
    expect(classifyMail(question).category).toBe("inquiry");
    expect(classifyByRules(question).confidence).toBeLessThan(0.7);
    expect(classifyMail(question).confidence).toBeGreaterThanOrEqual(0.85);
    expect(classifyMail(question).confidence).toBeLessThan(classifyMail(request).confidence);
    // Without a map, the rules' verdict as it is.
    expect(rulesAloneVerdict(classifyByRules(request), { ...STORED_COMBINATION, rulesAloneConfidenceMap: undefined })).toEqual(classifyByRules(request));
  });

  it("refuses a combination file with a map that would turn the confidence upside down, or a field it does not know, naming the file and the field", () => {
    const saved = JSON.parse(readFileSync(COMBINATION_FILE, "utf8")) as Record<string, unknown>;
    expect(checkCombination(saved, "triage/model/combination.json")).toEqual(saved);
    const check = (file: unknown) => () => checkCombination(file, "gammel/combination.json");
    expect(check({ ...saved, rulesAloneConfidenceMap: { slope: -1, intercept: 0 } })).toThrow(
      /^Kombinasjonsfila gammel\/combination\.json er ugyldig .* \/ the combination file gammel\/combination\.json is invalid .*rulesAloneConfidenceMap\.slope/,
    );
    expect(check({ ...saved, confidenceMap: { slope: 1, intercept: 40 } })).toThrow(/confidenceMap\.intercept/);
    expect(check({ ...saved, confidenceMap: { slope: 1 } })).toThrow(/confidenceMap\.intercept/);
    expect(check({ ...saved, temperature: 0 })).toThrow(/temperature/);
    expect(check({ ...saved, confidenceMapp: { slope: 1, intercept: 0 } })).toThrow(/confidenceMapp/);
    expect(checkCombination({ ...saved, disagreementShift: -1.5 }, "ny/combination.json")).toMatchObject({ disagreementShift: -1.5 });
    expect(check({ ...saved, disagreementShift: "-1.5" })).toThrow(/disagreementShift/);
  });

  it("names the likeliest right when no right scores above zero", () => {
    const none = [1, 0, 0, 0, -0.5, -0.2, -0.4, -0.3, -0.9, -0.1, -0.6];
    expect(combine(none, { category: "rights_request", rights: [] }, { vote: 0, rightsVote: 0, temperature: 1 }).rights).toEqual(["objection"]);
  });

  it("states a confidence between 0 and 1 that a colder temperature makes surer", () => {
    const warm = combine(scores, { category: "inquiry", rights: [] }, { vote: 0, rightsVote: 0, temperature: 2 }).confidence;
    const cold = combine(scores, { category: "inquiry", rights: [] }, { vote: 0, rightsVote: 0, temperature: 0.1 }).confidence;
    expect(warm).toBeGreaterThan(0.25);
    expect(cold).toBeGreaterThan(warm);
    expect(cold).toBeLessThanOrEqual(1);
  });
});

describe("the committed model", () => {
  it("is trained on the committed training data as it is now (npm run train when this fails)", () => {
    const stored = decodeWeights(readFileSync(WEIGHTS_FILE, "utf8"));
    expect(stored.headNames).toEqual(HEAD_NAMES);
    expect(stored.inputsHash).toBe(trainingInputsHash({ train: DEFAULT_TRAIN }));
    expect(readFileSync(WEIGHTS_FILE).length).toBeLessThan(4 * 1024 * 1024);
  });

  it("reads an objection in the law's own words, in both languages, with the same scores every time", () => {
    const nb = mail("Innsigelse", "Jeg har en innsigelse mot at dere bruker min e-post til markedsføring. Jeg ber om at dere stanser denne behandlingen.");
    const en = mail("Objection", "I object to you processing my personal data for direct marketing. Please stop this processing.");
    for (const m of [nb, en]) {
      const verdict = classifyMail(m);
      expect(verdict.category).toBe("rights_request");
      expect(verdict.rights).toContain("objection");
      expect(verdict.reasons.length).toBeGreaterThan(0);
    }
    const model = committedModel()!;
    expect([...mailScores(model.weights, nb)]).toEqual([...mailScores(model.weights, nb)]);
  });

  it("keeps a spam mail with an unsubscribe footer out of the case log, with a reason the owner can read", () => {
    const spam = mail(
      "Make $5000 a week from home!!!",
      "Dear friend, this is a one time offer. Click here to claim your FREE gift and earn money fast from home. Limited time only, act now!\n\nTo be removed from our mailing list, reply with REMOVE in the subject. We respect your privacy and will delete your address.",
    );
    const verdict = classifyMail(spam);
    expect(verdict.category).toBe("automated");
    expect(verdict.reasons.join(" ")).toMatch(/«/);
    expect(classifyByRules(spam).category).not.toBe("automated");
  });

  it("refuses a weights file whose heads are in another order, naming the file and the heads that differ", () => {
    const file = JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")) as { heads: string[] };
    const swapped = [...file.heads];
    [swapped[1], swapped[2]] = [swapped[2]!, swapped[1]!];
    const load = (heads: string[]) => () => decodeScoringWeights(JSON.stringify({ ...file, heads }), "gammel/weights.json");
    expect(load(swapped)).toThrow(/^Vektfilen gammel\/weights\.json .*hode 2 er «inquiry», koden venter «complaint».* \/ the weights file gammel\/weights\.json .*head 2 is «inquiry», the code expects «complaint»/);
    expect(load(file.heads.slice(0, -1))).toThrow(/hode 11 er ingen, koden venter «withdraw_consent».* head 11 is none, the code expects «withdraw_consent»/);
    expect(load(file.heads)).not.toThrow();
  });

  it("keeps one copy of the weights at run time, packed, with every head's weight as training wrote it", () => {
    const packed = committedModel()!;
    const { heads, values } = committedInt8Weights()!.weights;
    expect(packed.headNames).toEqual(HEAD_NAMES);
    let differing = 0;
    for (let bucket = 0; bucket < BUCKETS; bucket++) for (let h = 0; h < heads; h++) if (packedWeight(packed.weights, bucket, h) !== values[bucket * heads + h]) differing++;
    expect(differing).toBe(0);
  });

  it("names the words that weighed most without grams of only the commonest words («for», «do you»), which tell the owner nothing", () => {
    const student = mail(
      "Article 17 vs. bookkeeping rules – seminar question",
      "Dear Ms Walle,\n\nI'm a law student writing a seminar paper on small businesses and the right to erasure. Your privacy notice says you cannot always delete where the law obliges you to keep data. How do you reconcile Article 17 with the Norwegian Bookkeeping Act in practice – do you erase everything except the accounting material, or keep the whole customer record for five years?\n\nAny answer would be much appreciated.",
    );
    const verdict = classifyMail(student);
    expect(classifyByRules(student).category).toBe("rights_request");
    expect(verdict.category).toBe("inquiry");
    const named = [...verdict.reasons[0]!.matchAll(/«([^»]+)»/g)].map((found) => found[1]!);
    expect(named).toHaveLength(4);
    expect(named.filter((gram) => ["for", "the", "do", "do you", "you", "in", "to", "and", "i", "my", "a"].includes(gram))).toEqual([]);
    expect(named).toContain("question");
  });

  it("names no word found in every kind of mail («out») and no number («30»), on mail where the model overrules the rules", async () => {
    const { commonGrams } = committedModel()!;
    expect(commonGrams.categories.has("out")).toBe(true);
    for (const file of ["set31/mails/a05.eml", "set26/mails/a07.eml", "set24/mails/i02.eml"]) {
      const verdict = classifyMail(await parseMail(readFileSync(`triage/corpus/blind/${file}`)));
      const modelReasons = verdict.reasons.filter((reason) => reason.startsWith("modellen"));
      expect(modelReasons.length).toBeGreaterThan(0);
      for (const reason of modelReasons) {
        const named = [...reason.matchAll(/«([^»]+)»/g)].map((found) => found[1]!);
        expect(named).toHaveLength(4);
        // A category's reason («modellen leser dette som …») is checked against the category heads' common grams, a right's against the rights'.
        const common = reason.startsWith("modellen leser dette som") ? commonGrams.categories : commonGrams.rights;
        expect(named.filter((gram) => !/\p{L}/u.test(gram) || common.has(gram))).toEqual([]);
      }
    }
  });

  it("does not name a word again beside a named pair that holds it («click here», not «here» too)", () => {
    const offer = mail(
      "Find out how to earn $5000 in 30 days",
      "Dear friend, find out how thousands of people earn $5000 every month from home. It takes only 30 minutes a day. Try it out today: click here to get your free starter kit. 100% money back. Limited time offer!",
    );
    const verdict = classifyMail(offer);
    expect(classifyByRules(offer).category).not.toBe("automated");
    expect(verdict.category).toBe("automated");
    const named = [...verdict.reasons[0]!.matchAll(/«([^»]+)»/g)].map((found) => found[1]!);
    expect(named).toHaveLength(4);
    expect(named).toContain("click here");
    const pairs = named.filter((gram) => gram.includes(" "));
    expect(named.filter((gram) => !gram.includes(" ") && pairs.some((pair) => pair.split(" ").includes(gram)))).toEqual([]);
  });

  it("leaves the rules' reasons as they are where model and rules agree", () => {
    const request = mail("Innsyn", "Hei, jeg ber om innsyn i alle personopplysninger dere har lagret om meg. Mvh Kari");
    const rules = classifyByRules(request);
    const verdict = classifyMail(request);
    expect(verdict).toMatchObject({ category: "rights_request", rights: ["access"], reasons: rules.reasons, language: "nb" });
  });
});
