import { GUIDE_PROCEDURES, type GuideMarker, type GuideProcedure, type GuideStepDef } from './procedures';

/** Where the trainee is: the page's path and what the page said about itself. */
export interface GuideLocation {
  path: string;
  markers: readonly GuideMarker[];
}

/** `/portefeuille/ajouter?x=1#y` → `/portefeuille/ajouter`; no trailing slash but for the root. */
export function pathOf(url: string): string {
  const path = url.split(/[?#]/)[0].replace(/\/+$/, '');
  return path === '' ? '/' : path;
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/** How specific the match is (its literal segments), or null when the pattern does not match. */
function scoreOf(pattern: string, segments: readonly string[]): number | null {
  const parts = segmentsOf(pattern);
  let literals = 0;
  for (const [index, part] of parts.entries()) {
    if (part === '**') {
      return literals;
    }
    const segment = segments[index];
    if (segment === undefined) {
      return null;
    }
    if (!part.startsWith(':')) {
      if (part !== segment) {
        return null;
      }
      literals += 1;
    }
  }
  return parts.length === segments.length ? literals : null;
}

function patternsOf(step: GuideStepDef): string[] {
  return [...(step.urls ?? []), ...(step.weakUrls ?? [])];
}

/**
 * The score of the most specific pattern, of any procedure, that matches the path: as in the
 * router, `/comptes/transfert` is that page, not `/comptes/:personId`, for every procedure.
 */
function bestScoreAt(segments: readonly string[]): number | null {
  let best: number | null = null;
  for (const procedure of GUIDE_PROCEDURES) {
    for (const step of procedure.steps) {
      for (const pattern of patternsOf(step)) {
        const score = scoreOf(pattern, segments);
        if (score !== null && (best === null || score > best)) {
          best = score;
        }
      }
    }
  }
  return best;
}

function matchesAny(patterns: readonly string[] | undefined, segments: readonly string[], best: number): boolean {
  return (patterns ?? []).some((pattern) => scoreOf(pattern, segments) === best);
}

/** The numbers of the procedure's steps the trainee may be at here: markers first, else the URL. */
export function stepsAt(procedure: GuideProcedure, location: GuideLocation): number[] {
  const marked = procedure.steps.filter((step) => step.markers?.some((marker) => location.markers.includes(marker)));
  if (marked.length > 0) {
    return marked.map((step) => step.number);
  }
  const segments = segmentsOf(location.path);
  const best = bestScoreAt(segments);
  if (best === null) {
    return [];
  }
  return procedure.steps
    .filter((step) => matchesAny(patternsOf(step), segments, best))
    .map((step) => step.number);
}

/**
 * The step the trainee is at, or null when this page has nothing to do with the procedure. When
 * several steps share the page, the trainee is taken to be moving forward: the first of them at or
 * after `anchor` (the step located last), else the last one before it (they went back).
 */
export function locateStep(procedure: GuideProcedure, location: GuideLocation, anchor: number | null): number | null {
  const candidates = stepsAt(procedure, location);
  if (candidates.length === 0) {
    return null;
  }
  if (anchor === null) {
    return candidates[0];
  }
  return candidates.find((step) => step >= anchor) ?? candidates[candidates.length - 1];
}

/**
 * The procedures this page could choose: those with a step whose `urls` (not `weakUrls`, not
 * markers) match it. The store chooses one only when it is alone.
 */
export function proceduresChosenBy(path: string): GuideProcedure[] {
  const segments = segmentsOf(path);
  const best = bestScoreAt(segments);
  if (best === null) {
    return [];
  }
  return GUIDE_PROCEDURES.filter((procedure) =>
    procedure.steps.some((step) => matchesAny(step.urls, segments, best)),
  );
}
