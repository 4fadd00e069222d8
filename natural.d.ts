// Types for the few `natural` submodules we import directly (the package root is slow to load and prints to stdout).
declare module "natural/lib/natural/stemmers/porter_stemmer_no.js" {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const stemmer: { stem(token: string): string };
  export default stemmer;
}
declare module "natural/lib/natural/tokenizers/aggressive_tokenizer_no.js" {
  export default class AggressiveTokenizerNo { tokenize(text: string): string[] }
}
declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  export default function JaroWinklerDistance(first: string, second: string, options?: { ignoreCase?: boolean }): number;
}
