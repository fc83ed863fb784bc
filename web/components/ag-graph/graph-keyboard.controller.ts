// The graph's keyboard: a focus that moves over the drawn actors and along their relations,
// and what a screen reader hears about it and about the selection.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { GraphView } from '../../cytoscape/adapter';
import { selectEvent } from '../../events';
import { describeActor, describeRelation } from '../../model/describe';
import type { CompiledRelation } from '../../model/schema';
import {
  cycle,
  nearestInDirection,
  nearestTo,
  relationsToStep,
  type ScreenDirection,
} from '../../model/spatial-navigation';
import type { AppState, Selection } from '../../state/app-state';
import { kindLabels } from '../../theme';

/** Where the keyboard is: an actor, and one of its relations when stepped onto. */
interface KeyboardFocus {
  actor: string;
  relation?: string;
}

const directions: Record<string, ScreenDirection> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** What the controller reads of its graph: the drawing, the shared state, the drawing area. */
export interface GraphAccess {
  view(): GraphView | undefined;
  state(): AppState | undefined;
  /** The drawing area, whose middle is where a fresh keyboard focus starts. */
  area(): HTMLElement;
}

/**
 * Arrow keys move to the nearest actor in that direction on the screen, ] and [ step through
 * the focused actor's relations, Enter (or Space) selects, Escape clears. `announcement` is
 * what the live region should say.
 */
export class GraphKeyboard implements ReactiveController {
  announcement = '';
  private focus?: KeyboardFocus;
  /** Whether the drawing shows the focus now (it does not while the canvas is not focused). */
  private marked = false;
  private visibleRelations: CompiledRelation[] = [];
  private relationsOf?: AppState['visible'];

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly access: GraphAccess,
  ) {
    host.addController(this);
  }

  /** Follows the state: drops a focus the filters hid, and announces a new selection. */
  stateChanged(previous: AppState | undefined, state: AppState): void {
    if (this.focus && !state.visible.actors.has(this.focus.actor)) this.setFocus(undefined);
    else if (this.focus?.relation && !state.visible.relations.has(this.focus.relation)) {
      this.setFocus({ actor: this.focus.actor });
    }
    if (previous && previous.selection !== state.selection) {
      const was = previous.selection;
      const now = state.selection;
      if (was?.kind === now?.kind && was?.id === now?.id) return;
      this.say(now ? `Selected: ${this.describe(now)}` : 'Selection cleared');
    }
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** A new drawing: the old focus means nothing on it. */
  reset(): void {
    this.focus = undefined;
    this.marked = false;
  }

  onFocus = (event: FocusEvent): void => {
    const area = event.currentTarget as HTMLElement;
    // Only a keyboard arrival starts a focus; a mouse click on the canvas does not.
    if (!area.matches(':focus-visible')) return;
    this.setFocus(this.focus ?? this.startingFocus(), true);
  };

  onBlur = (): void => {
    // The mark shows only while the canvas has the focus; the place is kept for a return.
    this.access.view()?.setKeyboardFocus(null);
    this.marked = false;
  };

  onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Back on the canvas by mouse: the first key shows where the keyboard was.
    if (this.focus && !this.marked) this.setFocus(this.focus);
    const direction = directions[event.key];
    if (direction) this.move(direction);
    else if (event.key === ']') this.step(1);
    else if (event.key === '[') this.step(-1);
    else if (event.key === 'Enter' || event.key === ' ') this.choose();
    else if (event.key === 'Escape') this.clear();
    else return;
    event.preventDefault();
  };

  private get state(): AppState | undefined {
    return this.access.state();
  }

  private say(text: string) {
    this.announcement = text;
    this.host.requestUpdate();
  }

  private setFocus(focus: KeyboardFocus | undefined, announce = false) {
    this.focus = focus;
    this.marked = focus !== undefined;
    this.access.view()?.setKeyboardFocus(focus ? (focus.relation ?? focus.actor) : null);
    if (announce && focus) {
      this.say(
        this.describe(
          focus.relation
            ? { kind: 'relation', id: focus.relation }
            : { kind: 'actor', id: focus.actor },
        ),
      );
    }
  }

  /** The selected actor (or the selected relation's source), else the actor nearest the middle. */
  private startingFocus(): KeyboardFocus | undefined {
    const state = this.state;
    const view = this.access.view();
    if (!state || !view) return undefined;
    const selection = state.selection;
    if (selection?.kind === 'actor' && state.visible.actors.has(selection.id)) {
      return { actor: selection.id };
    }
    if (selection?.kind === 'relation' && state.visible.relations.has(selection.id)) {
      const relation = state.index.relations.get(selection.id);
      if (relation) return { actor: relation.source, relation: relation.id };
    }
    const area = this.access.area();
    const middle = { x: area.clientWidth / 2, y: area.clientHeight / 2 };
    const actor = nearestTo(middle, view.actorPositions());
    return actor ? { actor } : undefined;
  }

  private move(direction: ScreenDirection) {
    const view = this.access.view();
    if (!view) return;
    if (!this.focus) {
      this.setFocus(this.startingFocus(), true);
      return;
    }
    const positions = view.actorPositions();
    const here = positions.find((p) => p.id === this.focus!.actor);
    const next =
      here &&
      nearestInDirection(
        here,
        positions.filter((p) => p.id !== here.id),
        direction,
      );
    if (next) this.setFocus({ actor: next }, true);
    else this.say(`No actor further ${direction}`);
  }

  private step(step: 1 | -1) {
    const state = this.state;
    if (!state) return;
    if (!this.focus) {
      this.setFocus(this.startingFocus(), true);
      return;
    }
    const actor = this.focus.actor;
    const relations = relationsToStep(this.shownRelations(state), actor, (id) => this.nameOf(id));
    const next = cycle(
      relations.map((r) => r.id),
      this.focus.relation,
      step,
    );
    if (next) this.setFocus({ actor, relation: next }, true);
    else this.say(`${this.nameOf(actor)} has no relations shown`);
  }

  private choose() {
    if (!this.focus) {
      this.setFocus(this.startingFocus(), true);
      return;
    }
    const selection: NonNullable<Selection> = this.focus.relation
      ? { kind: 'relation', id: this.focus.relation }
      : { kind: 'actor', id: this.focus.actor };
    const current = this.state?.selection;
    // Choosing what is already selected changes no state, so say it here.
    if (current?.kind === selection.kind && current.id === selection.id) {
      this.say(`Selected: ${this.describe(selection)}`);
    } else {
      this.host.dispatchEvent(selectEvent(selection));
    }
  }

  private clear() {
    this.setFocus(undefined);
    if (this.state?.selection) this.host.dispatchEvent(selectEvent(null));
    else this.say('Selection cleared');
  }

  private shownRelations(state: AppState): CompiledRelation[] {
    if (this.relationsOf !== state.visible) {
      this.relationsOf = state.visible;
      this.visibleRelations = state.graph.relations.filter((r) =>
        state.visible.relations.has(r.id),
      );
    }
    return this.visibleRelations;
  }

  private nameOf(id: string): string {
    return this.state?.index.actors.get(id)?.name ?? id;
  }

  private describe(selection: NonNullable<Selection>): string {
    const state = this.state;
    if (!state) return '';
    if (selection.kind === 'relation') {
      const relation = state.index.relations.get(selection.id);
      return relation ? describeRelation(relation, (id) => this.nameOf(id)) : selection.id;
    }
    const actor = state.index.actors.get(selection.id);
    if (!actor) return selection.id;
    const shown = this.shownRelations(state).filter(
      (r) => r.source === actor.id || r.target === actor.id,
    ).length;
    return describeActor(actor, kindLabels[actor.kind], shown);
  }
}
