import { expect } from "vitest";

/** Fails unless `html` is Telegram HTML made only of our own tags, balanced, with every other <, > and & escaped. */
export function expectSafeTelegramHtml(html: string): void {
  const open: string[] = [];
  const rest = html.replace(/<(\/?)(b|i|pre|code|blockquote)>/g, (_tag, close: string, name: string) => {
    if (close) expect(open.pop(), `closing </${name}> in ${html}`).toBe(name);
    else open.push(name);
    return "";
  });
  expect(open, `unclosed tags in ${html}`).toEqual([]);
  expect(rest, "a raw < or > outside our tags").not.toMatch(/[<>]/);
  expect(rest.replace(/&(amp|lt|gt|quot);/g, ""), "a raw &").not.toMatch(/&/);
}
