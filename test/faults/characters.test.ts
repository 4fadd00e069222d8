// An emoji, a flag or a letter with its accents where a text is cut must never cost a case.
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "../../log";
import { ingestMail, createMailPipeline } from "../../triage/watch";
import { BODY_LIMIT } from "../../triage/cases/normalise";
import { ENGINES, freshDatabase } from "../support/databases";
import { buildMail } from "../support/imap";
import { coreFixture, OWNER_ID, textOf, type CoreFixture } from "../support/bot-core";

const FAMILY = "👨\u200D👩\u200D👧\u200D👦";
const PIECES = ["😀", FAMILY, "🇳🇴", "e\u0301\u0323", "👍🏽"];
const REQUEST = "Hei, jeg ber om innsyn i alle personopplysningene dere har om meg.\n";

/** Bodies whose cut at the body limit lands inside each kind of character, at every offset it has. */
function bodiesCutInsideCharacters(): string[] {
  return PIECES.flatMap((piece) => Array.from({ length: piece.length }, (_, offset) => {
    const filler = "a".repeat(BODY_LIMIT - 1 - REQUEST.length - offset);
    return `${REQUEST}${filler}${piece.repeat(20)}`;
  }));
}

describe.each(ENGINES)("characters at the cut (%s)", (engine) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => { for (const cleanup of cleanups.splice(0)) await cleanup(); });

  it("a mail whose body is cut inside an emoji, flag, ZWJ sequence or accented letter still becomes a case", async () => {
    const database = await freshDatabase(engine);
    cleanups.push(() => database.dispose());
    const process = createMailPipeline({ maxBodyBytes: 2_000_000, promisedDays: 30 });
    const bodies = bodiesCutInsideCharacters();
    const outcomes = [];
    for (const [uid, body] of bodies.entries()) {
      const source = Buffer.from(buildMail({ from: `person${uid}@kunde.example`, subject: `Innsyn ${"🇳🇴".repeat(uid)}`, body }));
      const result = await ingestMail(database.db, { key: { mailbox: "INBOX", uidValidity: "1", uid: uid + 1 }, source, receivedAt: new Date("2026-03-02T10:00:00Z"), truncated: false },
        { process, logger: silentLogger });
      outcomes.push(result.outcome);
    }
    expect(outcomes).toEqual(bodies.map(() => "case"));
    const stored = await database.db.case.findMany({ select: { body: true } });
    expect(stored.every((row) => !/\p{Cs}/u.test(row.body) && row.body.endsWith("…"))).toBe(true);
  });

  it("a chat visitor with a long emoji name gives consent with «ja» and gets a case", async () => {
    const f: CoreFixture = await coreFixture(engine);
    cleanups.push(() => f.dispose());
    const name = `${"Kari".padEnd(99, "x")}😀😀 ${FAMILY}`;
    await f.say("555", `Jeg vil at dere sletter alle opplysningene om meg ${"😀".repeat(60)}`);
    await f.say("555", name);
    await f.say("555", "kari@example.no");
    const done = await f.say("555", "ja");
    expect(textOf(done)).toMatch(/nummer \d+/);
    const row = await f.db.case.findFirstOrThrow();
    expect(row.fromName).toBe(`${"Kari".padEnd(99, "x")}`);
    expect(await f.db.chatSession.count()).toBe(0);
    expect(textOf(await f.say(OWNER_ID, `/sak ${row.id}`))).toMatch(/Kari/);
  });
});
