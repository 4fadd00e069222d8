import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createQaEngine } from "../knowledge/engine";
import { loadKnowledgeBase } from "../knowledge/load";
import { classifyMail } from "../triage/classify/index";
import type { ParsedMail } from "../triage/mail";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sentences = fs.readFileSync(path.join(root, "test/fixtures/understand/parity.txt"), "utf8")
  .split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));
const chat = createQaEngine(loadKnowledgeBase(path.join(root, "knowledge/bedre-bedrift.yaml")));

/** What the chat hands over: its rights, or none when it answers. */
function chatRights(sentence: string): string[] {
  const answer = chat.ask(sentence);
  return answer.action === "handover" ? answer.handover!.rights : [];
}

/** The same words arriving as a mail to the business. */
function mailRights(sentence: string): string[] {
  const mail: ParsedMail = { references: [], from: { address: "kunde@example.com" }, to: ["post@example.com"], subject: "", headers: {}, text: sentence, quoted: "", signature: "", truncated: false };
  return classifyMail(mail).rights;
}

describe("one understanding for chat and mail", () => {
  it("holds at least 200 sentences", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(200);
  });

  it("asks for the same rights in the chat as in a mail, sentence by sentence", () => {
    const disagreements = sentences
      .map((sentence) => ({ sentence, chat: chatRights(sentence), mail: mailRights(sentence) }))
      .filter(({ chat, mail }) => chat.join(",") !== mail.join(","));
    expect(disagreements).toEqual([]);
    // Not agreement on nothing: most of the list asks for rights.
    expect(sentences.filter((sentence) => mailRights(sentence).length > 0).length).toBeGreaterThanOrEqual(80);
  });

  it("reads the issue's hard pairs as requests in both channels", () => {
    expect(chatRights("Please close my account.")).toEqual(["erasure"]);
    expect(mailRights("Kindly scrub my details from your CRM.")).toEqual(["erasure"]);
    expect(chatRights("Dere kan fjerne meg helt.")).toEqual(["erasure"]);
    expect(mailRights("Jeg har en innsigelse mot at dere bruker min e-post til markedsføring.")).toEqual(["objection"]);
  });
});
