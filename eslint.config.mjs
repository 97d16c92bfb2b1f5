// Lint: typescript-eslint's recommended rules, the Office add-in rules for the Excel adapter,
// and import boundaries that enforce DESIGN.md's arrows (faces -> core, never the reverse).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";

const FACES = ["excel", "xlsx", "taskpane", "cli", "functions", "ribbon", "runtime", "playground", "fakehost"];
const face = (name) => [`**/${name}/**`, `**/${name}`];
const noFaces = (...except) => FACES.filter((f) => !except.includes(f)).flatMap(face);
const NODE_MODULES = ["node:*", "fs", "path", "os", "child_process", "worker_threads", "stream", "zlib"];
const UI = ["react", "react-dom", "react-dom/*", "@fluentui/*"];

const restrict = (patterns, message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/", "**/*.js", "!eslint.config.mjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", CustomFunctions: "readonly", OfficeRuntime: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only src/excel may call Excel.run: every other layer reaches Excel through the adapter.
      "no-restricted-properties": ["error", { object: "Excel", property: "run", message: "Call Excel only from src/excel (the adapter)." }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["src/core/**", "src/data/**", "src/index.ts"],
    rules: restrict([...noFaces(), ...UI, ...NODE_MODULES, "exceljs", "office-*", "@microsoft/*"], "src/core is pure: no Office, React, exceljs, Node or face imports."),
  },
  { files: ["src/functions/**"], rules: restrict([...noFaces("functions"), ...UI, ...NODE_MODULES, "exceljs"], "Custom functions are thin wrappers over src/core.") },
  { files: ["src/excel/**"], rules: restrict([...noFaces("excel"), ...UI, ...NODE_MODULES, "exceljs"], "The Office.js adapter depends on core only.") },
  { files: ["src/excel/**"], plugins: { "office-addins": officeAddins }, rules: {
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "no-restricted-properties": "off",
    } },
  { files: ["src/xlsx/**"], rules: restrict([...noFaces("xlsx"), ...UI], "The exceljs adapter depends on core only.") },
  { files: ["src/cli/**"], rules: restrict([...noFaces("cli", "xlsx"), ...UI], "The CLI uses src/xlsx and core, never Office or React.") },
  // The shared runtime's services (src/runtime) are the one home of what the task pane and the
  // ribbon commands both use: each depends on it, neither on the other.
  { files: ["src/runtime/**"], rules: restrict([...noFaces("runtime", "excel"), ...UI, ...NODE_MODULES, "exceljs"], "The shared runtime's services depend on core and src/excel only, never on the pane or the ribbon.") },
  { files: ["src/taskpane/**"], rules: restrict([...noFaces("taskpane", "excel", "runtime"), ...NODE_MODULES, "exceljs"], "The task pane reaches Excel only through src/excel, and the ribbon never (shared services live in src/runtime).") },
  { files: ["src/ribbon/**"], rules: restrict([...noFaces("ribbon", "excel", "runtime"), ...UI, ...NODE_MODULES, "exceljs"], "Ribbon commands use src/runtime and src/excel, never the task pane or React.") },
  { files: ["src/playground/**"], rules: restrict([...noFaces("playground", "taskpane", "excel", "ribbon", "runtime", "fakehost"), ...NODE_MODULES, "exceljs"], "The playground runs in the browser.") },
  // The in-memory Excel host stands in for Office.js in jest, browser tests and the playground.
  { files: ["src/fakehost/**"], rules: restrict([...noFaces("fakehost"), ...UI, ...NODE_MODULES, "exceljs"], "The fake host depends on nothing but core types.") },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "test/**", "bench/**", "scripts/**"],
    rules: { "no-restricted-imports": "off", "no-restricted-properties": "off", "no-console": "off" },
  },
  // Their tests too: the pane's never import the ribbon, the ribbon's never the pane (fakes live in src/runtime/testing).
  { files: ["src/taskpane/**/*.test.*"], rules: restrict(face("ribbon"), "Pane tests use src/runtime, never the ribbon.") },
  { files: ["src/ribbon/**/*.test.*"], rules: restrict(face("taskpane"), "Ribbon tests use src/runtime, never the task pane.") },
);
