import { commandIsValidate } from "../../src/cli/prestart";

describe("commandIsValidate (whether to start a worker before the command line loads)", () => {
  it.each([
    [["validate", "usulan/"], true],
    [["--lang", "en", "validate", "a.xlsx"], true],
    [["--lang=en", "validate"], true],
    [["rules", "--ta", "2024"], false],
    [["template", "validate.xlsx"], false],
    [["--help"], false],
    [[], false],
  ])("%j → %s", (argv, expected) => {
    expect(commandIsValidate(argv)).toBe(expected);
  });
});
