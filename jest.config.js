/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
  moduleNameMapper: {
    // office-addin-mock needs only an enum from this module, whose ESM-only dependency jest cannot load.
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.ts",
  },
  setupFiles: ["<rootDir>/test/stubs/setup-node.ts"],
};

module.exports = {
  projects: [
    {
      ...shared,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
    {
      ...shared,
      displayName: "dom",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/src/**/*.test.tsx", "<rootDir>/test/**/*.test.tsx"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
    },
  ],
};
