// The analysis panel's content, loaded the first time the panel shows so that graphology and the
// analyses stay out of the first download: runs the analyses over what the filters leave,
// renders them, and asks the graph to light what the person chose.
import { html, nothing, svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { overlayEvent, selectEvent } from '../../events';
import {
  actorCentrality,
  analyseInfluence,
  influencePaths,
  structuralBalance,
  type ActorCentrality,
  type ActorNetwork,
  type CentralityAnalysis,
  type InfluenceAnalysis,
  type InfluencePath,
  type InfluencePathsResult,
  type SignedTie,
  type StructuralBalance,
} from '../../model/analysis';
import { influenceChart } from '../../model/influence-chart';
import { inWorker } from '../../model/limits';
import type { PathsQuery } from '../../model/analysis-job';
import { AnalysisClient } from '../../state/analysis-client';
import { periodLabel } from '../../model/queries';
import type { Actor, CompiledGraph, CompiledRelation, RelationType } from '../../model/schema';
import type { VisibleGraph } from '../../model/view';
import { relationTypes } from '../../model/vocabulary';
import type { AppState, Overlay } from '../../state/app-state';
import { lastOf } from '../last-of';
import { fillLongList } from '../long-list';

export { styles } from './ag-analysis.styles';

/** The element the content lives in: it hands down the shared state and dispatches events. */
export type AnalysisHost = ReactiveControllerHost & HTMLElement & { readonly appState?: AppState };

type Section = 'influence' | 'paths' | 'blocs';

/** What the analyses run over: the shown actors (with their names) and relations. */
interface Network extends ActorNetwork<CompiledRelation> {
  actors: Actor[];
  relations: CompiledRelation[];
}

type CentralityKey = 'actor' | RelationType | 'betweenness' | 'pagerank';

interface Settings {
  section: Section;
  /** Count one-sided cooperation as support, hence influence. */
  support: boolean;
  sizeByInfluence: boolean;
  colourBlocs: boolean;
  from: string;
  to: string;
  pathTypes: RelationType[];
  maxLength: number;
  /** The lit path, as its actors joined by '>'. */
  litPath?: string;
  shownPaths: number;
  sort: { key: CentralityKey; descending: boolean };
}

const pathPage = 10;

/**
 * The person's choices, kept while the panel is hidden: reading a path step's evidence in
 * Details and coming back finds the same analysis.
 */
let remembered: Settings = {
  section: 'influence',
  support: false,
  sizeByInfluence: false,
  colourBlocs: false,
  from: '',
  to: '',
  pathTypes: ['leverage', 'cooperation'],
  maxLength: 4,
  shownPaths: pathPage,
  sort: { key: 'pagerank', descending: true },
};

const sectionNames: Record<Section, string> = {
  influence: 'Influence',
  paths: 'Paths',
  blocs: 'Blocs',
};

const roleNames = {
  driver: 'driver',
  relay: 'relay',
  dependent: 'dependent',
  autonomous: 'autonomous',
} as const;

const sign = (tie: SignedTie<unknown>) => (tie.sign === '-' ? '−' : tie.sign);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/** An analysis that may be computed in a worker: under way, done, or failed. */
type Later<T> =
  { state: 'running' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * Like lastOf, for one network and query at a time: a small network's result at once, a large
 * one's in the worker, with `arrived` called when it comes (unless a newer one took its place).
 */
function lastLater<N extends ActorNetwork, T, Q = undefined>(
  now: (network: N, query: Q) => T,
  later: (network: N, query: Q) => Promise<T>,
  arrived: () => void,
): (network: N, query?: Q) => Later<T> {
  type Entry = { network: N; key: string; result: Later<T> };
  let last: Entry | undefined;
  return (network, query) => {
    const key = JSON.stringify(query ?? null);
    if (last?.network === network && last.key === key) return last.result;
    if (!inWorker(network)) {
      last = { network, key, result: { state: 'ready', value: now(network, query as Q) } };
      return last.result;
    }
    const entry: Entry = { network, key, result: { state: 'running' } };
    last = entry;
    later(network, query as Q).then(
      (value) => {
        entry.result = { state: 'ready', value };
        if (last === entry) arrived();
      },
      (error: Error) => {
        entry.result = { state: 'failed', message: error.message };
        if (last === entry) arrived();
      },
    );
    return entry.result;
  };
}

/** The lists that show their first rows, and all on demand. */
type LongList = 'ranking' | 'centrality' | 'frustrated' | 'triads';

/** The actors in order of name (sorted once per network, for both lists of the Paths). */
function byName(network: Network): Actor[] {
  const compare = new Intl.Collator().compare;
  return [...network.actors].sort((a, b) => compare(a.name, b.name));
}

/**
 * The options of an actor list, made once per network: 5,000 options written as templates took
 * a second and a half to show the Paths section.
 */
function actorOptions(actors: readonly Actor[]): HTMLOptionElement[] {
  return [
    new Option('Choose an actor', ''),
    ...actors.map((actor) => new Option(actor.name, actor.id)),
  ];
}

/** Rows a long list shows before "Show all". */
const maxRows = 100;

export class AnalysisContent implements ReactiveController {
  private settings: Settings = remembered;
  /** The actors whose "Why" is open. */
  private openWhy = new Set<string>();
  /** Long lists the person asked to see whole (they show their first rows otherwise). */
  private shownWhole = new Set<LongList>();

  /**
   * The parts of a section that are open. A closed part is not computed nor drawn: at 5,000
   * actors the chart and the centralities took 750 ms between them.
   */
  private openParts = new Set<'chart' | 'centrality' | 'triads'>();

  private togglePart(part: 'chart' | 'centrality' | 'triads') {
    return (event: Event) => {
      const opened = (event.target as HTMLDetailsElement).open;
      if (opened === this.openParts.has(part)) return;
      if (opened) this.openParts.add(part);
      else this.openParts.delete(part);
      this.host.requestUpdate();
    };
  }

  /** The first rows of a long list, unless it is shown whole: thousands of rows cost seconds. */
  private firstRows<T>(list: LongList, rows: readonly T[]): readonly T[] {
    return this.shownWhole.has(list) ? rows : rows.slice(0, maxRows);
  }

  /** "Show all N" under a list cut to its first rows. */
  private renderShowAll(list: LongList, total: number, what: string) {
    if (this.shownWhole.has(list) || total <= maxRows) return nothing;
    return html`<p class="note">
      The first ${maxRows} of ${total} ${what}.
      <button
        type="button"
        @click=${() => {
          this.shownWhole.add(list);
          this.host.requestUpdate();
        }}
      >
        Show all ${total}
      </button>
    </p>`;
  }

  constructor(private readonly host: AnalysisHost) {
    host.addController(this);
  }

  // Every analysis runs on what the filters leave, so it follows the year and the focus.
  private network = lastOf((graph: CompiledGraph, visible: VisibleGraph): Network => ({
    actors: graph.actors.filter((actor) => visible.actors.has(actor.id)),
    relations: graph.relations.filter((relation) => visible.relations.has(relation.id)),
  }));
  private influence = lastOf((network: Network, support: boolean) =>
    analyseInfluence(network, { cooperationAsSupport: support }),
  );
  private readonly worker = new AnalysisClient();
  // One set of options per list: an option can be in one list only.
  private actorsByName = lastOf(byName);
  private fromOptions = lastOf(actorOptions);
  private toOptions = lastOf(actorOptions);
  private centrality = lastLater(
    (network: Network) => actorCentrality(network),
    (network) => this.worker.centrality(network),
    () => this.host.requestUpdate(),
  );
  private balance = lastLater(
    (network: Network) => structuralBalance(network),
    (network) => this.worker.balance(network),
    () => this.host.requestUpdate(),
  );
  private paths = lastLater(
    (network: Network, { from, to, options }: PathsQuery) =>
      influencePaths(network, from, to, options),
    (network, query) => this.worker.paths(network, query),
    () => this.host.requestUpdate(),
  );

  hostConnected(): void {}

  /** Lights on the graph what the settings ask for, whenever that differs from what is lit. */
  hostUpdated(): void {
    const state = this.host.appState;
    // Leaving the panel clears the overlay (ag-app does): do not put it back on the way out.
    if (!state || state.panel !== 'analysis' || !this.host.isConnected) return;
    const overlay = this.overlay(state);
    if (JSON.stringify(overlay) !== JSON.stringify(state.overlay)) {
      this.host.dispatchEvent(overlayEvent(overlay));
    }
  }

  private change(change: Partial<Settings>) {
    this.settings = remembered = { ...this.settings, ...change };
    this.host.requestUpdate();
  }

  private select(relationId: string) {
    this.host.dispatchEvent(selectEvent({ kind: 'relation', id: relationId }));
  }

  private name(id: string): string {
    return this.host.appState?.index.actors.get(id)?.name ?? id;
  }

  private currentNetwork(state: AppState) {
    return this.network(state.graph, state.visible);
  }

  /** The chosen path's result, when both ends are shown. */
  private pathResult(state: AppState): Later<InfluencePathsResult<CompiledRelation>> | undefined {
    const { from, to, pathTypes, maxLength } = this.settings;
    if (!from || !to || !state.visible.actors.has(from) || !state.visible.actors.has(to)) {
      return undefined;
    }
    const types = relationTypes.filter((type) => pathTypes.includes(type)).join(',');
    return this.paths(this.currentNetwork(state), {
      from,
      to,
      options: { types: types.split(',') as RelationType[], maxLength },
    });
  }

  private overlay(state: AppState): Overlay | null {
    const network = this.currentNetwork(state);
    const overlay: Overlay = {};
    const { litPath, colourBlocs, sizeByInfluence, support } = this.settings;
    const found = litPath ? this.pathResult(state) : undefined;
    // A path lit while its list is computed again is lit once the list arrives.
    const path =
      found?.state === 'ready'
        ? found.value.paths.find((p) => p.actors.join('>') === litPath)
        : undefined;
    if (path) {
      overlay.highlight = {
        actors: path.actors,
        relations: path.steps.flatMap((step) => step.relations.map((relation) => relation.id)),
      };
    }
    const balance = colourBlocs ? this.balance(network) : undefined;
    // Blocs still computing are coloured once they arrive (the panel updates then).
    if (balance?.state === 'ready') {
      const [first, second] = balance.value.blocs;
      overlay.blocs = Object.fromEntries([
        ...first.map((actor) => [actor, 0]),
        ...second.map((actor) => [actor, 1]),
      ]);
    }
    if (sizeByInfluence) {
      const scores = this.influence(network, support).scores;
      const most = Math.max(0, ...scores.map((score) => score.exerted));
      overlay.sizes = Object.fromEntries(
        scores.map((score) => [score.actor, most > 0 ? score.exerted / most : 0]),
      );
    }
    return Object.keys(overlay).length > 0 ? overlay : null;
  }

  render() {
    const state = this.host.appState;
    if (!state) return nothing;
    const network = this.currentNetwork(state);
    const { section } = this.settings;
    const when = state.filters.when;
    const period =
      when === undefined
        ? 'all years'
        : typeof when === 'number'
          ? `in ${when}`
          : `${when.from ?? '…'} to ${when.to ?? '…'}`;
    return html`
      <div class="sections" role="group" aria-label="Analysis">
        ${(Object.keys(sectionNames) as Section[]).map(
          (option) =>
            html`<button
              type="button"
              aria-pressed=${option === section}
              @click=${() => this.change({ section: option })}
            >
              ${sectionNames[option]}
            </button>`,
        )}
      </div>
      <p class="scope">
        Over what is shown: ${network.actors.length} actors and ${network.relations.length}
        relations, ${period}. The analyses follow the filters, the year and the focus.
      </p>
      ${
        section === 'influence'
          ? this.renderInfluence(network)
          : section === 'paths'
            ? this.renderPaths(state, network)
            : this.renderBlocs(network)
      }
    `;
  }

  // Influence

  private renderInfluence(network: Network) {
    const { support, sizeByInfluence } = this.settings;
    const analysis = this.influence(network, support);
    const tied = analysis.scores.filter((score) => score.exerted > 0 || score.received > 0);
    const untied = analysis.scores.filter((score) => score.exerted === 0 && score.received === 0);
    return html`
      <h2>Who influences whom</h2>
      <p class="method"><strong>${analysis.method.name}.</strong> ${analysis.method.description}</p>
      <p class="method">
        Roles: ${analysis.thresholds.rule} (influence ${fixed(analysis.thresholds.exerted)},
        dependence ${fixed(analysis.thresholds.received)}).
      </p>
      <div class="options">
        <label>
          <input
            type="checkbox"
            .checked=${support}
            @change=${(event: Event) =>
              this.change({ support: (event.target as HTMLInputElement).checked })}
          />
          Count one-sided support as influence
        </label>
        <label>
          <input
            type="checkbox"
            .checked=${sizeByInfluence}
            @change=${(event: Event) =>
              this.change({ sizeByInfluence: (event.target as HTMLInputElement).checked })}
          />
          Size actors by influence
        </label>
      </div>
      ${
        sizeByInfluence
          ? html`<p class="note">
              On the graph, an actor’s size runs from 24 px (no influence) to 64 px (the most).
            </p>`
          : nothing
      }
      ${
        tied.length === 0
          ? html`<p>No influence tie among what is shown.</p>`
          : html`<ol class="ranking" aria-label="Actors by influence exerted">
                ${this.firstRows('ranking', tied).map(
                  (score) =>
                    html`<li>
                      <div class="rank-row">
                        <span class="name">${this.name(score.actor)}</span>
                        <span class="role ${score.role}">${roleNames[score.role]}</span>
                        <span class="scores"
                          >exerted ${fixed(score.exerted)} · received ${fixed(score.received)}</span
                        >
                      </div>
                      ${this.renderWhy(analysis, score.actor)}
                    </li>`,
                )}
              </ol>
              ${this.renderShowAll('ranking', tied.length, 'actors by influence')}`
      }
      ${
        untied.length > 0
          ? html`<p class="note">
              No influence tie (${untied.length}):
              ${untied.map((score) => this.name(score.actor)).join(', ')}.
            </p>`
          : nothing
      }
      <details
        class="part chart"
        ?open=${this.openParts.has('chart')}
        @toggle=${this.togglePart('chart')}
      >
        <summary>Influence–dependence chart</summary>
        ${this.openParts.has('chart') ? this.renderChart(analysis, tied) : nothing}
      </details>
      <details
        class="part"
        ?open=${this.openParts.has('centrality')}
        @toggle=${this.togglePart('centrality')}
      >
        <summary>Centrality: degree, betweenness, PageRank</summary>
        ${
          this.openParts.has('centrality')
            ? this.renderLater(this.centrality(network), 'centralities', network, (centrality) =>
                this.renderCentrality(centrality),
              )
            : nothing
        }
      </details>
    `;
  }

  private renderWhy(analysis: InfluenceAnalysis<CompiledRelation>, actor: string) {
    // Explained only once opened: explaining every actor of a large network takes seconds.
    const open = this.openWhy.has(actor);
    const toggle = (event: Event) => {
      const opened = (event.target as HTMLDetailsElement).open;
      if (opened === open) return;
      if (opened) this.openWhy.add(actor);
      else this.openWhy.delete(actor);
      this.host.requestUpdate();
    };
    if (!open) {
      return html`<details class="why" @toggle=${toggle}><summary>Why</summary></details>`;
    }
    const why = analysis.explainInfluence(actor);
    const list = (title: string, items: typeof why.exerted) =>
      items.length === 0
        ? nothing
        : html`<h4>${title}</h4>
            <ul class="contributions">
              ${items.map(
                ({ relation, contribution }) =>
                  html`<li>
                    <button
                      type="button"
                      class="relation ${relation.type}"
                      @click=${() => this.select(relation.id)}
                    >
                      <span>${relation.label}</span>
                      <span class="meta"
                        >${this.name(relation.source)} → ${this.name(relation.target)} ·
                        ${relation.type} · counts ${fixed(contribution, 3)}</span
                      >
                    </button>
                  </li>`,
              )}
            </ul>`;
    return html`<details class="why" open @toggle=${toggle}>
      <summary>Why</summary>
      ${list('Influence it exerts, through', why.exerted)}
      ${list('Influence it receives, through', why.received)}
    </details>`;
  }

  /**
   * The chart of an analysis and its points, made once as elements: 5,000 points written as
   * templates took 300 ms each time the panel was drawn. Names are set as text, never markup.
   */
  private chartOf = lastOf((analysis: InfluenceAnalysis<CompiledRelation>) => {
    const tied = analysis.scores.filter((score) => score.exerted > 0 || score.received > 0);
    const chart = influenceChart(tied, analysis.thresholds, (id) => this.name(id));
    const make = (tag: string, attributes: Record<string, string | number> = {}) => {
      const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
      for (const [name, value] of Object.entries(attributes)) {
        element.setAttribute(name, String(value));
      }
      return element;
    };
    const points = make('g', { class: 'points' });
    for (const point of chart.points) {
      const names = point.actors.map((id) => this.name(id)).join(', ');
      const role = analysis.scoreOf(point.actors[0]!).role;
      const description = `${names}: influence ${fixed(point.exerted)}, dependence ${fixed(point.received)}, ${roleNames[role]}`;
      const group = make('g', {
        class: `point ${role}`,
        tabindex: 0,
        role: 'button',
        'aria-label': description,
        'data-actor': point.actors[0]!,
      });
      const title = make('title');
      title.textContent = description;
      group.append(title);
      if (point.leader) group.append(make('line', { class: 'leader', ...point.leader }));
      group.append(make('circle', { cx: point.x, cy: point.y, r: chart.radius }));
      if (point.labelled) {
        const text = make('text', {
          x: point.labelX,
          y: point.labelY,
          'text-anchor': point.anchor,
        });
        text.textContent = point.label;
        group.append(text);
      }
      points.append(group);
    }
    return { chart, points };
  });

  private renderChart(
    analysis: InfluenceAnalysis<CompiledRelation>,
    tied: InfluenceAnalysis<CompiledRelation>['scores'],
  ) {
    const { chart, points } = this.chartOf(analysis);
    const { plot, frame } = chart;
    // One listener for every point: the point says which actor it is.
    const chosen = (event: Event) =>
      (event.target as Element).closest('.point')?.getAttribute('data-actor') ?? undefined;
    const onClick = (event: Event) => {
      const actor = chosen(event);
      if (actor) this.selectActor(actor);
    };
    const onKey = (event: KeyboardEvent) => {
      const actor = chosen(event);
      if (actor && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        this.selectActor(actor);
      }
    };
    return html`
      <p class="note">
        Each dot is an actor: across, its dependence (influence received); up, the influence it
        exerts. The dashed lines are the role thresholds. Actors without an influence tie are left
        out.
      </p>
      <svg
        viewBox="0 0 ${frame.width} ${frame.height}"
        role="group"
        aria-label="Influence–dependence chart"
        @click=${onClick}
        @keydown=${onKey}
      >
        ${svg`
          <line class="axis" x1=${plot.left} y1=${plot.bottom} x2=${plot.right} y2=${plot.bottom} />
          <line class="axis" x1=${plot.left} y1=${plot.top} x2=${plot.left} y2=${plot.bottom} />
          <line class="threshold" x1=${chart.thresholdX} y1=${plot.top}
            x2=${chart.thresholdX} y2=${plot.bottom} />
          <line class="threshold" x1=${plot.left} y1=${chart.thresholdY}
            x2=${plot.right} y2=${chart.thresholdY} />
          ${chart.xTicks.map(
            (tick) =>
              svg`<text class="tick" x=${tick.at} y=${plot.bottom + 12} text-anchor=${tick.anchor}>${fixed(tick.value)}</text>`,
          )}
          ${chart.yTicks.map(
            (tick) =>
              svg`<text class="tick" x=${plot.left - chart.radius - 3} y=${tick.at + 3} text-anchor="end">${fixed(tick.value)}</text>`,
          )}
          <text class="axis-name" x=${(plot.left + plot.right) / 2} y=${frame.height - 4}
            text-anchor="middle">dependence (influence received) →</text>
          <text class="axis-name" x=${-(plot.top + plot.bottom) / 2} y="10"
            transform="rotate(-90)" text-anchor="middle">influence exerted →</text>
          ${chart.quadrants.map(
            (q) =>
              svg`<text class="quadrant" x=${q.x} y=${q.y} text-anchor=${q.anchor}>${q.name}</text>`,
          )}
          ${points}
        `}
      </svg>
      <table class="visually-hidden">
        <caption>
          The chart as a
          table${
            tied.length > maxRows
              ? `: the first ${maxRows} of ${tied.length} actors, as ranked above`
              : ''
          }
        </caption>
        <thead>
          <tr>
            <th scope="col">Actor</th>
            <th scope="col">Influence exerted</th>
            <th scope="col">Dependence</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          ${tied.slice(0, maxRows).map(
            (score) =>
              html`<tr>
                <th scope="row">${this.name(score.actor)}</th>
                <td>${fixed(score.exerted)}</td>
                <td>${fixed(score.received)}</td>
                <td>${roleNames[score.role]}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private selectActor(id: string) {
    this.host.dispatchEvent(selectEvent({ kind: 'actor', id }));
  }

  private renderCentrality({ actors: rows, method }: CentralityAnalysis) {
    const { key, descending } = this.settings.sort;
    const value = (row: ActorCentrality): number | string =>
      key === 'actor'
        ? this.name(row.actor)
        : key === 'betweenness' || key === 'pagerank'
          ? row[key]
          : row.degree[key].out + row.degree[key].in + row.degree[key].undirected;
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const order =
        typeof x === 'string' ? x.localeCompare(y as string) : (x as number) - (y as number);
      return (descending ? -order : order) || this.name(a.actor).localeCompare(this.name(b.actor));
    });
    const header = (column: CentralityKey, title: string) => {
      const current = column === key;
      return html`<th
        scope="col"
        aria-sort=${current ? (descending ? 'descending' : 'ascending') : 'none'}
      >
        <button
          type="button"
          @click=${() =>
            this.change({
              sort: { key: column, descending: current ? !descending : column !== 'actor' },
            })}
        >
          ${title}${current ? (descending ? ' ↓' : ' ↑') : ''}
        </button>
      </th>`;
    };
    const degree = (row: ActorCentrality, type: RelationType) => {
      const { out, in: into, undirected } = row.degree[type];
      const parts = [
        out ? `${out}→` : '',
        into ? `${into}←` : '',
        undirected ? `${undirected}↔` : '',
      ].filter(Boolean);
      // Each count keeps its arrow; a narrow column wraps between counts.
      return parts.length === 0 ? '–' : parts.map((part) => html`<span>${part}</span> `);
    };
    return html`<p class="method centrality-method">
        <strong>Method (${method.kind}):</strong> ${method.description}.
      </p>
      <div class="table-scroll">
        <table>
          <caption>
            Degree per type (cooperation, rivalry, leverage): → relations it directs, ← directed at
            it, ↔ mutual. Betweenness: share of shortest routes between two others that pass through
            it (0 to 1). PageRank: share of attention a random walk along the relations gives it
            (all add up to 1). Sort by a column’s name.
          </caption>
          <thead>
            <tr>
              ${header('actor', 'Actor')} ${header('cooperation', 'Coop.')}
              ${header('rivalry', 'Rivalry')} ${header('leverage', 'Lev.')}
              ${header('betweenness', 'Betw.')} ${header('pagerank', 'PageRank')}
            </tr>
          </thead>
          <tbody>
            ${this.firstRows('centrality', sorted).map(
              (row) =>
                html`<tr>
                  <th scope="row">${this.name(row.actor)}</th>
                  <td class="degree">${degree(row, 'cooperation')}</td>
                  <td class="degree">${degree(row, 'rivalry')}</td>
                  <td class="degree">${degree(row, 'leverage')}</td>
                  <td>${fixed(row.betweenness, 3)}</td>
                  <td>${fixed(row.pagerank, 3)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
        ${this.renderShowAll('centrality', sorted.length, 'actors, in this order')}
      </div>`;
  }

  // Paths

  private renderPaths(state: AppState, network: Network) {
    const { pathTypes, maxLength } = this.settings;
    const choose = (end: 'from' | 'to') => (event: Event) =>
      this.change({
        [end]: (event.target as HTMLSelectElement).value,
        litPath: undefined,
        shownPaths: pathPage,
      });
    const actorSelect = (end: 'from' | 'to', id: string) => {
      const actors = this.actorsByName(network);
      // Options made once per network and put in at once (a task later for thousands).
      const fill = (element?: Element) => {
        if (!element) return;
        fillLongList(element as HTMLSelectElement, {
          source: actors,
          size: actors.length + 1,
          options: () => (end === 'from' ? this.fromOptions(actors) : this.toOptions(actors)),
          value: () => this.settings[end],
          label: (value) => actors.find((actor) => actor.id === value)?.name ?? 'Choose an actor',
        });
      };
      return html`<select id=${id} @change=${choose(end)} ${ref(fill)}></select>`;
    };
    return html`
      <h2>Paths of influence</h2>
      <div class="path-form">
        <label for="path-from">From</label> ${actorSelect('from', 'path-from')}
        <label for="path-to">To</label> ${actorSelect('to', 'path-to')}
        <fieldset>
          <legend>Steps may follow</legend>
          ${relationTypes.map(
            (type) =>
              html`<label>
                <input
                  type="checkbox"
                  .checked=${pathTypes.includes(type)}
                  @change=${(event: Event) =>
                    this.change({
                      pathTypes: (event.target as HTMLInputElement).checked
                        ? [...pathTypes, type]
                        : pathTypes.filter((t) => t !== type),
                      litPath: undefined,
                      shownPaths: pathPage,
                    })}
                />
                ${type}
              </label>`,
          )}
        </fieldset>
        <label for="path-length">At most</label>
        <span>
          <select
            id="path-length"
            @change=${(event: Event) =>
              this.change({
                maxLength: Number((event.target as HTMLSelectElement).value),
                litPath: undefined,
                shownPaths: pathPage,
              })}
          >
            ${[1, 2, 3, 4, 5, 6].map(
              (n) => html`<option value=${n} ?selected=${n === maxLength}>${n}</option>`,
            )}
          </select>
          steps
        </span>
      </div>
      <p class="method">
        A step follows a directed relation from its source to its target, a mutual one either way;
        no actor comes twice. Rivalry is not a channel of influence unless ticked.
      </p>
      ${this.renderPathResult(state)}
    `;
  }

  private renderPathResult(state: AppState) {
    const { from, to, pathTypes, litPath, shownPaths } = this.settings;
    if (!from || !to) {
      return html`<p class="note">
        Choose two actors to list the paths of influence between them.
      </p>`;
    }
    const hidden = [from, to].filter((id) => !state.visible.actors.has(id));
    if (hidden.length > 0) {
      return html`<p class="blocked" role="status">
        ${hidden.map((id) => this.name(id)).join(' and ')} ${hidden.length === 1 ? 'is' : 'are'} not
        shown under the current filters.
      </p>`;
    }
    if (pathTypes.length === 0) {
      return html`<p class="blocked" role="status">Tick at least one relation type.</p>`;
    }
    const later = this.pathResult(state)!;
    if (later.state === 'running') {
      return html`<p class="note computing" role="status">
        Finding the paths among ${this.currentNetwork(state).relations.length} relations…
      </p>`;
    }
    if (later.state === 'failed') {
      return html`<p class="failed" role="alert">
        The paths could not be found: ${later.message}
      </p>`;
    }
    const result = later.value;
    if (result.blocked) {
      return html`<p class="blocked" role="status">No path: ${result.blocked.message}.</p>`;
    }
    const count = result.paths.length;
    return html`
      <p role="status">${count} ${count === 1 ? 'path' : 'paths'}, shortest first.</p>
      <ol class="paths">
        ${result.paths.slice(0, shownPaths).map((path) => this.renderPath(path, litPath))}
      </ol>
      ${
        count > shownPaths
          ? html`<p>
              <button
                type="button"
                class="more"
                @click=${() => this.change({ shownPaths: shownPaths + pathPage })}
              >
                Show ${Math.min(pathPage, count - shownPaths)} more of ${count - shownPaths}
              </button>
            </p>`
          : nothing
      }
    `;
  }

  private renderPath(path: InfluencePath<CompiledRelation>, litPath: string | undefined) {
    const key = path.actors.join('>');
    const lit = key === litPath;
    const route = path.actors.map((id) => this.name(id)).join(' → ');
    return html`<li class="path ${lit ? 'lit' : ''}" data-route=${key}>
      <div class="path-head">
        <span class="route">${route}</span>
        <span class="meta">${path.length} ${path.length === 1 ? 'step' : 'steps'}</span>
        <button
          type="button"
          class="light"
          aria-pressed=${lit}
          aria-label="Light on the graph: ${route}"
          @click=${() => this.change({ litPath: lit ? undefined : key })}
        >
          Light on graph
        </button>
      </div>
      <details ?open=${lit}>
        <summary>Steps and evidence</summary>
        <ol class="steps">
          ${path.steps.map(
            (step) =>
              html`<li class="step">
                <h4>${this.name(step.from)} → ${this.name(step.to)}</h4>
                <ul class="step-relations">
                  ${step.relations.map(
                    (relation) =>
                      html`<li>
                        <button
                          type="button"
                          class="relation ${relation.type}"
                          @click=${() => this.select(relation.id)}
                        >
                          <span>${relation.label}</span>
                          <span class="meta"
                            >${relation.type}${relation.directed ? '' : ' (mutual)'} ·
                            ${periodLabel(relation.period)}</span
                          >
                        </button>
                        <blockquote>${relation.evidence[0]?.exact}</blockquote>
                      </li>`,
                  )}
                </ul>
              </li>`,
          )}
        </ol>
      </details>
    </li>`;
  }

  // Blocs

  /** A result from the worker: a note while it is computed, the reason if it failed. */
  private renderLater<T>(
    result: Later<T>,
    what: string,
    network: Network,
    render: (value: T) => unknown,
  ) {
    if (result.state === 'ready') return render(result.value);
    if (result.state === 'running') {
      return html`<p class="note computing" role="status">
        Computing the ${what} of ${network.actors.length} actors and ${network.relations.length}
        relations…
      </p>`;
    }
    return html`<p class="failed" role="alert">
      The ${what} could not be computed: ${result.message}
    </p>`;
  }

  private renderBlocs(network: Network) {
    return html`<h2>Blocs and structural balance</h2>
      ${this.renderLater(this.balance(network), 'blocs', network, (balance) =>
        this.renderBalance(balance),
      )}`;
  }

  private renderBalance(balance: StructuralBalance<CompiledRelation>) {
    const { colourBlocs } = this.settings;
    const names = (ids: readonly string[]) =>
      ids.length === 0 ? '—' : ids.map((id) => this.name(id)).join(', ');
    const balanced = balance.triads.filter((triad) => triad.balanced).length;
    return html`
      ${
        balance.balancedShare === undefined
          ? html`<p class="share">No triad: no three shown actors are all tied to each other.</p>`
          : html`<p class="share">
              <strong>${Math.round(balance.balancedShare * 100)}%</strong> of triads are balanced
              (${balanced} of ${balance.triads.length}).
            </p>`
      }
      <p class="method">
        Cooperation counts +, rivalry −; leverage and direction are left aside, and a pair tied by
        both is ambivalent and left out (${balance.ambivalent.length}). A triad is balanced when its
        signs are + + + or + − − (the enemy of my enemy is my friend).
      </p>
      <div class="options">
        <label class="colour-blocs">
          <input
            type="checkbox"
            .checked=${colourBlocs}
            @change=${(event: Event) =>
              this.change({ colourBlocs: (event.target as HTMLInputElement).checked })}
          />
          Colour blocs on the graph
        </label>
      </div>
      <div class="blocs">
        ${balance.blocs.map(
          (bloc, i) =>
            html`<section class="bloc" data-bloc=${i} aria-labelledby="bloc-${i}">
              <h3 id="bloc-${i}">
                <span class="swatch bloc-${i}" aria-hidden="true"></span> Bloc ${i + 1}
                (${bloc.length})
              </h3>
              <p class="members">${names(bloc)}</p>
            </section>`,
        )}
      </div>
      <p class="note">
        On the graph, bloc 1 is filled blue with a solid border, bloc 2 orange with a double border.
      </p>
      <p>
        <strong>Unaligned</strong> (no cooperation or rivalry shown): ${names(balance.unaligned)}
      </p>
      ${
        balance.swing.length > 0
          ? html`<p>
              <strong>Swing</strong>: ${names(balance.swing)}. Each could move alone to the other
              bloc without breaking more ties, so this division is one of several equally good ones.
            </p>`
          : nothing
      }
      <h3>Method: ${balance.method.kind}</h3>
      <p class="method">
        The blocs break the fewest ties ${balance.method.kind === 'exact' ? 'possible' : 'found'}:
        ${balance.method.description}.
      </p>
      <h3>Frustrated ties (${balance.frustration})</h3>
      <p class="note">
        Ties the division breaks: cooperation across the blocs, or rivalry inside one. Choose a
        relation to read its evidence.
      </p>
      ${this.renderTies(balance)}
      ${this.renderShowAll('frustrated', balance.frustrated.length, 'frustrated ties')}
      <details
        class="part"
        ?open=${this.openParts.has('triads')}
        @toggle=${this.togglePart('triads')}
      >
        <summary>Triads (${balance.triads.length})</summary>
        ${this.openParts.has('triads') ? this.renderTriads(balance) : nothing}
      </details>
    `;
  }

  private renderTriads(balance: StructuralBalance<CompiledRelation>) {
    return html`<ul class="triads">
        ${this.firstRows('triads', balance.triads).map(
          (triad) =>
            html`<li>
              <span>${triad.actors.map((id) => this.name(id)).join(', ')}</span>
              <span class=${triad.balanced ? '' : 'unbalanced'}
                ><span class="sign">${[...triad.pattern].join(' ').replaceAll('-', '−')}</span>
                ${triad.balanced ? 'balanced' : 'unbalanced'}</span
              >
            </li>`,
        )}
      </ul>
      ${this.renderShowAll('triads', balance.triads.length, 'triads')}`;
  }

  private renderTies(balance: StructuralBalance<CompiledRelation>) {
    const blocOf = new Map<string, number>();
    balance.blocs.forEach((bloc, i) => bloc.forEach((actor) => blocOf.set(actor, i)));
    return html`<ul class="ties">
      ${this.firstRows('frustrated', balance.frustrated).map((tie) => {
        const [a, b] = tie.actors;
        const where =
          blocOf.get(a) === blocOf.get(b) ? `both in bloc ${blocOf.get(a)! + 1}` : 'across blocs';
        return html`<li>
          <p class="tie-head">
            ${this.name(a)} <span class="sign">${sign(tie)}</span> ${this.name(b)}
            <span class="meta">${where}</span>
          </p>
          <ul class="step-relations">
            ${tie.relations.map(
              (relation) =>
                html`<li>
                  <button
                    type="button"
                    class="relation ${relation.type}"
                    @click=${() => this.select(relation.id)}
                  >
                    <span>${relation.label}</span>
                    <span class="meta">${relation.type} · ${periodLabel(relation.period)}</span>
                  </button>
                </li>`,
            )}
          </ul>
        </li>`;
      })}
    </ul>`;
  }
}
