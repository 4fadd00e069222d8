/** Fill-ins for templates: names, courses, orders, dates, and [[a|b]] alternatives. */
import type { Language } from "../../types";
import type { Rng } from "./rng";

const NB_FIRST = ["Kari", "Ole", "Ingrid", "Lars", "Sigrid", "Bjørn", "Åse", "Tor-Erik", "Marte", "Håkon", "Solveig", "Jørgen", "Line", "Even", "Ragnhild", "Øystein", "Hanne", "Pål", "Ida", "Sindre", "Tone", "Kjetil", "Mari", "Trond", "Guro", "Espen", "Nina", "Geir", "Synnøve", "Anders"];
const NB_LAST = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Bakken", "Haugen", "Solberg", "Strøm", "Lunde", "Dahl", "Sæther", "Aasen", "Fjeld", "Myklebust", "Østby", "Berntsen", "Holm", "Løvås"];
const EN_FIRST = ["Sarah", "James", "Emily", "Michael", "Laura", "David", "Anna", "Thomas", "Sophie", "Daniel", "Rachel", "Mark", "Julia", "Peter", "Hannah", "Lukas", "Marta", "Ahmed", "Priya", "Jonas", "Elena", "Chris", "Kate", "Tomasz"];
const EN_LAST = ["Smith", "Brown", "Wilson", "Taylor", "Clarke", "Evans", "Müller", "Kowalski", "Novak", "Johnson", "Walker", "Khan", "Patel", "Schmidt", "Rossi", "Murphy", "Berg", "O'Connor", "Lindqvist", "Fischer"];
const FREEMAIL = ["gmail.com", "gmail.com", "hotmail.com", "outlook.com", "online.no", "icloud.com", "live.no", "yahoo.com", "getmail.no"];
const COMPANIES = ["fjordregnskap.no", "hagen-interiør.no", "nordlysdesign.no", "tveit-bygg.no", "kystkonsult.no", "smaabedriftshjelpen.no", "lunde-frisor.no", "mindfulledelse.com", "brightpath.co.uk", "osloyoga.no"];
const NB_COURSES = ["Salgskurset", "Styr på økonomien", "Bedre LinkedIn på 30 dager", "Mentorprogrammet Vekst", "Prisingskurset", "Kundereisen fra A til Å", "Markedsføring for småbedrifter", "Lederskap i praksis"];
const EN_COURSES = ["the Sales Course", "Get Your Finances in Order", "Better LinkedIn in 30 Days", "the Growth Mentoring Programme", "the Pricing Masterclass", "Marketing for Small Businesses"];
const NB_WEBINARS = ["webinaret om prising", "gratiswebinaret om LinkedIn", "webinaret «Fra idé til salg»", "frokostwebinaret om regnskap", "webinaret om kundeservice"];
const EN_WEBINARS = ["the pricing webinar", "the free LinkedIn webinar", "the 'From idea to sale' webinar", "the breakfast webinar on bookkeeping"];
const NB_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CITIES = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen", "Fredrikstad", "Bodø", "Ålesund", "Lillehammer", "Hamar", "Kristiansand"];
const STREETS = ["Storgata 12", "Kirkeveien 4B", "Fjordgata 27", "Bakkeveien 3", "Løkkeveien 81", "Parkveien 9", "Skolegata 15"];

export function asciiLocal(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/ü/g, "u").replace(/'/g, "")
    .replace(/[^a-z0-9.-]/g, "");
}

export function makeFill(rng: Rng, lang: Language): Record<string, string> {
  const norwegianName = lang === "nb" || rng.chance(0.3);
  const first = rng.pick(norwegianName ? NB_FIRST : EN_FIRST);
  const last = rng.pick(norwegianName ? NB_LAST : EN_LAST);
  const day = 1 + rng.int(28);
  const month = rng.int(12);
  const day2 = 1 + rng.int(28);
  const month2 = (month + 1 + rng.int(3)) % 12;
  const localStyle = rng.int(4);
  const local =
    localStyle === 0 ? `${asciiLocal(first)}.${asciiLocal(last)}` :
    localStyle === 1 ? `${asciiLocal(first)}${asciiLocal(last)}${rng.int(90) + 10}` :
    localStyle === 2 ? `${asciiLocal(first).slice(0, 1)}${asciiLocal(last)}` : `${asciiLocal(first)}_${rng.int(9000) + 1000}`;
  const domain = rng.pick(FREEMAIL);
  return {
    first,
    last,
    full: `${first} ${last}`,
    email: `${local}@${domain}`,
    otheremail: `${asciiLocal(first)}.${asciiLocal(last)}@${rng.pick(COMPANIES)}`,
    company: rng.pick(["Fjord Regnskap AS", "Nordlys Design", "Tveit Bygg AS", "Kystkonsult", "Hagen Interiør", "Lunde Frisør", "BrightPath Ltd", "Oslo Yoga Studio"]),
    course: rng.pick(lang === "nb" ? NB_COURSES : EN_COURSES),
    webinar: rng.pick(lang === "nb" ? NB_WEBINARS : EN_WEBINARS),
    order: `BB-${2024 + rng.int(2)}-${String(1000 + rng.int(8999))}`,
    invoice: String(10000 + rng.int(89999)),
    amount: String(rng.pick([490, 990, 1490, 2490, 3900, 4990, 7500, 12500])),
    date: lang === "nb" ? `${day}. ${NB_MONTHS[month]}` : `${EN_MONTHS[month]} ${day}`,
    date2: lang === "nb" ? `${day2}. ${NB_MONTHS[month2]}` : `${EN_MONTHS[month2]} ${day2}`,
    weeks: String(rng.pick([3, 5, 6, 7, 8])),
    phone: `${rng.pick(["9", "4"])}${String(rng.int(10000000)).padStart(7, "0")}`.replace(/(\d{3})(\d{2})(\d{3})/, "$1 $2 $3"),
    city: rng.pick(CITIES),
    street: rng.pick(STREETS),
    oldname: rng.pick(NB_LAST),
    member: String(100000 + rng.int(899999)),
    year: String(rng.pick([2021, 2022, 2023])),
  };
}

/** Resolves [[a|b|c]] (innermost first, so alternatives may nest) and then {slot}s. */
export function expand(text: string, fill: Record<string, string>, rng: Rng): string {
  let out = text;
  const inner = /\[\[((?:(?!\[\[|\]\]).)*)\]\]/s;
  for (let match = inner.exec(out); match; match = inner.exec(out)) {
    const options = (match[1] as string).split("|");
    out = out.slice(0, match.index) + rng.pick(options) + out.slice(match.index + match[0].length);
  }
  return out.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = fill[key];
    if (value === undefined) throw new Error(`unknown fill-in ${whole}`);
    return value;
  });
}
