import { parseArgs } from "../../src/cli/args";

describe("parseArgs", () => {
  it("parses validate with every option, in both option forms", () => {
    const r = parseArgs([
      "validate",
      "a.xlsx",
      "usulan/",
      "--ta=2020",
      "--rules",
      "r.json",
      "--format",
      "csv",
      "--recap",
      "R.XLSX",
      "-j",
      "3",
      "--force",
      "--lang",
      "en",
    ]);
    expect(r).toEqual({
      ok: true,
      lang: "en",
      args: {
        command: "validate",
        paths: ["a.xlsx", "usulan/"],
        ta: 2020,
        rules: "r.json",
        format: "csv",
        recap: "R.XLSX",
        jobs: 3,
        force: true,
      },
    });
  });

  it("defaults to Indonesian, table format, no jobs", () => {
    expect(parseArgs(["validate", "a.xlsx"])).toMatchObject({
      lang: "id",
      args: { format: "table", force: false, jobs: undefined },
    });
  });

  it("takes paths after -- even when they look like options", () => {
    expect(parseArgs(["validate", "--", "--aneh.xlsx"])).toMatchObject({ ok: true, args: { paths: ["--aneh.xlsx"] } });
  });

  it.each([
    [[], { command: "help", noCommand: true }],
    [["--help"], { command: "help" }],
    [["help", "rules"], { command: "help", topic: "rules" }],
    [["validate", "--help"], { command: "help", topic: "validate" }],
    [["rules", "-h"], { command: "help", topic: "rules" }],
    [["--version"], { command: "version" }],
    [["rules", "--ta", "2020", "--format", "json"], { command: "rules", ta: 2020, format: "json", rules: undefined }],
    [
      ["template", "rk", "--out", "x.xlsx", "--lang", "en"],
      { command: "template", id: "rk", out: "x.xlsx", ta: undefined, force: false },
    ],
    [
      ["template", "--force", "--out=X.XLSX", "rab", "--ta", "2020"],
      { command: "template", id: "rab", out: "X.XLSX", ta: 2020, force: true },
    ],
    [["template", "--help"], { command: "help", topic: "template" }],
    [["template", "rk", "-h", "--lang", "en"], { command: "help", topic: "template" }],
    [["help", "template"], { command: "help", topic: "template" }],
  ])("%j", (argv, args) => {
    expect(parseArgs(argv)).toMatchObject({ ok: true, args });
  });

  it.each([
    [["hapus"], "usage.unknownCommand"],
    [["validate"], "usage.noInput"],
    [["validate", "a.xlsx", "--format"], "usage.missingValue"],
    [["validate", "a.xlsx", "--format", "--force"], "usage.missingValue"],
    [["validate", "a.xlsx", "--format", "xml"], "usage.badChoice"],
    [["validate", "a.xlsx", "--jobs", "0"], "usage.badJobs"],
    [["validate", "a.xlsx", "--jobs", "2.5"], "usage.badJobs"],
    [["validate", "a.xlsx", "--ta", "20"], "usage.badTa"],
    [["validate", "a.xlsx", "--recap", "rekap.csv"], "usage.recapNotXlsx"],
    [["validate", "a.xlsx", "--force=1"], "usage.unknownOption"],
    [["rules", "extra"], "usage.extraArgument"],
    [["rules", "--recap", "x.xlsx"], "usage.unknownOption"],
    [["template", "--out", "x.xlsx"], "usage.noTemplate"],
    [["template", "rk"], "usage.noOut"],
    [["template", "rk", "--out"], "usage.missingValue"],
    [["template", "rk", "--out", "--force"], "usage.missingValue"],
    [["template", "rk", "--out", "x.csv"], "usage.outNotXlsx"],
    [["template", "rk", "rab", "--out", "x.xlsx"], "usage.extraArgument"],
    [["template", "rk", "--out", "x.xlsx", "--ta", "20"], "usage.badTa"],
    [["template", "rk", "--out", "x.xlsx", "--recap", "r.xlsx"], "usage.unknownOption"],
    [["--lang", "fr"], "usage.badChoice"],
    [["--lang"], "usage.missingValue"],
  ])("rejects %j with %s", (argv, key) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.key).toBe(key);
  });

  it("reads -j3 and --lang after -- as a path", () => {
    expect(parseArgs(["validate", "-j3", "--", "--lang", "en"])).toMatchObject({
      ok: true,
      lang: "id",
      args: { jobs: 3, paths: ["--lang", "en"] },
    });
  });

  it("reports usage errors in the language asked, wherever --lang stands", () => {
    expect(parseArgs(["hapus", "--lang", "en"])).toMatchObject({ ok: false, lang: "en" });
  });
});
