/**
 * The two catalogues of the command's texts: the same keys, and each text of a key uses the same
 * parameters in both languages (so no placeholder is forgotten in one translation).
 */
import { en } from "../../src/cli/messages/en";
import { id, type MessageTools } from "../../src/cli/messages/id";

type Message = (p: Readonly<Record<string, string>>, tools: MessageTools) => string;

/** Renders a message with a params object that records which names it reads. */
function paramsOf(message: Message): { names: string[]; text: string } {
  const names = new Set<string>();
  const params = new Proxy(
    {},
    {
      get: (_target, name) => {
        if (typeof name === "string") names.add(name);
        return `<${String(name)}>`;
      },
    },
  );
  // A plural form reads its count too: it must be one of the message's parameters.
  const tools: MessageTools = { plural: (name, _one, other) => (names.add(name), other) };
  return { names: [...names].sort(), text: message(params, tools) };
}

describe("dak messages", () => {
  it("has every key in both catalogues", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
  });

  it.each(Object.keys(id))("%s uses the same parameters in both languages and renders text", (key) => {
    const inId = paramsOf(id[key as keyof typeof id] as Message);
    const inEn = paramsOf(en[key as keyof typeof en] as Message);
    expect(inEn.names).toEqual(inId.names);
    for (const { text } of [inId, inEn]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toMatch(/undefined|\[object /);
    }
  });
});
