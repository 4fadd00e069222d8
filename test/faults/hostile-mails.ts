// Generates mail an attacker, a broken mail program or a careless relay might send: odd charsets, huge
// headers, emoji where texts are cut, reused Message-IDs, empty bodies and binary junk. Deterministic.
import { BODY_LIMIT } from "../../triage/cases/normalise";

export interface HostileMail {
  kind: string;
  source: Buffer;
}

function random(seed: number) {
  let state = seed >>> 0;
  const next = () => { state = (state * 1664525 + 1013904223) >>> 0; return state / 2 ** 32; };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const REQUESTS = [
  "Jeg ber om innsyn i alle personopplysningene dere har om meg.",
  "Vennligst slett kontoen min og alt dere har lagret om meg.",
  "I want a copy of all personal data you hold about me.",
  "Hvor lenge lagrer dere e-postadressen min?",
  "Jeg vil klage på at dere sendte meg reklame.",
];
const FAMILY = "👨\u200D👩\u200D👧\u200D👦";
const AT_CUT = ["😀", FAMILY, "🇳🇴", "e\u0301\u0323", "👍🏽"];

const crlf = (text: string) => text.replace(/\r?\n/g, "\r\n");

function headers(fields: Record<string, string | undefined>): string {
  return Object.entries(fields).filter(([, value]) => value !== undefined).map(([name, value]) => `${name}: ${value}`).join("\r\n");
}

/** `count` hostile mails, made one at a time (so a run holds few of them); the same seed gives the same mails. */
export function* hostileMails(count: number, seed = 9): Generator<HostileMail> {
  const rng = random(seed);
  /** The latest mails, for sending again byte for byte. */
  const recent: HostileMail[] = [];
  const ids: { id: string; from: string }[] = [];
  const person = (i: number) => `person${i % 397}@kunde${i % 13}.example`;

  const plain = (i: number, extra: Record<string, string | undefined>, body: Buffer | string, contentType = "text/plain; charset=utf-8", encoding = "8bit") => {
    const id = `<h-${i}-${rng.int(1e9)}@kunde.example>`;
    const head = headers({ From: person(i), To: "personvern@bedrebedrift.example", Subject: rng.pick(["Innsyn", "Sletting", "Spørsmål", "Re: Personvern"]),
      Date: "Mon, 2 Mar 2026 10:00:00 +0100", "Message-ID": id, "MIME-Version": "1.0", "Content-Type": contentType, "Content-Transfer-Encoding": encoding, ...extra });
    ids.push({ id: extra["Message-ID"] ?? id, from: extra.From ?? person(i) });
    // Raw UTF-8 in headers, as RFC 6532 allows and many programs send anyway.
    return Buffer.concat([Buffer.from(`${crlf(head)}\r\n\r\n`, "utf8"), typeof body === "string" ? Buffer.from(crlf(body), "utf8") : body]);
  };

  const makers: [string, (i: number) => Buffer][] = [
    ["latin1", (i) => plain(i, {}, Buffer.from(`Hei!\r\n${rng.pick(REQUESTS)} Blåbær, ærlig og søtt.\r\n`, "latin1"), "text/plain; charset=iso-8859-1")],
    ["cp1252-qp", (i) => plain(i, {}, `Hei =E6=F8=E5 =80 =93sitat=94\r\n${rng.pick(REQUESTS)}=\r\n fortsatt\r\n`, "text/plain; charset=windows-1252", "quoted-printable")],
    ["koi8-r", (i) => plain(i, {}, Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, 0x0d, 0x0a, ...Buffer.from(rng.pick(REQUESTS))]), "text/plain; charset=koi8-r")],
    ["utf16-odd", (i) => plain(i, {}, Buffer.from([0x3d, 0xd8, 0x48, 0x00, 0x65, 0x00, 0x69, 0x00, 0x00, 0xdc, 0x41]), "text/plain; charset=utf-16le")],
    ["unknown-charset", (i) => plain(i, {}, `${rng.pick(REQUESTS)} \xff\xfe`, "text/plain; charset=x-ukjent-99")],
    ["mislabelled", (i) => plain(i, {}, Buffer.from(`${rng.pick(REQUESTS)} ære være \xe6\xf8\xe5`, "latin1"), "text/plain; charset=utf-8")],
    ["encoded-words", (i) => plain(i, { Subject: "=?utf-8?B?8J+YgA==?= =?iso-8859-1?Q?bl=E5b=E6r?= =?utf-8?B?ikke-base64!?= =?x-ukjent?Q?x?=",
      From: `=?utf-8?Q?Kari_=F0=9F=91=A8=E2=80=8D=F0=9F=91=A9?= <${person(i)}>` }, rng.pick(REQUESTS))],
    ["huge-subject", (i) => plain(i, { Subject: `Innsyn ${"😀x".repeat(20_000)}` }, rng.pick(REQUESTS))],
    ["many-received", (i) => plain(i, { Received: Array.from({ length: 400 }, (_, n) => `from relay${n}.example by mx.example`).join("\r\nReceived: ") }, rng.pick(REQUESTS))],
    ["long-header-line", (i) => plain(i, { "X-Junk": "a".repeat(120_000), To: Array.from({ length: 1500 }, (_, n) => `m${n}@x.example`).join(", ") }, rng.pick(REQUESTS))],
    ["emoji-at-cut", (i) => {
      const piece = AT_CUT[i % AT_CUT.length]!;
      const request = `${rng.pick(REQUESTS)}\n`;
      return plain(i, { Subject: `${piece.repeat(40)} innsyn`, From: `"${"Kari".padEnd(99, "x")}${piece}${FAMILY}" <${person(i)}>` },
        `${request}${"a".repeat(Math.max(0, BODY_LIMIT - 1 - request.length - (i % piece.length)))}${piece.repeat(30)}`);
    }],
    ["reused-id-other-sender", (i) => {
      const earlier = ids.length ? rng.pick(ids) : undefined;
      return plain(i, { "Message-ID": earlier?.id, From: `annen${i}@angriper.example` }, `${rng.pick(REQUESTS)} (${i})`);
    }],
    ["reused-id-same-sender-other-text", (i) => {
      const earlier = ids.length ? rng.pick(ids) : undefined;
      return plain(i, { "Message-ID": earlier?.id, From: earlier?.from }, `Nytt spørsmål nr. ${i}: ${rng.pick(REQUESTS)}`);
    }],
    ["reply", (i) => {
      const earlier = ids.length ? rng.pick(ids) : undefined;
      return plain(i, { "In-Reply-To": earlier?.id, References: earlier?.id, From: earlier?.from, Subject: "Re: Innsyn" }, `Takk for svaret. ${i}\r\n\r\n> sitat\r\n> mer`);
    }],
    ["empty-body", (i) => plain(i, {}, "")],
    ["headers-only", (i) => Buffer.from(`From: ${person(i)}\r\nSubject: \r\nMessage-ID: <tom-${i}@x.example>\r\n`)],
    ["no-from", (i) => plain(i, { From: undefined }, rng.pick(REQUESTS))],
    ["broken-from", (i) => plain(i, { From: rng.pick(["\"\" <>", ",,,", "<@>", "=?utf-8?B?!!!?=", "kari@", "\"Kari\" <kari@kunde.example"]) }, rng.pick(REQUESTS))],
    ["odd-message-id", (i) => plain(i, { "Message-ID": rng.pick(["<>", "", `<${"x".repeat(3000)}@y>`, "uten-klammer@x", "<a b c>", `<${i}@x.example> <${i + 1}@x.example>`]) }, rng.pick(REQUESTS))],
    ["binary-junk", () => Buffer.from(Array.from({ length: 200 + rng.int(3000) }, () => rng.int(256)))],
    ["junk-after-headers", (i) => plain(i, {}, Buffer.from(Array.from({ length: 2000 }, () => rng.int(256))), "application/octet-stream", "binary")],
    ["bad-base64", (i) => plain(i, {}, "%%%ikke base64%%%\r\nSGVpIQ==\r\n====", "text/plain; charset=utf-8", "base64")],
    ["broken-multipart", (i) => plain(i, {}, `--b\r\nContent-Type: text/plain\r\n\r\n${rng.pick(REQUESTS)}\r\n--b\r\nContent-Type: text/html\r\n\r\n<p>${"<div>".repeat(2000)}hei<script>alert(1)</script>\r\n`, "multipart/alternative; boundary=\"b\"")],
    ["nested-multipart", (i) => plain(i, {}, Array.from({ length: 60 }, (_, n) => `--b${n}\r\nContent-Type: multipart/mixed; boundary="b${n + 1}"\r\n\r\n`).join("") + rng.pick(REQUESTS), "multipart/mixed; boundary=\"b0\"")],
    ["html-only", (i) => plain(i, {}, `<html><body><p>${rng.pick(REQUESTS)}</p><img src="cid:x"><style>p{}</style></body></html>`, "text/html; charset=utf-8")],
    ["nul-in-body", (i) => plain(i, {}, `${rng.pick(REQUESTS)}\u0000\u0000 slutt`)],
    ["nul-in-header", (i) => plain(i, { Subject: "Innsyn\u0000nul" }, rng.pick(REQUESTS))],
    ["auto-reply", (i) => plain(i, { "Auto-Submitted": "auto-replied", Subject: "Automatisk svar: Innsyn" }, "Jeg er på ferie til 1. august.")],
  ];

  for (let i = 0; i < count; i++) {
    // Every so often the same bytes again (a redelivery, a copied file), of whatever kind they were.
    if (i % (makers.length + 1) === makers.length && recent.length > 0) {
      const copied = recent[rng.int(recent.length)]!;
      yield { kind: `copy of ${copied.kind}`, source: copied.source };
      continue;
    }
    const [kind, make] = makers[i % makers.length]!;
    const mail = { kind, source: make(i) };
    recent.push(mail);
    if (recent.length > 60) recent.shift();
    yield mail;
  }
}
