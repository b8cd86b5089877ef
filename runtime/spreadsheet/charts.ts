// Embedded charts: Sheet.newChart() builder, the EmbeddedChart it builds, and the Charts.ChartType enum.
import { CallLedger, guard } from "../calls";

export const ChartType = {
  AREA: "AREA", BAR: "BAR", BUBBLE: "BUBBLE", CANDLESTICK: "CANDLESTICK", COLUMN: "COLUMN", COMBO: "COMBO",
  GAUGE: "GAUGE", GEO: "GEO", HISTOGRAM: "HISTOGRAM", LINE: "LINE", ORG: "ORG", PIE: "PIE", RADAR: "RADAR",
  SCATTER: "SCATTER", SPARKLINE: "SPARKLINE", STEPPED_AREA: "STEPPED_AREA", TABLE: "TABLE",
  TIMELINE: "TIMELINE", TREEMAP: "TREEMAP", WATERFALL: "WATERFALL",
} as const;

/** Minimal Charts service global (only the enum the add-on needs for EmbeddedChartBuilder). */
export function createChartsFake() {
  return guard({ ChartType }, "Charts");
}

export interface ChartSpec {
  chartType: string | null;
  ranges: unknown[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders?: number;
}

let nextChartId = 1;

export class EmbeddedChartFake {
  readonly __id: string;
  constructor(
    private readonly ledger: CallLedger,
    readonly __spec: ChartSpec,
    id?: string,
  ) {
    this.__id = id ?? `u${String(nextChartId++).padStart(6, "0")}`;
  }
  private rec(m: string): void {
    this.ledger.record("EmbeddedChart", m);
  }
  getChartId(): number {
    this.rec("getChartId");
    return Number(this.__id.slice(1));
  }
  getId(): string {
    this.rec("getId");
    return this.__id;
  }
  getRanges(): unknown[] {
    this.rec("getRanges");
    return [...this.__spec.ranges];
  }
  getOptions() {
    this.rec("getOptions");
    const opts = this.__spec.options;
    return guard({ get: (key: string) => opts[key] ?? null }, "ChartOptions");
  }
  getContainerInfo() {
    this.rec("getContainerInfo");
    const p = this.__spec.position;
    return guard(
      {
        getAnchorRow: () => p.anchorRow, getAnchorColumn: () => p.anchorColumn,
        getOffsetX: () => p.offsetX, getOffsetY: () => p.offsetY,
      },
      "ContainerInfo",
    );
  }
  modify(): EmbeddedChartBuilderFake {
    this.rec("modify");
    return newChartBuilder(this.ledger, structuredCloneSpec(this.__spec), this);
  }
}

function structuredCloneSpec(s: ChartSpec): ChartSpec {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

/** A chart builder; `asXxxChart()` just set the type and return the same builder (titles go to options). */
export function newChartBuilder(ledger: CallLedger, start?: ChartSpec, from?: EmbeddedChartFake) {
  const spec: ChartSpec = start ?? {
    chartType: null, ranges: [], options: {}, position: { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
  };
  const rec = (m: string): void => ledger.record("EmbeddedChartBuilder", m);
  const as = (m: string, type: string) => () => {
    rec(m);
    spec.chartType = type;
    return builder;
  };
  const builder = guard(
    {
      setChartType(type: string) { rec("setChartType"); spec.chartType = type; return builder; },
      addRange(range: unknown) { rec("addRange"); spec.ranges.push(range); return builder; },
      removeRange(range: unknown) { rec("removeRange"); spec.ranges = spec.ranges.filter((r) => r !== range); return builder; },
      clearRanges() { rec("clearRanges"); spec.ranges = []; return builder; },
      getRanges() { rec("getRanges"); return [...spec.ranges]; },
      getChartType() { rec("getChartType"); return spec.chartType; },
      setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number) {
        rec("setPosition");
        spec.position = { anchorRow, anchorColumn, offsetX, offsetY };
        return builder;
      },
      setOption(option: string, value: unknown) { rec("setOption"); spec.options[option] = value; return builder; },
      setTitle(title: string) { rec("setTitle"); spec.options.title = title; return builder; },
      setNumHeaders(n: number) { rec("setNumHeaders"); spec.numHeaders = n; return builder; },
      setTransposeRowsAndColumns(t: boolean) { rec("setTransposeRowsAndColumns"); spec.options.transpose = t; return builder; },
      setStacked() { rec("setStacked"); spec.options.isStacked = true; return builder; },
      setLegendPosition(p: unknown) { rec("setLegendPosition"); spec.options["legend.position"] = p; return builder; },
      asBarChart: as("asBarChart", ChartType.BAR),
      asColumnChart: as("asColumnChart", ChartType.COLUMN),
      asLineChart: as("asLineChart", ChartType.LINE),
      asPieChart: as("asPieChart", ChartType.PIE),
      asAreaChart: as("asAreaChart", ChartType.AREA),
      build(): EmbeddedChartFake {
        rec("build");
        // A chart needs a type (developers.google.com/apps-script/reference/spreadsheet/embedded-chart-builder).
        if (spec.chartType === null) throw new Error("Chart type must be set before building the chart.");
        // A modified chart keeps its id; Sheet.updateChart(chart) puts it in place of the old one.
        return guard(new EmbeddedChartFake(ledger, structuredCloneSpec(spec), from?.__id), "EmbeddedChart");
      },
    },
    "EmbeddedChartBuilder",
  );
  return builder;
}

export type EmbeddedChartBuilderFake = ReturnType<typeof newChartBuilder>;
