import GLPK from 'glpk.js/node';

/**
 * A generic disclosure auditor, independent of the release algorithm: it
 * knows only what each published cell *means* (a sum over the hidden
 * microdata cube) and solves linear programs for the smallest and largest
 * value every sensitive cell can take given everything an attacker knows:
 * every published cell of every release, plus one partner's own figures.
 *
 * The hidden cube is x[partner, month, destination, qualification] of exits,
 * plus, per partner and follow-up offset, how many of its exits' follow-ups
 * are open, completed with the client employed, or completed otherwise.
 * Revisions: release r's cube is the sum of non-negative "late data" cubes
 * Δ1 + … + Δr, so differencing two releases is modelled exactly.
 *
 * Further destinations: y[partner, destination] people went to a destination
 * as a further one (beside their primary one). A person has at most four and
 * never its primary one, so y[p, d] ≤ p's exits − p's primary d, and
 * Σ_d y[p, d] ≤ 4 · p's exits (together exact: a transportation problem); they
 * are in no sum. Modelled only when some release publishes a further cell.
 *
 * Participants (entries of the year): the cube is the entries'
 * x[partner, quarter, gender, status, education, age, category flags], and
 * every published participant cell is a 1-D margin of it, so the auditor
 * keeps one projection per dimension, z[partner, dimension, value], tied by
 * "each partner's projections add up to the same entries" — exact, because
 * any 1-D margins with equal totals are realised by some non-negative cube.
 * Entries are cumulative over revisions like exits. Active at period end is
 * one count per partner and release (not cumulative: exits lower it).
 * Unique participants are not a sum over any cube: the property test checks
 * its rules directly.
 */

export const destinations: Record<string, { quality: boolean; esf: string | null }> = {
  EMPLOYED_OPEN_MARKET: { quality: true, esf: 'IN_EMPLOYMENT' },
  SELF_EMPLOYED: { quality: true, esf: 'IN_EMPLOYMENT' },
  VOCATIONAL_EDUCATION: { quality: true, esf: 'IN_EDUCATION_OR_TRAINING' },
  HIGHER_EDUCATION: { quality: true, esf: 'IN_EDUCATION_OR_TRAINING' },
  LANGUAGE_COURSE: { quality: true, esf: 'IN_EDUCATION_OR_TRAINING' },
  FURTHER_PATH_IN_ORGANISATION: { quality: true, esf: 'IN_EDUCATION_OR_TRAINING' },
  PAY_SUBSIDY_OPEN_MARKET: { quality: false, esf: 'IN_EMPLOYMENT' },
  PAY_SUBSIDY_THIRD_SECTOR: { quality: false, esf: 'IN_EMPLOYMENT' },
  WORK_TRIAL: { quality: false, esf: 'JOB_SEARCHING' },
  SEARCH_IN_ANOTHER_TOWN: { quality: false, esf: 'JOB_SEARCHING' },
  UNEMPLOYED: { quality: false, esf: 'JOB_SEARCHING' },
  REHABILITATIVE_WORK_ACTIVITY: { quality: false, esf: null },
  KELA_VOCATIONAL_REHABILITATION: { quality: false, esf: null },
  OUT_OF_LABOUR_FORCE: { quality: false, esf: null },
  OTHER: { quality: false, esf: null },
  UNKNOWN: { quality: false, esf: null },
};
const dests = Object.keys(destinations);
/** Participant dimensions and their values, as the release names them ('pt:<dim>:<value>'; categories 'cat:<C>' yes | no). */
export const participantDimensions: Record<string, string[]> = {
  quarter: ['1', '2', '3', '4'],
  gender: ['FEMALE', 'MALE', 'NON_BINARY'],
  status: ['UNEMPLOYED', 'LONG_TERM_UNEMPLOYED', 'INACTIVE', 'EMPLOYED'],
  education: ['ISCED_0_2', 'ISCED_3_4', 'ISCED_5_8'],
  age: ['UNDER_18', '18_29', '30_54', '55_PLUS'],
  ...Object.fromEntries(['DISABILITY', 'THIRD_COUNTRY_NATIONAL', 'FOREIGN_BACKGROUND', 'MINORITY', 'HOMELESS', 'RURAL_AREA'].map((c) => [`cat:${c}`, ['yes', 'no']])),
};
const ptDims = Object.keys(participantDimensions);
const months = Array.from({ length: 12 }, (_, i) => i + 1);
const statuses = ['employed', 'not_employed', 'open'] as const;
type Status = (typeof statuses)[number];

/** One organisation's exits in one month to one destination, and its follow-ups' state per offset. */
export interface Microdata {
  exits: Array<{ org: string; month: number; destination: string; qualification: boolean; n: number }>;
  /** per org and offset: follow-ups of the year's exits by state (sum = the org's exits) */
  followUps: Array<{ org: string; offset: string; status: Status; n: number }>;
  /** per org: people with a further destination (year totals) */
  further?: Array<{ org: string; destination: string; n: number }>;
  /** per org: the year's entries per dimension value (each dimension adds up to the org's entries) */
  participants?: Array<{ org: string; dim: string; value: string; n: number }>;
  /** per org: entry records active at the year's end */
  active?: Array<{ org: string; n: number }>;
}

export type PublishedCells = Map<string, { value: number | null; suppressed: boolean }>;

type Term = { name: string; coef: number };
/** A cell's meaning: which cube entries it sums. */
type Cube = { p: string; m: number; d: string; g: boolean };
type Definition = {
  exits?: (x: Cube) => boolean;
  fu?: (p: string, offset: string, s: Status) => boolean;
  further?: (p: string, d: string) => boolean;
  pt?: (p: string, dim: string, v: string) => boolean;
  active?: (p: string) => boolean;
};

const isQuality = (d: string) => destinations[d]!.quality;
const allExits: Definition = { exits: () => true };

/** What a published cell name means, or null for cells that are not counts of exits or follow-ups. */
const definitions = new Map<string, Definition | null>();
export function definitionOf(name: string): Definition | null {
  if (!definitions.has(name)) definitions.set(name, define(name));
  return definitions.get(name)!;
}

function define(name: string): Definition | null {
  const parts = name.split(':');
  const measure = (m: string, x: Cube) => m === 'exits' || (m === 'quality' ? isQuality(x.d) : m === 'non_quality' ? !isQuality(x.d) : false);
  if (name === 'exits' || name === 'quality' || name === 'non_quality') return { exits: (x) => measure(name, x) };
  if (name === 'qualification') return { exits: (x) => x.g };
  if (name === 'no_qualification') return { exits: (x) => !x.g };
  if (parts[0] === 'dest') return { exits: (x) => x.d === parts[1] };
  if (parts[0] === 'further' && parts.length === 2) return { further: (_p, d) => d === parts[1] };
  if (parts[0] === 'esf') return { exits: (x) => destinations[x.d]!.esf === parts[1] };
  if (parts[0] === 'partner' && parts.length === 3) return { exits: (x) => x.p === parts[1] && measure(parts[2]!, x) };
  if (parts[0] === 'month' && parts.length === 3) return { exits: (x) => x.m === Number(parts[1]) && measure(parts[2]!, x) };
  if (parts[0] === 'quarter' && parts.length === 3) return { exits: (x) => Math.ceil(x.m / 3) === Number(parts[1]) && measure(parts[2]!, x) };
  if (parts[0] === 'fu' && parts.length === 3) {
    const [, offset, what] = parts as [string, string, string];
    const states: Record<string, Status[]> = { completed: ['employed', 'not_employed'], open: ['open'], employed: ['employed'], not_employed: ['not_employed'] };
    if (!states[what]) return null;
    return { fu: (_p, o, s) => o === offset && states[what]!.includes(s) };
  }
  if (name === 'pt:entries') return { pt: (_p, dim) => dim === 'quarter' };
  if (name === 'pt:active') return { active: () => true };
  if (parts[0] === 'pt' && parts[1] === 'partner') return { pt: (p, dim) => p === parts[2] && dim === 'quarter' };
  if (parts[0] === 'pt' && parts[1] === 'status' && parts[2] === 'UNEMPLOYED_ALL') return { pt: (_p, dim, v) => dim === 'status' && (v === 'UNEMPLOYED' || v === 'LONG_TERM_UNEMPLOYED') };
  if (parts[0] === 'pt' && parts[1] === 'cat') return { pt: (_p, dim, v) => dim === `cat:${parts[2]}` && v === 'yes' };
  if (parts[0] === 'pt' && parts.length === 3 && participantDimensions[parts[1]!]) return { pt: (_p, dim, v) => dim === parts[1] && v === parts[2] };
  if (name === 'fu:completed') return { fu: (_p, _o, s) => s !== 'open' };
  if (name === 'fu:completed_6m') return { fu: (_p, o, s) => o === '6 mons' && s !== 'open' };
  if (name === 'fu:employed_6m') return { fu: (_p, o, s) => o === '6 mons' && s === 'employed' };
  return null;
}

export interface Leak {
  attacker: string;
  cell: string;
  truth: number;
  min: number;
  max: number;
  release: number;
}

export interface AuditInput {
  orgs: string[];
  offsets: string[];
  /** Releases in order: what was published, and the microdata each was computed from (cumulative). */
  releases: Array<{ cells: PublishedCells; data: Microdata }>;
  k: number;
  /** Width an interval must have (default k). */
  width?: number;
  /** Who attacks: every partner and nobody (a funder) by default. */
  attackers?: Array<string | null>;
  /** Sensitive cross cells of another partner: destinations and months (default true). */
  crossCells?: boolean;
}

function count(data: Microdata, def: Definition, org?: string): number {
  let n = 0;
  if (def.exits) for (const e of data.exits) if ((!org || e.org === org) && def.exits({ p: e.org, m: e.month, d: e.destination, g: e.qualification })) n += e.n;
  if (def.fu) for (const f of data.followUps) if ((!org || f.org === org) && def.fu(f.org, f.offset, f.status)) n += f.n;
  if (def.further) for (const f of data.further ?? []) if ((!org || f.org === org) && def.further(f.org, f.destination)) n += f.n;
  if (def.pt) for (const z of data.participants ?? []) if ((!org || z.org === org) && def.pt(z.org, z.dim, z.value)) n += z.n;
  if (def.active) for (const a of data.active ?? []) if ((!org || a.org === org) && def.active(a.org)) n += a.n;
  return n;
}

const glpkPromise = GLPK();
/** Linear programs solved and the time spent in the solver, for the property test's log. */
export const stats = { solves: 0, ms: 0 };

/** One term per variable (GLPK refuses duplicates). */
function merged(terms: Term[]): Term[] {
  const byName = new Map<string, number>();
  for (const t of terms) byName.set(t.name, (byName.get(t.name) ?? 0) + t.coef);
  return [...byName].map(([name, coef]) => ({ name, coef }));
}

/**
 * Every sensitive cell whose feasible interval, for some attacker, is narrower
 * than the protection width although its true value is 1..k-1 (an empty list
 * means nothing can be picked apart).
 */
export async function audit(input: AuditInput): Promise<Leak[]> {
  const glpk = await glpkPromise;
  const width = input.width ?? input.k;
  const attackers = input.attackers ?? [null, ...input.orgs];
  const leaks: Leak[] = [];
  for (const attacker of attackers) {
    const others = input.orgs.filter((o) => o !== attacker);
    // Variables: Δr[p,m,d,g] and Δr-follow-ups[p,o,s] of every other partner, for every release r.
    const vx = (r: number, p: string, m: number, d: string, g: boolean) => `x${r}_${input.orgs.indexOf(p)}_${m}_${dests.indexOf(d)}_${g ? 1 : 0}`;
    const vf = (r: number, p: string, o: string, s: Status) => `f${r}_${input.orgs.indexOf(p)}_${input.offsets.indexOf(o)}_${s}`;
    const vy = (r: number, p: string, d: string) => `y${r}_${input.orgs.indexOf(p)}_${dests.indexOf(d)}`;
    const vz = (r: number, p: string, dim: string, v: string) => `z${r}_${input.orgs.indexOf(p)}_${ptDims.indexOf(dim)}_${participantDimensions[dim]!.indexOf(v)}`;
    const va = (r: number, p: string) => `a${r}_${input.orgs.indexOf(p)}`;
    const zero = new Set<string>();
    // The cube's entries of one partner, once: which of them a cell sums is remembered per cell.
    const entries = others.flatMap((p) => months.flatMap((m) => dests.flatMap((d) => [false, true].map((g) => ({ p, m, d, g })))));
    const members = new Map<Definition, Cube[]>();
    const membersOf = (def: Definition) => {
      if (!members.has(def)) members.set(def, def.exits ? entries.filter((x) => def.exits!(x)) : []);
      return members.get(def)!;
    };
    /** Terms of a cell over release R's cube (sum of Δ1..ΔR, or ΔR alone), restricted to one partner if given. */
    const terms = (def: Definition, R: number, only?: string, changeOnly = false): Term[] => {
      const t: Term[] = [];
      const cube = membersOf(def).filter((x) => !only || x.p === only);
      for (let r = changeOnly ? R : 0; r <= R; r++) {
        for (const x of cube) {
          const name = vx(r, x.p, x.m, x.d, x.g);
          if (!zero.has(name)) t.push({ name, coef: 1 });
        }
      }
      // further destinations are cumulative like exits
      if (def.further) {
        for (let r = changeOnly ? R : 0; r <= R; r++) {
          for (const p of only ? [only] : others) for (const d of dests) if (def.further(p, d) && !zero.has(vy(r, p, d))) t.push({ name: vy(r, p, d), coef: 1 });
        }
      }
      // entries are cumulative like exits; active at the year's end is one count per release
      if (def.pt) {
        for (let r = changeOnly ? R : 0; r <= R; r++) {
          for (const p of only ? [only] : others) {
            for (const dim of ptDims) for (const v of participantDimensions[dim]!) if (def.pt(p, dim, v) && !zero.has(vz(r, p, dim, v))) t.push({ name: vz(r, p, dim, v), coef: 1 });
          }
        }
      }
      if (def.active) for (const p of only ? [only] : others) if (def.active(p) && !zero.has(va(R, p))) t.push({ name: va(R, p), coef: 1 });
      // follow-up states are not cumulative (open ones get completed): one set per release
      if (def.fu) for (const p of only ? [only] : others) for (const o of input.offsets) for (const st of statuses) if (def.fu(p, o, st)) t.push({ name: vf(R, p, o, st), coef: 1 });
      return t;
    };
    const constraints: Array<{ name: string; vars: Term[]; bnds: { type: number; lb: number; ub: number } }> = [];
    const fix = (name: string, vars: Term[], value: number) => constraints.push({ name, vars: merged(vars), bnds: { type: glpk.GLP_FX, lb: value, ub: value } });
    const atMostZero = (name: string, vars: Term[]) => constraints.push({ name, vars: merged(vars), bnds: { type: glpk.GLP_UP, lb: 0, ub: 0 } });
    const furtherPublished = input.releases.some((r) => [...r.cells].some(([name, c]) => name.startsWith('further:') && !c.suppressed && c.value !== null));
    const participantsPublished = input.releases.some((r) => [...r.cells].some(([name, c]) => name.startsWith('pt:') && !c.suppressed && c.value !== null));
    input.releases.forEach((release, R) => {
      for (const [name, cell] of release.cells) {
        if (cell.suppressed || cell.value === null) continue;
        const def = definitionOf(name);
        if (!def) continue;
        const own = attacker ? count(release.data, def, attacker) : 0;
        const vars = terms(def, R);
        if (vars.length === 0) continue;
        // a published zero (after the attacker's own) fixes every entry it sums: drop them (exact, and fast)
        if (cell.value - own === 0 && !def.fu) for (const term of vars) zero.add(term.name);
        else fix(`c${R}_${constraints.length}`, vars, cell.value - own);
      }
      // each exit has one state per offset (only offsets the release reports)
      const reported = input.offsets.filter((o) => release.cells.has(`fu:${o}:open`));
      for (const p of others) {
        for (const o of reported) {
          // release R's exits are the late data of every release up to R
          fix(`s${R}_${constraints.length}`, [
            ...statuses.map((s) => ({ name: vf(R, p, o, s), coef: 1 })),
            ...terms(allExits, R, p).map((t) => ({ name: t.name, coef: -1 })),
          ], 0);
        }
      }
      // each partner's participant projections add up to the same entries (late entries Δr alike)
      if (participantsPublished) {
        for (const p of others) {
          const quarter = participantDimensions.quarter!.map((v) => ({ name: vz(R, p, 'quarter', v), coef: 1 }));
          for (const dim of ptDims.filter((d) => d !== 'quarter')) {
            fix(`z${R}_${constraints.length}`, [...quarter, ...participantDimensions[dim]!.map((v) => ({ name: vz(R, p, dim, v), coef: -1 }))], 0);
          }
        }
      }
      if (!furtherPublished) return;
      // further destinations of release R (cumulative): y[p, d] ≤ exits − primary d, Σ_d y[p, d] ≤ 4 · exits
      for (const p of others) {
        const exitTerms = terms(allExits, R, p);
        for (const d of dests) {
          atMostZero(`y${R}_${constraints.length}`, [
            ...terms({ further: (_q, e) => e === d }, R, p),
            ...exitTerms.filter((t) => Number(t.name.split('_')[3]) !== dests.indexOf(d)).map((t) => ({ name: t.name, coef: -1 })),
          ]);
        }
        atMostZero(`y${R}_${constraints.length}`, [
          ...terms({ further: () => true }, R, p),
          ...exitTerms.map((t) => ({ name: t.name, coef: -4 })),
        ]);
      }
    });
    for (const c of constraints) c.vars = c.vars.filter((term) => !zero.has(term.name));
    const live = constraints.filter((c) => c.vars.length > 0);
    // Sensitive cells: every cell's rest (pooled minus the attacker's own), and every other partner's cells.
    const targets: Array<{ name: string; def: Definition; only?: string }> = [];
    const base = [...new Set(input.releases.flatMap((r) => [...r.cells.keys()]))].filter((n) => definitionOf(n) && !n.startsWith('partner:'));
    for (const name of base) targets.push({ name, def: definitionOf(name)! });
    for (const q of others) {
      targets.push({ name: `partner:${q}:exits`, def: { exits: () => true }, only: q });
      targets.push({ name: `partner:${q}:quality`, def: { exits: (x) => isQuality(x.d) }, only: q });
      targets.push({ name: `partner:${q}:non_quality`, def: { exits: (x) => !isQuality(x.d) }, only: q });
      if (input.crossCells ?? true) {
        for (const d of dests) targets.push({ name: `partner:${q}:dest:${d}`, def: { exits: (x) => x.d === d }, only: q });
        targets.push({ name: `partner:${q}:qualification`, def: { exits: (x) => x.g }, only: q });
        for (const d of dests) targets.push({ name: `partner:${q}:further:${d}`, def: { further: (_p, e) => e === d }, only: q });
        if (participantsPublished) {
          for (const dim of ptDims) for (const v of participantDimensions[dim]!) targets.push({ name: `partner:${q}:pt:${dim}:${v}`, def: { pt: (_p, d, w) => d === dim && w === v }, only: q });
        }
      }
    }
    // Entries with the same constraints (and coefficients) form one group.
    const membership = new Map<string, Array<[number, number]>>();
    live.forEach((c, ci) => {
      for (const t of c.vars) {
        if (!membership.has(t.name)) membership.set(t.name, []);
        membership.get(t.name)!.push([ci, t.coef]);
      }
    });
    const groupOf = new Map<string, number>();
    const groups: Array<{ size: number; rows: Array<[number, number]> }> = [];
    const groupByKey = new Map<string, number>();
    for (const [name, rows] of membership) {
      const key = rows.map(([ci, coef]) => `${ci}:${coef}`).join(',');
      let gid = groupByKey.get(key);
      if (gid === undefined) {
        gid = groups.length;
        groupByKey.set(key, gid);
        groups.push({ size: 0, rows });
      }
      groups[gid]!.size++;
      groupOf.set(name, gid);
    }
    const rest = (data: Microdata, target: (typeof targets)[number]) =>
      count(data, target.def, target.only) - (target.only || !attacker ? 0 : count(data, target.def, attacker));
    input.releases.forEach((release, R) => {
      // a cell of release R, and (from the second release on) its change since the one before
      for (const [target, change] of [...targets.map((t) => [t, false] as const), ...(R > 0 ? targets.filter((t) => t.def.exits || t.def.further || t.def.pt).map((t) => [t, true] as const) : [])]) {
        const truth = rest(release.data, target) - (change ? rest(input.releases[R - 1]!.data, target) : 0);
        if (truth < 1 || truth >= input.k) continue;
        // a published cell minus the attacker's own is known exactly: no program needed
        const cell = change ? undefined : release.cells.get(target.name);
        if (cell && !cell.suppressed && cell.value !== null && !target.only) {
          leaks.push({ attacker: attacker ?? 'funder', cell: target.name, truth, min: truth, max: truth, release: R + 1 });
          continue;
        }
        const vars = merged(terms(target.def, R, target.only, change));
        if (vars.length === 0) {
          leaks.push({ attacker: attacker ?? 'funder', cell: (change ? 'change of ' : '') + target.name, truth, min: 0, max: 0, release: R + 1 });
          continue;
        }
        // Entries that every constraint and the target treat alike are merged into one variable
        // (their sum): the bounds are the same, the programs far smaller.
        if (vars.some((t) => !groupOf.has(t.name))) continue; // an entry nothing constrains: unbounded
        const inTarget = new Map<number, number>();
        for (const t of vars) inTarget.set(groupOf.get(t.name)!, (inTarget.get(groupOf.get(t.name)!) ?? 0) + 1);
        const rows = live.map((c) => ({ name: c.name, bnds: c.bnds, vars: [] as Term[] }));
        const objective: Term[] = [];
        groups.forEach((group, gid) => {
          const inside = inTarget.get(gid) ?? 0;
          const parts = inside === 0 ? [`g${gid}`] : inside === group.size ? [`g${gid}t`] : [`g${gid}t`, `g${gid}`];
          for (const name of parts) {
            for (const [ci, coef] of group.rows) rows[ci]!.vars.push({ name, coef });
            if (name.endsWith('t')) objective.push({ name, coef: 1 });
          }
        });
        const solve = (direction: number) =>
          glpk.solve({ name: 'audit', objective: { direction, name: 'z', vars: objective }, subjectTo: rows }, { msglev: glpk.GLP_MSG_OFF, presol: false });
        const t0 = performance.now();
        // the true value lies inside [min, max]: a maximum at least `width` above it settles the cell
        const hi = solve(glpk.GLP_MAX).result;
        // the true data satisfies every constraint: an infeasible program is a bug in this model, not a pass
        if (hi.status === glpk.GLP_NOFEAS || hi.status === glpk.GLP_INFEAS) throw new Error(`auditor: no solution for ${target.name}, release ${R + 1}`);
        const max = hi.status === glpk.GLP_OPT ? hi.z : Infinity;
        stats.solves++;
        if (max >= truth + width - 1e-6) {
          stats.ms += performance.now() - t0;
          continue;
        }
        const lo = solve(glpk.GLP_MIN).result;
        stats.solves++;
        const min = lo.status === glpk.GLP_OPT ? lo.z : -Infinity;
        stats.ms += performance.now() - t0;
        if (max - min < width - 1e-6) leaks.push({ attacker: attacker ?? 'funder', cell: (change ? 'change of ' : '') + target.name, truth, min, max, release: R + 1 });
      }
    });
  }
  return leaks;
}
