import { consume } from '@lit/context';
import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { selectEvent } from '../../events';
import type { RelationType } from '../../model/schema';
import {
  actorRows,
  nextSortOrder,
  relationRows,
  sortActorRows,
  sortRelationRows,
  type ActorColumn,
  type RelationColumn,
  type SortOrder,
} from '../../model/tables';
import { appStateContext, type AppState, type Selection } from '../../state/app-state';
import { kindLabels, relationStyles } from '../../theme';
import { styles } from './ag-table-view.styles';

const actorHeaders: Record<ActorColumn, string> = {
  name: 'Name',
  kind: 'Kind',
  relations: 'Relations',
  evidence: 'Evidence',
};

const relationHeaders: Record<RelationColumn, string> = {
  source: 'Source',
  type: 'Type',
  target: 'Target',
  label: 'Label',
  period: 'Period',
  confidence: 'Confidence',
  evidence: 'Evidence',
};

const numeric = new Set<string>(['relations', 'evidence']);
const dash = { solid: '', dashed: '6 4', dotted: '2 3' } as const;

/**
 * The text view of the network: a table of the actors and a table of the relations that pass
 * the filters, sortable by any column. Activating a row (click, or Enter on its name or label)
 * selects what it shows, so the details panel and the graph follow; the selected row is marked.
 * Up and Down arrows move between the rows' names or labels.
 *
 * @fires ag-select - with the actor or relation of the activated row.
 * @csspart table - each of the two tables.
 */
/** Rows a long table shows before "Show all". */
const maxRows = 500;

@customElement('ag-table-view')
export class AgTableView extends LitElement {
  static override styles = styles;

  @consume({ context: appStateContext, subscribe: true })
  @state()
  private appState?: AppState;

  @state() private actorOrder: SortOrder<ActorColumn> = { column: 'name', direction: 'ascending' };
  @state() private relationOrder: SortOrder<RelationColumn> = {
    column: 'source',
    direction: 'ascending',
  };

  /** Tables the person asked to see whole; long ones show their first rows otherwise. */
  @state() private shownWhole = new Set<'actors' | 'relations'>();

  /**
   * The first rows of a long table: thousands of rows take seconds to draw. A table is shown
   * whole when asked, or when the selection lies beyond its first rows.
   */
  private firstRows<T extends { id: string }>(
    table: 'actors' | 'relations',
    rows: readonly T[],
    selected: string | undefined,
  ): readonly T[] {
    if (this.shownWhole.has(table) || rows.length <= maxRows) return rows;
    const first = rows.slice(0, maxRows);
    return selected !== undefined &&
      !first.some((row) => row.id === selected) &&
      rows.some((row) => row.id === selected)
      ? rows
      : first;
  }

  private renderShowAll(table: 'actors' | 'relations', shown: number, total: number) {
    if (shown >= total) return nothing;
    return html`<p class="more">
      The first ${shown} of ${total} ${table}.
      <button
        type="button"
        @click=${() => {
          this.shownWhole = new Set([...this.shownWhole, table]);
        }}
      >
        Show all ${total} ${table}
      </button>
    </p>`;
  }

  override render() {
    const state = this.appState;
    if (!state) return nothing;
    const selection = state.selection;
    const allActors = sortActorRows(actorRows(state.graph, state.visible), this.actorOrder);
    const allRelations = sortRelationRows(
      relationRows(state.graph, state.visible),
      this.relationOrder,
    );
    const actors = this.firstRows(
      'actors',
      allActors,
      selection?.kind === 'actor' ? selection.id : undefined,
    );
    const relations = this.firstRows(
      'relations',
      allRelations,
      selection?.kind === 'relation' ? selection.id : undefined,
    );
    const isCurrent = (kind: 'actor' | 'relation', id: string) =>
      selection?.kind === kind && selection.id === id;
    return html`
      <p class="intro">
        The network as text, under the same filters as the graph. Activate a name or a label to
        select it; the details panel shows it and the graph marks it.
      </p>
      <table part="table" class="actors" @keydown=${this.onKey}>
        <caption>
          Actors (${allActors.length} shown)
        </caption>
        <thead>
          <tr>
            ${this.headers(actorHeaders, this.actorOrder, (column) => {
              this.actorOrder = nextSortOrder(this.actorOrder, column);
            })}
          </tr>
        </thead>
        <tbody>
          ${
            actors.length === 0
              ? html`<tr>
                  <td colspan="4" class="empty">No actor passes the filters.</td>
                </tr>`
              : repeat(
                  actors,
                  (row) => row.id,
                  (row) => {
                    const current = isCurrent('actor', row.id);
                    return html`<tr
                      class=${current ? 'current' : ''}
                      @click=${() => this.choose({ kind: 'actor', id: row.id })}
                    >
                      <th scope="row">
                        <button
                          type="button"
                          class="row-link"
                          aria-current=${current ? 'true' : nothing}
                        >
                          ${row.name}
                        </button>
                      </th>
                      <td>${kindLabels[row.kind]}</td>
                      <td class="number">${row.relations}</td>
                      <td class="number">${row.evidence}</td>
                    </tr>`;
                  },
                )
          }
        </tbody>
      </table>
      ${this.renderShowAll('actors', actors.length, allActors.length)}
      <table part="table" class="relations" @keydown=${this.onKey}>
        <caption>
          Relations (${allRelations.length} shown)
        </caption>
        <thead>
          <tr>
            ${this.headers(relationHeaders, this.relationOrder, (column) => {
              this.relationOrder = nextSortOrder(this.relationOrder, column);
            })}
          </tr>
        </thead>
        <tbody>
          ${
            relations.length === 0
              ? html`<tr>
                  <td colspan="7" class="empty">No relation passes the filters.</td>
                </tr>`
              : repeat(
                  relations,
                  (row) => row.id,
                  (row) => {
                    const current = isCurrent('relation', row.id);
                    return html`<tr
                      class=${current ? 'current' : ''}
                      @click=${() => this.choose({ kind: 'relation', id: row.id })}
                    >
                      <td>${row.source}</td>
                      <td>${this.type(row.type, row.directed)}</td>
                      <td>${row.target}</td>
                      <th scope="row" class="column-label">
                        <button
                          type="button"
                          class="row-link"
                          aria-current=${current ? 'true' : nothing}
                        >
                          ${row.label}
                        </button>
                      </th>
                      <td class="period">${row.period}</td>
                      <td>${row.confidence}</td>
                      <td class="number">${row.evidence}</td>
                    </tr>`;
                  },
                )
          }
        </tbody>
      </table>
      ${this.renderShowAll('relations', relations.length, allRelations.length)}
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const previous = changed.get('appState' as keyof AgTableView) as AppState | undefined;
    if (
      changed.has('appState' as keyof AgTableView) &&
      previous?.selection !== this.appState?.selection
    ) {
      // A selection made elsewhere (the graph, the search) is brought into view here too.
      const row = this.renderRoot.querySelector('tr.current');
      if (row) this.reveal(row);
    }
  }

  /** Scrolls the tables (not the page) to put a row in the middle, if it is out of sight. */
  private reveal(row: Element) {
    const box = this.getBoundingClientRect();
    const header = this.renderRoot.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const place = row.getBoundingClientRect();
    if (place.top >= box.top + header && place.bottom <= box.bottom) return;
    this.scrollTop += place.top - box.top - (box.height - place.height) / 2;
  }

  /** The header row: each column's name is a button that sorts by it. */
  private headers<C extends string>(
    labels: Record<C, string>,
    order: SortOrder<C>,
    sort: (column: C) => void,
  ): TemplateResult[] {
    return (Object.keys(labels) as C[]).map((column) => {
      const sorted = order.column === column;
      return html`<th
        scope="col"
        class="column-${column} ${numeric.has(column) ? 'number' : ''}"
        aria-sort=${sorted ? order.direction : nothing}
      >
        <button type="button" class="sort" @click=${() => sort(column)}>
          ${labels[column]}<span class="sort-mark" aria-hidden="true"
            >${sorted ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}</span
          >
        </button>
      </th>`;
    });
  }

  /** The type as text, with its line style drawn beside it (never its colour alone). */
  private type(type: RelationType, directed: boolean) {
    const style = relationStyles[type];
    return html`<span class="type ${type}">
      <svg width="22" height="8" aria-hidden="true">
        ${svg`<line x1="1" y1="4" x2="21" y2="4" stroke=${style.color} stroke-width="2.5" stroke-dasharray=${dash[style.line]}></line>`}
      </svg>
      ${type}
      <span class="direction" title=${directed ? 'one-sided' : 'mutual'}>
        <span aria-hidden="true">${directed ? '→' : '↔'}</span>
        <span class="visually-hidden">${directed ? 'one-sided' : 'mutual'}</span>
      </span>
    </span>`;
  }

  private choose(selection: NonNullable<Selection>) {
    this.dispatchEvent(selectEvent(selection));
  }

  /** Up and Down move between the rows' buttons of the same table. */
  private onKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const button = event.composedPath()[0];
    if (!(button instanceof HTMLButtonElement) || !button.classList.contains('row-link')) return;
    const table = event.currentTarget as HTMLTableElement;
    const links = [...table.querySelectorAll<HTMLButtonElement>('button.row-link')];
    const next = links[links.indexOf(button) + (event.key === 'ArrowDown' ? 1 : -1)];
    if (!next) return;
    event.preventDefault();
    next.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'ag-table-view': AgTableView;
  }
}
