import { DOCUMENT } from '@angular/common';
import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router } from '@angular/router';
import { SandboxMode } from '@portail/portal-ui';
import { filter } from 'rxjs';
import { type GuideLocation, locateStep, pathOf, proceduresChosenBy, stepsAt } from './guide-location';
import {
  type GuideProgress,
  type ProcedureProgress,
  readEnabled,
  readProgress,
  writeEnabled,
  writeProgress,
} from './guide-storage';
import {
  GUIDE_PROCEDURES,
  type GuideMarker,
  type GuideProcedureId,
  type GuideStepDef,
  procedureById,
} from './procedures';

interface Mark {
  marker: GuideMarker;
  /** A marker speaks for the page that set it: it no longer counts once the trainee leaves. */
  path: string;
}

const NOT_STARTED: ProcedureProgress = { last: null, furthest: 0 };

/** Reading `window.localStorage` itself may throw (storage disabled): then there is none. */
function storageOf(read: () => Storage | undefined): Storage | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * The guided mode: whether it is on, the procedure followed and the step the trainee is at.
 *
 * The step follows the router (and the markers pages set) even while the panel is hidden, so that
 * switching it on shows where the trainee already is. The mode is a training aid: it only shows in
 * the sandbox (SandboxMode, which SandboxClock learns from the API).
 */
@Injectable({ providedIn: 'root' })
export class GuideStore {
  private readonly router = inject(Router);
  private readonly mode = inject(SandboxMode);
  private readonly window = inject(DOCUMENT).defaultView;
  private readonly localStorage = storageOf(() => this.window?.localStorage);
  private readonly sessionStorage = storageOf(() => this.window?.sessionStorage);

  private readonly enabledState = signal(readEnabled(this.localStorage));
  private readonly path = signal(pathOf(this.router.url));
  private readonly marks = signal<readonly Mark[]>([]);
  private readonly progress = signal<GuideProgress>(readProgress(this.sessionStorage));
  private readonly current = signal<number | null>(null);

  readonly procedures = GUIDE_PROCEDURES;
  /** True in the training sandbox only; false too while the API has not told yet. */
  readonly sandbox = computed(() => this.mode.enabled() === true);
  /** The trainee's switch (persisted; off until switched on). */
  readonly enabled = this.enabledState.asReadonly();
  /** The panel shows: the switch is on, in the sandbox. */
  readonly visible = computed(() => this.sandbox() && this.enabled());

  readonly location = computed<GuideLocation>(() => {
    const path = this.path();
    return { path, markers: this.marks().filter((mark) => mark.path === path).map((mark) => mark.marker) };
  });
  readonly procedure = computed(() => procedureById(this.progress().procedure));
  /** The step the trainee is at; null when the page has nothing to do with the procedure. */
  readonly currentStep = computed<GuideStepDef | null>(() => {
    const number = this.current();
    return this.procedure()?.steps.find((step) => step.number === number) ?? null;
  });
  /** The steps before the furthest one reached in this session: shown as passed. */
  readonly passedSteps = computed<ReadonlySet<number>>(() => {
    const procedure = this.procedure();
    const furthest = procedure ? (this.progress().byProcedure[procedure.id]?.furthest ?? 0) : 0;
    return new Set(procedure?.steps.filter((step) => step.number < furthest).map((step) => step.number) ?? []);
  });

  constructor() {
    this.router.events
      .pipe(
        filter((event): event is NavigationEnd => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe((event) => {
        const path = pathOf(event.urlAfterRedirects);
        this.path.set(path);
        this.marks.update((marks) => marks.filter((mark) => mark.path === path));
        this.locate(true);
      });
    // Injected after the first navigation (or reloaded on a page): that page counts too.
    this.locate(true);
  }

  setEnabled(enabled: boolean): void {
    this.enabledState.set(enabled);
    writeEnabled(this.localStorage, enabled);
  }

  toggle(): void {
    this.setEnabled(!this.enabled());
  }

  /** The trainee's or the trainer's choice in the panel; it stands until a page of another procedure. */
  choose(id: GuideProcedureId | null): void {
    this.progress.update((progress) => ({ ...progress, procedure: id }));
    // Saved now: `locate` only saves when the step changes, and a reload must keep the choice.
    writeProgress(this.sessionStorage, this.progress());
    this.locate(false);
  }

  /**
   * A page says what is happening on it when its URL is not enough (see GUIDE_MARKER_SOURCES).
   * The marker counts while the trainee stays on this page; call the returned function sooner when
   * it stops being true (a pop-in closes).
   */
  mark(marker: GuideMarker): () => void {
    const mark: Mark = { marker, path: pathOf(this.router.url) };
    this.marks.update((marks) => [...marks, mark]);
    this.locate(false);
    return () => {
      if (this.marks().includes(mark)) {
        this.marks.update((marks) => marks.filter((other) => other !== mark));
        this.locate(false);
      }
    };
  }

  /**
   * Finds the step of the location. A navigation may also choose the procedure: when the chosen one
   * has nothing here and the page belongs to exactly one other (see `proceduresChosenBy`).
   */
  private locate(mayChoose: boolean): void {
    const location = this.location();
    let progress = this.progress();
    const chosen = procedureById(progress.procedure);
    if (mayChoose && (!chosen || stepsAt(chosen, location).length === 0)) {
      const candidates = proceduresChosenBy(location.path);
      if (candidates.length === 1) {
        progress = { ...progress, procedure: candidates[0].id };
      }
    }
    const procedure = procedureById(progress.procedure);
    let step: number | null = null;
    if (procedure) {
      const known = progress.byProcedure[procedure.id] ?? NOT_STARTED;
      step = locateStep(procedure, location, known.last);
      if (step !== null && (step !== known.last || step > known.furthest)) {
        const reached: ProcedureProgress = { last: step, furthest: Math.max(known.furthest, step) };
        progress = { ...progress, byProcedure: { ...progress.byProcedure, [procedure.id]: reached } };
      }
    }
    this.current.set(step);
    if (progress !== this.progress()) {
      this.progress.set(progress);
      writeProgress(this.sessionStorage, progress);
    }
  }
}
