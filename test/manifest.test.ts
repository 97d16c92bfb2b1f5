/**
 * @jest-environment jsdom
 *
 * Offline checks of manifest.xml (office-addin-manifest validate needs Microsoft's online
 * service): what Office itself rejects or silently mis-loads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const xml = readFileSync(join(__dirname, "..", "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string): Element => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0];
};
const customFunctionsPoint = (): Element => {
  const point = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions");
  expect(point).toBeDefined();
  return point!;
};
const sourceUnder = (parent: Element, tag: string): string | null =>
  parent.getElementsByTagName(tag)[0]?.getElementsByTagName("SourceLocation")[0]?.getAttribute("resid") ?? null;
/** Resource definitions live under <Resources>; the bt:Image elements of <Icon> only refer to them. */
const definedIds = (): string[] => {
  const resources = one("Resources");
  return ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
    Array.from(resources.getElementsByTagName(tag)).map((e) => e.getAttribute("id") ?? ""),
  );
};

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp root and a GUID id", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.tagName).toBe("OfficeApp");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("defines every resid it uses, and each only once", () => {
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    expect(used.length).toBeGreaterThan(10);
    const defined = definedIds();
    for (const id of used) expect(defined).toContain(id);
    expect(new Set(defined).size).toBe(defined.length);
  });

  it("requires the shared runtime and uses one long-lived runtime everywhere", () => {
    const set = all("Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const shared = runtime.getAttribute("resid");
    expect(sourceUnder(customFunctionsPoint(), "Page")).toBe(shared);
    expect(one("FunctionFile").getAttribute("resid")).toBe(shared);
    const taskpaneAction = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane");
    expect(taskpaneAction?.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(shared);
  });

  it("declares the DAK namespace (at most 32 characters) and points at the generated metadata", () => {
    const nsId = one("Namespace").getAttribute("resid");
    const ns = all("bt:String")
      .find((s) => s.getAttribute("id") === nsId)
      ?.getAttribute("DefaultValue");
    expect(ns).toBe("DAK");
    expect(ns!.length).toBeLessThanOrEqual(32);
    const metadataId = sourceUnder(customFunctionsPoint(), "Metadata");
    const url = all("bt:Url")
      .find((u) => u.getAttribute("id") === metadataId)
      ?.getAttribute("DefaultValue");
    expect(url).toBe("https://localhost:3000/functions.json");
  });

  it("uses https for every URL and asks for ReadWriteDocument on workbooks", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue]"))
      .map((e) => e.getAttribute("DefaultValue")!)
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
    expect(all("Host")[0].getAttribute("Name")).toBe("Workbook");
  });

  it("puts a Validasi DAK button on the Home tab, with English overrides", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const label = all("bt:String").find((s) => s.getAttribute("id") === "TaskpaneButton.Label");
    expect(label?.getAttribute("DefaultValue")).toBe("Validasi DAK");
    expect(label?.getElementsByTagName("bt:Override")[0].getAttribute("Locale")).toBe("en-US");
    expect(one("DisplayName").getElementsByTagName("Override")).toHaveLength(1);
  });
});
