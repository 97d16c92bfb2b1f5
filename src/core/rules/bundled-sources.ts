/**
 * The bundled ruleset files as raw JSON, by id: what `"extends"` names. Data only (loading them
 * is bundled.ts's), so the loader can resolve `extends` without importing the loaded rulesets.
 */
import ta2020 from "../../data/rulesets/ta2020.json";
import ta2021 from "../../data/rulesets/ta2021.json";
import ta2022 from "../../data/rulesets/ta2022.json";
import ta2023 from "../../data/rulesets/ta2023.json";
import ta2024 from "../../data/rulesets/ta2024.json";

/** In order of fiscal year; each file extends the one before it. */
export const BUNDLED_SOURCES: Readonly<Record<string, unknown>> = { ta2020, ta2021, ta2022, ta2023, ta2024 };
