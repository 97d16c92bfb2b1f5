/**
 * Integration tests that need programs outside Node: headless Debian Chromium (browser tests of
 * the built playground) and LibreOffice Calc (recalculating written templates). `.ci/run` installs
 * both with apt-get before running `npm run test:e2e`; `npm run build` must have run first.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  testMatch: ["<rootDir>/test/e2e/**/*.e2e.test.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }] },
  testTimeout: 120_000,
  maxWorkers: 1,
};
