/**
 * Range.dataValidation: `rule` (stored as given: list, wholeNumber, custom, …), `type` (the rule's
 * kind, "None" without one), `errorAlert` (what Excel shows on invalid input) and clear(). The
 * rule and the alert of one range are one validation, as in Excel: setting either keeps the other.
 */
import { boundsAddress } from "./address";
import type { RangeTarget } from "./cells";
import { ClientObject, type FakeRequestContext } from "./client";
import { invalidArgument } from "./errors";
import type { DataValidationErrorAlertModel, DataValidationModel } from "./model";
import type { Leads, Offers } from "./officeTypes";

const ALERT_STYLES = ["Stop", "Warning", "Information"];
const DEFAULT_ALERT: DataValidationErrorAlertModel = { showAlert: true, style: "Stop", title: "", message: "" };
const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  list: "List",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
};

export class DataValidation
  extends ClientObject
  implements
    Offers<Excel.DataValidation, "rule" | "type" | "errorAlert">,
    Leads<Excel.DataValidation, "load", DataValidation>
{
  constructor(
    context: FakeRequestContext,
    private readonly target: () => RangeTarget | null,
  ) {
    super(context, "DataValidation");
  }
  protected get scalarProperties(): readonly string[] {
    return ["rule", "type", "errorAlert"];
  }
  protected resolveTarget(): unknown {
    return this.target();
  }
  protected readProperty(name: string, target: unknown): unknown {
    const found = find(target as RangeTarget);
    const rule = (found?.rule ?? {}) as Record<string, unknown>;
    if (name === "rule") return JSON.parse(JSON.stringify(rule)) as unknown;
    if (name === "errorAlert") return { ...(found?.errorAlert ?? DEFAULT_ALERT) };
    const kind = Object.keys(rule)[0];
    return kind === undefined ? "None" : (RULE_TYPES[kind] ?? "Inconsistent");
  }
  get rule(): Excel.DataValidationRule {
    return this.get("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.act<RangeTarget>({ rule }, (t) => {
      if (typeof rule !== "object" || rule === null || Object.keys(rule).length !== 1) {
        throw invalidArgument("dataValidation.rule: exactly one rule type");
      }
      entry(t).rule = JSON.parse(JSON.stringify(rule)) as unknown;
    });
  }
  get type(): Excel.DataValidation["type"] {
    return this.get("type");
  }
  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.get("errorAlert");
  }
  /** Properties not given keep their current value (Excel's default: a Stop alert). */
  set errorAlert(alert: Partial<Excel.DataValidationErrorAlert>) {
    this.act<RangeTarget>({ errorAlert: alert }, (t) => {
      if (alert.style !== undefined && !ALERT_STYLES.includes(alert.style)) {
        throw invalidArgument(`errorAlert.style "${alert.style}"`);
      }
      const e = entry(t);
      e.errorAlert = { ...(e.errorAlert ?? DEFAULT_ALERT), ...definedOnly(alert) };
    });
  }
}

function find(t: RangeTarget): DataValidationModel | undefined {
  const address = boundsAddress(t);
  return t.sheet.dataValidations.find((d) => d.range === address);
}

/** The validation of exactly this range, created (without a rule) when there is none. */
function entry(t: RangeTarget): DataValidationModel {
  const found = find(t);
  if (found) return found;
  const created: DataValidationModel = { range: boundsAddress(t), rule: {} };
  t.sheet.dataValidations.push(created);
  return created;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
