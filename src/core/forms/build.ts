// Builds the pendamping form's spec (SPEC section 2) from the registry: who may report, which
// cooperatives per kabupaten/kota, and the visit questions with their checks. Pure.
import type { Koperasi, Pendamping, Registry } from "../model";
import type { Settings } from "../settings/types";
import { compareNames } from "../summaries/table";
import {
  FORM_CONFIRMATION, FORM_PAGES, FORM_TITLE, FORM_VALIDATION_MESSAGES, QUESTIONS, QUESTION_HELP,
  formDescription, koperasiChoice, koperasiQuestionTitle, pendampingChoice,
} from "../text/form";
import { LAND_LABELS, NO, NO_OBSTACLE, SOURCE_LABELS, STAGE_LABELS, YES } from "../text/sheets";
import { DATA_SOURCES, LAND_STATUSES, STAGES } from "../model";
import type { FormSpec, PageSpec, QuestionSpec } from "./spec";

/**
 * `lat, lon` as people type or paste it: "-8.58, 116.1", "-8,58; 116,1", "-8.583 116.116" is not
 * accepted (a separator is needed). Forms' "matches" checks the whole answer (RE2 syntax).
 */
export const COORDINATE_PATTERN = String.raw`^\s*-?\d{1,2}([.,]\d+)?\s*[,;]\s*-?\d{1,3}([.,]\d+)?\s*$`;

let idCollator: Intl.Collator | null = null;

/** Ids sort like people count: P2 before P10; ties by raw text so the order is total (one collator for all). */
export function compareIds(a: string, b: string): number {
  idCollator ??= new Intl.Collator("id", { numeric: true, sensitivity: "base" });
  return idCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The active pendamping who report (seed 003: of the 78 PPPK only the pendamping koperasi visit sites):
 * `Jenis` Koperasi or blank (a registry without the column), or any with a cooperative assigned. UKM and
 * KUR staff without a cooperative are left out, so a field officer's list is not padded with names that
 * never report.
 */
function activePendamping(registry: Registry): Pendamping[] {
  const assigned = new Set<string>();
  for (const k of registry.koperasiById.values()) assigned.add(k.pendampingId);
  return [...registry.pendampingById.values()]
    .filter((p) => p.active && (p.kind === "Koperasi" || p.kind === "" || assigned.has(p.id)))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Cooperatives per kabupaten/kota, regencies sorted, cooperatives sorted by name (then id). */
export function koperasiByRegency(registry: Registry): Array<{ regency: string; koperasi: Koperasi[] }> {
  const groups = new Map<string, Koperasi[]>();
  for (const k of registry.koperasiById.values()) {
    const regency = k.regency.trim();
    if (!regency) continue;
    const list = groups.get(regency) ?? [];
    list.push(k);
    groups.set(regency, list);
  }
  return [...groups.keys()].sort(compareNames).map((regency) => ({
    regency,
    koperasi: groups.get(regency)!.sort((a, b) => compareNames(a.name, b.name) || compareIds(a.id, b.id)),
  }));
}

function startPage(registry: Registry, regencies: string[]): PageSpec {
  return {
    kind: "start", regency: null, title: "", help: "", next: null,
    questions: [
      {
        kind: "list", title: QUESTIONS.pendamping, help: QUESTION_HELP.pendamping, required: true,
        choices: activePendamping(registry).map((p) => ({ value: pendampingChoice(p.id, p.name) })),
      },
      {
        kind: "multipleChoice", title: QUESTIONS.regency, help: QUESTION_HELP.regency, required: true,
        choices: regencies.map((r) => ({ value: r, goToRegency: r })),
      },
    ],
  };
}

function regencyPage(regency: string, koperasi: Koperasi[]): PageSpec {
  return {
    kind: "regency", regency, title: FORM_PAGES.regencyTitle(regency), help: FORM_PAGES.regencyHelp, next: "details",
    questions: [
      {
        kind: "list", title: koperasiQuestionTitle(regency), help: QUESTION_HELP.koperasi(regency), required: true,
        choices: koperasi.map((k) => ({ value: koperasiChoice(k.id, k.name, k.village) })),
      },
    ],
  };
}

function detailsQuestions(settings: Settings): QuestionSpec[] {
  return [
    { kind: "date", title: QUESTIONS.visitDate, help: QUESTION_HELP.visitDate(settings.maxReportAgeDays), required: true },
    {
      kind: "multipleChoice", title: QUESTIONS.landStatus, help: QUESTION_HELP.landStatus, required: true,
      choices: LAND_STATUSES.map((s) => ({ value: LAND_LABELS[s] })),
    },
    {
      kind: "text", title: QUESTIONS.landArea, help: QUESTION_HELP.landArea, required: false,
      validation: { type: "numberGreaterThan", min: 0, message: FORM_VALIDATION_MESSAGES.landArea },
    },
    {
      kind: "text", title: QUESTIONS.progress, help: QUESTION_HELP.progress, required: true,
      validation: { type: "numberBetween", min: 0, max: 100, message: FORM_VALIDATION_MESSAGES.progress },
    },
    {
      kind: "multipleChoice", title: QUESTIONS.stage, help: QUESTION_HELP.stage, required: true,
      choices: STAGES.map((s) => ({ value: STAGE_LABELS[s] })),
    },
    { kind: "paragraph", title: QUESTIONS.obstacles, help: QUESTION_HELP.obstacles, required: false },
    // SPEC section 8: optional, so older response rows (which lack them) stay valid.
    {
      kind: "checkbox", title: QUESTIONS.obstacleKinds, help: QUESTION_HELP.obstacleKinds, required: false,
      choices: [NO_OBSTACLE, ...settings.obstacleKinds].map((value) => ({ value })),
    },
    {
      kind: "multipleChoice", title: QUESTIONS.source, help: QUESTION_HELP.source, required: false,
      choices: DATA_SOURCES.map((d) => ({ value: SOURCE_LABELS[d] })),
    },
    {
      kind: "multipleChoice", title: QUESTIONS.outlet, help: QUESTION_HELP.outlet, required: false,
      choices: [{ value: YES }, { value: NO }],
    },
    { kind: "text", title: QUESTIONS.photo, help: QUESTION_HELP.photo, required: false },
    {
      kind: "text", title: QUESTIONS.coordinates, help: QUESTION_HELP.coordinates, required: false,
      validation: { type: "pattern", pattern: COORDINATE_PATTERN, message: FORM_VALIDATION_MESSAGES.coordinates },
    },
  ];
}

/** The form as it should be for this registry and these settings. */
export function buildFormSpec(registry: Registry, settings: Settings): FormSpec {
  const groups = koperasiByRegency(registry);
  return {
    title: FORM_TITLE,
    description: formDescription(settings.provinceName),
    confirmation: FORM_CONFIRMATION,
    pages: [
      startPage(registry, groups.map((g) => g.regency)),
      ...groups.map((g) => regencyPage(g.regency, g.koperasi)),
      {
        kind: "details", regency: null, title: FORM_PAGES.detailsTitle, help: FORM_PAGES.detailsHelp,
        next: "submit", questions: detailsQuestions(settings),
      },
    ],
    managedPrefixes: [QUESTIONS.koperasiPrefix],
  };
}

/**
 * Titles of choice questions that would have no choice (no active pendamping, no cooperative with a
 * kabupaten/kota): Forms cannot hold an empty dropdown, so the action stops with REGISTRY_EMPTY first.
 */
export function emptyChoiceQuestions(spec: FormSpec): string[] {
  const out: string[] = [];
  for (const page of spec.pages) {
    for (const q of page.questions) {
      if ((q.kind === "list" || q.kind === "multipleChoice" || q.kind === "checkbox") && q.choices.length === 0) out.push(q.title);
    }
  }
  return out;
}
