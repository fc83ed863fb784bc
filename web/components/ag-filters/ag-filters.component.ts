import { consume } from '@lit/context';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { filterEvent } from '../../events';
import { yearsSpanned } from '../../model/analysis/time';
import type { ActorKind, CompiledGraph, Confidence, RelationType } from '../../model/schema';
import {
  filterCounts,
  type FilterCounts,
  type Focus,
  type FocusDirection,
  type ViewFilters,
  type VisibleGraph,
} from '../../model/view';
import { actorKinds, confidences, relationTypes } from '../../model/vocabulary';
import { appStateContext, type AppState } from '../../state/app-state';
import { lastOf } from '../last-of';
import { fillLongList } from '../long-list';
import { kindLabels } from '../../theme';
import { styles } from './ag-filters.styles';

const directionLabels: Record<FocusDirection, string> = {
  out: 'outgoing',
  in: 'incoming',
  both: 'both ways',
};

/**
 * Filters by relation type, actor kind, confidence and source (each with its count), the year
 * (a slider with play and the source's milestones) and the focus on an actor's neighbourhood.
 *
 * @fires ag-filter - with the whole new set of filters.
 */
@customElement('ag-filters')
export class AgFilters extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  @state() private playing = false;

  /**
   * The focus list's options, made once per graph: 5,000 options written as a template cost every
   * filter change a sort and 5,000 updates. (An option can be in one list only: one set each.)
   */
  private focusOptions = lastOf((graph: CompiledGraph): HTMLOptionElement[] => {
    const compare = new Intl.Collator().compare;
    return [
      new Option('(whole network)', ''),
      ...[...graph.actors]
        .sort((a, b) => compare(a.name, b.name))
        .map((actor) => new Option(actor.name, actor.id)),
    ];
  });
  private timer?: ReturnType<typeof setInterval>;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.closeListsElsewhere);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.closeListsElsewhere);
    this.stop();
  }

  /** An open list floats over the view: a click elsewhere closes it, as a menu would. */
  private closeListsElsewhere = (event: PointerEvent) => {
    const path = event.composedPath();
    for (const details of this.renderRoot.querySelectorAll('details[open]')) {
      if (!path.includes(details)) details.removeAttribute('open');
    }
  };

  /** Escape closes an open list and leaves the focus on its summary. */
  private closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const details = event.currentTarget as HTMLDetailsElement;
    if (!details.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
    event.preventDefault();
  };

  private get filters(): ViewFilters {
    return this.appState!.filters;
  }

  private update_(change: Partial<ViewFilters>) {
    this.dispatchEvent(filterEvent({ ...this.filters, ...change }));
  }

  private toggle<T extends string>(list: readonly T[], item: T, on: boolean): T[] {
    return on ? [...list, item] : list.filter((x) => x !== item);
  }

  /** The counts last worked out: a selection re-renders the bar without changing them. */
  private counts?: {
    graph: CompiledGraph;
    visible: VisibleGraph;
    total: FilterCounts;
    shown: FilterCounts;
  };

  private countsOf(graph: CompiledGraph, visible: VisibleGraph) {
    if (this.counts?.graph !== graph || this.counts.visible !== visible) {
      this.counts = {
        graph,
        visible,
        total: this.counts?.graph === graph ? this.counts.total : filterCounts(graph),
        shown: filterCounts(graph, visible),
      };
    }
    return this.counts;
  }

  override render() {
    if (!this.appState) return nothing;
    const { graph, visible } = this.appState;
    const filters = this.filters;
    const { total, shown } = this.countsOf(graph, visible);
    return html`
      <div class="bar" role="region" aria-label="Filters">
        ${this.group<RelationType>('Relation types', relationTypes, filters.types, (t) => t, shown.types, total.types, 'types')}
        ${this.group<ActorKind>(
          'Actor kinds',
          actorKinds.filter((k) => total.kinds[k] > 0),
          filters.kinds,
          (k) => kindLabels[k],
          shown.kinds,
          total.kinds,
          'kinds',
        )}
        ${this.group<Confidence>('Confidence', confidences, filters.confidence, (c) => c, shown.confidence, total.confidence, 'confidence')}
        ${this.group<string>(
          'Sources',
          graph.sources.map((s) => s.id),
          filters.sources,
          (id) => graph.sources.find((s) => s.id === id)?.title ?? id,
          shown.sources,
          total.sources,
          'sources',
        )}
        ${this.renderTime()} ${this.renderFocus()}
        <p class="summary" aria-live="polite">
          ${visible.actors.size} actors, ${visible.relations.size} relations shown
        </p>
      </div>
    `;
  }

  private group<T extends string>(
    title: string,
    options: readonly T[],
    chosen: readonly T[],
    label: (option: T) => string,
    shown: Record<string, number>,
    total: Record<string, number>,
    key: 'types' | 'kinds' | 'confidence' | 'sources',
  ): TemplateResult {
    const active = options.filter((o) => chosen.includes(o)).length;
    return html`<details @keydown=${this.closeOnEscape}>
      <summary>${title} <span class="count">${active}/${options.length}</span></summary>
      <fieldset>
        <legend>${title}</legend>
        ${options.map(
          (option) =>
            html`<label class=${key === 'types' ? `type ${option}` : ''}>
              <input
                type="checkbox"
                .checked=${chosen.includes(option)}
                @change=${(event: Event) =>
                  this.update_({
                    [key]: this.toggle(
                      chosen as T[],
                      option,
                      (event.target as HTMLInputElement).checked,
                    ),
                  })}
              />
              ${label(option)}
              <span class="count">${shown[option] ?? 0} of ${total[option] ?? 0}</span>
            </label>`,
        )}
      </fieldset>
    </details>`;
  }

  /** The years the graph's relations span, worked out once per graph. */
  private span = lastOf(
    (graph: CompiledGraph) => yearsSpanned(graph.relations) ?? { first: 2000, last: 2000 },
  );

  private yearRange() {
    const graph = this.appState!.graph;
    const span = this.span(graph);
    const milestones = graph.sources.flatMap((s) => s.milestones ?? []);
    return { ...span, milestones };
  }

  private renderTime() {
    const filters = this.filters;
    const { first, last, milestones } = this.yearRange();
    const year = typeof filters.when === 'number' ? filters.when : undefined;
    return html`<fieldset class="time">
      <legend>Year</legend>
      <label>
        <input
          type="checkbox"
          .checked=${filters.when === undefined}
          @change=${(event: Event) =>
            this.update_({ when: (event.target as HTMLInputElement).checked ? undefined : last })}
        />
        All years
      </label>
      <input
        type="range"
        aria-label="Year"
        min=${first}
        max=${last}
        step="1"
        .value=${String(year ?? last)}
        ?disabled=${year === undefined}
        @input=${(event: Event) => this.update_({ when: Number((event.target as HTMLInputElement).value) })}
      />
      <output aria-live="polite">${year ?? 'all'}</output>
      <button type="button" aria-pressed=${this.playing} @click=${this.togglePlay}>
        ${this.playing ? 'Pause' : 'Play'}
      </button>
      <span class="milestones" role="group" aria-label="Milestones">
        ${milestones.map(
          (m) =>
            html`<button
              type="button"
              aria-pressed=${year === m.year}
              title=${m.label}
              @click=${() => this.update_({ when: m.year })}
            >
              ${m.label}
            </button>`,
        )}
      </span>
      <label>
        <input
          type="checkbox"
          .checked=${filters.includeUndated}
          @change=${(event: Event) => this.update_({ includeUndated: (event.target as HTMLInputElement).checked })}
        />
        Undated relations
      </label>
    </fieldset>`;
  }

  private togglePlay = () => {
    if (this.playing) {
      this.stop();
      return;
    }
    const { first, last } = this.yearRange();
    const years = [
      ...new Set(this.appState!.graph.relations.flatMap((r) => [r.period?.from, r.period?.to])),
    ]
      .filter((y): y is number => y !== undefined)
      .sort((a, b) => a - b);
    const current = typeof this.filters.when === 'number' ? this.filters.when : first - 1;
    let index = years.findIndex((y) => y > current);
    if (index < 0) index = 0;
    this.playing = true;
    const step = () => {
      const next = years[index++];
      if (next === undefined || next > last) {
        this.stop();
        return;
      }
      this.update_({ when: next });
    };
    step();
    this.timer = setInterval(step, 900);
  };

  private stop() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.playing = false;
  }

  private renderFocus() {
    const { graph } = this.appState!;
    const focus = this.filters.focus;
    const setFocus = (change: Partial<Focus>) => {
      const base: Focus = focus ?? {
        actor: '',
        steps: 1,
        direction: 'both',
        types: [...relationTypes],
      };
      const next = { ...base, ...change };
      this.update_({ focus: next.actor ? next : undefined });
    };
    // Options made once per graph and put in at once (a task later for thousands).
    const fill = (element?: Element) => {
      if (!element) return;
      fillLongList(element as HTMLSelectElement, {
        source: graph,
        size: graph.actors.length + 1,
        options: () => this.focusOptions(graph),
        value: () => this.filters.focus?.actor ?? '',
        label: (value) =>
          graph.actors.find((actor) => actor.id === value)?.name ?? '(whole network)',
      });
    };
    return html`<fieldset class="focus">
      <legend>Focus</legend>
      <label>
        on
        <select
          class="focus-actor"
          aria-label="Focus on actor"
          @change=${(event: Event) => setFocus({ actor: (event.target as HTMLSelectElement).value })}
          ${ref(fill)}
        ></select>
      </label>
      <label>
        steps
        <select
          aria-label="Steps"
          ?disabled=${!focus}
          @change=${(event: Event) =>
            setFocus({
              steps: Number((event.target as HTMLSelectElement).value) as Focus['steps'],
            })}
        >
          ${[1, 2, 3].map((n) => html`<option value=${n} ?selected=${(focus?.steps ?? 1) === n}>${n}</option>`)}
        </select>
      </label>
      <label>
        <select
          aria-label="Direction"
          ?disabled=${!focus}
          @change=${(event: Event) =>
            setFocus({ direction: (event.target as HTMLSelectElement).value as FocusDirection })}
        >
          ${(Object.keys(directionLabels) as FocusDirection[]).map(
            (d) =>
              html`<option value=${d} ?selected=${(focus?.direction ?? 'both') === d}>
                ${directionLabels[d]}
              </option>`,
          )}
        </select>
      </label>
      <span role="group" aria-label="Focus relation types">
        ${relationTypes.map(
          (t) =>
            html`<label class="type ${t}">
              <input
                type="checkbox"
                ?disabled=${!focus}
                .checked=${(focus?.types ?? relationTypes).includes(t)}
                @change=${(event: Event) =>
                  setFocus({
                    types: this.toggle(
                      focus?.types ?? [...relationTypes],
                      t,
                      (event.target as HTMLInputElement).checked,
                    ),
                  })}
              />
              ${t}
            </label>`,
        )}
      </span>
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-filters': AgFilters;
  }
}
