import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_KNOWLEDGE_FILE } from "../knowledge/bundled";
import { createQaEngine, type QaEngine } from "../knowledge/engine";
import { loadKnowledgeBase } from "../knowledge/load";

let engine: QaEngine;
beforeAll(() => {
  engine = createQaEngine(loadKnowledgeBase(BUNDLED_KNOWLEDGE_FILE));
});

const topicOf = (question: string) => {
  const answer = engine.ask(question);
  return answer.action === "answered" ? answer.topic : answer.action;
};

describe("answering from the privacy notice", () => {
  it("answers a Norwegian question in Norwegian and names the section it comes from", () => {
    const answer = engine.ask("Hvordan kontakter jeg dere om personvern?");
    expect(answer).toMatchObject({ action: "answered", topic: "contact", language: "nb", sources: ["Kontaktinformasjon"] });
    expect(answer.answer).toContain("hei@bedrebedrift.no");
    expect(answer.answer).toContain("(Kilde: personvernerklæringen, «Kontaktinformasjon»)");
  });

  it("answers an English question in English with an English source", () => {
    const answer = engine.ask("What happens to my data when I contact you?");
    expect(answer).toMatchObject({ action: "answered", topic: "activity_contact", language: "en", sources: ["When you contact us"] });
    expect(answer.answer).toContain('(Source: the privacy notice, "When you contact us")');
    expect(answer.answer).toMatch(/legitimate interests/);
  });

  it("states the right to complain as the law, not as the notice", () => {
    const answer = engine.ask("kan jeg klage til Datatilsynet?");
    expect(answer.topic).toBe("right_complain");
    expect(answer.answer).toMatch(/art\. 77/);
    expect(answer.answer).toMatch(/står ikke i personvernerklæringen/);
  });

  it("says that no data protection officer is named instead of inventing one", () => {
    const answer = engine.ask("who is your DPO?");
    expect(answer.topic).toBe("dpo");
    expect(answer.answer).toMatch(/does not name a data protection officer/);
  });

  it.each([
    ["how long do you keep webinar data?", "webinar_analytics"],
    ["hvor lenge lagrer dere påmeldingen min til en workshop?", "activity_events"],
    ["how long do you keep my emails?", "email_retention"],
    ["hvorfor oppbevarer dere fakturaer i fem år?", "accounting_retention"],
    ["hvor lenge lagrer dere opplysningene mine?", "retention_general"],
    ["hvor lenge lagres fremdriften min i kursportalen?", "portal_analytics"],
  ])("tells an activity-specific question (%s) from the general one", (question, topic) => {
    expect(topicOf(question)).toBe(topic);
  });

  it.each([
    ["hvor lenge oppbevarer dere personopplysninger?", "retention_general"],
    ["hvor lenge lagrer dere personopplysningar?", "retention_general"],
    ["hvor lenge maa jeg vente paa svar?", "response_time"],
    ["kan jeg faa slettet opplysningene mine?", "right_erasure"],
    ["har dere et personvernombud", "dpo"],
    ["er sporreundersokelsene anonyme?", "activity_surveys"],
    ["hvem er behandlingsansvarleg?", "controller"],
    ["do you have a data protection oficer?", "dpo"],
    ["how do you protetc my data?", "security"],
    ["hvilke databehandlre bruker dere?", "processors"],
    // dialect and Nynorsk
    ["kor lenge tek de vare på dataen", "retention_general"],
    ["kor lenge lagrar de påmeldinga mi", "activity_events"],
    ["sel dokker dataen min vidare", "no_selling"],
  ])("copes with missing æøå and typos: %s", (question, topic) => {
    expect(topicOf(question)).toBe(topic);
  });

  it("does not take a 'how many times' question for a complaint", () => {
    expect(topicOf("registrerer portalen hvor mange ganger jeg logger inn")).toBe("portal_analytics");
  });

  it("does not mistake a negated question for a request", () => {
    const answer = engine.ask("jeg vil ikke slette noe, men hvor lenge lagrer dere e-post?");
    expect(answer).toMatchObject({ action: "answered", topic: "email_retention" });
  });
});

describe("asking about a right versus using it", () => {
  it.each([
    ["kan jeg be om å få slettet data?", "right_erasure"],
    ["har jeg rett til innsyn?", "right_access"],
    ["how do I withdraw my consent?", "right_withdraw_consent"],
    ["hva skjer hvis jeg trekker tilbake samtykket?", "right_withdraw_consent"],
    ["hva må jeg gjøre for å bli slettet?", "right_erasure"],
    ["kan eg få sjå ka dokker har om mæ?", "right_access"],
  ])("answers a question about a right: %s", (question, topic) => {
    expect(engine.ask(question)).toMatchObject({ action: "answered", topic });
  });

  it.each([
    ["slett alt dere har om meg", ["erasure"]],
    ["I want a copy of my data", ["access"]],
    ["Jeg trekker samtykket og vil at dere sletter opplysningene mine.", ["erasure", "withdraw_consent"]],
    ["adressen min er feil, rett den", ["rectification"]],
    // Off a list is consent withdrawn, as the mail triage files it (one understanding for both).
    ["slet meg fra lista deres", ["withdraw_consent"]],
    ["stopp all bruk av dataene mine, men ikke slett dem", ["restriction"]],
    ["kan dere fjerne meg fra systemene deres?", ["erasure"]],
    ["æ vil ha slettet alt dokk har om mæ", ["erasure"]],
    ["eg vil at dokker slettar alt om meg", ["erasure"]],
    ["send meg det dere har om meg", ["access"]],
    ["I want out of your mailing list", ["withdraw_consent"]],
    ["Hei! Kan dere sende meg alt dere har lagret om meg?", ["access"]],
    ["I want to be forgotten.", ["erasure"]],
    ["Gi meg dataene mine i et format jeg kan ta med til en annen tjeneste.", ["portability"]],
    ["i want to see all data u have on me", ["access"]],
  ])("hands over a request to use a right: %s", (question, rights) => {
    const answer = engine.ask(question);
    expect(answer.action).toBe("handover");
    expect(answer.handover?.kind).toBe("rights_request");
    expect([...answer.handover!.rights].sort()).toEqual([...rights].sort());
    expect(answer.answer).toContain("hei@bedrebedrift.no");
  });

  it.each([
    "dere har sendt meg reklame uten at jeg har bedt om det!",
    "Dere har solgt e-posten min! Jeg er rasende.",
  ])("hands over a complaint however it is phrased: %s", (question) => {
    expect(engine.ask(question).handover?.kind).toBe("complaint");
  });

  it("hands over a request again, not only a complaint, when the first was ignored", () => {
    const answer = engine.ask("i asked you to delete my data a month ago and nothing happened");
    expect(answer.handover).toEqual({ kind: "rights_request", rights: ["erasure"] });
  });

  it("hands over a complaint and says what happens next", () => {
    const answer = engine.ask("Dere har sendt meg spam i flere uker, jeg er sint!");
    expect(answer.action).toBe("handover");
    expect(answer.handover?.kind).toBe("complaint");
    expect(answer.answer).toMatch(/sender dette videre til Bedre Bedrift AS/);
  });

  it("answers a handover in the visitor's language", () => {
    const answer = engine.ask("Please erase all personal data you have about me.");
    expect(answer.language).toBe("en");
    expect(answer.answer).toMatch(/right to erasure/);
  });
});

describe("small talk", () => {
  it.each([
    ["takk", /Bare hyggelig/], ["ok", /Greit/], ["hei", /^Hei!/], ["Tusen takk for hjelpen!", /Bare hyggelig/],
    ["thanks!", /welcome/], ["hello", /^Hi!/], ["asdfgh qwerty", /forsto jeg ikke/], ["?????", /forsto jeg ikke/], ["tell me a joke", /only answer questions about privacy/],
  ])("answers small talk with small talk, not the notice's silence: %s", (message, reply) => {
    const answer = engine.ask(message);
    expect(answer.action).toBe("small_talk");
    expect(answer.answer).toMatch(reply);
    expect(answer.answer).not.toMatch(/personvernerklæringen vår ingenting om|notice does not say/);
  });

  it("answers a greeting followed by a question as the question", () => {
    expect(engine.ask("Hei! Hvor lenge lagrer dere e-post?")).toMatchObject({ action: "answered", topic: "email_retention" });
  });
});

describe("several questions in one message", () => {
  it("answers each question, in the order asked", () => {
    const answer = engine.ask("Hvor lenge lagrer dere e-post? Og hvem er behandlingsansvarlig?");
    expect(answer.action).toBe("answered");
    expect(answer.sources).toEqual(["Sletting av personopplysninger", "Behandlingsansvarlig"]);
    expect(answer.answer.indexOf("to år")).toBeLessThan(answer.answer.indexOf("Bedre Bedrift AS"));
  });

  it("answers a question asked twice in other words once", () => {
    const answer = engine.ask("Hvor lenge lagrer dere e-post? Hvor lenge tar dere vare på e-postene mine?");
    expect(answer.sources).toEqual(["Sletting av personopplysninger"]);
  });
});

describe("cookies, analytics and questions about a right", () => {
  it.each([
    ["what cookies do you use?", "contact_form_cookies"], ["Bruker dere informasjonskapsler?", "contact_form_cookies"],
    ["do you use Google Analytics?", "analytics_website"], ["sporer dere meg på nettsiden?", "analytics_website"],
    ["Kan dere alltid slette alt om meg?", "right_erasure"],
  ])("answers %s from its section", (question, topic) => {
    expect(engine.ask(question)).toMatchObject({ action: "answered", topic });
  });
});

describe("questions the notice does not cover", () => {
  it.each([
    "hva koster kurset?", "do you use AI?", "hvem eier Kajabi?", "what are your opening hours?",
    "hva er hovedstaden i Norge?",
    // another company's own practices
    "selger Kajabi data?", "har Whereby servere i Norge?", "where does Microsoft store OneDrive data?",
    // mostly words the notice never uses
    "når åpner dere på mandag?", "is the webinar recorded so I can watch later?",
  ])("falls back honestly: %s", (question) => {
    const answer = engine.ask(question);
    expect(answer.action).toBe("fallback");
    expect(answer.sources).toEqual([]);
    expect(answer.topic).toBeUndefined();
  });

  it("still answers what the notice says about a named tool and the visitor's data", () => {
    expect(topicOf("does Fathom store my ip?")).toBe("analytics_website");
    expect(topicOf("lagrer Kajabi dataene mine i USA?")).toBe("transfers");
    expect(topicOf("bruker dere OneDrive?")).toBe("processors");
  });

  it("answers a question about a named company when the notice itself states that fact", () => {
    expect(topicOf("Is Kajabi certified under the Data Privacy Framework?")).toBe("transfers");
    expect(topicOf("er Kajabi et amerikansk selskap?")).toBe("transfers");
    expect(topicOf("What is OneDrive used for?")).toBe("processors");
    // … but not what the notice does not say about it
    expect(topicOf("Hvem eier Fathom Analytics?")).toBe("fallback");
    expect(topicOf("Hva er Fathoms aksjekurs?")).toBe("fallback");
  });

  it("does not 'correct' a real word it does not know into a known one", () => {
    expect(topicOf("Hva er meningen med livet?")).toBe("fallback");
    expect(topicOf("Hei, jeg lurer på om dere har plass på kurset i mars?")).toBe("fallback");
  });

  it("lets the question sentence of a chatty message lead", () => {
    expect(topicOf("Hi! I noticed your course platform is Kajabi which is American. Does that mean my data ends up in the US?")).toBe("transfers");
  });

  it("prefers the processing activity a question names over a close general topic", () => {
    expect(topicOf("what do you store about students?")).toBe("activity_portal");
  });

  it("offers to pass the question on, in the visitor's language", () => {
    expect(engine.ask("hva koster kurset?").answer).toMatch(/sender spørsmålet videre til Bedre Bedrift AS/);
    expect(engine.ask("how much does the course cost?").answer).toMatch(/pass your question on to Bedre Bedrift AS/);
  });

  it("treats an empty message as not covered", () => {
    expect(engine.ask("   ").action).toBe("fallback");
  });
});
