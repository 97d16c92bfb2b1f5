import { getRuleset } from "../rules/bundled";
import { buildProposal, M1, MP, okLine } from "../../../test/rules/builder";
import { summarize } from "./summarize";
import { nextStage, planDisbursement } from "./disbursement";

const rs = getRuleset(2020)!;

describe("summarize", () => {
  const proposal = buildProposal({
    meta: { pagu: 3_000_000_000 },
    lines: [
      { menu: M1, rincian: "Rumah Produksi Bersama", uraian: "Gedung", volume: 300, satuan: "m2", harga: 5_000_000 },
      okLine(1, { volume: 10, harga: 100_000_000 }),
      {
        menu: "revitalisasi sentra ikm",
        rincian: "IPAL",
        uraian: "IPAL",
        volume: 1,
        satuan: "unit",
        harga: 250_000_000,
      },
      {
        menu: MP,
        rincian: "Perjalanan Dinas",
        uraian: "Monitoring",
        volume: 20,
        satuan: "OH",
        harga: 400_000,
        metode: "Swakelola",
      },
      { menu: "Menu Lain", rincian: "Apa", uraian: "x", volume: 1, satuan: "paket", harga: 0.5 },
      okLine(2, { volume: null, jumlah: null }),
    ],
  });
  const s = summarize(proposal, rs);

  it("adds up total, sisa and penunjang exactly", () => {
    expect(s.pagu).toBe(3_000_000_000);
    expect(s.paguAt).toEqual({ sheet: "RK", cell: "C7" });
    expect(s.total).toBe(1_500_000_000 + 1_000_000_000 + 250_000_000 + 8_000_000 + 0.5);
    expect(s.sisa).toBe(241_999_999.5);
    expect(s.lines).toBe(6);
    expect(s.linesWithoutAmount).toBe(1);
    expect(s.penunjang.total).toBe(8_000_000);
    expect(s.penunjang.maxAmount).toBe(150_000_000);
    expect(s.penunjang.shareOfPagu).toBeCloseTo(8 / 3000, 10);
  });

  it("groups by official menu name (aliases folded) and keeps unknown menus as written", () => {
    expect(s.menus.map((m) => [m.name, m.known, m.lines, m.total])).toEqual([
      [M1, true, 3, 2_750_000_000],
      [MP, true, 1, 8_000_000],
      ["Menu Lain", false, 1, 0.5],
    ]);
  });

  it("totals per kind, unknown rincian apart", () => {
    expect(Object.fromEntries(s.kinds.map((k) => [k.kind, k.total]))).toEqual({
      construction: 1_500_000_000,
      machinery: 1_000_000_000,
      infrastructure: 250_000_000,
      penunjang: 8_000_000,
      unknown: 0.5,
    });
  });

  it("plans disbursement in stages above Rp1 M", () => {
    expect(s.disbursement?.scheme).toBe("stages");
    expect(s.disbursement?.stages.map((x) => x.amount)).toEqual([750_000_000, 1_350_000_000, 900_000_000]);
  });

  it("has no pagu figures without a pagu", () => {
    const none = summarize(buildProposal({ lines: [okLine(1)], meta: { pagu: null } }), rs);
    expect(none.pagu).toBeUndefined();
    expect(none.sisa).toBeUndefined();
    expect(none.disbursement).toBeUndefined();
    expect(none.total).toBe(20_000_000);
  });
});

describe("disbursement", () => {
  const spec = rs.disbursement;
  it("is one lump sum up to Rp1 M, stages above", () => {
    expect(planDisbursement(1_000_000_000, spec)).toMatchObject({
      scheme: "lumpSum",
      stages: [{ amount: 1_000_000_000 }],
    });
    expect(planDisbursement(1_000_000_001, spec).stages.map((x) => x.amount)).toEqual([
      250_000_000.25, 450_000_000.45, 300_000_000.3,
    ]);
  });

  it("gives the next stage and its conditions", () => {
    const pagu = 2_000_000_000;
    expect(nextStage(pagu, { diterima: 0, serapan: 0 }, spec)).toMatchObject({
      kind: "request",
      stage: { name: "Tahap I" },
      amount: 500_000_000,
    });
    expect(nextStage(pagu, { diterima: 500_000_000, serapan: 375_000_000 }, spec)).toMatchObject({
      kind: "request",
      stage: { name: "Tahap II" },
      amount: 900_000_000,
    });
    expect(nextStage(pagu, { diterima: 500_000_000, serapan: 374_999_999 }, spec)).toMatchObject({
      kind: "notYet",
      unmet: [{ what: "serapan", required: 0.75 }],
    });
    expect(nextStage(pagu, { diterima: 1_400_000_000, serapan: 1_260_000_000, output: 0.69 }, spec)).toMatchObject({
      kind: "notYet",
      stage: { name: "Tahap III" },
      amount: 600_000_000,
      unmet: [{ what: "output", actual: 0.69, required: 0.7 }],
    });
    expect(nextStage(pagu, { diterima: 1_400_000_000, serapan: 1_260_000_000, output: 0.7 }, spec)).toMatchObject({
      kind: "request",
      amount: 600_000_000,
    });
    expect(nextStage(pagu, { diterima: 2_000_000_000, serapan: 0 }, spec)).toMatchObject({ kind: "done" });
  });
});

describe("the year's disbursement scheme", () => {
  const ta2022 = getRuleset(2022)!.disbursement;
  const ta2024 = getRuleset(2024)!.disbursement;

  it("TA 2022 releases the pagu in one go; from TA 2024 the lump sum is the contract value (PMK 25/2024 Ps 46)", () => {
    expect(planDisbursement(800_000_000, ta2022)).toMatchObject({
      lumpSumOf: "pagu",
      stages: [{ amount: 800_000_000 }],
    });
    expect(planDisbursement(800_000_000, ta2024, 640_000_000)).toMatchObject({
      lumpSumOf: "contract",
      stages: [{ amount: 640_000_000, share: 0.8 }],
    });
    expect(nextStage(800_000_000, { diterima: 0, serapan: 0 }, ta2022)).toMatchObject({ amount: 800_000_000 });
    expect(nextStage(800_000_000, { diterima: 0, serapan: 0, contract: 640_000_000 }, ta2024)).toMatchObject({
      kind: "request",
      amount: 640_000_000,
    });
    expect(nextStage(800_000_000, { diterima: 0, serapan: 0 }, ta2024)).toMatchObject({ kind: "needsContract" });
  });

  it("measures absorption against the funds received, not against the pagu", () => {
    // 450 M absorbed is 75% of the 600 M received but only 22.5% of the pagu: Tahap II may be asked.
    expect(nextStage(2_000_000_000, { diterima: 600_000_000, serapan: 450_000_000 }, ta2024)).toMatchObject({
      kind: "request",
      stage: { name: "Tahap II" },
    });
  });
});

describe("budget verdicts (what every face shows)", () => {
  const over = buildProposal({
    meta: { pagu: 100_000_000 },
    lines: [
      okLine(1, { volume: 1, harga: 80_000_000 }),
      {
        menu: MP,
        rincian: "Perjalanan Dinas",
        uraian: "Monitoring",
        volume: 1,
        satuan: "OH",
        harga: 6_000_000,
        metode: "Swakelola",
      },
    ],
  });
  const off = (id: "penunjang.cap" | "pagu.exceeded") => ({
    ...rs,
    rules: { ...rs.rules, [id]: { ...rs.rules[id], enabled: false } },
  });

  it("says over, with the rule's severity and basis, when the cap is passed", () => {
    expect(summarize(over, rs).verdicts.penunjang).toMatchObject({
      state: "over",
      cap: 5_000_000,
      excess: 1_000_000,
      rule: { id: "penunjang.cap", enabled: true, severity: rs.rules["penunjang.cap"].severity },
    });
    expect(summarize(over, getRuleset(2022)!).verdicts.penunjang?.rule.severity).toBe("error");
  });

  it("says off when the rule is switched off, and within under the cap", () => {
    expect(summarize(over, off("penunjang.cap")).verdicts.penunjang).toMatchObject({ state: "off", excess: 1_000_000 });
    expect(summarize(buildProposal({ lines: [okLine(1)] }), rs).verdicts).toMatchObject({
      pagu: { state: "within" },
      penunjang: { state: "within", excess: 0 },
    });
  });

  it("gives the pagu verdict the same way", () => {
    const big = buildProposal({ meta: { pagu: 10_000_000 }, lines: [okLine(1)] });
    expect(summarize(big, rs).verdicts.pagu).toMatchObject({ state: "over", excess: 10_000_000 });
    expect(summarize(big, off("pagu.exceeded")).verdicts.pagu).toMatchObject({ state: "off" });
    expect(summarize(buildProposal({ meta: { pagu: null }, lines: [okLine(1)] }), rs).verdicts).toEqual({});
  });
});
