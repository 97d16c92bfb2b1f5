/**
 * Test doubles for the task pane's and the ribbon's tests: an adapter that records what was asked
 * of Excel and a small engine whose findings and budget the test chooses. Not shipped (only
 * tests import this file).
 */
import type { FindingRow, MarkOptions, MarkSpot, ReadOptions, WorkbookAdapter } from "../../excel/adapter";
import type { Grid } from "../../core/grid/types";
import type { Finding } from "../../core/rules/findings";
import type {
  ActiveRulesetView,
  BudgetView,
  ChangeSection,
  CheckOutcome,
  CompareOutcome,
  Engine,
  LoadProblem,
  RulesetSource,
  RulesetView,
  Locale,
  TemplateView,
} from "../engine";
import type { RuntimeServices } from "../services";

export function finding(partial: Partial<Finding> & Pick<Finding, "code" | "cell">): Finding {
  // Params are not what these pane tests look at: any code, no params.
  return { severity: "error", ruleId: "test.rule", sheet: "RK", params: {}, ...partial } as Finding;
}

export class FakeAdapter implements WorkbookAdapter {
  readonly calls: string[] = [];
  grids: Grid[] = [{ sheet: "RK", origin: { row: 0, col: 0 }, values: [["No", "Uraian"]] }];
  marked = 0;
  /** When set, the next call of that method rejects with this error. */
  failNext: { method: keyof WorkbookAdapter; error: unknown } | null = null;
  readonly exported: { rows: readonly FindingRow[]; title: string }[] = [];
  /** Resolves readGrids only when the test calls release(); for progress tests. */
  hold: { progress: { rowsRead: number; rowsTotal: number }[]; release?: () => void } | null = null;
  /** Holds addMarks until the test calls release(); for progress and cancel tests. */
  markHold: { release?: () => void } | null = null;

  private maybeFail(method: keyof WorkbookAdapter): void {
    if (this.failNext?.method === method) {
      const { error } = this.failNext;
      this.failNext = null;
      throw error;
    }
  }

  async readGrids(options?: ReadOptions): Promise<Grid[]> {
    this.calls.push(`readGrids${options?.sheets ? `(${options.sheets.join(",")})` : ""}`);
    this.maybeFail("readGrids");
    if (this.hold) {
      for (const p of this.hold.progress) options?.onProgress?.({ sheetsDone: 0, sheetsTotal: 1, ...p });
      await new Promise<void>((resolve) => (this.hold!.release = resolve));
    }
    return options?.sheets ? this.grids.filter((g) => options.sheets!.includes(g.sheet)) : this.grids;
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.calls.push(`selectCell(${sheet}!${cell})`);
    this.maybeFail("selectCell");
  }

  async addMarks(findings: readonly MarkSpot[], options?: MarkOptions): Promise<number> {
    this.calls.push(`addMarks(${findings.length})`);
    this.maybeFail("addMarks");
    options?.onProgress?.({ done: 0, total: findings.length });
    if (this.markHold) await new Promise<void>((resolve) => (this.markHold!.release = resolve));
    if (options?.signal?.aborted) return 0;
    options?.onProgress?.({ done: findings.length, total: findings.length });
    this.marked += findings.length;
    return findings.length;
  }

  async removeMarks(): Promise<number> {
    this.calls.push("removeMarks");
    this.maybeFail("removeMarks");
    const n = this.marked;
    this.marked = 0;
    return n;
  }

  async recalculate(): Promise<void> {
    this.calls.push("recalculate");
    this.maybeFail("recalculate");
  }

  async writeFindingsSheet(rows: readonly FindingRow[], title: string): Promise<string> {
    this.calls.push(`writeFindingsSheet(${rows.length})`);
    this.maybeFail("writeFindingsSheet");
    this.exported.push({ rows, title });
    return this.exported.length === 1 ? title : `${title} (${this.exported.length})`;
  }
}

export const RULESET_2020: RulesetView = {
  key: "ta2020",
  ta: 2020,
  name: "TA 2020",
  source: { kind: "bundled" },
  rules: [
    {
      id: "penunjang.cap",
      code: "PENUNJANG_OVER_CAP",
      title: { id: "Batas kegiatan penunjang", en: "Cap on supporting activities" },
      severity: "error",
      status: "verified",
      basis: "Perpres 7/2022 Pasal 8 ayat (6)",
    },
    {
      id: "line.amount",
      code: "AMOUNT_MISMATCH",
      title: { id: "Jumlah = volume × harga satuan", en: "Amount = volume × unit cost" },
      severity: "error",
      status: "verified",
    },
    { id: "line.ineligible", code: "ITEM_INELIGIBLE", severity: "warning", status: "assumed" },
  ],
};

export const RULESET_2021: RulesetView = { ...RULESET_2020, key: "ta2021", ta: 2021, name: "TA 2021" };

export class FakeEngine implements Engine {
  findings: Finding[] = [];
  budget: BudgetView | undefined = undefined;
  readonly checkedWith: string[] = [];
  loadProblems: LoadProblem[] = [];
  templateList: TemplateView[] = [
    { id: "rk", title: "Rencana Kegiatan", description: "Meta dan tabel baris RK" },
    { id: "rab", title: "RAB", description: "Rincian anggaran biaya dengan PPN" },
  ];

  /** The user's choice; undefined = automatic, which this fake takes to mean its first ruleset. */
  private selected: RulesetView | undefined = undefined;
  private active: ActiveRulesetView = this.activeFor(undefined);
  private readonly listeners = new Set<() => void>();

  bundledRulesets(): readonly RulesetView[] {
    return [RULESET_2020, RULESET_2021];
  }

  loadRuleset(json: unknown, source: RulesetSource) {
    if (this.loadProblems.length > 0) return { ok: false as const, problems: this.loadProblems };
    const title = (json as { title?: string }).title ?? "?";
    return { ok: true as const, ruleset: { ...RULESET_2020, key: `loaded:${title}`, name: title, source } };
  }

  rulesetChanges(): readonly ChangeSection[] {
    // The Aturan tab's comparison is tested with the real core engine (createCoreEngine).
    return [];
  }

  private activeFor(selected: RulesetView | undefined): ActiveRulesetView {
    const reason = !selected ? "default" : selected.source.kind === "bundled" ? "ta" : "loaded";
    return {
      selected: selected?.key ?? "auto",
      ruleset: selected ?? RULESET_2020,
      choice: { reason, fallback: false },
    };
  }

  selectRuleset(ruleset: RulesetView | undefined): void {
    this.selected = ruleset;
    this.active = this.activeFor(ruleset);
    for (const listener of this.listeners) listener();
  }

  activeRuleset = (): ActiveRulesetView => this.active;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Set: the next check reads a proposal whose TA makes core choose this ruleset (auto selection). */
  proposalRuleset: RulesetView | undefined = undefined;

  check(): CheckOutcome {
    if (this.proposalRuleset && !this.selected) {
      this.active = {
        selected: "auto",
        ruleset: this.proposalRuleset,
        choice: { reason: "proposal", fallback: false },
      };
      for (const listener of this.listeners) listener();
    }
    const { ruleset, choice } = this.active;
    this.checkedWith.push(ruleset.key);
    return { ruleset, choice, findings: this.findings, budget: this.budget };
  }

  formatFinding(f: Finding, locale: Locale): string {
    return `${locale}:${f.code} at ${f.cell}`;
  }

  templates(): readonly TemplateView[] {
    return this.templateList;
  }

  rkSheets(grids: readonly Grid[]): string[] {
    return grids.map((g) => g.sheet);
  }

  compare(): CompareOutcome {
    // The Bandingkan tab's tests use the real core engine (createCoreEngine) over real grids.
    throw new Error("FakeEngine.compare is not faked");
  }
}

export function fakeServices(): RuntimeServices & { adapter: FakeAdapter; engine: FakeEngine; inserted: string[] } {
  const inserted: string[] = [];
  return {
    adapter: new FakeAdapter(),
    engine: new FakeEngine(),
    inserted,
    inserter: {
      async insert(id: string): Promise<string> {
        inserted.push(id);
        return inserted.filter((x) => x === id).length === 1
          ? id.toUpperCase()
          : `${id.toUpperCase()} (${inserted.length})`;
      },
    },
  };
}
