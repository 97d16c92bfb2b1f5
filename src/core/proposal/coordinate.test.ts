import { gridOf } from "../../../test/helpers/grid-builder";
import { validate } from "../rules/validate";
import { getRuleset } from "../rules/bundled";
import { parseCoordinate } from "./coordinate";
import { readProposal } from "./read-proposal";
import { comparePlacedCellsAsPlain } from "../../../test/helpers/placed-cells";

comparePlacedCellsAsPlain();

describe("coordinates typed as text", () => {
  it.each([
    ["106.845", "longitude", 106.845],
    ["106,845", "longitude", 106.845],
    ["-6.74512", "latitude", -6.74512],
    ["\u2212 6,7", "latitude", -6.7],
    [" 108.50633\u00a0", "longitude", 108.50633],
    ["110", "longitude", 110],
    ["6.745°", "latitude", 6.745],
    ["6,745º", "latitude", 6.745],
    ["6,745° LS", "latitude", -6.745],
    ["6.745 S", "latitude", -6.745],
    ["6.745s", "latitude", -6.745],
    ["3.59 LU", "latitude", 3.59],
    ["3.59° N", "latitude", 3.59],
    ["106.845° BT", "longitude", 106.845],
    ["106.845 E", "longitude", 106.845],
    ["106.845 BB", "longitude", -106.845],
    ["106.845 W.", "longitude", -106.845],
  ] as const)("%j as %s reads as %d", (text, axis, value) => {
    expect(parseCoordinate(text, axis)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234.567", "longitude", "COORD_GROUPING"],
    ["106.845,5", "longitude", "COORD_GROUPING"],
    ["6°44'30\" LS", "latitude", "COORD_DMS"],
    ["6° 44,5′ S", "latitude", "COORD_DMS"],
    ["6.7 BT", "latitude", "COORD_HEMISPHERE_AXIS"],
    ["106.8 LS", "longitude", "COORD_HEMISPHERE_AXIS"],
    ["-6.7 LS", "latitude", "COORD_SIGN_AND_HEMISPHERE"],
    ["6.7 XY", "latitude", "COORD_FORMAT"],
    ["Desa Tegalwangi", "latitude", "COORD_FORMAT"],
    ["enam", "latitude", "COORD_FORMAT"],
    ["6.", "latitude", "COORD_FORMAT"],
    ["Rp6", "latitude", "COORD_FORMAT"],
  ] as const)("%j as %s is refused: %s", (text, axis, reason) => {
    expect(parseCoordinate(text, axis)).toEqual({ ok: false, reason });
  });
});

describe("coordinate columns in a proposal", () => {
  const HEADER = [
    "No",
    "Menu",
    "Rincian",
    "Uraian",
    "Volume",
    "Satuan",
    "Harga Satuan",
    "Jumlah",
    "Latitude",
    "Longitude",
  ];
  const M = "Pembangunan dan Revitalisasi Sentra IKM";
  const row = (lat: unknown, lon: unknown) => [1, M, "Gudang", "Gudang bahan", 1, "m2", 1000, 1000, lat, lon];
  const read = (lat: unknown, lon: unknown) =>
    readProposal([gridOf("RK", [HEADER, row(lat, lon)] as never)]).parts[0].lines[0];
  const coordFindings = (lat: unknown, lon: unknown) => {
    const proposal = readProposal([gridOf("RK", [HEADER, row(lat, lon)] as never)]);
    return validate(proposal, getRuleset(2020)!)
      .filter((f) => ["I2", "J2"].includes(f.cell))
      .map((f) => [f.code, f.cell, f.params.reason ?? f.params.value]);
  };

  it("reads a dot decimal as a coordinate, not as thousands (NUMBER_AS_TEXT, no COORD_INVALID)", () => {
    const line = read("-6.74512", "106.845");
    expect(line.latitude).toEqual({ kind: "number", value: -6.74512, cell: "I2", fromText: "-6.74512" });
    expect(line.longitude).toEqual({ kind: "number", value: 106.845, cell: "J2", fromText: "106.845" });
    expect(coordFindings("-6.74512", "106.845")).toEqual([
      ["NUMBER_AS_TEXT", "I2", -6.74512],
      ["NUMBER_AS_TEXT", "J2", 106.845],
    ]);
  });

  it("reads hemispheres and degree signs", () => {
    const line = read("6,74512° LS", "108,5 BT");
    expect(line.latitude).toMatchObject({ kind: "number", value: -6.74512 });
    expect(line.longitude).toMatchObject({ kind: "number", value: 108.5 });
  });

  it("reports unreadable coordinate text as NOT_A_NUMBER with the coordinate reason", () => {
    expect(coordFindings("6°44'30\" LS", "108.5 LS")).toEqual([
      ["NOT_A_NUMBER", "I2", "COORD_DMS"],
      ["NOT_A_NUMBER", "J2", "COORD_HEMISPHERE_AXIS"],
    ]);
  });

  it("still checks that a coordinate read from text lies in Indonesia", () => {
    expect(coordFindings("6,7 LU", "-106.8")).toEqual([
      ["NUMBER_AS_TEXT", "I2", 6.7],
      ["NUMBER_AS_TEXT", "J2", -106.8],
      ["COORD_INVALID", "I2", 6.7],
      ["COORD_INVALID", "J2", -106.8],
    ]);
  });

  it("keeps numbers, blanks and Excel errors as before", () => {
    const line = read(-6.7, null);
    expect(line.latitude).toEqual({ kind: "number", value: -6.7, cell: "I2" });
    expect(line.longitude).toEqual({ kind: "empty", cell: "J2" });
    expect(read("-", "108.5").latitude).toEqual({ kind: "empty", cell: "I2" });
  });
});
