/** The shape of a hand-written corpus template. One template is one "text", its mails are near-duplicates. */
import type { Category, Language, Right } from "../../types";

export type QuoteStyle = "gmail" | "apple" | "outlook" | "plain-original";
export type BodyFormat = "plain" | "html" | "alternative";

export interface Person {
  name: string;
  address: string;
}

/** Earlier mail in the thread, quoted below the new text. `from: "business"` is hei@bedrebedrift.no. */
export interface History {
  from: "business" | "customer" | Person;
  subject?: string;
  text: string;
  style?: QuoteStyle;
}

/** A forwarded original. `from: "customer"` is a made-up customer, the forwarder is the template's sender. */
export interface Forwarded {
  from: "customer" | Person;
  subject: string;
  text: string;
  lang?: Language;
}

export interface Template {
  id: string;
  lang: Language;
  category: Category;
  rights?: Right[];
  /** How many mails to write from this text (default 2). */
  count?: number;
  subjects: string[];
  /** Text with [[one|other]] alternatives and {slot} fill-ins. */
  body: string;
  /** Add greeting, sign-off and signature (default true unless automated). */
  frame?: boolean;
  history?: History;
  forward?: Forwarded;
  /** "customer" (default), "gmail" (a gmail.com address), "colleague" (staff at bedrebedrift.no) or a fixed sender. */
  from?: "customer" | "gmail" | "colleague" | Person;
  headers?: Record<string, string>;
  formats?: BodyFormat[];
  /**
   * Pins the split. Templates added after the classifier was tuned carry one, so adding them never moves
   * an older template between splits (that would leak tuning texts into the holdout).
   */
  split?: "tune" | "holdout";
  /** A fully custom message (bounces); gets the same fill-ins. */
  raw?: (fill: Fill) => string;
}

export type Fill = Record<string, string>;
