import fc from "fast-check";
import { UnreadableError } from "./unreadable";
import { attr, decodeXml, XmlScanner } from "./xml-scan";

/** The events a scanner gives for `chunks`, text runs joined and decoded. */
function events(chunks: readonly string[]): string[] {
  const out: string[] = [];
  let text = "";
  const flush = (): void => {
    if (text !== "") out.push(`text ${decodeXml(text)}`);
    text = "";
  };
  const scanner = new XmlScanner(
    {
      open: (name, tag) => {
        flush();
        out.push(`open ${name} r=${attr(tag, "r") ?? "-"}`);
      },
      close: (name) => {
        flush();
        out.push(`close ${name}`);
      },
      text: (s, start, end) => {
        text += s.slice(start, end);
      },
    },
    "test.xml",
  );
  for (const c of chunks) scanner.feed(c);
  scanner.end();
  return out;
}

const XML =
  '<?xml version="1.0" encoding="UTF-8"?>\r\n<!-- a comment with <tags> --><sheet a="1>2" r=\'x&amp;y\'>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> R&amp;D &lt;5&gt; &#233;&#x1F600; </t></is></c>' +
  '<c\nr="B1"\tt="n"><v>12.5</v></c><c r="C1"/></row><t><![CDATA[a<b & c]]></t>é😀</sheet>';

describe("XmlScanner", () => {
  it("gives start tags with their attributes, end tags and decoded text", () => {
    expect(events([XML])).toEqual([
      "open sheet r=x&y",
      "open row r=1",
      "open c r=A1",
      "open is r=-",
      "open t r=-",
      "text  R&D <5> é😀 ",
      "close t",
      "close is",
      "close c",
      "open c r=B1",
      "open v r=-",
      "text 12.5",
      "close v",
      "close c",
      "open c r=C1",
      "close c",
      "close row",
      "open t r=-",
      "text a<b & c",
      "close t",
      "text é😀",
      "close sheet",
    ]);
  });

  it("gives the same events however the text is cut into chunks", () => {
    const whole = events([XML]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: XML.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), XML.length];
        const chunks = at.slice(1).map((end, i) => XML.slice(at[i], end));
        expect(events(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["a DTD", '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'],
    ["an unknown entity", "<x>&e;</x>"],
    ["a lone ampersand", "<x>a & b</x>"],
    ["mismatched tags", "<x><y></x></y>"],
    ["two roots", "<x/><y/>"],
    ["an unclosed element", "<x><y></y>"],
    ["text outside the root", "<x/>text"],
    ["a tag that is no name", "<<<not xml"],
  ])("refuses %s as CORRUPT", (_label, xml) => {
    expect(() => events([xml])).toThrow(UnreadableError);
    expect(() => events([xml])).toThrow(expect.objectContaining({ reason: "CORRUPT" }));
  });
});
