/** @type {import('jest').Config} */
const tsJest = ["ts-jest", { tsconfig: "tsconfig.test.json", diagnostics: false }];

const shared = {
  transform: { "^.+\\.tsx?$": tsJest },
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
